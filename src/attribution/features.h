// claimtrace — attribution model internals shared by the run time (model.cc) and the trainer (train.cc):
// the per-document token view, the feature templates of the two taggers, the weight tables and Viterbi.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

#include "claimtrace/attribution.h"
#include "core/huge_pages.h"

namespace claimtrace::attribution_detail {

// Cue tagger labels (BIO) and role tagger labels (per cue: source / content in BIO, the cue itself fixed).
enum CueLabel : uint8_t { kCueO, kCueB, kCueI, kCueLabels };
enum RoleLabel : uint8_t { kRoleO, kSrcB, kSrcI, kConB, kConI, kRoleCue, kRoleLabels };

// A feature key: the template's constant, xor the arguments rotated apart (word hashes are already random
// 64-bit values; small ints land in different bit ranges). The table index multiplies it once more
// (Tagger::bucket), which mixes every bit into the top ones. No multiply per argument: the key costs a few
// instructions, and a token has ~25 of them per tagger.
inline uint64_t feature(uint64_t tmpl, uint64_t a = 0, uint64_t b = 0, uint64_t c = 0, uint64_t d = 0) {
  return (tmpl * 0xD6E8FEB86659FD93ull) ^ a ^ std::rotl(b, 17) ^ std::rotl(c, 31) ^ std::rotl(d, 47);
}

// Mention classes of a token (what the actors stage found there).
enum MentionClass : uint8_t {
  kNoMention,
  kPerson,
  kOrg,
  kGpe,
  kLoc,
  kNorp,
  kMisc,
  kAgent,
  kPronoun,
  kOtherRef
};

// One document as the taggers see it: per token, hashes of the normalized word (lower case, digits as 0,
// curly quotes folded) and of its last three bytes, a shape class, the quotation state, the mention class,
// and the sentence it belongs to (-1: outside every sentence read). Sentences in duplicate paragraphs are
// not read unless keep_duplicates.
struct Doc {
  std::vector<uint64_t> word, suffix;
  // word with two kNoWord entries before and two after, so that the feature templates read a neighbour
  // without a bounds test: word_at(k) for k in [-2, n + 2).
  static constexpr uint64_t kNoWord = 0x9A3E;
  std::vector<uint64_t> word_pad;
  uint64_t word_at(int64_t k) const { return word_pad[size_t(k + 2)]; }
  std::vector<uint8_t> shape;
  std::vector<uint8_t> quote;  // 0 outside a quotation, 1 inside, 2 an opening mark, 3 a closing mark
  std::vector<uint8_t> mention;
  std::vector<uint8_t> mention_first;                  // 1: the token starts its mention
  std::vector<int32_t> sentence;                       // index into `sentences` below, or -1
  std::vector<uint32_t> quotes_before, commas_before;  // prefix counts (size n + 1)
  std::vector<uint8_t> cue;  // 1: the token is part of a cue (the cue tagger's output or, training, gold)
  // The sentences read: token ranges and paragraph.
  struct Sent {
    uint32_t first, end, paragraph;
    bool has_quote;
  };
  std::vector<Sent> sentences;

