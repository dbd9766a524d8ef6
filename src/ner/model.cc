// claimtrace — NER run time: the model file, the weight table, Viterbi decoding over BILOU tags.
//
// File format (little-endian), version 2 (version 1 had the same layout and other features):
//   "CTNER" uint32 version
//   uint32 tags (17) | float scale (weight = int16 / scale)
//   uint32 G, then G x { uint32 word key, uint16 bits }                  the name list
//   uint32 F, then F x { uint32 feature key, uint32 tag mask (bit t: tag t has a weight), int16 per set bit }
//   "END."
#include <emmintrin.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "claimtrace/ner.h"
#include "core/binary.h"
#include "ner/features.h"

extern "C" {
extern const char embedded_ner_model[];
extern const unsigned long embedded_ner_model_size;
}

namespace claimtrace {

namespace ner_detail {

// Weights of one feature for tags 1..16 (the weight of O is kept apart, so a row is one aligned half line).
struct alignas(32) WeightRow {
  int16_t w[kRelTags];
};
constexpr int kBucket = 8;  // keys per bucket of the weight table (32 bytes, compared with two SSE2 loads)

struct ModelData {
  Gazetteer gaz;
  // Weight table: buckets of kBucket feature keys (0 = empty), overflowing into the next bucket (rare: load
  // factor <= 0.375). Slot s (bucket * kBucket + position) has its weight for O in o[s] and for tags 1..16 in
  // rows[s]; slot `zero` (after the table) is all zeros, the slot of every key that is not in the table, so
  // lookups and sums have no data-dependent branches.
  HugeVector<uint32_t> keys;
  HugeVector<int16_t> o;
  HugeVector<WeightRow> rows;
  size_t bucket_mask = 0;
  uint32_t zero = 0;
  float scale = 1.0f;
  size_t features = 0;
  uint64_t id = next_id();  // tells a scratch's word cache which model filled it
  static uint64_t next_id() {
    static std::atomic<uint64_t> counter{0};
    return ++counter;
  }
  int32_t trans[(kNoTag + 1) * kStride] = {};  // transition scores, row = previous tag
  // The weights of the constant context features (constant_key), looked up once.
  alignas(16) int32_t constant_rows[kConstantFeatures][kStride] = {};
  // The transitions from closed tags (kClosedTags) into open ones (kOpenTags), in 12 lanes (see decode).
  alignas(16) int32_t open_trans[9][12] = {};
  // Bit t: tag t may be the first of a run, [start is kNoTag (else O)][the run is one token].
  uint32_t first_allowed[2][2] = {};

