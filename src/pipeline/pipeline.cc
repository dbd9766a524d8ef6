#include "claimtrace/pipeline.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace claimtrace {

Pipeline::Pipeline(PipelineOptions options, Unchecked)
    : options_(options), abbreviations_(&Abbreviations::builtin()) {}

Result<Pipeline> Pipeline::create(PipelineOptions options) {
  Pipeline p(options, Unchecked{});
  if (options.actors) {
    // The built-in lexicon's matcher is made once per process (from the database the build compiled).
    auto m = options.lexicon ? LexiconMatcher::compile(*options.lexicon) : LexiconMatcher::builtin();
    if (!m.ok()) return m.error();
    p.matcher_ = std::move(m).value();
    if (options.ner) p.ner_ = &NerModel::builtin();
  }
  if (options.attributions)
    p.attribution_ = options.attribution_model ? options.attribution_model : &AttributionModel::builtin();
  if (options.events) p.verbs_ = options.verbs ? options.verbs : &VerbLexicon::builtin();
  return p;
}

Pipeline::Pipeline(PipelineOptions options) : Pipeline(options, Unchecked{}) {
  auto p = create(options);
  if (!p.ok()) {
    std::fprintf(stderr, "claimtrace: cannot build the pipeline: %s\n", p.error().to_string().c_str());
    std::abort();
  }
  *this = std::move(p).value();
}

// NER over the sentences extraction reads (duplicate paragraphs are skipped unless kept) → byte spans.
void Pipeline::find_names(std::string_view text, const Record& r, Scratch& scratch,
                          std::vector<NamedSpan>& names) const {
  names.clear();
  scratch.sentence_ends.clear();
  // (written by index into buffers at least the tokens' size, which only grow: words [0, w) are read)
  const size_t n = r.tokens.size();
  if (scratch.words.size() < n) scratch.words.resize(n), scratch.word_token.resize(n);
  std::string_view* words = scratch.words.data();
  uint32_t* word_token = scratch.word_token.data();
  const Token* tokens = r.tokens.data();
  size_t t = 0, w = 0;
  for (const Sentence& s : r.sentences) {
    if (!options_.keep_duplicates && r.paragraphs[s.paragraph].duplicate_of >= 0) continue;
    while (t < n && tokens[t].begin < s.begin) ++t;
    const size_t before = w;
    for (; t < n && tokens[t].end <= s.end; ++t, ++w) {
      words[w] = std::string_view(text.data() + tokens[t].begin, tokens[t].end - tokens[t].begin);
      word_token[w] = static_cast<uint32_t>(t);
    }
    if (w > before) scratch.sentence_ends.push_back(static_cast<uint32_t>(w));
  }
  if (w == 0) return;
  ner_->tag_document(std::span<const std::string_view>(words, w), scratch.sentence_ends, scratch.ner,
                     scratch.entities);
  for (const EntitySpan& e : scratch.entities) {
    const Token& first = r.tokens[scratch.word_token[e.first_token]];
    const Token& last = r.tokens[scratch.word_token[e.end_token - 1]];
    names.push_back(NamedSpan{first.begin, last.end, entity_type_name(e.type)});
  }
}

// read → normalize → segment: paragraphs (and their duplicates) → tokens → sentences.
void Pipeline::segment(Document&& doc, Scratch& scratch, Record& out) const {
  out.clear();
  out.doc = std::move(doc);
  const std::string_view text = out.doc.text;
  out.text_hash = hash_text(text);

  // Invalid UTF-8 is kept (opaque bytes), and named.
  for (uint32_t at : invalid_utf8_offsets(text)) {
    if (out.warnings.size() >= 100) {
      out.warnings.push_back(
          Warning{"invalid_utf8", at, "more invalid UTF-8 bytes follow; not all are listed"});
      break;
    }
    out.warnings.push_back(Warning{"invalid_utf8", at, "invalid UTF-8 byte (kept as an opaque byte)"});
  }
  split_paragraphs(text, out.paragraphs);
  // The paragraph dedup compares normalized text; a document of one paragraph has none to repeat (one-line
  // articles, JSONL items with a short body), so it is not normalized.
  if (out.paragraphs.size() >= 2) normalize(text, scratch.normalized);
  flag_duplicate_paragraphs(text, out.paragraphs, scratch);
  for (uint32_t p = 0; p < out.paragraphs.size(); ++p) {
    const Paragraph& para = out.paragraphs[p];
    const size_t first = out.tokens.size();
    tokenize(text, Span{para.begin, para.end}, out.tokens);
    split_sentences(text, out.tokens, first, out.tokens.size(), p, *abbreviations_, out.sentences);
  }
}

AttributionInput Pipeline::attribution_input(const Record& r) const {
  return AttributionInput{
      r.doc.text, r.tokens, r.sentences, r.paragraphs, r.mentions, options_.keep_duplicates, {}, false};
}

void Pipeline::find_events(Record& out) const {
  EventInput in{out.doc.text,
                out.tokens,
                out.sentences,
                out.paragraphs,
                out.mentions,
                out.attributions,
                std::string_view(out.doc.published).substr(0, 10),
                options_.keep_duplicates,
                options_.keep_actorless_events};
  claimtrace::find_events(in, *verbs_, out.events);
}