  size_t size() const { return word.size(); }
  void build(const AttributionInput& in);
  void set_cues(std::span<const std::pair<uint32_t, uint32_t>> cues);  // token ranges [first, end)
};

// The token range of one cue and the window of sentences its roles are looked for in.
struct CueWindow {
  uint32_t cue_first = 0, cue_end = 0;  // tokens
  uint32_t first = 0, end = 0;          // the window's tokens
  int32_t sentence = 0;                 // the cue's sentence (index into Doc::sentences)
};
CueWindow cue_window(const Doc& doc, uint32_t cue_first, uint32_t cue_end);

// Which window tokens the role tagger labels: those of the cue's sentence, and in the other sentences those
// inside or at a quotation (a quote of several sentences); the others are O without being scored. (The
// sentences around the cue without a quotation rarely hold a role and would triple the work.)
inline bool role_candidate(const Doc& doc, const CueWindow& w, uint32_t j) {
  return doc.sentence[j] == w.sentence || doc.quote[j] != 0;
}

constexpr size_t kMaxFeatures = 40;
// The features of token i for the cue tagger; returns how many were written to out.
size_t cue_features(const Doc& doc, uint32_t i, uint64_t* out);
// The features of token j for the role tagger, given the cue window.
size_t role_features(const Doc& doc, const CueWindow& w, uint32_t j, uint64_t* out);
// (role_features is the reference: the trainer reads it, and it says what each template is. The run time
// reads the same templates in three parts: DirectRows below.)

// The hashes (FNV-1a, 64 bits) of a token's normalized bytes and of their last three, as Doc::build keys the
// features: lower case (ASCII), digits as 0, curly double quotes as ", curly single quotes as '. The
// reference: one byte at a time with branches; word_hashes: a branch-free loop for ASCII tokens, the same
// values (tested).
void word_hashes(std::string_view w, uint64_t& word, uint64_t& suffix);
void word_hashes_reference(std::string_view w, uint64_t& word, uint64_t& suffix);

// A linear tagger over hashed features: weights[bucket * labels + label], transitions[(prev + 1) * labels +
// label] (row 0: the start).
struct Tagger {
  uint32_t labels = 0;
  uint32_t bits = 0;
  HugeVector<float> weights;
  std::vector<float> transitions;

  void init(uint32_t label_count, uint32_t table_bits) {
    labels = label_count;
    bits = table_bits;
    weights.assign((size_t(1) << bits) * labels, 0.0f);
    transitions.assign(size_t(labels + 1) * labels, 0.0f);
  }
  size_t bucket(uint64_t f) const { return size_t((f * 0x9E3779B97F4A7C15ull) >> (64 - bits)); }
  // scores[label] = sum of the features' weights. The rows are prefetched first so that their cache misses
  // overlap, and summed in registers (labels <= kMaxLabels).
  static constexpr uint32_t kMaxLabels = 8;
  void score(const uint64_t* f, size_t n, float* scores) const {
    const float* rows[kMaxFeatures];
    for (size_t k = 0; k < n; ++k) {
      rows[k] = &weights[bucket(f[k]) * labels];
      __builtin_prefetch(rows[k]);
    }
    float acc[kMaxLabels] = {};
    for (size_t k = 0; k < n; ++k)
      for (uint32_t l = 0; l < kMaxLabels; ++l)
        if (l < labels) acc[l] += rows[k][l];
    for (uint32_t l = 0; l < labels; ++l) scores[l] = acc[l];
  }
};

// The file form of a trained tagger: weights quantized to int16 (weight = q / scale); only the rows with a
// weight of at least kPruneBelow are kept (`rows`, ascending, and their `labels` values each). Rows whose
// weights are all below it (quantized: the largest weight is 32767, so 1.5% of it) are zeroed: on dev no
// figure moves by more than 0.2 points; the file is 3x smaller.
constexpr int kPruneBelow = 500;
struct PackedTagger {
  uint32_t labels = 0, bits = 0;
  float scale = 1.0f;
  std::vector<float> transitions;  // (labels + 1) * labels
  std::vector<uint32_t> rows;      // bucket of each kept row
  std::vector<int16_t> values;     // rows.size() * labels
  size_t bucket(uint64_t f) const { return size_t((f * 0x9E3779B97F4A7C15ull) >> (64 - bits)); }
};

// The run-time form of a tagger, for scoring. The decoders compare labels at one position only through the
// path, so adding the same amount to every label's score at a position changes no path: each row is stored
// less its `base` label's weight (that label then scores 0), and labels that are never in competition (the
// role tagger's cue label: the only label allowed on a cue token) score 0 too. What is left is 2 columns for
// the cue tagger (B, I) and 4 for the role tagger (source and content B, I).
// The cue tagger keeps 73% of its rows: a dense table with 8-bit weights (`narrow`: rows of 2 bytes, 0.5 MB
// for 2^18 rows; with 16-bit ones, 1 MB, it and the role table did not both fit a 1 MB L2, and the stage
// took ~3% longer; dev figures within 0.1). The role tagger keeps 7% of its rows: only those are stored
// (`sparse`), found by rank — a bit per bucket and the count of kept rows before each 64 buckets, one
// 16-byte load, then a popcount; bits, counts and rows take 0.4 MB instead of 4 MB (measured on the Reuters
// bench: the whole stage ran ~10% faster than with the dense 4 MB role table). The cue tagger's table by rank
// was no faster: it keeps too many rows. 8-bit role rows: dev figures 0.1–0.2 lower, no faster.
struct ScoreTable {
  uint32_t labels = 0, bits = 0, cols = 0;
  float inv_scale = 1.0f;
  int8_t column[Tagger::kMaxLabels] = {};  // label -> stored column; -1: scores 0
  bool sparse = false;
  struct Rank {
    uint64_t bits = 0;    // kept rows among these 64 buckets
    uint64_t before = 0;  // kept rows before them
  };
  std::vector<Rank> rank;       // sparse: (1 << bits) / 64 + 1
  HugeVector<int16_t> weights;  // dense: (1 << bits) * cols; sparse: kept * cols
  size_t zero_row = 0;          // sparse: the index of the all-zero last row
  bool narrow = false;          // rows of int8 in weights8 instead (half the bytes)
  HugeVector<int8_t> weights8;

