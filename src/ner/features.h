// claimtrace — NER internals shared by the tagger (model.cc) and the trainer (train.cc): word analysis,
// feature templates, the name list, BILOU tags and the decoding constraints.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <span>
#include <string_view>
#include <vector>

#include "claimtrace/ner.h"
#include "core/huge_pages.h"

namespace claimtrace::ner_detail {

// Tags: 0 = O, then 1 + type * 4 + position (B, I, L, U).
constexpr int kTags = 1 + 4 * kEntityTypeCount;
enum Position : int { kB = 0, kI = 1, kL = 2, kU = 3 };
constexpr int tag_of(int type, int position) { return 1 + type * 4 + position; }
constexpr int tag_type(int tag) { return (tag - 1) >> 2; }     // only for tag != 0
constexpr int tag_position(int tag) { return (tag - 1) & 3; }  // only for tag != 0
constexpr int kNoTag = kTags;                                  // "before the sentence" in the tag history

// BILOU well-formedness: may `tag` follow `prev` (kNoTag at a sentence start)? `last`: final token.
inline bool tag_allowed(int prev, int tag, bool last) {
  bool open = prev != kNoTag && prev != 0 && (tag_position(prev) == kB || tag_position(prev) == kI);
  if (open) {
    if (tag == 0 || tag_type(tag) != tag_type(prev)) return false;
    int p = tag_position(tag);
    return last ? p == kL : (p == kI || p == kL);
  }
  if (tag == 0) return true;
  int p = tag_position(tag);
  if (p == kI || p == kL) return false;
  return !(last && p == kB);
}

constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
inline uint64_t fmix64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}
// A feature key: template id + value, 32 bits, never 0.
inline uint32_t feature_key(uint64_t templ, uint64_t value) {
  uint32_t k = static_cast<uint32_t>(fmix64(value * kMul + templ * 0xD6E8FEB86659FD93ULL + templ) >> 32);
  return k ? k : 1;
}
inline uint64_t mix2(uint64_t a, uint64_t b) { return fmix64(a * kMul ^ (b + 0x632BE59BD9B4E019ULL)); }

// Flags of a word.
enum : uint8_t {
  kCap = 1,        // first character an upper-case letter
  kAllCaps = 2,    // has letters, none lower-case
  kLowerWord = 4,  // first character a lower-case letter
  kDigit = 8,      // has a digit
  kAlpha = 16,     // has a letter
  kUpper = 32,     // has an upper-case letter
  kStop = 64,      // one of , . " : ; (never next to a name as part of it)
};

struct WordInfo {
  uint64_t exact = 0;        // the word (typographic quotes/dashes folded)
  uint64_t lower = 0;        // lower-cased, digits -> 0
  uint64_t shape = 0;        // Xxxx, XX, d.d: character classes, runs capped at 4
  uint64_t short_shape = 0;  // runs collapsed: Xx, X, d.d
  uint64_t prefix[4] = {};
  uint64_t suffix[4] = {};
  uint16_t gaz = 0;  // name-list bits: type * 4 + position
  uint8_t flags = 0;
  uint8_t length = 0;  // characters, capped at 255
};

// Lower-cased word key of the name list and the document table.
inline uint32_t word_key(uint64_t lower) {
  uint32_t k = static_cast<uint32_t>(lower >> 32);
  return k ? k : 1;
}

// Name list: word key -> bits (type * 4 + BILU position) seen in training entities.
class Gazetteer {
 public:
  void build(const std::vector<std::pair<uint32_t, uint16_t>>& entries);
  uint16_t find(uint32_t key) const {
    if (slots_.empty()) return 0;
    for (size_t s = home(key);; s = (s + 1) & mask_) {
      const Slot& e = slots_[s];
      if (e.key == key) return e.bits;
      if (e.key == 0) return 0;
    }
  }
  std::vector<std::pair<uint32_t, uint16_t>> entries() const;  // sorted by key

 private:
  struct Slot {
    uint32_t key = 0;
    uint16_t bits = 0;
  };
  // The high bits of the product (word keys are the high half of an FNV hash: low bits of products cluster).
  size_t home(uint32_t key) const { return (key * 0x9E3779B1u) >> shift_; }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  int shift_ = 32;
};

