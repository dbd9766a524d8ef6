// claimtrace — attribution model internals shared by the run time (model.cc) and the trainer (train.cc):
// the per-document token view, the feature templates of the two taggers, the weight tables and Viterbi.
#pragma once

#include <sys/mman.h>

#include <cstdint>
#include <cstdlib>
#include <new>
#include <span>
#include <string>
#include <vector>

#include "claimtrace/attribution.h"

namespace claimtrace::attribution_detail {

// Cue tagger labels (BIO) and role tagger labels (per cue: source / content in BIO, the cue itself fixed).
enum CueLabel : uint8_t { kCueO, kCueB, kCueI, kCueLabels };
enum RoleLabel : uint8_t { kRoleO, kSrcB, kSrcI, kConB, kConI, kRoleCue, kRoleLabels };

inline uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull;
  h *= 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 31);
}
inline uint64_t feature(uint64_t tmpl, uint64_t a = 0, uint64_t b = 0, uint64_t c = 0, uint64_t d = 0) {
  return mix(mix(mix(mix(mix(0x51ED270B27A3C5DBull, tmpl), a), b), c), d);
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
  std::vector<uint8_t> shape;
  std::vector<uint8_t> quote;  // 0 outside a quotation, 1 inside, 2 an opening mark, 3 a closing mark
  std::vector<uint8_t> mention;
  std::vector<uint8_t> mention_first;                               // 1: the token starts its mention
  std::vector<int32_t> sentence;                                    // index into `sentences` below, or -1
  std::vector<uint32_t> quotes_before, commas_before, cues_before;  // prefix counts (size n + 1)
  std::vector<uint8_t> cue;  // 1: the token is part of a cue (the cue tagger's output or, training, gold)
  // The sentences read: token ranges and paragraph.
  struct Sent {
    uint32_t first, end, paragraph;
    bool has_quote;
  };
  std::vector<Sent> sentences;
  std::string buffer;

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

// Large weight tables live on transparent huge pages when the kernel allows it (madvise): their lookups are
// random, and with 4 KiB pages most of them would also miss the TLB (measured: ~1.6x on the Reuters bench).
template <class T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHuge = size_t(1) << 21;
  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) {}
  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (bytes < kHuge) return static_cast<T*>(::operator new(bytes));
    const size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
    void* p = std::aligned_alloc(kHuge, rounded);
    if (!p) throw std::bad_alloc();
    madvise(p, rounded, MADV_HUGEPAGE);  // a hint: failure only costs speed
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    if (n * sizeof(T) < kHuge) {
      ::operator delete(p);
    } else {
      std::free(p);
    }
  }
  template <class U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};

// A linear tagger over hashed features: weights[bucket * labels + label], transitions[(prev + 1) * labels +
// label] (row 0: the start).
struct Tagger {
  uint32_t labels = 0;
  uint32_t bits = 0;
  std::vector<float, HugePageAllocator<float>> weights;
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

// Is label `cur` allowed after `prev` (-1: the start)?
bool cue_transition_ok(int prev, int cur);
bool role_transition_ok(int prev, int cur);

// First-order Viterbi: emissions[t * labels + l], allowed(t, l) masks labels per position, ok(prev, cur) the
// transitions. Writes the best path to `path` (size n).
void viterbi(const Tagger& tagger, const std::vector<float>& emissions, size_t n,
             const std::vector<uint8_t>& allowed, bool (*ok)(int, int), std::vector<float>& work,
             std::vector<uint16_t>& back, std::vector<uint8_t>& path);

struct ModelData {
  Tagger cue, role;
  // Added to the cue tagger's B and I scores when decoding: trades cue precision for recall (tuned on dev).
  float cue_bias = 0;
};

struct Scratch {
  Doc doc;
  std::vector<uint64_t> features;  // n * kMaxFeatures
  std::vector<uint8_t> counts;
  std::vector<float> emissions, work;
  std::vector<uint16_t> back;
  std::vector<uint8_t> allowed, path;
  std::vector<std::pair<uint32_t, uint32_t>> cues;
};

// The cue runs of a cue-tagger path over tokens [first, first + path.size()).
void cue_runs(const std::vector<uint8_t>& path, uint32_t first,
              std::vector<std::pair<uint32_t, uint32_t>>& out);
// An attribution from a role-tagger path over the window (source and content runs → byte spans).
Attribution attribution_from_path(const Doc& doc, std::span<const Token> tokens, const CueWindow& w,
                                  const std::vector<uint8_t>& path);
// Finds the attributions with the model's taggers (no rules).
void find_attributions(const ModelData& model, const AttributionInput& in, Scratch& scratch,
                       std::vector<Attribution>& out);

}  // namespace claimtrace::attribution_detail
