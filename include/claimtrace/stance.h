// claimtrace — article stance toward a claim (FNC-1: agree / disagree / discuss / unrelated) and
// check-worthiness of claims. Our own models (docs/stance.md): hashed sparse features + logistic regression,
// compiled into the library (models/stance.bin, models/checkworthy.bin) and immutable once loaded.
#pragma once

#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/result.h"

namespace claimtrace {

// ---------------------------------------------------------------------------------------------------------
// CSV (RFC 4180): fields separated by commas, optionally quoted; "" inside quotes is a quote; quoted fields
// may hold commas and newlines; LF or CRLF line ends; a UTF-8 byte order mark is skipped.
struct CsvRow {
  std::vector<std::string> fields;
  uint32_t line = 0;  // 1-based line where the row starts
};

// Errors (ErrorCode::resource, where = "name:line") name the line and the reason: an unterminated quote,
// a character after a closing quote.
Result<std::vector<CsvRow>> parse_csv(std::string_view bytes, const std::string& name);
Result<std::vector<CsvRow>> read_csv_file(const std::string& path);

// ---------------------------------------------------------------------------------------------------------
// FNC-1 data.
enum class FncStance : uint8_t { agree = 0, disagree = 1, discuss = 2, unrelated = 3 };
constexpr int kStanceCount = 4;
const char* fnc_stance_name(FncStance s);
bool parse_fnc_stance(std::string_view name, FncStance& out);

struct StancePair {
  std::string headline;
  int64_t body_id = 0;
  FncStance stance = FncStance::unrelated;  // gold label (when the file has a Stance column)
  bool has_stance = false;
  uint32_t line = 0;
};

// `Headline,Body ID[,Stance]` rows after a header row (an optional first line `header`, as in the split
// files, is skipped). Every body id must be an integer; a Stance, when present, one of the four labels.
Result<std::vector<StancePair>> read_fnc_stances(const std::string& path);
// `Body ID,articleBody` rows after a header row.
Result<std::unordered_map<int64_t, std::string>> read_fnc_bodies(const std::string& path);
Result<std::vector<StancePair>> parse_fnc_stances(std::string_view bytes, const std::string& name);
Result<std::unordered_map<int64_t, std::string>> parse_fnc_bodies(std::string_view bytes,
                                                                  const std::string& name);

// The official FNC-1 score (scorer.py): +0.25 when gold and predicted agree on related vs unrelated; +0.75
// more when a related gold label is predicted exactly. max = 0.25 per unrelated gold + 1.0 per related gold.
struct FncScore {
  std::array<std::array<uint64_t, kStanceCount>, kStanceCount> confusion{};  // [gold][predicted]
  void add(FncStance gold, FncStance predicted) {
    ++confusion[static_cast<int>(gold)][static_cast<int>(predicted)];
  }
  double score() const;
  double max_score() const;
  double relative() const { return max_score() > 0 ? score() / max_score() : 0.0; }  // 0..1
  double f1(FncStance s) const;
  double macro_f1() const;
  uint64_t total() const;
};

// ---------------------------------------------------------------------------------------------------------
// Features. Per-thread scratch is passed explicitly; a model is immutable and shared between threads.
struct StanceScratch {
  std::vector<uint64_t> head, body;           // stemmed, lower-cased word hashes
  std::vector<uint64_t> head_raw, body_raw;   // lower-cased word hashes (before stemming), for the lexicons
  std::vector<uint8_t> head_stop, body_stop;  // 1: a stop word
  std::vector<uint32_t> body_sentences;       // token index where each body sentence starts
  std::vector<uint64_t> terms_a, terms_b;     // scratch for n-gram sets
  std::vector<uint64_t> body_sorted, lead_sorted, ngrams, head_terms, body_terms;
  std::vector<uint8_t> near;
  std::vector<float> dense;
  std::vector<std::pair<uint64_t, float>> f1, f2;  // (feature hash, value) for stage 1 and stage 2
  std::string word;
};

struct StanceResult {
  FncStance label = FncStance::unrelated;
  std::array<float, kStanceCount>
      scores{};  // probabilities: P(unrelated) and P(related) × P(label | related)
};

class StanceModel {
 public:
  // The model compiled into the library (models/stance.bin). Empty model (always unrelated) when absent.
  static const StanceModel& builtin();
  static Result<StanceModel> load(std::string_view bytes);
  std::string serialize() const;