// Per-document facts about a lower-cased word.
enum : uint8_t {
  kSeenLower = 1,        // somewhere in the document starting with a lower-case letter
  kSeenTitleInside = 2,  // capitalized (not all caps) away from a sentence start
  kSeenCapInside = 4,    // capitalized or all caps away from a sentence start
};
struct DocEntry {
  uint32_t key = 0;
  uint8_t flags = 0;
  uint8_t hist[kEntityTypeCount + 1] = {};  // how often tagged as each type earlier in the document (4: O)
  uint32_t first = UINT32_MAX, last = UINT32_MAX;  // occurrences: first, last, linked by Scratch::next
  uint32_t aggregation = UINT32_MAX;               // tagger: index into Scratch::aggregation, once computed
};

constexpr int kShapeRows = 6;  // shape_key rows: 0/1 sentence start no/yes; 2..5 sentence length 1..4
constexpr int kRoles = 5;      // word features seen from offsets -2..+2
constexpr int kStride = 24;    // score vectors padded (fixed-length loops vectorize)

// Context aggregation: a capitalized word (aggregates()) has the features aggregation_keys(j) of the first
// kMaxOccurrences occurrences j of its word in the document other than itself.
constexpr int kMaxOccurrences = 6;
inline bool aggregates(uint8_t flags) { return (flags & kAlpha) && (flags & (kCap | kAllCaps)); }
// The tagger's sums of them for one word of the document, from its first (up to) kMaxOccurrences + 1
// occurrences: an occurrence among those gets all_but[its rank], a later one `first`.
struct Aggregation {
  int count = 0;
  uint32_t token[kMaxOccurrences + 1];
  alignas(16) int32_t first[kStride];                         // the first min(count, kMaxOccurrences)
  alignas(16) int32_t all_but[kMaxOccurrences + 1][kStride];  // all `count` but occurrence k
};
inline void add_row(int32_t* __restrict acc, const int16_t* __restrict row) {
  for (int t = 0; t < kStride; ++t) acc[t] += row[t];
}
inline void add_rows(int32_t* __restrict acc, const int16_t* __restrict a, const int16_t* __restrict b) {
  for (int t = 0; t < kStride; ++t) acc[t] += int32_t(a[t]) + int32_t(b[t]);
}
inline void add_row(int32_t* __restrict acc, const int32_t* __restrict row) {
  for (int t = 0; t < kStride; ++t) acc[t] += row[t];
}

// Summed weights of one word's word features, per role (run time only), relative to tag O: scores[r][t] is
// the sum for tag t + 1 minus the sum for O. Adding the same amount to every tag of a token does not change
// the best sequence, so the tagger adds these to tags 1..16 and nothing to O.
constexpr int kRelTags = kTags - 1;  // 16
// In units of kCacheUnit weight units, as int16 (half the memory of int32; the sums of a word's features stay
// well within ±32767 units: the largest weight is 32767 weight units): the dev figures are the same as with
// exact sums and 6 of 19,043 Reuters articles differ.
constexpr int kCacheShift = 3, kCacheUnit = 1 << kCacheShift;
struct alignas(32) WordCacheScores {
  int16_t scores[kRoles][kRelTags];
};

// What the context features and the document table need of a token's word (24 bytes, copied per token).
struct TokenInfo {
  uint64_t lower = 0;
  uint64_t short_shape = 0;
  uint16_t gaz = 0;
  uint8_t flags = 0;
};
inline TokenInfo token_info(const WordInfo& w) { return TokenInfo{w.lower, w.short_shape, w.gaz, w.flags}; }

