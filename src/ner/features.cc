// claimtrace — NER word analysis and feature templates (shared by the tagger and the trainer).
#include "ner/features.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "claimtrace/text.h"

namespace claimtrace::ner_detail {

namespace {

constexpr uint64_t kFnvBasis = 0xcbf29ce484222325ULL;
constexpr uint64_t kFnvPrime = 0x100000001b3ULL;
inline uint64_t fnv(uint64_t h, uint32_t c) { return (h ^ c) * kFnvPrime; }

// Character class for shapes: 'X', 'x', 'd', or the ASCII punctuation itself, 'u' for other non-ASCII.
struct CharInfo {
  uint32_t cp;     // folded code point (typographic quotes/dashes -> ASCII)
  uint32_t lower;  // lower-cased, digits -> '0'
  char cls;
};

// Typographic quotes and dashes as their ASCII forms (the normalizer's folding; spaces never occur in a
// word).
inline uint32_t fold_typography(int32_t cp) {
  const int f = fold_typographic(cp);
  return f > ' ' ? static_cast<uint32_t>(f) : static_cast<uint32_t>(cp);
}

inline CharInfo classify(int32_t raw) {
  CharInfo c;
  if (raw < 0) {
    c.cp = c.lower = 0xFFFD;
    c.cls = 'u';
    return c;
  }
  if (raw < 128) {
    c.cp = static_cast<uint32_t>(raw);
    if (raw >= 'A' && raw <= 'Z') {
      c.lower = raw + 32;
      c.cls = 'X';
    } else if (raw >= 'a' && raw <= 'z') {
      c.lower = raw;
      c.cls = 'x';
    } else if (raw >= '0' && raw <= '9') {
      c.lower = '0';
      c.cls = 'd';
    } else {
      c.lower = raw;
      c.cls = static_cast<char>(raw);
    }
    return c;
  }
  c.cp = fold_typography(raw);
  if (c.cp < 128) {
    c.lower = c.cp;
    c.cls = static_cast<char>(c.cp);
    return c;
  }
  if (utf8proc_isupper(raw)) {
    c.lower = static_cast<uint32_t>(utf8proc_tolower(raw));
    c.cls = 'X';
  } else if (utf8proc_islower(raw)) {
    c.lower = c.cp;
    c.cls = 'x';
  } else {
    utf8proc_category_t cat = utf8proc_category(raw);
    if (cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_MN) {
      c.cls = 'x';
    } else if (cat == UTF8PROC_CATEGORY_ND) {
      c.cls = 'd';
    } else {
      c.cls = 'u';
    }
    c.lower = c.cp;
  }
  return c;
}

}  // namespace

void analyze_word(std::string_view w, WordInfo& out) {
  uint64_t exact = kFnvBasis, lower = kFnvBasis, shape = kFnvBasis, short_shape = kFnvBasis;
  uint32_t last[4] = {};  // ring of the last 4 lower-cased characters
  int n = 0;
  char prev_cls = 0;
  int run = 0;
  bool any_upper = false, any_lower = false, any_digit = false;
  uint8_t flags = 0;
  for (size_t i = 0; i < w.size();) {
    int32_t raw;
    if (static_cast<unsigned char>(w[i]) < 128) {
      raw = static_cast<unsigned char>(w[i]);
      ++i;
    } else {
      i += utf8_decode(w, i, raw);
    }
    CharInfo c = classify(raw);
    exact = fnv(exact, c.cp);
    lower = fnv(lower, c.lower);
    if (n < 4) out.prefix[n] = lower;
    last[n & 3] = c.lower;
    if (n == 0) {
      if (c.cls == 'X') flags |= kCap;
      if (c.cls == 'x') flags |= kLowerWord;
    }
    any_upper |= c.cls == 'X';
    any_lower |= c.cls == 'x';
    any_digit |= c.cls == 'd';
    if (c.cls == prev_cls) {
      ++run;
    } else {
      run = 1;
      short_shape = fnv(short_shape, static_cast<unsigned char>(c.cls));
      prev_cls = c.cls;
    }
    if (run <= 4) shape = fnv(shape, static_cast<unsigned char>(c.cls));
    ++n;
  }
  if (any_upper || any_lower) flags |= kAlpha;
  if (any_upper && !any_lower) flags |= kAllCaps;
  if (any_upper) flags |= kUpper;
  if (any_digit) flags |= kDigit;
  if (n == 1 && (last[0] == ',' || last[0] == '.' || last[0] == '"' || last[0] == ':' || last[0] == ';'))
    flags |= kStop;
  for (int k = n; k < 4; ++k) out.prefix[k] = 0;
  for (int k = 0; k < 4; ++k) {
    if (k >= n) {
      out.suffix[k] = 0;
      continue;
    }
    uint64_t h = kFnvBasis;
    for (int j = k; j >= 0; --j) h = fnv(h, last[(n - 1 - j) & 3]);
    out.suffix[k] = h;
  }
  out.exact = exact;
  out.lower = lower;
  out.shape = shape;
  out.short_shape = short_shape;
  out.flags = flags;
  out.length = static_cast<uint8_t>(std::min(n, 255));
}

namespace {

// Feature templates. Never renumber: the ids are part of the model file format.
enum Template : uint64_t {
  tBias = 1,
  tWord,
  tExact,
  tShape,
  tShortShape,
  tPrefix,  // + 0..3
  tSuffix = tPrefix + 4,
  tWordM1 = tSuffix + 4,
  tWordM2,
  tWordP1,
  tWordP2,
  tShapeM1,
  tShapeP1,
  tShapeM2,
  tShapeP2,
  tBigramM1,
  tBigramP1,
  tShapeTri,
  tFirst,
  tPrev1,
  tPrev12,
  tPrev1Word,
  tPrev1Shape,
  tGaz,
  tGazM1,
  tGazP1,
  tGazShape,
  tDocLower,
  tDocTitle,
  tHistMajor,
  tHistHas,
  tHeadline,
  tHeadlineWord,
  tLength,
  tExactM1,
  tExactP1,
  tGazMask,
  tPrev1WordP1,
  tWordM1Shape,  // not used since format version 2
  tWordP1Shape,  // not used since format version 2
  tDocCapInside,
  tHistPrev1,
  tAggM1,
  tAggP1,
  tShortSentence,
  tSuffixM1,
  tSuffixP1,
  tLast,
  tExactM2,  // format version 2
  tExactP2,
};

constexpr uint64_t kBoundary = 0x5bd1e9955bd1e995ULL;

}  // namespace

void Gazetteer::build(const std::vector<std::pair<uint32_t, uint16_t>>& entries) {
  size_t cap = 16;
  while (cap < entries.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  shift_ = 32 - std::countr_zero(cap);
  for (const auto& [key, bits] : entries) {
    for (size_t s = home(key);; s = (s + 1) & mask_) {
      if (slots_[s].key == key || slots_[s].key == 0) {
        slots_[s].key = key;
        slots_[s].bits |= bits;
        break;
      }
    }
  }
}

std::vector<std::pair<uint32_t, uint16_t>> Gazetteer::entries() const {
  std::vector<std::pair<uint32_t, uint16_t>> v;
  for (const Slot& s : slots_) {
    if (s.key) v.emplace_back(s.key, s.bits);
  }
  std::sort(v.begin(), v.end());
  return v;
}

namespace {

// A 64-bit hash of a word's bytes (never 0), 8 bytes at a time.
inline uint64_t bytes_hash(std::string_view w) {
  uint64_t h = (w.size() + 1) * kMul;
  size_t i = 0;
  for (; i + 8 <= w.size(); i += 8) {
    uint64_t c;
    std::memcpy(&c, w.data() + i, 8);
    h = (h ^ c) * 0xff51afd7ed558ccdULL;
    h ^= h >> 32;
  }
  size_t r = w.size() - i;  // 0..7 bytes left: read with overlapping loads (the length is in h)
  const unsigned char* p = reinterpret_cast<const unsigned char*>(w.data() + i);
  if (r >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + r - 4, 4);
    h = (h ^ (uint64_t(b) << 32 | a)) * 0xff51afd7ed558ccdULL;
  } else if (r > 0) {
    h = (h ^ (uint64_t(p[0]) | uint64_t(p[r / 2]) << 8 | uint64_t(p[r - 1]) << 16)) * 0xff51afd7ed558ccdULL;
  }
  h = fmix64(h);
  return h ? h : 1;
}

}  // namespace

void analyze_document(std::span<const std::string_view> words, std::span<const uint32_t> sentence_ends,
                      const Gazetteer& gaz, Scratch& sc, WordCache* cache) {
  size_t n = words.size();
  sc.tok.resize(n);
  if (cache) {
    sc.slot_of_word.resize(n);
    sc.hash_of_word.resize(n);
    for (size_t i = 0; i < n; ++i) {  // hashes first, the cache lines they need prefetched
      uint64_t h = bytes_hash(words[i]);
      sc.hash_of_word[i] = h;
      __builtin_prefetch(&cache->sets[(h * kMul) >> (64 - (WordCache::kBits - 1))]);
    }
    for (size_t i = 0; i < n; ++i) {
      uint64_t h = sc.hash_of_word[i];
      bool fresh;
      const uint32_t slot = cache->find(h, fresh);
      sc.slot_of_word[i] = slot;
      CachedWord& c = cache->word(slot);
      if (!fresh) {
        sc.tok[i] = c.info();
        continue;
      }
      WordInfo w;
      analyze_word(words[i], w);
      w.gaz = gaz.find(word_key(w.lower));
      sc.tok[i] = token_info(w);
      c.set(h, sc.tok[i]);
    }
  } else {
    sc.info.resize(n);
    for (size_t i = 0; i < n; ++i) {
      WordInfo& w = sc.info[i];
      analyze_word(words[i], w);
      w.gaz = gaz.find(word_key(w.lower));
      sc.tok[i] = token_info(w);
    }
  }
  size_t cap = 64;
  while (cap < n * 2) cap <<= 1;
  // Only the entries of the previous document need clearing; then the table takes its new size (the new
  // entries of a larger one are cleared by resize).
  for (size_t i = 0; i < sc.doc_used; ++i) sc.doc[sc.entry_of[i]] = DocEntry{};
  sc.doc.resize(cap);
  sc.doc_used = n;
  sc.doc_mask = cap - 1;
  sc.entry_of.resize(n);
  sc.tags.assign(n, 0);
  sc.headline.assign(n, 0);
  sc.next.assign(n + 1, UINT32_MAX);  // next[n]: written for first occurrences, never read
  sc.edges.assign(n, 0);
  DocEntry* doc = sc.doc.data();
  const size_t mask = sc.doc_mask;
  const int shift = 32 - std::countr_zero(cap);
  uint32_t* next = sc.next.data();
  // Sentence by sentence (the ends ascend; tokens after the last end form one more sentence).
  size_t b = 0;
  for (size_t k = 0; k <= sentence_ends.size(); ++k) {
    const size_t end = k < sentence_ends.size() ? std::min<size_t>(sentence_ends[k], n) : n;
    if (end <= b) continue;
    uint8_t any_lower = 0;
    for (size_t i = b; i < end; ++i) {
      const uint8_t f = sc.tok[i].flags;
      if (!(f & kAlpha)) {  // numbers and punctuation: no document features
        sc.entry_of[i] = 0;
        continue;
      }
      const uint32_t key = word_key(sc.tok[i].lower);
      size_t s = (key * 0x9E3779B1u) >> shift;  // the high bits of the product (the low ones cluster)
      while (doc[s].key != key && doc[s].key != 0) s = (s + 1) & mask;
      DocEntry& e = doc[s];
      e.key = key;
      sc.entry_of[i] = static_cast<uint32_t>(s);
      const uint32_t last = e.last;  // UINT32_MAX: the first occurrence
      next[last == UINT32_MAX ? n : last] = static_cast<uint32_t>(i);
      e.first = last == UINT32_MAX ? static_cast<uint32_t>(i) : e.first;
      e.last = static_cast<uint32_t>(i);
      uint8_t seen = (f & kLowerWord) ? kSeenLower : 0;
      if (i != b && (f & kCap)) seen |= (f & kAllCaps) ? kSeenCapInside : kSeenCapInside | kSeenTitleInside;
      e.flags |= seen;
      any_lower |= f & kLowerWord;
    }
    sc.edges[b] |= 1;
    sc.edges[end - 1] |= 2;
    // Headlines: sentences without a lower-case word.
    if (!any_lower) std::fill(sc.headline.begin() + b, sc.headline.begin() + end, 1);
    b = end;
  }
}

const WordInfo& edge_word() {
  static const WordInfo kEdge = [] {
    WordInfo w;
    w.exact = w.lower = w.shape = w.short_shape = kBoundary;
    return w;
  }();
  return kEdge;
}

int word_features(const WordInfo& w, int role, uint32_t* keys) {
  int n = 0;
  auto add = [&](uint64_t t, uint64_t v) { keys[n++] = feature_key(t, v); };
  switch (role) {
    case 0:  // offset -2
      add(tExactM2, w.exact);
      add(tWordM2, w.lower);
      add(tShapeM2, w.short_shape);
      break;
    case 1:  // offset -1
      add(tWordM1, w.lower);
      add(tExactM1, w.exact);
      add(tShapeM1, w.shape);
      add(tGazM1, w.gaz);
      if (w.length > 2) add(tSuffixM1, w.suffix[2]);
      break;
    case 2:  // the word itself
      add(tWord, w.lower);
      add(tExact, w.exact);
      add(tShape, w.shape);
      add(tShortShape, w.short_shape);
      for (int k = 0; k < 4 && k < w.length; ++k) {
        add(tPrefix + k, w.prefix[k]);
        add(tSuffix + k, w.suffix[k]);
      }
      add(tLength, std::min<int>(w.length, 12));
      for (uint32_t bits = w.gaz; bits; bits &= bits - 1) add(tGaz, __builtin_ctz(bits));
      add(tGazMask, w.gaz);
      add(tGazShape, mix2(w.gaz != 0, w.short_shape));
      break;
    case 3:  // offset +1
      add(tWordP1, w.lower);
      add(tExactP1, w.exact);
      add(tShapeP1, w.shape);
      add(tGazP1, w.gaz);
      if (w.length > 2) add(tSuffixP1, w.suffix[2]);
      break;
    case 4:  // offset +2
      add(tExactP2, w.exact);
      add(tWordP2, w.lower);
      add(tShapeP2, w.short_shape);
      break;
  }
  return n;
}

uint32_t transition_key(int prev) { return feature_key(tPrev1, prev); }

int aggregation_keys(const Scratch& sc, size_t j, uint32_t* keys) {
  keys[0] = feature_key(tAggM1, (sc.edges[j] & 1) ? kBoundary : sc.tok[j - 1].lower);
  keys[1] = feature_key(tAggP1, (sc.edges[j] & 2) ? kBoundary : sc.tok[j + 1].lower);
  return 2;
}

uint32_t shape_key(int which, size_t value, uint64_t short_shape) {
  return feature_key(which == 0 ? tFirst : tShortSentence, mix2(value, short_shape));
}

uint32_t constant_key(int id) {
  static const auto kKeys = [] {
    std::array<uint32_t, kConstantFeatures> k{};
    k[cBias] = feature_key(tBias, 0);
    k[cLast] = feature_key(tLast, 0);
    k[cHeadline] = feature_key(tHeadline, 1);
    for (int a = 0; a < 2; ++a) {
      k[cCapInside + a] = feature_key(tDocCapInside, a);
      for (int b = 0; b < 2; ++b) {
        k[cDocLower + a * 2 + b] = feature_key(tDocLower, mix2(a, b));
        k[cDocTitle + a * 2 + b] = feature_key(tDocTitle, mix2(a, b));
      }
    }
    for (int t = 0; t <= kEntityTypeCount; ++t) {
      k[cHistMajor + t] = feature_key(tHistMajor, t);
      k[cHistHas + t] = feature_key(tHistHas, t);
    }
    return k;
  }();
  return kKeys[static_cast<size_t>(id)];
}

namespace {
// The context features of token i, as keys; with kSplit, the constant ones go to `constants` as ids instead.
template <bool kSplit>
int context_features_impl(const Scratch& sc, size_t i, size_t sb, size_t se, uint32_t* keys,
                          uint8_t* constants, int& nconstants) {
  int n = 0;
  auto add = [&](uint64_t t, uint64_t v) { keys[n++] = feature_key(t, v); };
  auto konst = [&](int id) {
    if constexpr (kSplit) {
      constants[nconstants++] = static_cast<uint8_t>(id);
    } else {
      keys[n++] = constant_key(id);
    }
  };
  static const TokenInfo edge = token_info(edge_word());
  const TokenInfo& w = sc.tok[i];
  const TokenInfo& m1 = i > sb ? sc.tok[i - 1] : edge;
  const TokenInfo& p1 = i + 1 < se ? sc.tok[i + 1] : edge;

  konst(cBias);
  add(tBigramM1, mix2(m1.lower, w.lower));
  add(tBigramP1, mix2(w.lower, p1.lower));
  add(tShapeTri, mix2(mix2(m1.short_shape, w.short_shape), p1.short_shape));
  if constexpr (!kSplit) {  // the tagger takes these from its shape cache
    keys[n++] = shape_key(0, i == sb, w.short_shape);
    keys[n++] = shape_key(1, std::min<size_t>(se - sb, 4), w.short_shape);
  }
  if (i + 1 == se) konst(cLast);
  // Headline: a sentence without lower-case words (news wires have many, e.g. "TENNIS - RESULTS FROM THE
  // OPEN").
  bool headline = sc.headline[i] != 0;
  if (headline) {
    konst(cHeadline);
    add(tHeadlineWord, w.lower);
  }
  // Document.
  if (w.flags & kAlpha) {
    const DocEntry& e = sc.doc[sc.entry_of[i]];
    if (w.flags & kCap) konst(cDocLower + ((e.flags & kSeenLower) != 0) * 2 + (i == sb));
    if ((w.flags & kAllCaps) || i == sb || headline) {
      konst(cDocTitle + ((e.flags & kSeenTitleInside) != 0) * 2 + ((w.flags & kAllCaps) != 0));
      konst(cCapInside + ((e.flags & kSeenCapInside) != 0));
    }
    if (w.flags & (kCap | kAllCaps)) {
      // Context aggregation: the neighbours of the word's other occurrences in the document (the tagger
      // sums them once per word of the document: aggregation_keys).
      int count = 0;
      for (uint32_t j = e.first; !kSplit && j != UINT32_MAX && count < kMaxOccurrences; j = sc.next[j]) {
        if (j == i) continue;
        ++count;
        n += aggregation_keys(sc, j, keys + n);
      }
      int total = 0, major = -1;
      for (int t = 0; t <= kEntityTypeCount; ++t) {
        total += e.hist[t];
        if (e.hist[t] && (major < 0 || e.hist[t] > e.hist[major])) major = t;
      }
      if (total) {
        konst(cHistMajor + major);
        for (int t = 0; t <= kEntityTypeCount; ++t) {
          if (e.hist[t]) konst(cHistHas + t);
        }
      }
    }
  }
  return n;
}
}  // namespace

int context_features(const Scratch& sc, size_t i, size_t sb, size_t se, uint32_t* keys) {
  int unused = 0;
  return context_features_impl<false>(sc, i, sb, se, keys, nullptr, unused);
}

int context_features(const Scratch& sc, size_t i, size_t sb, size_t se, uint32_t* keys, uint8_t* constants,
                     int& nconstants) {
  nconstants = 0;
  return context_features_impl<true>(sc, i, sb, se, keys, constants, nconstants);
}

int extract_features(const Scratch& sc, size_t i, size_t sb, size_t se, uint32_t* keys) {
  int n = 0;
  for (int r = 0; r < kRoles; ++r) {
    int64_t j = int64_t(i) + r - 2;
    const WordInfo& w = j >= int64_t(sb) && j < int64_t(se) ? sc.info[j] : edge_word();
    n += word_features(w, r, keys + n);
  }
  return n + context_features(sc, i, sb, se, keys + n);
}

void append_spans(std::span<const uint8_t> tags, uint32_t base, std::vector<EntitySpan>& out) {
  size_t n = tags.size();
  for (size_t i = 0; i < n;) {
    int t = tags[i];
    if (t == 0) {
      ++i;
      continue;
    }
    int type = tag_type(t);
    size_t j = i + 1;
    if (tag_position(t) != kU && tag_position(t) != kL) {
      while (j < n && tags[j] != 0 && tag_type(tags[j]) == type &&
             (tag_position(tags[j]) == kI || tag_position(tags[j]) == kL)) {
        ++j;
        if (tag_position(tags[j - 1]) == kL) break;
      }
    }
    out.push_back(EntitySpan{base + static_cast<uint32_t>(i), base + static_cast<uint32_t>(j),
                             static_cast<EntityType>(type)});
    i = j;
  }
}

void bilou_tags(std::span<const EntitySpan> spans, size_t n, std::vector<uint8_t>& out) {
  out.assign(n, 0);
  for (const EntitySpan& s : spans) {
    int type = static_cast<int>(s.type);
    if (s.end_token <= s.first_token || s.end_token > n) continue;
    if (s.end_token - s.first_token == 1) {
      out[s.first_token] = tag_of(type, kU);
      continue;
    }
    out[s.first_token] = tag_of(type, kB);
    for (uint32_t k = s.first_token + 1; k + 1 < s.end_token; ++k) out[k] = tag_of(type, kI);
    out[s.end_token - 1] = tag_of(type, kL);
  }
}

}  // namespace claimtrace::ner_detail