  StanceResult classify(std::string_view headline, std::string_view body, StanceScratch& scratch) const;
  bool empty() const { return w1_.empty(); }

  friend struct StanceModelAccess;  // the trainer and the file format (src/stance/)

 private:
  uint32_t bits1_ = 0, bits2_ = 0;           // hash-table sizes: 2^bits buckets
  std::vector<float> w1_;                    // stage 1 (related vs unrelated): one weight per bucket
  std::vector<float> w2_;                    // stage 2 (agree / disagree / discuss): 3 weights per bucket
  std::array<float, 3> bias2_{};             // stage 2 class biases
  float bias1_ = 0;                          // stage 1 bias
  float idf_default_ = 0;                    // the IDF of a term not in the table
  float related_threshold_ = 0.5f;           // P(related) above which stage 2 runs
  std::unordered_map<uint64_t, float> idf_;  // term hash → IDF (terms in at least 2 training bodies)
};

struct StanceTrainOptions {
  int epochs1 = 8;
  int epochs2 = 8;
  uint64_t seed = 1;
  double l2 = 1e-6;
  double rate = 0.2;
  double threshold = 0.25;    // P(related) from which a pair is related (the FNC score rewards recall)
  double weight_agree = 1.0;  // stage-2 loss weights (discuss: 1)
  double weight_disagree = 2.0;
  const std::vector<StancePair>* dev = nullptr;  // when set, the dev FNC score is printed after training
  const std::unordered_map<int64_t, std::string>* dev_bodies = nullptr;
};

Result<StanceModel> train_stance(const std::vector<StancePair>& train,
                                 const std::unordered_map<int64_t, std::string>& bodies,
                                 const StanceTrainOptions& options, std::FILE* log);

// ---------------------------------------------------------------------------------------------------------
// Check-worthiness: a score in [0, 1] for how worth checking a sentence is (ClaimBuster CFS, CheckThat label
// 1).
struct CheckworthySentence {
  std::string text;
  int label = 0;  // 1: check-worthy
  uint32_t line = 0;
};

// A CheckThat debate: `line<TAB>speaker<TAB>text<TAB>label` (label optional for unlabelled input).
Result<std::vector<CheckworthySentence>> read_checkthat(const std::string& path);
Result<std::vector<CheckworthySentence>> parse_checkthat(std::string_view bytes, const std::string& name);
// ClaimBuster two_class JSON: [{"sentence_id": n, "label": 0|1, "text": "..."}, ...]
Result<std::vector<CheckworthySentence>> read_claimbuster(const std::string& path);

struct CheckworthyScratch {
  std::vector<uint64_t> words;
  std::vector<uint32_t> features;
  std::string word;
};

class CheckworthyModel {
 public:
  static const CheckworthyModel& builtin();
  static Result<CheckworthyModel> load(std::string_view bytes);
  std::string serialize() const;
  double score(std::string_view sentence, CheckworthyScratch& scratch) const;
  double score(std::string_view sentence) const;  // convenience: a scratch of its own
  bool empty() const { return w_.empty(); }
  friend struct CheckworthyModelAccess;

 private:
  uint32_t bits_ = 0;
  std::vector<float> w_;
  float bias_ = 0;
};

struct CheckworthyTrainOptions {
  int epochs = 6;
  uint64_t seed = 1;
  double l2 = 1e-6;
  double rate = 0.02;
};

Result<CheckworthyModel> train_checkworthy(const std::vector<CheckworthySentence>& train,
                                           const CheckworthyTrainOptions& options);

// Average precision of a ranking (scores) against binary labels; 0 when there is no positive.
double average_precision(const std::vector<double>& scores, const std::vector<int>& labels);
double precision_at(const std::vector<double>& scores, const std::vector<int>& labels, size_t k);

}  // namespace claimtrace