  size_t bucket_of(uint32_t key) const { return ((key * 0x9E3779B1u) >> 7) & bucket_mask; }
  // The slot of `key` (`zero` when absent), starting at bucket b.
  uint32_t find_from(size_t b, uint32_t key) const {
    const __m128i k = _mm_set1_epi32(static_cast<int>(key)), z = _mm_setzero_si128();
    for (;; b = (b + 1) & bucket_mask) {
      const __m128i* p = reinterpret_cast<const __m128i*>(&keys[b * kBucket]);
      __m128i lo = _mm_loadu_si128(p), hi = _mm_loadu_si128(p + 1);
      unsigned hit = unsigned(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(lo, k)))) |
                     unsigned(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(hi, k)))) << 4;
      unsigned empty = unsigned(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(lo, z)))) |
                       unsigned(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(hi, z)))) << 4;
      if (__builtin_expect((hit | empty) != 0, 1)) {
        uint32_t found = static_cast<uint32_t>(b * kBucket) + uint32_t(__builtin_ctz(hit | 0x100u));
        return hit ? found : zero;
      }
    }
  }
  uint32_t find(uint32_t key) const { return find_from(bucket_of(key), key); }
  // Adds the weights of slot s to a score vector (kStride wide, tag order).
  int16_t buckets_o(uint32_t s) const { return o[s]; }
  void add(uint32_t s, int32_t* __restrict acc) const {
    acc[0] += o[s];
    const int16_t* __restrict w = rows[s].w;
    for (int t = 0; t < kRelTags; ++t) acc[1 + t] += w[t];
  }
  // slots[j] = the slot of keys_in[j]; all buckets are prefetched first, then all rows found, so the cache
  // misses overlap.
  void find_batch(const uint32_t* keys_in, size_t n, uint32_t* slots) const {
    for (size_t j = 0; j < n; ++j) {
      size_t b = bucket_of(keys_in[j]);
      slots[j] = static_cast<uint32_t>(b);
      __builtin_prefetch(&keys[b * kBucket]);
    }
    for (size_t j = 0; j < n; ++j) {
      uint32_t s = find_from(slots[j], keys_in[j]);
      slots[j] = s;
      __builtin_prefetch(&rows[s]);
      __builtin_prefetch(&o[s]);
    }
  }

  // The aggregation sums of a word of the document (entry e).
  void aggregate(const Scratch& sc, const DocEntry& e, Aggregation& out) const {
    constexpr int kKept = kMaxOccurrences + 1;
    uint32_t k[kKept * 2], slots[kKept * 2];
    int n = 0;
    out.count = 0;
    for (uint32_t j = e.first; j != UINT32_MAX && out.count < kKept; j = sc.next[j]) {
      out.token[out.count++] = j;
      n += aggregation_keys(sc, j, k + n);
    }
    find_batch(k, size_t(n), slots);
    int32_t each[kKept][kStride] = {}, all[kStride] = {};
    for (int o = 0; o < out.count; ++o) {
      add(slots[o * 2], each[o]);
      add(slots[o * 2 + 1], each[o]);
      add_row(all, each[o]);
      if (o + 1 == std::min(out.count, kMaxOccurrences)) std::memcpy(out.first, all, sizeof all);
    }
    for (int o = 0; o < out.count; ++o) {
      for (int t = 0; t < kStride; ++t) out.all_but[o][t] = all[t] - each[o][t];
    }
  }
  // The weights of the shape_key features of a short shape.
  void fill_shape(uint64_t shape, ShapeRows& sr) const {
    sr.shape = shape;
    sr.filled = true;
    for (int r = 0; r < kShapeRows; ++r) {
      const uint32_t s = find(r < 2 ? shape_key(0, size_t(r), shape) : shape_key(1, size_t(r - 1), shape));
      sr.rows[r][0] = buckets_o(s);
      for (int t = 0; t < kRelTags; ++t) sr.rows[r][1 + t] = rows[s].w[t];
      for (int t = kTags; t < kStride; ++t) sr.rows[r][t] = 0;
    }
  }
  // The sums of the roles in the bit mask `roles` (all by default).
  void fill(const WordInfo& w, WordCacheScores& e, unsigned roles = (1u << kRoles) - 1) const {
    uint32_t k[kRoles * kMaxFeatures], slots[kRoles * kMaxFeatures];
    int begin[kRoles + 1];
    int n = 0;
    for (int r = 0; r < kRoles; ++r) {
      begin[r] = n;
      if (roles >> r & 1) n += word_features(w, r, k + n);
    }
    begin[kRoles] = n;
    find_batch(k, size_t(n), slots);
    for (int r = 0; r < kRoles; ++r) {
      if (!(roles >> r & 1)) continue;
      int32_t acc[kStride] = {};
      for (int j = begin[r]; j < begin[r + 1]; ++j) add(slots[j], acc);
      for (int t = 0; t < kRelTags; ++t) {  // rounded to kCacheUnit (saturating; no sum comes near)
        const int32_t v = (acc[1 + t] - acc[0] + kCacheUnit / 2) >> kCacheShift;
        e.scores[r][t] = static_cast<int16_t>(std::clamp(v, -32767, 32767));
      }
    }
  }
};

// Tags that close (or are outside) an entity: O, L-x, U-x; tags that open (or are outside) one: O, B-x, U-x.
constexpr uint8_t kClosedTags[9] = {0, 3, 4, 7, 8, 11, 12, 15, 16};
constexpr uint8_t kOpenTags[9] = {0, 1, 4, 5, 8, 9, 12, 13, 16};

