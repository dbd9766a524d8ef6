// claimtrace — attributed statements: who said what (source, cue, content), direct or indirect, with what
// stance.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/result.h"
#include "claimtrace/text.h"

namespace claimtrace {

enum class Stance : uint8_t {
  assert_,
  deny,
  accuse,
  appeal,
  concern,
  criticize,
  promise,
  reject,
  question,
  other
};
const char* stance_name(Stance s);  // "ASSERT", "DENY", ...

// One role of an attribution; every role may be discontinuous. Spans are bytes into the document text.
struct RoleSpans {
  std::vector<Span> spans;
  bool empty() const { return spans.empty(); }
};

struct Attribution {
  RoleSpans source, cue, content;
  bool direct = false;  // the content is a quotation
  Stance stance = Stance::assert_;
  bool negated = false;  // the content is negated ("are not fighting", "neither instigates nor participates")
  int32_t nested_in = -1;       // index of the attribution whose content holds this one, or -1
  int32_t source_mention = -1;  // index into the record's mentions of the source's actor, or -1
};

// --- PolNeAR (evaluation)
// ----------------------------------------------------------------------------------- One gold article: its
// text (UTF-8 bytes) and attributions with byte spans (converted from PolNeAR's code-point offsets).
struct GoldArticle {
  std::string id;
  std::string text;
  std::vector<Attribution> attributions;
};

// Reads DIR/text/*.txt and DIR/attributions/*.ann (brat standoff; when an article has several .ann files,
// the first in sorted order). Errors name file and line.
Result<std::vector<GoldArticle>> read_polnear(const std::string& dir);

// What read_polnear skipped or repaired (docs/attribution.md). Gold attributions follow the E lines in file
// order; the roles come from the E line's arguments (Source, Cue, Content; brat numbers a repeated role
// "Content2": its spans join the role's). T lines no E line refers to (Discuss, Discard, stray roles) are
// ignored and counted here; E lines with no role at all are skipped and counted. PolNeAR has no
// direct/stance/negation/nesting labels: those fields keep their defaults.
struct PolnearNotes {
  size_t ann_files = 0;           // .ann files found
  size_t other_annotators = 0;    // .ann files not read (an article's later annotators, in sorted order)
  size_t texts_without_ann = 0;   // .txt files with no .ann: not read
  size_t unreferenced_spans = 0;  // T lines no E line refers to (trigger T lines excluded)
  size_t empty_events = 0;        // E lines with no Source/Cue/Content: skipped
  size_t multiline_spans = 0;  // T lines whose text holds a newline (brat writes it raw: continuation lines)
  size_t text_mismatches = 0;  // T lines whose text differs from the article text at their offsets
};
Result<std::vector<GoldArticle>> read_polnear(const std::string& dir, PolnearNotes* notes);

// Scores as the issue defines: a token is a \w+ run or any other single non-space character; a token belongs
// to a span when at least half its characters are inside. Per role: exact-span P/R/F1 and token-level P/R/F1;
// relation F1: all three roles match with shared tokens >= 0.5 x the larger span (both empty counts), greedy
// one-to-one.
struct PRF {
  double tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp > 0 ? tp / (tp + fp) : 0; }
  double recall() const { return tp + fn > 0 ? tp / (tp + fn) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};
struct AttributionScore {
  PRF source_exact, cue_exact, content_exact;
  PRF source_token, cue_token, content_token;
  PRF relation;
  size_t articles = 0, gold = 0, predicted = 0;
};
void score_attributions(std::string_view text, const std::vector<Attribution>& gold,
                        const std::vector<Attribution>& predicted, AttributionScore& total);

// The scorer's tokens (not the pipeline's): a \w+ run (letters L*, numbers N*, '_', as Python's re \w) or any
// other single non-space character (an invalid UTF-8 byte is one character). Exposed for tests and tools.
void score_tokens(std::string_view text, std::vector<Span>& out);

// --- Baseline ---------------------------------------------------------------------------------------------
// The naive reporting-verb rule (docs/attribution.md), to be replaced by a trained model: per sentence, the
// first reporting verb ("said", "told", "according to" ...) is the cue; the source is the pronoun or run of
// capitalized words just before it (else the clause before it); the content is the rest of the sentence
// after it, or the part before it when the cue comes last (`"...," he said.`). A sentence with no cue but a
// quotation: content = the quotation, direct. `tokens`/`sentences` as the pipeline makes them; appends to
// out.
void baseline_attributions(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<Sentence>& sentences, std::vector<Attribution>& out);

}  // namespace claimtrace