// Tagger word cache, two-way set-associative on a 64-bit hash of the word's bytes (a set is one cache line):
// the word's TokenInfo and, once computed, the summed weights of its word features (the full WordInfo is
// recomputed from the word's bytes when they are). Valid for one model (`owner`).
struct alignas(32) CachedWord {
  uint64_t key = 0;  // 0 = empty
  uint64_t lower = 0, short_shape = 0;
  uint16_t gaz = 0;
  uint8_t flags = 0;
  uint8_t scored = 0;  // bit r: scores[slot].scores[r] is valid
  uint8_t recent = 0;  // in the set's first way: the way used last (the other one is replaced)
  TokenInfo info() const { return TokenInfo{lower, short_shape, gaz, flags}; }
  void set(uint64_t k, const TokenInfo& t) {  // `recent` is kept
    key = k, lower = t.lower, short_shape = t.short_shape, gaz = t.gaz, flags = t.flags, scored = 0;
  }
};
static_assert(sizeof(CachedWord) == 32);
struct alignas(64) CachedSet {
  CachedWord way[2];
};
// Tagger cache of the weights of the shape_key features per short shape (direct-mapped; one feature per row,
// so int16 as in the model, the weight for O first).
struct ShapeRows {
  uint64_t shape = 0;
  bool filled = false;
  int16_t rows[kShapeRows][kStride];
};
struct WordCache {
  static constexpr int kShapeBits = 10;
  std::vector<ShapeRows> shapes;
  static constexpr int kBits = 15;  // 32768 words x 192 bytes
  static constexpr size_t kSize = size_t(1) << kBits;
  HugeVector<CachedSet> sets;          // kSize / 2
  HugeVector<WordCacheScores> scores;  // by slot: set * 2 + way
  uint64_t owner = 0;
  CachedWord& word(uint32_t slot) { return sets[slot >> 1].way[slot & 1]; }
  // The slot of the word with hash h, after making it the word of that slot if it is not there (then its
  // TokenInfo must be set by the caller: `fresh`).
  uint32_t find(uint64_t h, bool& fresh) {
    const uint32_t set = static_cast<uint32_t>((h * kMul) >> (64 - (kBits - 1)));
    CachedSet& cs = sets[set];
    fresh = false;
    uint32_t way;
    if (cs.way[0].key == h) {
      way = 0;
    } else if (cs.way[1].key == h) {
      way = 1;
    } else {
      way = cs.way[0].recent ^ 1u;
      fresh = true;
    }
    cs.way[0].recent = static_cast<uint8_t>(way);
    return set * 2 + way;
  }
  void reset(uint64_t id) {
    sets.assign(kSize / 2, CachedSet{});
    shapes.assign(size_t(1) << kShapeBits, ShapeRows{});
    scores.resize(kSize);
    owner = id;
  }
};

struct Scratch {
  WordCache wcache;                     // tagger only
  WordCacheScores edge;                 // the sentence boundary (tagger)
  std::vector<uint32_t> slot_of_word;   // token -> word cache slot (tagger)
  std::vector<uint64_t> hash_of_word;   // token -> word cache key (tagger)
  std::vector<uint32_t> batch_keys;     // feature keys of a sentence's tokens (tagger)
  std::vector<uint32_t> batch_slots;    // their weight-table slots
  std::vector<uint32_t> batch_begin;    // active token -> first of its keys in batch_keys
  std::vector<int32_t> scores;          // token * kStride
  std::vector<std::string_view> words;  // tag_document over Token / Sentence
  std::vector<uint32_t> ends;
  std::vector<uint8_t> active;    // token -> near a word with an upper-case letter
  std::vector<uint32_t> actives;  // the active tokens of a sentence
  std::vector<int32_t> delta;     // Viterbi
  std::vector<uint8_t> back;

  std::vector<WordInfo> info;  // trainer only (the tagger keeps its words' WordInfo in its cache)
  std::vector<TokenInfo> tok;
  std::vector<DocEntry> doc;
  size_t doc_mask = 0;
  size_t doc_used = 0;  // tokens of the last document (their entry_of slots are in use)
  std::vector<uint8_t> tags;
  std::vector<uint8_t> headline;   // token -> its sentence has no lower-case word
  std::vector<uint32_t> entry_of;  // token -> index into doc
  std::vector<uint32_t> next;      // token -> next occurrence of its word in the document (UINT32_MAX: none)
  std::vector<uint8_t> edges;      // token -> 1: first of its sentence, 2: last of its sentence
  std::vector<Aggregation> aggregation;  // tagger: per word of the document (DocEntry::aggregation)
};

constexpr int kMaxFeatures = 128;

// Analysis of one word (name-list bits not set).
void analyze_word(std::string_view w, WordInfo& out);
// Fills scratch.tok for `words` (name-list bits from `gaz`) and the document table. Without `cache`, also
// scratch.info (trainer). With `cache` (filled with this `gaz` only), words are looked up there first, and
// scratch.slot_of_word / hash_of_word receive their slots and keys.
void analyze_document(std::span<const std::string_view> words, std::span<const uint32_t> sentence_ends,
                      const Gazetteer& gaz, Scratch& scratch, WordCache* cache = nullptr);