  size_t bucket(uint64_t f) const { return size_t((f * 0x9E3779B97F4A7C15ull) >> (64 - bits)); }
};
// Compiles a packed tagger (see ScoreTable): every row less its `base` label's weight; the labels in
// `silent` (a bit mask) score 0.
ScoreTable compile(const PackedTagger& t, uint32_t base, uint32_t silent, bool narrow = false);

// Scores n positions at once: position k has counts[k] features at feats[k * kMaxFeatures], and, when base
// is given, the stored columns base[k * Cols ...] added to their rows' (no features and a zero base: its
// scores are 0). With `raw`, the integer sums of the stored columns go to raw[k * Cols ...] instead of
// scores to emissions (which may then be null). No software prefetch: the ~20 loads of a position are
// independent, and out-of-order execution overlaps their misses. Prefetching the rows of position k + 2 (each
// bucket computed twice) ran 5% slower through attributions; finding the rows of 8 positions before summing
// them was no faster. (Until this was measured, a prefetch written as __builtin_prefetch of a pointer chosen
// by the table's kind was in this loop; GCC 12 removed it as dead code, so no build ever ran it.)
//
// The table's kind is a template argument and its fields are read once per call (read through `t` in the
// loop, GCC 12 reloaded them and tested the kind at every lookup: ~38 instructions a lookup on the role
// table). ~26 now with the AVX2 + BMI2 instantiation, whose bzhi and pmovsxwd replace the mask's shifts and
// the rows' SSE2 sign extension (callgrind, first 2,000 Reuters articles: 262 M → 174 M instructions in
// the role scorer; the taggers' stage ~4% faster).
template <uint32_t Cols, bool Narrow, bool Sparse>
requires(Cols == 2 || Cols == 4)
    [[gnu::always_inline]] inline void score_batch_body(const ScoreTable& t, const uint64_t* feats,
                                                        const uint8_t* counts, size_t n, float* emissions,
                                                        const int32_t* base, int32_t* raw) {
  using Weight = std::conditional_t<Narrow, int8_t, int16_t>;
  const Weight* const weights = [&] {
    if constexpr (Narrow)
      return t.weights8.data();
    else
      return t.weights.data();
  }();
  const ScoreTable::Rank* const rank = t.rank.data();
  const uint64_t zero_row = t.zero_row;
  const unsigned shift = 64 - t.bits;
  const uint32_t labels = t.labels;
  const float inv_scale = t.inv_scale;
  int8_t column[Tagger::kMaxLabels];
  for (uint32_t l = 0; l < Tagger::kMaxLabels; ++l) column[l] = t.column[l];
  for (size_t k = 0; k < n; ++k) {
    // Four named sums (registers; an array indexed by column below would live in memory), from the
    // position's base (the rows read ahead of time, DirectRows) when there is one.
    int32_t a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    if (base) {
      a0 = base[k * Cols], a1 = base[k * Cols + 1];
      if constexpr (Cols == 4) a2 = base[k * Cols + 2], a3 = base[k * Cols + 3];
    }
    const uint64_t* f = &feats[k * kMaxFeatures];
    for (size_t c = 0; c < counts[k]; ++c) {
      const uint64_t b = (f[c] * 0x9E3779B97F4A7C15ull) >> shift;  // ScoreTable::bucket
      uint64_t r = b;
      if constexpr (Sparse) {
        // The row's rank among the kept ones; without a branch (a pruned row is a fifth of the lookups, at
        // random): the last row is all zeros. (A conditional expression here compiled to a branch.)
        const ScoreTable::Rank& block = rank[b >> 6];
        const uint64_t kept =
            block.before + uint64_t(std::popcount(block.bits & ((uint64_t(1) << (b & 63)) - 1)));
        const uint64_t present = uint64_t(0) - ((block.bits >> (b & 63)) & 1);
        r = zero_row ^ ((zero_row ^ kept) & present);
      }
      const Weight* row = weights + r * Cols;
      a0 += row[0], a1 += row[1];
      if constexpr (Cols == 4) a2 += row[2], a3 += row[3];
    }
    if (raw) {  // the sums themselves
      raw[k * Cols] = a0, raw[k * Cols + 1] = a1;
      if constexpr (Cols == 4) raw[k * Cols + 2] = a2, raw[k * Cols + 3] = a3;
      continue;
    }
    const int32_t sums[4] = {a0, a1, a2, a3};
    for (uint32_t l = 0; l < labels; ++l) {
      const int col = column[l];
      emissions[k * labels + l] = col < 0 ? 0.0f : float(sums[col]) * inv_scale;
    }
  }
}

// The instruction sets score_batch is compiled for; it picks the best the CPU has, once (tests run each).
enum class ScoreIsa : uint8_t {
  portable,  // the x86-64 (or other) baseline: a popcount is a library call
  popcnt,    // x86-64 with popcnt (the sparse table's rank)
  v3,  // AVX2, BMI, BMI2, popcnt (of x86-64-v3): the rank's mask in one instruction (bzhi), rows widened
       // by pmovsx
};
bool score_isa_supported(ScoreIsa isa);
ScoreIsa best_score_isa();

template <uint32_t Cols, bool Narrow, bool Sparse>
void score_batch_portable(const ScoreTable& t, const uint64_t* feats, const uint8_t* counts, size_t n,
                          float* emissions, const int32_t* base, int32_t* raw) {
  score_batch_body<Cols, Narrow, Sparse>(t, feats, counts, n, emissions, base, raw);
}
#if defined(__x86_64__) && defined(__GNUC__)
template <uint32_t Cols, bool Narrow, bool Sparse>
[[gnu::target("popcnt")]] void score_batch_popcnt(const ScoreTable& t, const uint64_t* feats,
                                                  const uint8_t* counts, size_t n, float* emissions,
                                                  const int32_t* base, int32_t* raw) {
  score_batch_body<Cols, Narrow, Sparse>(t, feats, counts, n, emissions, base, raw);
}
template <uint32_t Cols, bool Narrow, bool Sparse>
[[gnu::target("avx2,bmi,bmi2,popcnt")]] void score_batch_v3(const ScoreTable& t, const uint64_t* feats,
                                                            const uint8_t* counts, size_t n, float* emissions,
                                                            const int32_t* base, int32_t* raw) {
  score_batch_body<Cols, Narrow, Sparse>(t, feats, counts, n, emissions, base, raw);
}
#endif
template <uint32_t Cols, bool Narrow, bool Sparse>
void score_batch_isa(ScoreIsa isa, const ScoreTable& t, const uint64_t* feats, const uint8_t* counts,
                     size_t n, float* emissions, const int32_t* base, int32_t* raw) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (isa == ScoreIsa::v3)
    return score_batch_v3<Cols, Narrow, Sparse>(t, feats, counts, n, emissions, base, raw);
  if (isa == ScoreIsa::popcnt)
    return score_batch_popcnt<Cols, Narrow, Sparse>(t, feats, counts, n, emissions, base, raw);
#endif
  score_batch_portable<Cols, Narrow, Sparse>(t, feats, counts, n, emissions, base, raw);
}
// Scores with the given instruction set (which the CPU must have: score_isa_supported), dispatching on the
// table's kind: columns, row width, dense or sparse.
template <uint32_t Cols, bool Narrow>
void score_batch_rows(ScoreIsa isa, const ScoreTable& t, const uint64_t* feats, const uint8_t* counts,
                      size_t n, float* emissions, const int32_t* base, int32_t* raw) {
  if (t.sparse) return score_batch_isa<Cols, Narrow, true>(isa, t, feats, counts, n, emissions, base, raw);
  score_batch_isa<Cols, Narrow, false>(isa, t, feats, counts, n, emissions, base, raw);
}
template <uint32_t Cols>
void score_batch_cols(ScoreIsa isa, const ScoreTable& t, const uint64_t* feats, const uint8_t* counts,
                      size_t n, float* emissions, const int32_t* base, int32_t* raw) {
  if (t.narrow) return score_batch_rows<Cols, true>(isa, t, feats, counts, n, emissions, base, raw);
  score_batch_rows<Cols, false>(isa, t, feats, counts, n, emissions, base, raw);
}
inline void score_batch(ScoreIsa isa, const ScoreTable& t, const uint64_t* feats, const uint8_t* counts,
                        size_t n, float* emissions, const int32_t* base = nullptr, int32_t* raw = nullptr) {
  if (t.cols == 2) return score_batch_cols<2>(isa, t, feats, counts, n, emissions, base, raw);
  score_batch_cols<4>(isa, t, feats, counts, n, emissions, base, raw);
}
inline void score_batch(const ScoreTable& t, const uint64_t* feats, const uint8_t* counts, size_t n,
                        float* emissions, const int32_t* base = nullptr, int32_t* raw = nullptr) {
  static const ScoreIsa isa = best_score_isa();
  score_batch(isa, t, feats, counts, n, emissions, base, raw);
}

