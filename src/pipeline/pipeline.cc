#include "claimtrace/pipeline.h"

namespace claimtrace {

Pipeline::Pipeline(PipelineOptions options) : options_(options), abbreviations_(&Abbreviations::builtin()) {}

void Pipeline::process(Document&& doc, Scratch& scratch, Record& out) const {
  out.clear();
  out.doc = std::move(doc);
  const std::string_view text = out.doc.text;
  out.text_hash = hash_text(text);

  // read → normalize: invalid UTF-8 is kept (opaque bytes), and named.
  for (uint32_t at : invalid_utf8_offsets(text)) {
    if (out.warnings.size() >= 100) {
      out.warnings.push_back(
          Warning{"invalid_utf8", at, "more invalid UTF-8 bytes follow; not all are listed"});
      break;
    }
    out.warnings.push_back(Warning{"invalid_utf8", at, "invalid UTF-8 byte (kept as an opaque byte)"});
  }
  normalize(text, scratch.normalized);

  // segment: paragraphs → tokens → sentences.
  split_paragraphs(text, out.paragraphs);
  flag_duplicate_paragraphs(text, out.paragraphs, scratch);
  for (uint32_t p = 0; p < out.paragraphs.size(); ++p) {
    const Paragraph& para = out.paragraphs[p];
    const size_t first = out.tokens.size();
    tokenize(text, Span{para.begin, para.end}, out.tokens);
    split_sentences(text, out.tokens, first, out.tokens.size(), p, *abbreviations_, out.sentences);
  }
  // Later stages (annotate) skip sentences of duplicate paragraphs unless options_.keep_duplicates.
}

}  // namespace claimtrace
