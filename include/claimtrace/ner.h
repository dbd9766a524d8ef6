// claimtrace — named-entity recognition (PER / LOC / ORG / MISC, CoNLL-2003 style).
//
// An averaged structured perceptron with first-order Viterbi decoding over well-formed BILOU tags, on hashed
// sparse features (word, shape, affixes, neighbours, a name list from the training data, document-level
// features: "this word also appears lower-cased in the document", "the types this word got earlier in the
// document", "the words around its other occurrences"). See docs/models.md.
// The model is a versioned binary ("CTNER" + uint32 version), loaded into an immutable NerModel that any
// number of threads may share; per-thread state lives in a NerScratch.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/result.h"
#include "claimtrace/text.h"

namespace claimtrace {

enum class EntityType : uint8_t { PER, LOC, ORG, MISC };
inline constexpr int kEntityTypeCount = 4;
const char* entity_type_name(EntityType type);  // "PER", "LOC", "ORG", "MISC"

// Tokens [first_token, end_token) — indexes into the words given to the tagger.
struct EntitySpan {
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  EntityType type = EntityType::PER;
  bool operator==(const EntitySpan&) const = default;
};

namespace ner_detail {
struct Scratch;  // defined in src/ner/
}

// Per-thread buffers, reused from one call to the next (no allocation per token once warm).
class NerScratch {
 public:
  NerScratch();
  ~NerScratch();
  NerScratch(NerScratch&&) noexcept;
  NerScratch& operator=(NerScratch&&) noexcept;
  ner_detail::Scratch& impl() { return *impl_; }

 private:
  std::unique_ptr<ner_detail::Scratch> impl_;
};

namespace ner_detail {
struct ModelData;  // defined in src/ner/
}

class NerModel {
 public:
  static constexpr uint32_t kFormatVersion = 2;

  // Parses a model file's bytes (copied: `bytes` need not outlive the model). Rejects a bad magic, an
  // unknown version or a truncated file with ErrorCode::resource; `name` is used in the message.
  static Result<NerModel> load(std::string_view bytes, std::string_view name);
  // The compiled-in models/ner.bin, loaded once.
  static const NerModel& builtin();

  // Tags a whole document: `words` are all its tokens (surface strings, tokenized PTB-style, e.g. by
  // claimtrace::tokenize), `sentence_ends[k]` is one past the last word of sentence k (increasing; the last
  // one should be words.size(), words after it are ignored). Document-level features see every sentence.
  // `out` is cleared, then receives the entities in order, with indexes into `words`.
  void tag_document(std::span<const std::string_view> words, std::span<const uint32_t> sentence_ends,
                    NerScratch& scratch, std::vector<EntitySpan>& out) const;
  // The same over our text model: `tokens` of `text` (claimtrace::tokenize) and its `sentences`
  // (claimtrace::split_sentences, in order); token indexes in `out` are indexes into `tokens`. Tokens outside
  // every sentence are tagged as sentences of their own.
  void tag_document(std::string_view text, std::span<const Token> tokens, std::span<const Sentence> sentences,
                    NerScratch& scratch, std::vector<EntitySpan>& out) const;
  // One sentence as a document of its own.
  void tag(std::span<const std::string_view> words, NerScratch& scratch, std::vector<EntitySpan>& out) const;

  size_t feature_count() const;

  NerModel(NerModel&&) noexcept;
  NerModel& operator=(NerModel&&) noexcept;
  ~NerModel();

 private:
  NerModel();
  std::unique_ptr<ner_detail::ModelData> d_;
  friend struct ner_detail::ModelData;
};

// --- CoNLL files (token POS chunk NER per line, blank lines between sentences, -DOCSTART- lines) --------
struct ConllToken {
  std::string word;  // first column
  std::string tag;   // last column when the line has more than one ("" otherwise)
};
struct ConllSentence {
  std::vector<ConllToken> tokens;
};
struct ConllDocument {
  std::vector<ConllSentence> sentences;
};
enum class IobScheme : uint8_t { iob1, iob2 };

// A file's documents: a -DOCSTART- line starts a new document (a file without any is one document).
Result<std::vector<ConllDocument>> parse_conll(std::string_view text, std::string_view name);
Result<std::vector<ConllDocument>> read_conll_file(const std::string& path);

// IOB1 when some entity starts with I- (B- only between two adjacent entities of a type), else IOB2.
IobScheme detect_iob_scheme(const std::vector<ConllDocument>& docs);
// Entities of a tag sequence (IOB1, IOB2, IOBES or BILOU), by conlleval's chunk rules.
std::vector<EntitySpan> spans_from_tags(std::span<const std::string> tags);
// Tags for `n` tokens in the given scheme.
std::vector<std::string> tags_from_spans(std::span<const EntitySpan> spans, size_t n, IobScheme scheme);
// `text` (a CoNLL file) with one more column on each token line: tags[i] for the i-th token line ("O" on
// -DOCSTART- lines). Blank lines are kept.
std::string conll_with_predictions(std::string_view text, std::span<const std::string> tags);

// Entity-level scoring, conlleval rules: a predicted entity counts when span and type match exactly.
struct NerCounts {
  uint64_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? double(correct) / predicted : 0.0; }
  double recall() const { return gold ? double(correct) / gold : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};
struct NerScore {
  NerCounts overall;
  NerCounts by_type[kEntityTypeCount];
  uint64_t sentences = 0;
  void add(std::span<const EntitySpan> gold, std::span<const EntitySpan> predicted);
  std::string report() const;  // conlleval-like table
};

// Tags every sentence of `docs` (document by document); result[d][s] = the sentence's entities.
std::vector<std::vector<std::vector<EntitySpan>>> tag_conll(const NerModel& model,
                                                            const std::vector<ConllDocument>& docs);
// Scores `model` against the gold column of `docs`.
NerScore evaluate_ner(const NerModel& model, const std::vector<ConllDocument>& docs);

// --- Training (src/ner/train.cc; not needed at run time) -------------------------------------------------
struct NerTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  int min_feature_count = 2;  // features seen fewer times in training (with gold history) are dropped
  int gazetteer_folds = 5;    // training-data name list, built by cross-validation (0: none)
  std::FILE* log = nullptr;   // per-epoch progress (dev F1 when dev data is given)
};
struct NerTrainResult {
  std::string model_bytes;  // the best epoch (by dev F1, or the last one without dev data)
  int best_epoch = 0;
  double best_dev_f1 = 0.0;
};
Result<NerTrainResult> train_ner(const std::vector<ConllDocument>& train,
                                 const std::vector<ConllDocument>* dev, const NerTrainOptions& options);

}  // namespace claimtrace