// Quantizes and prunes a trained tagger.
PackedTagger pack(const Tagger& t);

// Is label `cur` allowed after `prev` (-1: the start)?
bool cue_transition_ok(int prev, int cur);
bool role_transition_ok(int prev, int cur);

// First-order Viterbi: emissions[t * labels + l], allowed(t, l) masks labels per position, ok(prev, cur) the
// transitions. Writes the best path to `path` (size n).
void viterbi(uint32_t labels, const std::vector<float>& transitions, const std::vector<float>& emissions,
             size_t n, const std::vector<uint8_t>& allowed, bool (*ok)(int, int), std::vector<float>& work,
             std::vector<uint8_t>& path);
// A tagger's transitions as the decoder reads them, the forbidden ones at -inf (row 0: the start), built
// once per model (ModelData::compile) instead of at every call (~0.6% of the pipeline's instructions).
struct Transitions {
  uint32_t labels = 0;
  float masked[(Tagger::kMaxLabels + 1) * Tagger::kMaxLabels] = {};
  void build(uint32_t labels, const std::vector<float>& transitions, bool (*ok)(int, int));
};
void viterbi(const Transitions& t, const std::vector<float>& emissions, size_t n,
             const std::vector<uint8_t>& allowed, std::vector<float>& work, std::vector<uint8_t>& path);