// viterbi() (features.h) for the tagger, with the same results (ties included): the best closed predecessor
// is computed for the 9 open tags only (3 vectors of 4 lanes instead of 6).
void decode(const int32_t* emit, size_t n, const ModelData& m, uint8_t* out, std::vector<int32_t>& delta,
            std::vector<uint8_t>& back, int start) {
  if (n == 0) return;
  using T = int32_t;
  typedef int32_t V __attribute__((vector_size(16)));
  constexpr T kNeg = std::numeric_limits<T>::min() / 4;
  const int32_t* trans = m.trans;
  if (delta.size() < n * kTags) delta.resize(n * kTags), back.resize(n * kTags);
  T* delta0 = delta.data();
  uint8_t* back0 = back.data();
  const uint32_t allowed = m.first_allowed[start == kNoTag][n == 1];
  if (n == 1) {  // the best allowed tag (the first of equals, as the backtrack picks); O is always allowed
    int best = 0;
    T best_v = emit[0] + trans[start * kStride];
    for (int t = 1; t < kTags; ++t) {
      const T v = emit[t] + trans[start * kStride + t];
      if ((allowed >> t & 1) && v > best_v) best = t, best_v = v;
    }
    out[0] = static_cast<uint8_t>(best);
    return;
  }
  for (int t = 0; t < kTags; ++t) {
    delta0[t] = (allowed >> t & 1) ? emit[t] + trans[start * kStride + t] : kNeg;
    back0[t] = 0;
  }
  for (size_t i = 1; i < n; ++i) {
    bool last = i + 1 == n;
    const T* pd = &delta0[(i - 1) * kTags];
    T* d = &delta0[i * kTags];
    uint8_t* bp = &back0[i * kTags];
    const T* e = &emit[i * kStride];
    V bestv[3], argv[3];
    for (int k = 0; k < 3; ++k) {
      V tr;
      std::memcpy(&tr, &m.open_trans[0][k * 4], sizeof tr);
      bestv[k] = pd[0] + tr;
      argv[k] = V{} + T(0);
    }
    for (int c = 1; c < 9; ++c) {
      const int p = kClosedTags[c];
      const T pv = pd[p];
      for (int k = 0; k < 3; ++k) {
        V tr;
        std::memcpy(&tr, &m.open_trans[c][k * 4], sizeof tr);
        V v = pv + tr;
        auto better = v > bestv[k];
        bestv[k] = better ? v : bestv[k];
        argv[k] = better ? (V{} + T(p)) : argv[k];
      }
    }
    T best[12], arg[12];
    std::memcpy(best, bestv, sizeof best);
    std::memcpy(arg, argv, sizeof arg);
    d[0] = std::max<T>(best[0] + e[0], kNeg);
    bp[0] = static_cast<uint8_t>(arg[0]);
    for (int x = 0; x < kEntityTypeCount; ++x) {
      int b = tag_of(x, kB), u = tag_of(x, kU);
      d[b] = last ? kNeg : std::max<T>(best[1 + 2 * x] + e[b], kNeg);
      bp[b] = static_cast<uint8_t>(arg[1 + 2 * x]);
      d[u] = std::max<T>(best[2 + 2 * x] + e[u], kNeg);
      bp[u] = static_cast<uint8_t>(arg[2 + 2 * x]);
    }
    viterbi_inside(pd, e, trans, last, d, bp);
  }
  viterbi_backtrack(delta0, back0, n, out);
}

// Adds a word cache row (relative to O) to a token's scores.
inline void add_rel(int32_t* __restrict acc, const int32_t* __restrict rel) {
  for (int t = 0; t < kRelTags; ++t) acc[1 + t] += rel[t];
}

namespace {

void put32(std::string& s, uint32_t v) { put_bytes<uint32_t>(s, v); }
void put16(std::string& s, uint16_t v) { put_bytes<uint16_t>(s, v); }

}  // namespace

