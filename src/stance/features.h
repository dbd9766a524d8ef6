// claimtrace — stance / check-worthiness internals shared by the classifiers, the trainers and the file
// formats (not a public API).
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/stance.h"

namespace claimtrace {

namespace stance_detail {

uint64_t hash_word(std::string_view s);
inline uint64_t mix(uint64_t a, uint64_t b) {
  uint64_t h = a ^ (b + 0x9E3779B97F4A7C15ull + (a << 6) + (a >> 2));
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  return h;
}
inline uint64_t feat(uint64_t ns, uint64_t v) { return mix(ns * 0x100000001B3ull + 17, v); }

// Tokens of a text: lower-cased words and numbers (digits kept), "n't" split off as "not"; punctuation
// dropped except '?' (kept as a token) and sentence ends (reported through sentence_starts when given).
// Appends the stemmed hash to `stems`, the raw lower-cased hash to `raws`, the stop-word flag to `stop`.
void tokenize_words(std::string_view text, std::vector<uint64_t>& stems, std::vector<uint64_t>& raws,
                    std::vector<uint8_t>& stop, std::vector<uint32_t>* sentence_starts, std::string& word);

// Lexicon classes of a raw lower-cased word hash (bits).
enum LexClass : uint8_t { kRefute = 1, kHedge = 2, kSupport = 4, kNegation = 8 };
uint8_t lexicon_class(uint64_t raw_hash);
extern const uint64_t kQuestionHash;

// The distinct terms of a text as the IDF table counts them: content unigrams and bigrams (stemmed hashes).
void document_terms(std::string_view text, StanceScratch& s, std::vector<uint64_t>& out);

}  // namespace stance_detail

struct StanceModelAccess {
  static uint32_t& bits1(StanceModel& m) { return m.bits1_; }
  static uint32_t& bits2(StanceModel& m) { return m.bits2_; }
  static std::vector<float>& w1(StanceModel& m) { return m.w1_; }
  static std::vector<float>& w2(StanceModel& m) { return m.w2_; }
  static float& bias1(StanceModel& m) { return m.bias1_; }
  static std::array<float, 3>& bias2(StanceModel& m) { return m.bias2_; }
  static float& idf_default(StanceModel& m) { return m.idf_default_; }
  static float& threshold(StanceModel& m) { return m.related_threshold_; }
  static std::unordered_map<uint64_t, float>& idf(StanceModel& m) { return m.idf_; }
  // Features of one pair into scratch.f1 / scratch.f2 (the model's IDF table is used).
  static void extract(const StanceModel& m, std::string_view headline, std::string_view body,
                      StanceScratch& s);
};

struct CheckworthyModelAccess {
  static uint32_t& bits(CheckworthyModel& m) { return m.bits_; }
  static std::vector<float>& w(CheckworthyModel& m) { return m.w_; }
  static float& bias(CheckworthyModel& m) { return m.bias_; }
  static void extract(std::string_view sentence, CheckworthyScratch& s);
};

}  // namespace claimtrace