// The cue gate: the cue tagger scores a token only when a cue-opening word (one that opened a gold cue at
// least twice in training and does so for at least 1% of its occurrences: "said", "according", "told", ":")
// is at most its reach before it in the sentence (0 … kGateReach tokens, learned per opener by the trainer:
// AttributionTrainOptions::gate_quantile); the other tokens are O.
constexpr uint32_t kGateReach = 5;
struct CueGate {
  std::vector<uint64_t> openers;  // word hashes (Doc::word), sorted: the file's form
  // Per opener (parallel to `openers`): how many tokens after itself it opens (0 … kGateReach); empty: each
  // opens kGateReach.
  std::vector<uint8_t> reaches;
  uint8_t reach(size_t o) const { return reaches.empty() ? uint8_t(kGateReach) : reaches[o]; }
  // An open-addressing set over `openers` (0 = empty; a word hash of 0 is taken as never opening) with each
  // one's reach + 1, and in front of it a bit per bucket of the word hash, set by the openers (no false
  // negatives): most words are not openers, and the filter (8 KB or more, in L1) turns them away without a
  // probe of the set.
  std::vector<uint64_t> table;
  std::vector<uint8_t> table_reach;
  std::vector<uint64_t> filter;
  unsigned filter_log = 0;
  void build() {
    size_t size = 16;
    while (size < openers.size() * 4) size <<= 1;
    table.assign(size, 0);
    table_reach.assign(size, 0);
    filter_log = 16;
    while ((size_t(1) << filter_log) < openers.size() * 32) ++filter_log;
    filter.assign((size_t(1) << filter_log) / 64, 0);
    for (size_t o = 0; o < openers.size(); ++o) {
      const uint64_t w = openers[o];
      if (w == 0) continue;
      size_t at = slot(w);
      while (table[at] != 0 && table[at] != w) at = (at + 1) & (table.size() - 1);
      table[at] = w;
      table_reach[at] = uint8_t(reach(o) + 1);
      const size_t bit = filter_bit(w);
      filter[bit / 64] |= uint64_t(1) << (bit % 64);
    }
  }
  size_t slot(uint64_t w) const { return size_t((w * 0x9E3779B97F4A7C15ull) >> 40) & (table.size() - 1); }
  size_t filter_bit(uint64_t w) const { return size_t((w * 0xD6E8FEB86659FD93ull) >> (64 - filter_log)); }
  bool opens(uint64_t w) const { return opened(w) != 0; }
  // 0: w opens nothing; else 1 + the tokens it opens after itself.
  uint32_t opened(uint64_t w) const {
    if (table.empty() || w == 0) return 0;
    const size_t bit = filter_bit(w);
    if (!(filter[bit / 64] >> (bit % 64) & 1)) return 0;
    for (size_t at = slot(w);; at = (at + 1) & (table.size() - 1)) {
      if (table[at] == w) return table_reach[at];
      if (table[at] == 0) return 0;
    }
  }
  // gate[k] for the tokens [first, end) of one sentence.
  void mark(const Doc& doc, uint32_t first, uint32_t end, std::vector<uint8_t>& gate) const {
    gate.assign(end - first, 0);
    uint32_t reach = 0;  // tokens still open after the last opener
    for (uint32_t i = first; i < end; ++i) {
      reach = std::max(reach, opened(doc.word[i]));
      if (reach) gate[i - first] = 1, --reach;
    }
  }
};