std::string serialize_model(const ModelContents& m) {
  std::string s = "CTNER";
  put32(s, NerModel::kFormatVersion);
  put32(s, kTags);
  uint32_t scale_bits;
  std::memcpy(&scale_bits, &m.scale, 4);
  put32(s, scale_bits);
  put32(s, static_cast<uint32_t>(m.gazetteer.size()));
  for (const auto& [k, bits] : m.gazetteer) {
    put32(s, k);
    put16(s, bits);
  }
  // Only rows with a non-zero weight.
  uint32_t count = 0;
  for (size_t f = 0; f < m.keys.size(); ++f) {
    const int16_t* w = &m.weights[f * kTags];
    count += std::any_of(w, w + kTags, [](int16_t x) { return x != 0; });
  }
  put32(s, count);
  for (size_t f = 0; f < m.keys.size(); ++f) {
    const int16_t* w = &m.weights[f * kTags];
    uint32_t tagmask = 0;
    for (int t = 0; t < kTags; ++t) tagmask |= uint32_t(w[t] != 0) << t;
    if (!tagmask) continue;
    put32(s, m.keys[f]);
    put32(s, tagmask);
    for (int t = 0; t < kTags; ++t) {
      if (w[t]) put16(s, static_cast<uint16_t>(w[t]));
    }
  }
  s += "END.";
  return s;
}

}  // namespace ner_detail

using namespace ner_detail;

const char* entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::PER:
      return "PER";
    case EntityType::LOC:
      return "LOC";
    case EntityType::ORG:
      return "ORG";
    case EntityType::MISC:
      return "MISC";
  }
  return "?";
}

NerScratch::NerScratch() : impl_(std::make_unique<Scratch>()) {}
NerScratch::~NerScratch() = default;
NerScratch::NerScratch(NerScratch&&) noexcept = default;
NerScratch& NerScratch::operator=(NerScratch&&) noexcept = default;

NerModel::NerModel() : d_(std::make_unique<ModelData>()) {}
NerModel::~NerModel() = default;
NerModel::NerModel(NerModel&&) noexcept = default;
NerModel& NerModel::operator=(NerModel&&) noexcept = default;

size_t NerModel::feature_count() const { return d_->features; }

Result<NerModel> NerModel::load(std::string_view bytes, std::string_view name) {
  auto fail = [&](const std::string& why) {
    return Error{ErrorCode::resource, std::string(name), "not a claimtrace NER model: " + why};
  };
  if (bytes.size() < 9 || bytes.substr(0, 5) != "CTNER") return fail("bad magic (expected \"CTNER\")");
  ByteReader r{bytes, 5};
  uint32_t version = r.get<uint32_t>();
  if (version != kFormatVersion) {
    return fail("unsupported format version " + std::to_string(version) + " (this build reads version " +
                std::to_string(kFormatVersion) + "; retrain: docs/models.md)");
  }
  uint32_t tags = r.get<uint32_t>();
  if (tags != kTags) return fail("unexpected tag count " + std::to_string(tags));
  NerModel model;
  ModelData& d = *model.d_;
  d.scale = r.get<float>();
  if (!(d.scale > 0)) return fail("bad weight scale");
  uint32_t g = r.get<uint32_t>();
  if (r.failed || (bytes.size() - r.at) / 6 < g) return fail("truncated name list");
  std::vector<std::pair<uint32_t, uint16_t>> gaz(g);
  for (auto& [k, bits] : gaz) {
    k = r.get<uint32_t>();
    bits = r.get<uint16_t>();
  }
  d.gaz.build(gaz);
  uint32_t f = r.get<uint32_t>();
  if (r.failed || (bytes.size() - r.at) / 8 < f) return fail("truncated weights");
  size_t buckets = 2;
  while (buckets * kBucket * 3 < size_t(f) * 8) buckets <<= 1;  // load factor <= 0.375
  size_t cap = buckets * kBucket;
  d.keys.assign(cap, 0);
  d.o.assign(cap + 1, 0);
  d.rows.assign(cap + 1, WeightRow{});
  d.bucket_mask = buckets - 1;
  d.zero = static_cast<uint32_t>(cap);
  d.features = f;
  for (uint32_t i = 0; i < f; ++i) {
    uint32_t key = r.get<uint32_t>();
    uint32_t tagmask = r.get<uint32_t>();
    if (r.failed || key == 0 || (tagmask >> kTags))
      return fail("corrupt weights at feature " + std::to_string(i));
    size_t s = d.bucket_of(key) * kBucket;
    while (d.keys[s] != 0) {
      if (d.keys[s] == key) return fail("duplicate feature key");
      s = (s + 1) & (cap - 1);
    }
    d.keys[s] = key;
    for (int t = 0; t < kTags; ++t) {
      if (!(tagmask >> t & 1)) continue;
      int16_t v = static_cast<int16_t>(r.get<uint16_t>());
      if (t == 0) {
        d.o[s] = v;
      } else {
        d.rows[s].w[t - 1] = v;
      }
    }
  }
  if (r.failed || bytes.substr(r.at) != "END.") return fail("truncated or trailing bytes");
  for (int p = 0; p <= kNoTag; ++p) {
    d.add(d.find(transition_key(p)), &d.trans[p * kStride]);
  }
  for (int c = 0; c < kConstantFeatures; ++c) d.add(d.find(constant_key(c)), d.constant_rows[c]);
  for (int c = 0; c < 9; ++c) {
    for (int k = 0; k < 9; ++k) d.open_trans[c][k] = d.trans[kClosedTags[c] * kStride + kOpenTags[k]];
  }
  for (int no_tag = 0; no_tag < 2; ++no_tag) {
    for (int one = 0; one < 2; ++one) {
      for (int t = 0; t < kTags; ++t)
        d.first_allowed[no_tag][one] |= uint32_t(tag_allowed(no_tag ? kNoTag : 0, t, one)) << t;
    }
  }
  return model;
}