// Emission features of token i of the sentence [sb, se) (they do not depend on the tags; tag pairs are
// scored by the transition rows, feature transition_key(prev tag)). Returns the number written to keys
// (<= kMaxFeatures). They are the union of:
//  - word features: depend on one word only, seen from token i at offset role - 2 (roles 0..4), so the
//    tagger caches their summed weights per word;
//  - context features: everything else (pairs of words, sentence and document facts).
int extract_features(const Scratch& scratch, size_t i, size_t sb, size_t se, uint32_t* keys);
int word_features(const WordInfo& w, int role, uint32_t* keys);
int context_features(const Scratch& scratch, size_t i, size_t sb, size_t se, uint32_t* keys);
// Context features with only a few possible values (bias, sentence end, headline, document flags, tag
// history): ids 0..kConstantFeatures-1, key constant_key(id). The tagger looks their weights up once.
enum ConstantFeature : int {
  cBias,
  cLast,
  cHeadline,
  cDocLower,                    // + seen lower * 2 + sentence start
  cDocTitle = cDocLower + 4,    // + seen title inside * 2 + all caps
  cCapInside = cDocTitle + 4,   // + seen capitalized inside
  cHistMajor = cCapInside + 2,  // + type (4: O)
  cHistHas = cHistMajor + kEntityTypeCount + 1,
  kConstantFeatures = cHistHas + kEntityTypeCount + 1,
};
uint32_t constant_key(int id);
// The context features of a word's short shape with the sentence start (which 0, value 0/1) and with the
// sentence length (which 1, value 1..4: lengths capped at 4).
uint32_t shape_key(int which, size_t value, uint64_t short_shape);
inline int shape_length_row(size_t length) { return length < 4 ? 1 + int(length) : 5; }
// The same features (in another order) but the two shape_key ones: the hashed ones in keys (returns their
// number), the constant ones as ids in `constants` (their number in nconstants, at most kConstantFeatures).
int context_features(const Scratch& scratch, size_t i, size_t sb, size_t se, uint32_t* keys,
                     uint8_t* constants, int& nconstants);
// The aggregation features that occurrence j gives the other occurrences of its word (returns 2).
int aggregation_keys(const Scratch& scratch, size_t j, uint32_t* keys);
uint32_t transition_key(int prev);  // prev: a tag or kNoTag (sentence start)
const WordInfo& edge_word();        // the word before / after a sentence
// Records token i's tag in the document history.
inline void record_tag(Scratch& scratch, size_t i, int tag) {
  const TokenInfo& w = scratch.tok[i];
  if (!(w.flags & (kCap | kAllCaps)) || !(w.flags & kAlpha)) return;
  DocEntry& e = scratch.doc[scratch.entry_of[i]];
  int slot = tag == 0 ? kEntityTypeCount : tag_type(tag);
  if (e.hist[slot] < 255) ++e.hist[slot];
}
// 16-byte vectors (GCC vector extensions; SSE2 registers) for the Viterbi recursion.
template <class T>
struct Vec16;
template <>
struct Vec16<int32_t> {
  typedef int32_t type __attribute__((vector_size(16)));
};
template <>
struct Vec16<int64_t> {
  typedef int64_t type __attribute__((vector_size(16)));
};

// Best well-formed BILOU sequence (first-order Viterbi): emit = n rows of kStride tag scores, trans =
// (kNoTag + 1) rows of kStride (row = previous tag); `start`: the tag before the first (kNoTag: none). Writes
// n tags. Specialised to BILOU: O, B-x and U-x
// follow O, L-y, U-y or the sentence start; I-x and L-x follow B-x or I-x; the last tag is O, L-x or U-x.
// One Viterbi step for the tags inside an entity (I-x, L-x): their predecessors are B-x and I-x.
template <class T>
inline void viterbi_inside(const T* pd, const T* e, const T* trans, bool last, T* d, uint8_t* bp) {
  constexpr T kNeg = std::numeric_limits<T>::min() / 4;
  for (int x = 0; x < kEntityTypeCount; ++x) {
    int b = tag_of(x, kB), in = tag_of(x, kI), l = tag_of(x, kL);
    for (int t : {in, l}) {
      T vb = pd[b] + trans[b * kStride + t], vi = pd[in] + trans[in * kStride + t];
      T best = vb >= vi ? vb : vi;
      bp[t] = static_cast<uint8_t>(vb >= vi ? b : in);
      d[t] = (last && t == in) ? kNeg : std::max<T>(best + e[t], kNeg);
    }
  }
}