// Rows read ahead of time. A role template whose arguments are all small integers (a direction, a distance
// bucket, a quotation state, a mention class, a shape) has few keys: ModelData::compile_direct reads their
// rows from the score table once into tables indexed by the arguments (DirectRows: 2,160 entries for eight
// such templates, those with the same arguments summed in one entry, 35 KB), and the run time adds an entry
// to the position's base (score_batch) instead of hashing the key and looking it up. The templates over the
// cue's own words with the direction and the distance bucket (or the mention class) take few keys within one
// cue window: their rows are read once per window, in one batch (RoleWindowRows). Left to the lookups: the
// seven templates over the token's own words. Same rows, integer sums: the emissions equal role_features'
// to the bit (tests: RoleSplit). (The cue tagger's four such templates read the same way saved no
// instructions, callgrind: the adds cost what the lookups did.)
struct DirectRows {
  std::vector<int32_t> values;  // 4 per entry (columns past the table's are 0)
  void reset(size_t entries) { values.assign(entries * 4, 0); }
  // Adds feature f's row to the entry (its stored columns, as score_batch sums them).
  void add(const ScoreTable& t, size_t entry, uint64_t f);
  const int32_t* at(size_t entry) const { return &values[entry * 4]; }
};
// The role tagger's direct templates, summed in four tables (a role feature's direction is 1, before the cue,
// or 2, after it; a cue token has none): where each table starts, and the entry of given arguments.
//   sentence: 103 (dir, sentence offset, same paragraph) + 109 (quote state, the cue's quote state, dir)
//             + 119 (sentence edge, dir, sentence offset) + 125 (quote state, dir, sentence offset)
//   between:  110 (quotation marks between, dir, bucket) + 124 (commas between, dir, bucket)
//   mention:  113 (mention class, first token of it, dir, bucket)
//   shape:    114 (shape, dir, bucket)
namespace role_direct {
constexpr size_t kDirs = 2, kBuckets = 10, kSoffs = 5, kQuotes = 4, kEdges = 4, kCounts = 4, kClasses = 10,
                 kShapes = 8;
constexpr size_t kSentence = 0;
constexpr size_t kBetween = kSentence + kDirs * kSoffs * 2 * kEdges * kQuotes * kQuotes;
constexpr size_t kMention = kBetween + kCounts * kCounts * kDirs * kBuckets;
constexpr size_t kShape = kMention + kClasses * 2 * kDirs * kBuckets;
constexpr size_t kEntries = kShape + kShapes * kDirs * kBuckets;
inline size_t sentence(uint64_t dir, uint64_t soff, uint64_t same, uint64_t edge, uint64_t q, uint64_t qc) {
  return kSentence +
         ((((((dir - 1) * kSoffs + soff) * 2 + same) * kEdges + edge) * kQuotes + q) * kQuotes + qc);
}
inline size_t between(uint64_t quotes, uint64_t commas, uint64_t dir, uint64_t b) {
  return kBetween + ((quotes * kCounts + commas) * kDirs + dir - 1) * kBuckets + b;
}
inline size_t mention(uint64_t m, uint64_t first, uint64_t dir, uint64_t b) {
  return kMention + ((m * 2 + first) * kDirs + dir - 1) * kBuckets + b;
}
inline size_t shape(uint64_t sh, uint64_t dir, uint64_t b) {
  return kShape + (sh * kDirs + dir - 1) * kBuckets + b;
}
}  // namespace role_direct
// One cue window's rows (RoleWindowRows::fill): templates 106, 107, 121 and 122 (the cue's first and last
// words, the words right after and before it, each with the direction and distance bucket) summed per
// (direction, bucket) the window holds, and template 123 (the mention class with the cue's first word and
// the direction) per (class, direction).
struct ModelData;
struct RoleWindowRows {
  alignas(16) int32_t by_distance[role_direct::kDirs * role_direct::kBuckets][4];
  alignas(16) int32_t by_class[role_direct::kClasses * role_direct::kDirs][4];
  // Reads the rows the window's role candidates use.
  void fill(const ModelData& model, const Doc& doc, const CueWindow& w);