const NerModel& NerModel::builtin() {
  static const NerModel model = [] {
    auto r = NerModel::load(std::string_view(embedded_ner_model, embedded_ner_model_size), "models/ner.bin");
    if (!r.ok()) {
      std::fprintf(stderr, "claimtrace: built-in NER model: %s\n", r.error().to_string().c_str());
      std::abort();
    }
    return std::move(r).value();
  }();
  return model;
}

void NerModel::tag_document(std::span<const std::string_view> words, std::span<const uint32_t> sentence_ends,
                            NerScratch& scratch, std::vector<EntitySpan>& out) const {
  out.clear();
  Scratch& sc = scratch.impl();
  const ModelData& d = *d_;
  if (sc.wcache.owner != d.id) {
    sc.wcache.reset(d.id);
    d.fill(edge_word(), sc.edge);
  }
  analyze_document(words, sentence_ends, d.gaz, sc, &sc.wcache);
  sc.aggregation.clear();
  size_t n = words.size();
  if (sc.scores.size() < n * kStride)
    sc.scores.resize(n * kStride);  // rows cleared when their token is active
  sc.active.resize(n);
  sc.actives.resize(n);
  WordCache& wc = sc.wcache;
  const uint32_t* wslot = sc.slot_of_word.data();
  const uint64_t* whash = sc.hash_of_word.data();
  const TokenInfo* tok = sc.tok.data();
  uint8_t* active = sc.active.data();
  uint32_t* actives = sc.actives.data();
  size_t sb = 0;
  for (size_t k = 0; k < sentence_ends.size() && sb < n; ++k) {
    size_t se = std::min<size_t>(sentence_ends[k], n);
    if (se <= sb) continue;
    // Only tokens near a word with an upper-case letter are scored; the others are O, which splits the
    // Viterbi there (O may follow and precede anything closed), and cost nothing. Scored: the words with an
    // upper-case letter, gaps of one or two tokens between two of them ("Bank of England", "Joost van der
    // Westhuizen"), and their neighbours that are neither lower-case words nor one of , . " : ; ("1860
    // Munich", "(Pty)"). (Words with a digit used to count too, and all neighbours: the dev figures are
    // within 0.01 F1 without them, for 35% fewer scored tokens.)
    // A capitalized first word that occurs lower-cased in the document and has no word with an upper-case
    // letter in the 3 tokens after it ("He said", "Traders said") counts as lower-case: it is not scored
    // (O; the history learns it). Same dev predictions; on Reuters it removes mostly false names.
    const uint8_t f0 = tok[sb].flags;
    bool plain_first = (f0 & kCap) && !(f0 & kAllCaps) && (sc.doc[sc.entry_of[sb]].flags & kSeenLower);
    for (size_t j = sb + 1; plain_first && j < se && j <= sb + 3; ++j) plain_first = !(tok[j].flags & kUpper);
    size_t nu = 0;  // the words with an upper-case letter, listed in `actives` first
    for (size_t i = sb; i < se; ++i) {
      const uint8_t u = (tok[i].flags & kUpper) != 0;
      active[i] = u;
      actives[nu] = static_cast<uint32_t>(i);
      nu += u;
    }
    size_t k0 = 0;
    if (plain_first) {
      active[sb] = 0;
      k0 = 1;  // it was the first listed
      record_tag(sc, sb, 0);
    }
    if (nu == k0) {
      sb = se;
      continue;
    }
    for (size_t k = k0; k < nu; ++k) {
      const size_t i = actives[k];
      if (k > k0 && i - actives[k - 1] - 1 <= 2) {
        for (size_t j = actives[k - 1] + 1; j < i; ++j) active[j] = 1;
      }
      if (i > sb && !(tok[i - 1].flags & (kLowerWord | kStop)) && !(plain_first && i - 1 == sb))
        active[i - 1] = 1;
      if (i + 1 < se && !(tok[i + 1].flags & (kLowerWord | kStop))) active[i + 1] = 1;
    }
    size_t na = 0;
    for (size_t i = sb; i < se; ++i) {
      actives[na] = static_cast<uint32_t>(i);
      na += active[i];
    }
    // Word features: each active token sums the cached per-role sums of the words around it (filled on
    // first use; a word that lost its slot to another word of the document since takes it back).
    for (size_t a = 0; a < na; ++a) {
      size_t i = actives[a];
      for (int r = 0; r < kRoles; ++r) {
        size_t j = i + r - 2;
        if (j - sb < se - sb) __builtin_prefetch(&wc.scores[wslot[j]].scores[r]);
      }
    }
    // Then, per active token, its context features: the hashed ones are looked up for the whole sentence
    // below, the weights of the others (constant, shape and aggregation features) are added right away.
    size_t need = na * kMaxFeatures;
    if (sc.batch_keys.size() < need) sc.batch_keys.resize(need), sc.batch_slots.resize(need);
    if (sc.batch_begin.size() < na + 1) sc.batch_begin.resize(na + 1);
    size_t m = 0;
    for (size_t a = 0; a < na; ++a) {
      const size_t i = actives[a];
      int32_t sum[kRelTags] = {};
      for (int r = 0; r < kRoles; ++r) {
        size_t j = i + r - 2;
        const int16_t* rel = sc.edge.scores[r];
        if (j - sb < se - sb) {
          uint32_t slot = wslot[j];
          CachedWord& c = wc.word(slot);
          if (__builtin_expect(c.key != whash[j] || !(c.scored >> r & 1), 0)) {
            if (c.key != whash[j]) c.set(whash[j], tok[j]);  // taken by another word of the document since
            // The roles word j is seen in from this sentence's active tokens (and not yet filled).
            unsigned roles = 0;
            for (int q = 0; q < kRoles; ++q) {
              size_t t = j - (q - 2);
              if (t - sb < se - sb && active[t]) roles |= 1u << q;
            }
            roles &= ~unsigned(c.scored);
            WordInfo w;
            analyze_word(words[j], w);
            w.gaz = tok[j].gaz;
            d.fill(w, wc.scores[slot], roles);
            c.scored |= static_cast<uint8_t>(roles);
          }
          rel = wc.scores[slot].scores[r];
        }
        for (int t = 0; t < kRelTags; ++t) sum[t] += rel[t];
      }
      alignas(16) int32_t acc[kStride] = {};
      for (int t = 0; t < kRelTags; ++t) acc[1 + t] = sum[t] * kCacheUnit;

      sc.batch_begin[a] = static_cast<uint32_t>(m);
      uint8_t constants[kConstantFeatures];
      int nc;
      m += size_t(context_features(sc, i, sb, se, &sc.batch_keys[m], constants, nc));
      for (int c = 0; c < nc; ++c) add_row(acc, d.constant_rows[constants[c]]);
      const uint64_t shape = tok[i].short_shape;
      ShapeRows& sr = wc.shapes[(shape * kMul) >> (64 - WordCache::kShapeBits)];
      if (__builtin_expect(!sr.filled || sr.shape != shape, 0)) d.fill_shape(shape, sr);
      add_rows(acc, sr.rows[i == sb], sr.rows[shape_length_row(se - sb)]);
      // Context aggregation, summed once per word of the document (exactly the same sums).
      if (aggregates(tok[i].flags)) {
        DocEntry& e = sc.doc[sc.entry_of[i]];
        if (e.first != e.last) {
          if (e.aggregation == UINT32_MAX) {
            e.aggregation = static_cast<uint32_t>(sc.aggregation.size());
            sc.aggregation.emplace_back();
            d.aggregate(sc, e, sc.aggregation.back());
          }
          const Aggregation& g = sc.aggregation[e.aggregation];
          const int32_t* row = g.first;
          for (int o = 0; o < g.count; ++o) row = g.token[o] == i ? g.all_but[o] : row;
          add_row(acc, row);
        }
      }
      std::memcpy(&sc.scores[i * kStride], acc, sizeof acc);
    }
    sc.batch_begin[na] = static_cast<uint32_t>(m);
    d.find_batch(sc.batch_keys.data(), m, sc.batch_slots.data());
    for (size_t a = 0; a < na; ++a) {
      int32_t* acc = &sc.scores[actives[a] * kStride];
      for (uint32_t j = sc.batch_begin[a]; j < sc.batch_begin[a + 1]; ++j) d.add(sc.batch_slots[j], acc);
    }
    // The best tag sequence of each run of active tokens; the document history learns the sentence's tags.
    for (size_t a = 0; a < na;) {
      size_t first = actives[a], b = a + 1;
      while (b < na && actives[b] == actives[b - 1] + 1) ++b;
      size_t end = actives[b - 1] + 1;
      if (end < se) {  // followed by an O: score the transition into it
        int32_t* last = &sc.scores[(end - 1) * kStride];
        for (int t = 0; t < kTags; ++t) last[t] += d.trans[t * kStride];
      }
      decode(&sc.scores[first * kStride], end - first, d, sc.tags.data() + first, sc.delta, sc.back,
             first == sb ? kNoTag : 0);
      // (The sentence's features are all computed: its tags go to the history now. The tokens between runs
      // are O, and not capitalized: no history, no entity.)
      for (size_t i = first; i < end; ++i) record_tag(sc, i, sc.tags[i]);
      append_spans(std::span<const uint8_t>(sc.tags.data() + first, end - first),
                   static_cast<uint32_t>(first), out);
      a = b;
    }
    sb = se;
  }
}