void Pipeline::process(Document&& doc, Scratch& scratch, Record& out) const {
  process_batch(std::span<Document>(&doc, 1), scratch, std::span<Record>(&out, 1));
}

StageSeconds& StageSeconds::operator+=(const StageSeconds& o) {
  segment += o.segment;
  actor_lexicon += o.actor_lexicon;
  ner += o.ner;
  mentions += o.mentions;
  attribution_taggers += o.attribution_taggers;
  attribution_rules += o.attribution_rules;
  quantities += o.quantities;
  events += o.events;
  json += o.json;
  near_dup_sketch += o.near_dup_sketch;
  return *this;
}

std::vector<std::pair<const char*, double>> StageSeconds::named() const {
  return {{"segment", segment},
          {"actor_lexicon", actor_lexicon},
          {"ner", ner},
          {"mentions", mentions},
          {"attribution_taggers", attribution_taggers},
          {"attribution_rules", attribution_rules},
          {"quantities", quantities},
          {"events", events},
          {"json", json},
          {"near_dup_sketch", near_dup_sketch}};
}

double StageSeconds::total() const {
  double t = 0;
  for (const auto& [name, seconds] : named()) t += seconds;
  return t;
}

namespace {

// Adds the time since the last call (or construction) to a stage's counter.
class StageClock {
 public:
  StageClock() : last_(std::chrono::steady_clock::now()) {}
  void lap(double& stage) {
    const auto now = std::chrono::steady_clock::now();
    stage += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }
  // The same when `ran`; else only restarts the clock (a stage switched off keeps 0).
  void lap(double& stage, bool ran) {
    double ignored = 0;
    lap(ran ? stage : ignored);
  }

 private:
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

// One stage at a time over the whole batch: each stage's tables (the lexicon automaton, the NER weights, the
// attribution taggers' score tables, the verb lexicon) stay in the core's caches for the batch instead of
// evicting one another at every document (on the Reuters bench, one core, ~13% less time than one document
// at a time through every stage; the records are the same).
void Pipeline::process_batch(std::span<Document> docs, Scratch& scratch, std::span<Record> out) const {
  const size_t n = std::min(docs.size(), out.size());
  StageSeconds& time = scratch.stage_seconds;
  StageClock clock;
  for (size_t i = 0; i < n; ++i) segment(std::move(docs[i]), scratch, out[i]);
  clock.lap(time.segment);

  // annotate: actors. Sentences of duplicate paragraphs are skipped unless options_.keep_duplicates.
  if (matcher_) {
    if (scratch.matches.size() < n) scratch.matches.resize(n);
    if (scratch.names.size() < n) scratch.names.resize(n);
    for (size_t i = 0; i < n; ++i) matcher_->match(out[i].doc.text, scratch.matcher, scratch.matches[i]);
    clock.lap(time.actor_lexicon);
    for (size_t i = 0; i < n; ++i) {
      scratch.names[i].clear();
      if (ner_) find_names(out[i].doc.text, out[i], scratch, scratch.names[i]);
    }
    clock.lap(time.ner, ner_ != nullptr);
    MentionOptions mo;
    mo.keep_duplicates = options_.keep_duplicates;
    for (size_t i = 0; i < n; ++i) {
      Record& r = out[i];
      mo.date = std::string_view(r.doc.published).substr(0, 10);
      build_mentions(r.doc.text, r.tokens, r.sentences, r.paragraphs, scratch.matches[i], scratch.names[i],
                     matcher_->lexicon(), mo, r.mentions);
    }
    clock.lap(time.mentions);
  }

  // annotate: attributed statements (sources resolved through the mentions above).
  // (the taggers over the batch, then the rules: out[i].attributions is empty before, as extract() expects)
  if (attribution_) {
    // (the taggers list each document's verbs of finding while its tokens are in the cache; the rules read
    // the list instead of the tokens again)
    if (scratch.finding_verbs.size() < n) scratch.finding_verbs.resize(n);
    for (size_t i = 0; i < n; ++i)
      attribution_->tag(attribution_input(out[i]), scratch.attribution, out[i].attributions,
                        scratch.finding_verbs[i]);
    clock.lap(time.attribution_taggers);
    for (size_t i = 0; i < n; ++i) {
      AttributionInput in = attribution_input(out[i]);
      in.finding_verbs = scratch.finding_verbs[i];
      in.findings_listed = true;
      scratch.token_index.build(in.tokens, in.text.size());
      in.token_index = &scratch.token_index;
      finish_attributions(in, out[i].attributions, 0);
    }
    clock.lap(time.attribution_rules);
  }

  // annotate: numeric claims and events (each inside the statement that holds it).
  if (options_.quantities)
    for (size_t i = 0; i < n; ++i)
      find_quantities(quantity_input(out[i], options_.keep_duplicates), out[i].quantities);
  clock.lap(time.quantities, options_.quantities);
  if (verbs_)
    for (size_t i = 0; i < n; ++i) find_events(out[i]);
  clock.lap(time.events, verbs_ != nullptr);
}

}  // namespace claimtrace