 private:
  static constexpr size_t kGroups = role_direct::kDirs * (role_direct::kBuckets + role_direct::kClasses);
  uint64_t keys[kGroups * kMaxFeatures];
  uint8_t counts[kGroups];
  int32_t* entry[kGroups];
  alignas(16) int32_t sums[kGroups][4];
};

struct ModelData {
  PackedTagger cue, role;  // the file form
  CueGate gate;
  // Added to the cue tagger's B and I scores when decoding: trades cue precision for recall (tuned on dev).
  float cue_bias = 0;
  ScoreTable cue_scores, role_scores;             // the run-time form of cue and role (compile())
  Transitions cue_transitions, role_transitions;  // the same (compile())
  ScoreIsa isa = ScoreIsa::portable;              // the scorers' instruction set (compile())
  DirectRows role_direct;                         // the rows read ahead of time (compile())

  // Builds the run-time forms (the score tables, the gate's set, the direct rows) from the file forms.
  void compile();
  // The direct rows from role_scores (compile() calls it).
  void compile_direct();
};

struct Scratch {
  Doc doc;
  std::vector<uint64_t> features;  // n * kMaxFeatures
  std::vector<int32_t> base;       // n * the table's columns (score_batch)
  RoleWindowRows window_rows;
  std::vector<uint8_t> counts;
  std::vector<float> emissions, work;
  std::vector<uint8_t> allowed, path, gate;
  std::vector<std::pair<uint32_t, uint32_t>> cues, nested;
  std::vector<uint32_t> finding_verbs;  // tokens that are finding_verb()s, in order (find_attributions)
};

