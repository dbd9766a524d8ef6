// claimtrace — attributed statements: who said what (source, cue, content), direct or indirect, with what
// stance.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/actors.h"
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

// One brat standoff annotation (an .ann file's bytes) over its article text, as read_polnear reads each file:
// code-point offsets converted to byte spans, attributions from the E lines; `name` is the file's name for
// errors (name:line). `notes` (optional) counts what was skipped or repaired.
Result<std::vector<Attribution>> parse_brat_attributions(std::string_view ann, std::string_view text,
                                                         std::string_view name,
                                                         PolnearNotes* notes = nullptr);

// PolNeAR's agreement articles: those of DIR annotated by several annotators (one .ann each), with every
// annotator's attributions, the .ann files in sorted order (the first is the one read_polnear reads). For
// inter-annotator agreement (`claimtrace eval attribution --agreement`).
struct AnnotatedArticle {
  std::string id;
  std::string text;
  struct Annotation {
    std::string file;  // the .ann file's name
    std::vector<Attribution> attributions;
  };
  std::vector<Annotation> annotations;  // two or more
};
Result<std::vector<AnnotatedArticle>> read_polnear_agreement(const std::string& dir);

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

// --- The trained model ------------------------------------------------------------------------------------
// Two averaged structured perceptrons over hashed sparse features (docs/attribution.md): a cue tagger (BIO
// over every sentence: "said", "according to", "put forth a claim stating") and, for each cue found, a role
// tagger over the sentences around it that labels its source and its content (each may be discontinuous and
// the content may run over several sentences). Then, by rule: direct (the content is a quotation), stance
// (from the cue and the content: data/cues.tsv), negation of the content, nesting (a cue inside another
// attribution's content) and the source's actor (the mention under the source, followed to its antecedent).
// The model file is versioned ("CTATTR" + uint32 version) and loaded into an immutable AttributionModel that
// any number of threads may share; per-thread state lives in an AttributionScratch.

// What the attribution stage reads of a processed document; every span must outlive the call.
struct AttributionInput {
  std::string_view text;
  std::span<const Token> tokens;
  std::span<const Sentence> sentences;
  std::span<const Paragraph> paragraphs;
  std::span<const Mention> mentions;  // may be empty (actors off): the source then has no actor
  bool keep_duplicates = false;       // also read duplicate paragraphs (else they are skipped)
  // The tokens that are verbs of finding ("found", "shows" ...: the document-finding rule's candidates), as
  // AttributionModel::tag lists them while its tokens are in the cache; when not given (findings_listed
  // false), finish_attributions looks for them itself (the same statements, one more pass over the tokens).
  std::span<const uint32_t> finding_verbs;
  bool findings_listed = false;
  // The tokens' index by byte (built over `tokens`), when the caller keeps one; finish_attributions builds
  // its own when not given.
  const TokenIndex* token_index = nullptr;
};

namespace attribution_detail {
struct Scratch;    // defined in src/attribution/
struct ModelData;  // defined in src/attribution/
}  // namespace attribution_detail

// Per-thread buffers, reused from one call to the next.
class AttributionScratch {
 public:
  AttributionScratch();
  ~AttributionScratch();
  AttributionScratch(AttributionScratch&&) noexcept;
  AttributionScratch& operator=(AttributionScratch&&) noexcept;
  attribution_detail::Scratch& impl() { return *impl_; }

 private:
  std::unique_ptr<attribution_detail::Scratch> impl_;
};

class AttributionModel {
 public:
  static constexpr uint32_t kFormatVersion = 3;

  // Parses a model file's bytes (copied). A bad magic, an unknown version or a truncated file is an
  // ErrorCode::resource error naming `name`.
  static Result<AttributionModel> load(std::string_view bytes, std::string_view name);
  // The compiled-in models/attribution.bin, loaded once.
  static const AttributionModel& builtin();
  // The model file's bytes.
  std::string serialize() const;

  // Appends the document's attributions to `out`, in the order of their cues. Indexes (nested_in,
  // source_mention) are relative to `out`'s first new element and to `in.mentions`.
  void extract(const AttributionInput& in, AttributionScratch& scratch, std::vector<Attribution>& out) const;
  // extract() in two steps: the taggers (appends to `out`), then finish_attributions(in, out, first) — the
  // rules — with `first` the size of `out` before tag(). (The pipeline runs each step over a whole batch.)
  void tag(const AttributionInput& in, AttributionScratch& scratch, std::vector<Attribution>& out) const;
  // The same, also listing the verbs of finding for AttributionInput::finding_verbs (replaces its contents).
  void tag(const AttributionInput& in, AttributionScratch& scratch, std::vector<Attribution>& out,
           std::vector<uint32_t>& finding_verbs) const;

  // What PolNeAR scores: the relations extract() finds, rules included (coordinated cues, trimmed cues, wire
  // datelines, subject sources, layout attributions: epigraphs and transcript lines), without the nested
  // statements extract() adds inside contents (PolNeAR labels them as content).
  void find(const AttributionInput& in, AttributionScratch& scratch, std::vector<Attribution>& out) const;

  explicit AttributionModel(std::shared_ptr<const attribution_detail::ModelData> data);
  const attribution_detail::ModelData& data() const { return *data_; }

 private:
  std::shared_ptr<const attribution_detail::ModelData> data_;
};

// The rules run after the taggers on out[first..]: direct, stance, negated, nested_in, source_mention.
void finish_attributions(const AttributionInput& in, std::vector<Attribution>& out, size_t first = 0);

// The stance of a cue (its text, any case) with the start of its content: "denied" → DENY, "called for" →
// APPEAL, "expressed concern" → CONCERN ... (data/cues.tsv); ASSERT when nothing matches.
Stance cue_stance(std::string_view cue, std::string_view content);
// Is `word` (lower case, any inflection) one of the plain reporting verbs of data/cues.tsv (its one-word
// ASSERT lines: "said", "added", "claims", "told", "noted" ...)?
bool plain_reporting_verb(std::string_view word);
// Is `word` (lower case) an adverb that a cue takes before its verb ("also", "still", "again", "repeatedly",
// "cynically": a short list, and words in -ly of five letters or more but a list of nouns and adjectives such
// as "family", "supply", "early")? PolNeAR's cues hold them ("cynically dismissed").
bool cue_adverb(std::string_view word);
// Is the content negated ("are not fighting", "neither instigates nor participates", "never")?
bool content_negated(std::string_view content);

// --- Training ---------------------------------------------------------------------------------------------
struct AttributionExample {
  AttributionInput input;
  std::vector<Attribution> gold;
};
struct AttributionTrainOptions {
  int epochs = 10;  // the best epoch on dev (relation F1) is kept
  uint64_t seed = 1;
  // The cue gate's reach per opening word: for each gold cue token of the training text, the distance from
  // the nearest opener at or before it (at most kGateReach); an opener's reach is this quantile of the
  // distances it covers (1: the largest). 0: every opener opens the same kGateReach tokens after itself.
  double gate_quantile = 0.95;
};
// Trains both taggers on `train` (gold cues feed the role tagger), picks the epoch by relation F1 on `dev`
// (when not empty); progress on `log` (may be null).
Result<AttributionModel> train_attribution_model(const std::vector<AttributionExample>& train,
                                                 const std::vector<AttributionExample>& dev,
                                                 const AttributionTrainOptions& options, std::FILE* log);

}  // namespace claimtrace