// The best path, from the scores `delta` and back pointers `back` of n tokens (kTags each).
template <class T>
inline void viterbi_backtrack(const T* delta, const uint8_t* back, size_t n, uint8_t* out) {
  int best = 0;
  for (int t = 1; t < kTags; ++t) {
    if (delta[(n - 1) * kTags + t] > delta[(n - 1) * kTags + best]) best = t;
  }
  for (size_t i = n; i-- > 0;) {
    out[i] = static_cast<uint8_t>(best);
    best = back[i * kTags + best];
  }
}

template <class T>
void viterbi(const T* emit, size_t n, const T* trans, uint8_t* out, std::vector<T>& delta,
             std::vector<uint8_t>& back, int start = kNoTag) {
  if (n == 0) return;
  constexpr T kNeg = std::numeric_limits<T>::min() / 4;
  static constexpr uint8_t kClosed[1 + 2 * kEntityTypeCount] = {0, 3, 4, 7, 8, 11, 12, 15, 16};
  delta.resize(n * kTags);
  back.resize(n * kTags);
  for (int t = 0; t < kTags; ++t) {
    delta[t] = tag_allowed(start, t, n == 1) ? emit[t] + trans[start * kStride + t] : kNeg;
    back[t] = 0;
  }
  for (size_t i = 1; i < n; ++i) {
    bool last = i + 1 == n;
    const T* pd = &delta[(i - 1) * kTags];
    T* d = &delta[i * kTags];
    uint8_t* bp = &back[i * kTags];
    const T* e = &emit[i * kStride];
    // Tags that open (or are outside) an entity: best closed predecessor, for all tags at once.
    using V = typename Vec16<T>::type;
    constexpr int kLanes = 16 / sizeof(T);
    constexpr int kVecs = kStride / kLanes;
    V bestv[kVecs], argv[kVecs];
    for (int k = 0; k < kVecs; ++k) {
      V tr;
      std::memcpy(&tr, &trans[k * kLanes], sizeof tr);
      bestv[k] = pd[0] + tr;
      argv[k] = V{} + T(0);
    }
    for (int c = 1; c < 1 + 2 * kEntityTypeCount; ++c) {
      const int p = kClosed[c];
      const T pv = pd[p];
      for (int k = 0; k < kVecs; ++k) {
        V tr;
        std::memcpy(&tr, &trans[p * kStride + k * kLanes], sizeof tr);
        V v = pv + tr;
        auto better = v > bestv[k];
        bestv[k] = better ? v : bestv[k];
        argv[k] = better ? (V{} + T(p)) : argv[k];
      }
    }
    T best[kStride], arg[kStride];
    std::memcpy(best, bestv, sizeof best);
    std::memcpy(arg, argv, sizeof arg);
    d[0] = std::max<T>(best[0] + e[0], kNeg);
    bp[0] = static_cast<uint8_t>(arg[0]);
    for (int x = 0; x < kEntityTypeCount; ++x) {
      int b = tag_of(x, kB), u = tag_of(x, kU);
      d[b] = last ? kNeg : std::max<T>(best[b] + e[b], kNeg);
      bp[b] = static_cast<uint8_t>(arg[b]);
      d[u] = std::max<T>(best[u] + e[u], kNeg);
      bp[u] = static_cast<uint8_t>(arg[u]);
    }
    viterbi_inside(pd, e, trans, last, d, bp);
  }
  viterbi_backtrack(delta.data(), back.data(), n, out);
}
// Entities of a BILOU tag sequence of one sentence starting at token `base` (well-formed by construction;
// stray I/L tags open an entity).
void append_spans(std::span<const uint8_t> tags, uint32_t base, std::vector<EntitySpan>& out);
// The BILOU tag sequence of entity spans over n tokens.
void bilou_tags(std::span<const EntitySpan> spans, size_t n, std::vector<uint8_t>& out);

// Model file contents.
struct ModelContents {
  float scale = 1.0f;  // weight = int16 / scale
  std::vector<std::pair<uint32_t, uint16_t>> gazetteer;
  std::vector<uint32_t> keys;    // sorted
  std::vector<int16_t> weights;  // keys.size() * kTags
};
std::string serialize_model(const ModelContents& m);

}  // namespace claimtrace::ner_detail