// The cue tagger's emissions over sentence s, the bias added, and the labels allowed per token (sc.emissions,
// sc.allowed); false when the gate opens no token of s (nothing scored, every token O).
// The role tagger's over cue window w (its cue tokens allow the cue label only). `reference`: through
// role_features alone, as the trainer reads the templates (for tests: the same emissions).
bool cue_emissions(const ModelData& model, const Doc& doc, const Doc::Sent& s, Scratch& sc);
void role_emissions(const ModelData& model, const Doc& doc, const CueWindow& w, Scratch& sc,
                    bool reference = false);

// The cue runs of a cue-tagger path over tokens [first, first + path.size()).
void cue_runs(const std::vector<uint8_t>& path, uint32_t first,
              std::vector<std::pair<uint32_t, uint32_t>>& out);
// An attribution from a role-tagger path over the window (source and content runs → byte spans).
Attribution attribution_from_path(const Doc& doc, std::span<const Token> tokens, const CueWindow& w,
                                  const std::vector<uint8_t>& path);
// PolNeAR's univocal view (a token has one label, so a statement inside another's content is not annotated):
// drops out[first..] whose cue begins inside a span of another one's content (a cue in a gap of another
// content, where that content skips the statement's source and cue, keeps its tokens' one label: kept; on
// PolNeAR dev cue token F1 63.9 → 64.4, relation 59.3 → 59.5). What `eval` scores; records keep them all
// (nested_in).
void univocal_view(std::vector<Attribution>& out, size_t first);

// Is `word` (lower case) the past tense of a one-word stance cue of data/cues.tsv other than ASSERT, OTHER
// and QUESTION ("urged", "denied", "accused", "warned", "condemned")? The cue tagger's backstop: such a word
// is a cue even when the tagger misses it (news states most denials, appeals and accusations this way).
bool stance_verb_past(std::string_view word);
// Do two words (lower case) form a two-word CONCERN pattern of data/cues.tsv, its verb in the past tense
// ("expressed concern", "voiced alarm", "raised concerns")? (Not the other stances' phrases: the ones the
// tagger leaves out are mostly no statements — "the plan called for", "called for redemption" of bonds.)
bool stance_phrase_past(std::string_view verb, std::string_view noun);
// Is `word` (lower case) a one-word cue of data/cues.tsv other than OTHER, in a finite form (not "-ing")?
// Used for statements nested inside another statement's content.
bool nested_cue_word(std::string_view word);
// "found", "finds", "shows", "concluded", "revealed", "estimated", "indicates", "suggests" ...: the verbs of
// a document's finding ("A 2014 study ... found 31 incidents").
bool finding_verb(std::string_view word);
// Is `word` (lower case, any inflection) a one-word cue of data/cues.tsv other than OTHER: a reporting verb?
bool reporting_verb(std::string_view word);
// A filter in front of it for tokens of a Doc: false when the token whose word hash (Doc::word) is
// `word_hash` cannot be a reporting verb; true when it may be (then ask reporting_verb).
bool maybe_reporting_word_hash(uint64_t word_hash);
// The slow references of reporting_verb and stance_verb_past, for tests: they visit
// the patterns of each stem the word may have and check inflects(); the fast ones look the word up once
// among the patterns' inflected forms.
bool reporting_verb_by_stems(std::string_view word);
bool stance_verb_past_by_stems(std::string_view word);

// Finds the attributions with the model's taggers (no rules); `nested`: also statements inside contents (step
// 3 in model.cc; not PolNeAR's convention, so off for evaluation and training).
void find_attributions(const ModelData& model, const AttributionInput& in, Scratch& scratch,
                       std::vector<Attribution>& out, bool nested);

}  // namespace claimtrace::attribution_detail