void NerModel::tag_document(std::string_view text, std::span<const Token> tokens,
                            std::span<const Sentence> sentences, NerScratch& scratch,
                            std::vector<EntitySpan>& out) const {
  Scratch& sc = scratch.impl();
  sc.words.clear();
  sc.ends.clear();
  for (const Token& t : tokens) {
    sc.words.push_back(t.end <= text.size() && t.begin <= t.end ? text.substr(t.begin, t.end - t.begin)
                                                                : std::string_view());
  }
  // Sentence ends as token indexes: a sentence ends before the first token that starts at or after its end.
  size_t k = 0;
  for (const Sentence& s : sentences) {
    while (k < tokens.size() && tokens[k].begin < s.begin) {
      sc.ends.push_back(static_cast<uint32_t>(++k));  // a token before the sentence: on its own
    }
    size_t first = k;
    while (k < tokens.size() && tokens[k].begin < s.end) ++k;
    if (k > first) sc.ends.push_back(static_cast<uint32_t>(k));
  }
  while (k < tokens.size()) sc.ends.push_back(static_cast<uint32_t>(++k));
  // analyze_document only reads sc.words / sc.ends (it writes other members of sc).
  tag_document(sc.words, sc.ends, scratch, out);
}

void NerModel::tag(std::span<const std::string_view> words, NerScratch& scratch,
                   std::vector<EntitySpan>& out) const {
  uint32_t end = static_cast<uint32_t>(words.size());
  tag_document(words, std::span<const uint32_t>(&end, 1), scratch, out);
}

}  // namespace claimtrace
