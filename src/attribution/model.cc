// claimtrace — attribution model run time: the document view, the feature templates, Viterbi, the model file.
//
// File format (little-endian), version 3 (2 had one reach for every opener of the cue gate, 1 no cue gate):
//   "CTATTR" uint32 version
//   two taggers (cue, then role), each:
//     uint32 labels | uint32 bits | float scale (weight = int16 / scale)
//     (labels + 1) * labels float transitions
//     uint32 R, then R x { uint32 bucket, labels x int16 }      the non-zero rows of the weight table
//   float cue bias (added to the cue tagger's B and I scores)
//   uint32 G, then G x uint64 word hash                             the cue gate's opening words, sorted
//   G x uint8 reach (0 … kGateReach)                                how many tokens after itself each opens
//   "END."
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <stdexcept>

#include "attribution/features.h"
#include "core/binary.h"
#include "core/words.h"

extern "C" {
extern const char embedded_attribution_model[];
extern const unsigned long embedded_attribution_model_size;
}

namespace claimtrace {

namespace attribution_detail {

namespace {

constexpr uint64_t kFnvBasis = 0xCBF29CE484222325ull, kFnvPrime = 0x100000001B3ull;

// The hashes (FNV-1a, 64 bits) of a token's normalized bytes and of their last three, in one pass without a
// copy. Normalized: lower case (ASCII), digits as 0, curly double quotes as ", curly single quotes as '.
void hashes_slow(std::string_view w, uint64_t& word, uint64_t& suffix);

// ASCII letters and digits normalized without a branch.
inline unsigned char normalized(unsigned char c) {
  c = static_cast<unsigned char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
  return static_cast<unsigned char>(c - '0') < 10 ? '0' : c;
}

// Also tells whether the token has an ASCII lower-case letter (shape_of's question), from the same pass.
[[gnu::always_inline]] inline void hashes_fast(std::string_view w, uint64_t& word, uint64_t& suffix,
                                               bool& has_lower) {
  // Most tokens are ASCII: branch-free loops (the same hashes as hashes_slow, which a non-ASCII byte sends
  // the token to: curly quotation marks fold there). The suffix's bytes are known before the word's loop, so
  // its chain of multiplies runs beside the word's instead of after it.
  const size_t n = w.size();
  uint64_t t = kFnvBasis;
  for (size_t k = n >= 3 ? n - 3 : 0; k < n; ++k)
    t = (t ^ normalized(static_cast<unsigned char>(w[k]))) * kFnvPrime;
  uint64_t h = kFnvBasis;
  unsigned char any = 0;
  bool lower = false;
  for (unsigned char c : w) {
    any |= c;
    lower |= static_cast<unsigned char>(c - 'a') < 26;
    h = (h ^ normalized(c)) * kFnvPrime;
  }
  has_lower = lower;
  if (any & 0x80) return hashes_slow(w, word, suffix);
  word = h;
  suffix = t;
}

void hashes_slow(std::string_view w, uint64_t& word, uint64_t& suffix) {
  uint64_t h = kFnvBasis;
  unsigned char last[3] = {};  // the last three normalized bytes, oldest first
  size_t n = 0;                // normalized bytes so far
  auto put = [&](unsigned char c) {
    h = (h ^ c) * kFnvPrime;
    last[0] = last[1], last[1] = last[2], last[2] = c;
    ++n;
  };
  for (size_t k = 0; k < w.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(w[k]);
    if (c >= 'A' && c <= 'Z') {
      put(static_cast<unsigned char>(c + 32));
    } else if (c >= '0' && c <= '9') {
      put('0');
    } else if (c == 0xE2 && k + 2 < w.size() && static_cast<unsigned char>(w[k + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(w[k + 2]);
      if (d == 0x9C || d == 0x9D || d == 0x9E) {
        put('"');
        k += 2;
      } else if (d == 0x98 || d == 0x99) {
        put('\'');
        k += 2;
      } else {
        put(c);
      }
    } else {
      put(c);
    }
  }
  word = h;
  uint64_t t = kFnvBasis;
  for (size_t k = n >= 3 ? 0 : 3 - n; k < 3; ++k) t = (t ^ last[k]) * kFnvPrime;
  suffix = t;
}

// has_lower: whether w has an ASCII lower-case letter (hashes_fast tells).
uint8_t shape_of(std::string_view w, TokenKind kind, bool has_lower) {
  if (kind == TokenKind::number) return 3;
  if (kind == TokenKind::punct || kind == TokenKind::symbol) return 4;
  if (kind == TokenKind::clitic) return 6;
  const bool upper_first = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
  if (upper_first && !has_lower && w.size() > 1) return 2;
  if (upper_first) return 1;
  if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') return 0;
  return 5;
}

uint8_t mention_class(const Mention& m) {
  switch (m.source) {
    case MentionSource::pronoun:
      return kPronoun;
    case MentionSource::surname:
    case MentionSource::definite:
      return kOtherRef;
    default:
      break;
  }
  const std::string& t = m.type;
  if (t == "PERSON") return kPerson;
  if (t == "ORG") return kOrg;
  if (t == "GPE") return kGpe;
  if (t == "LOC") return kLoc;
  if (t == "NORP") return kNorp;
  if (t == "AGENT") return kAgent;
  return kMisc;
}

uint64_t dist_bucket(uint32_t d) {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  if (d <= 15) return 7;
  if (d <= 25) return 8;
  return 9;
}

}  // namespace

void word_hashes(std::string_view w, uint64_t& word, uint64_t& suffix) {
  bool has_lower;
  hashes_fast(w, word, suffix, has_lower);
}
void word_hashes_reference(std::string_view w, uint64_t& word, uint64_t& suffix) {
  hashes_slow(w, word, suffix);
}

void Doc::build(const AttributionInput& in) {
  const size_t n = in.tokens.size();
  word.resize(n);
  word_pad.resize(n + 4);
  suffix.resize(n);
  shape.resize(n);
  quote.resize(n);
  mention.assign(n, kNoMention);
  mention_first.assign(n, 0);
  sentence.assign(n, -1);
  cue.assign(n, 0);
  quotes_before.resize(n + 1);
  commas_before.resize(n + 1);
  sentences.clear();
  // One pass over the tokens' bytes: hashes, shape, and which are quotation marks (straight: 1, opening: 2,
  // closing: 3, in `quote` until the pass below gives it its meaning) and commas or colons.
  uint32_t commas = 0;
  commas_before[0] = 0;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = in.tokens[i];
    std::string_view w = in.text.substr(t.begin, t.end - t.begin);
    bool has_lower;
    hashes_fast(w, word[i], suffix[i], has_lower);
    shape[i] = shape_of(w, t.kind, has_lower);
    word_pad[i + 2] = word[i];
    uint8_t mark = 0;
    if (w.size() == 1) {
      mark = w[0] == '"' ? 1 : 0;
      commas += w[0] == ',' || w[0] == ':';
    } else if (w.size() == 3 && w[0] == '\xE2' && w[1] == '\x80') {
      mark = w[2] == '\x9C' ? 2 : w[2] == '\x9D' ? 3 : 0;
    }
    quote[i] = mark;
    commas_before[i + 1] = commas;
  }
  word_pad[0] = word_pad[1] = word_pad[n + 2] = word_pad[n + 3] = kNoWord;
  // Sentences read, and their token ranges.
  size_t t = 0;
  for (const Sentence& s : in.sentences) {
    while (t < n && in.tokens[t].begin < s.begin) ++t;
    size_t first = t;
    while (t < n && in.tokens[t].end <= s.end) ++t;
    if (first == t) continue;
    if (!in.keep_duplicates && s.paragraph < in.paragraphs.size() &&
        in.paragraphs[s.paragraph].duplicate_of >= 0)
      continue;
    const int32_t index = static_cast<int32_t>(sentences.size());
    sentences.push_back(Sent{uint32_t(first), uint32_t(t), s.paragraph, false});
    for (size_t k = first; k < t; ++k) sentence[k] = index;
  }
  // Quotation state, per paragraph: " toggles, “ opens, ” closes. Tokens outside the sentences read are
  // outside every quotation.
  uint32_t paragraph = UINT32_MAX;
  bool open = false;
  size_t next = 0;  // tokens before it are done
  for (Sent& s : sentences) {
    for (; next < s.first; ++next) quote[next] = 0;
    if (s.paragraph != paragraph) paragraph = s.paragraph, open = false;
    for (uint32_t k = s.first; k < s.end; ++k) {
      const uint8_t m = quote[k];  // (the mark the pass above found)
      bool opening = m == 2, closing = m == 3;
      if (m == 1) opening = !open, closing = open;
      if (opening) {
        quote[k] = 2, open = true, s.has_quote = true;
      } else if (closing) {
        quote[k] = 3, open = false, s.has_quote = true;
      } else {
        quote[k] = open ? 1 : 0;
      }
    }
    next = s.end;
  }
  for (; next < n; ++next) quote[next] = 0;
  quotes_before[0] = 0;
  for (size_t i = 0; i < n; ++i) quotes_before[i + 1] = quotes_before[i] + (quote[i] >= 2 ? 1 : 0);
  // Mentions → token classes (tokens are in order; mentions too).
  size_t k = 0;
  for (const Mention& m : in.mentions) {
    while (k < n && in.tokens[k].end <= m.begin) ++k;
    uint8_t c = mention_class(m);
    for (size_t j = k; j < n && in.tokens[j].begin < m.end; ++j) {
      mention[j] = c;
      mention_first[j] = j == k;
    }
  }
}

void Doc::set_cues(std::span<const std::pair<uint32_t, uint32_t>> cues) {
  std::fill(cue.begin(), cue.end(), 0);
  for (auto [a, b] : cues)
    for (uint32_t k = a; k < b; ++k) cue[k] = 1;
}

PackedTagger pack(const Tagger& t) {
  float max_abs = 0;
  for (float w : t.weights) max_abs = std::max(max_abs, std::fabs(w));
  PackedTagger p;
  p.labels = t.labels;
  p.bits = t.bits;
  p.scale = max_abs > 0 ? 32767.0f / max_abs : 1.0f;
  p.transitions = t.transitions;
  const size_t rows = size_t(1) << t.bits;
  for (size_t r = 0; r < rows; ++r) {
    int16_t q[Tagger::kMaxLabels] = {};
    bool keep = false;
    for (uint32_t l = 0; l < t.labels; ++l) {
      q[l] = static_cast<int16_t>(std::lround(t.weights[r * t.labels + l] * p.scale));
      keep |= std::abs(q[l]) >= kPruneBelow;
    }
    if (!keep) continue;
    p.rows.push_back(uint32_t(r));
    p.values.insert(p.values.end(), q, q + t.labels);
  }
  return p;
}

ScoreTable compile(const PackedTagger& t, uint32_t base, uint32_t silent, bool narrow) {
  ScoreTable s;
  s.labels = t.labels;
  s.bits = t.bits;
  for (uint32_t l = 0; l < t.labels; ++l)
    s.column[l] = l == base || (silent >> l & 1) ? -1 : int8_t(s.cols++);
  if (s.cols > 4) throw std::logic_error("attribution: a score table holds at most 4 columns");
  s.cols = s.cols <= 2 ? 2 : 4;
  // Row less the base label: the differences can need 17 bits. 16-bit rows halve every weight (rounded) when
  // they do, which moves a score by at most half a quantum per feature; 8-bit rows scale the differences to
  // ±127 (a quantum of the largest difference / 127).
  int32_t max_abs = 0;
  for (size_t r = 0; r < t.rows.size(); ++r)
    for (uint32_t l = 0; l < t.labels; ++l)
      max_abs =
          std::max(max_abs, std::abs(int32_t(t.values[r * t.labels + l]) - t.values[r * t.labels + base]));
  int shift = 0;
  while ((max_abs >> shift) > 32767) ++shift;
  const double to8 = max_abs > 0 ? 127.0 / max_abs : 0.0;
  s.inv_scale =
      narrow ? (max_abs > 0 ? float(max_abs / 127.0 / t.scale) : 0.0f) : float(1 << shift) / t.scale;
  const size_t buckets = size_t(1) << t.bits;
  s.sparse = t.rows.size() * 4 < buckets;
  s.narrow = narrow;
  const size_t rows = s.sparse ? t.rows.size() + 1 : buckets;  // sparse: + a zero row
  s.zero_row = t.rows.size();
  if (narrow)
    s.weights8.assign(rows * s.cols, 0);
  else
    s.weights.assign(rows * s.cols, 0);
  if (s.sparse) {
    s.rank.assign(buckets / 64 + 1, ScoreTable::Rank{});
    for (uint32_t r : t.rows) s.rank[r >> 6].bits |= uint64_t(1) << (r & 63);
    uint64_t before = 0;
    for (ScoreTable::Rank& r : s.rank) r.before = before, before += uint64_t(std::popcount(r.bits));
  }
  for (size_t r = 0; r < t.rows.size(); ++r) {
    const size_t at = (s.sparse ? r : t.rows[r]) * s.cols;  // t.rows ascends: the r-th kept row has rank r
    const int16_t* q = &t.values[r * t.labels];
    for (uint32_t l = 0; l < t.labels; ++l) {
      if (s.column[l] < 0) continue;
      const int32_t d = int32_t(q[l]) - q[base];
      if (narrow) {
        s.weights8[at + size_t(s.column[l])] = int8_t(std::lround(d * to8));
        continue;
      }
      // Rounded half away from zero, on the magnitude (a right shift of a negative number floors).
      const int32_t m = shift ? (std::abs(d) + (1 << (shift - 1))) >> shift : std::abs(d);
      s.weights[at + size_t(s.column[l])] = int16_t(d < 0 ? -m : m);
    }
  }
  return s;
}

bool score_isa_supported(ScoreIsa isa) {
  switch (isa) {
    case ScoreIsa::portable:
      return true;
#if defined(__x86_64__) && defined(__GNUC__)
    case ScoreIsa::popcnt:
      return __builtin_cpu_supports("popcnt");
    case ScoreIsa::v3:  // (the features score_batch_v3 is compiled for; GCC 12 and Clang 14 name these)
      return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("bmi") &&
             __builtin_cpu_supports("bmi2") && __builtin_cpu_supports("popcnt");
#endif
    default:
      return false;
  }
}

ScoreIsa best_score_isa() {
  if (score_isa_supported(ScoreIsa::v3)) return ScoreIsa::v3;
  if (score_isa_supported(ScoreIsa::popcnt)) return ScoreIsa::popcnt;
  return ScoreIsa::portable;
}

void ModelData::compile() {
  isa = best_score_isa();
  cue_transitions.build(cue.labels, cue.transitions, cue_transition_ok);
  role_transitions.build(role.labels, role.transitions, role_transition_ok);
  cue_scores = attribution_detail::compile(cue, kCueO, 0, /*narrow=*/true);
  role_scores = attribution_detail::compile(role, kRoleO, 1u << kRoleCue, /*narrow=*/false);
  gate.build();
  compile_direct();
}

void DirectRows::add(const ScoreTable& t, size_t entry, uint64_t f) {
  const uint8_t one = 1;
  int32_t row[4] = {0, 0, 0, 0};
  score_batch(t, &f, &one, 1, nullptr, nullptr, row);
  for (int c = 0; c < 4; ++c) values[entry * 4 + c] += row[c];
}

void ModelData::compile_direct() {
  // The direct templates' rows, for every value of their arguments (keys as role_features makes them: the
  // tests compare the two ways of scoring on real text).
  using namespace role_direct;
  role_direct.reset(kEntries);
  for (uint64_t dir = 1; dir <= kDirs; ++dir) {
    for (uint64_t soff = 0; soff < kSoffs; ++soff)
      for (uint64_t same = 0; same < 2; ++same)
        for (uint64_t edge = 0; edge < kEdges; ++edge)
          for (uint64_t q = 0; q < kQuotes; ++q)
            for (uint64_t qc = 0; qc < kQuotes; ++qc) {
              const size_t e = sentence(dir, soff, same, edge, q, qc);
              role_direct.add(role_scores, e, feature(103, dir, soff, same));
              role_direct.add(role_scores, e, feature(109, q, qc, dir));
              role_direct.add(role_scores, e, feature(119, edge, dir, soff));
              role_direct.add(role_scores, e, feature(125, q, dir, soff));
            }
    for (uint64_t b = 0; b < kBuckets; ++b) {
      for (uint64_t quotes = 0; quotes < kCounts; ++quotes)
        for (uint64_t commas = 0; commas < kCounts; ++commas) {
          role_direct.add(role_scores, between(quotes, commas, dir, b), feature(110, quotes, dir, b));
          role_direct.add(role_scores, between(quotes, commas, dir, b), feature(124, commas, dir, b));
        }
      for (uint64_t m = 0; m < kClasses; ++m)
        for (uint64_t first = 0; first < 2; ++first)
          role_direct.add(role_scores, mention(m, first, dir, b), feature(113, m, first, dir, b));
      for (uint64_t sh = 0; sh < kShapes; ++sh)
        role_direct.add(role_scores, shape(sh, dir, b), feature(114, sh, dir, b));
    }
  }
}

CueWindow cue_window(const Doc& doc, uint32_t cue_first, uint32_t cue_end) {
  CueWindow w;
  w.cue_first = cue_first;
  w.cue_end = cue_end;
  w.sentence = doc.sentence[cue_first];
  const int32_t last = static_cast<int32_t>(doc.sentences.size()) - 1;
  // The cue's sentence and its neighbours; further while a quotation runs over the window's edge (a quote of
  // several sentences), up to three sentences away.
  int32_t a = std::max(0, w.sentence - 1), b = std::min(last, w.sentence + 1);
  while (a > 0 && a > w.sentence - 3 && doc.quote[doc.sentences[size_t(a)].first] == 1) --a;
  while (b < last && b < w.sentence + 3 && doc.quote[doc.sentences[size_t(b)].end - 1] == 1) ++b;
  w.first = doc.sentences[size_t(a)].first;
  w.end = doc.sentences[size_t(b)].end;
  // Trimmed to the tokens the tagger labels (role_candidate): the rest would only be O.
  while (w.first < cue_first && !role_candidate(doc, w, w.first)) ++w.first;
  while (w.end > cue_end && !role_candidate(doc, w, w.end - 1)) --w.end;
  return w;
}

size_t cue_features(const Doc& d, uint32_t i, uint64_t* out) {
  const size_t n = d.size();
  auto W = [&](int64_t k) { return d.word_at(k); };  // (a word outside the document: Doc::kNoWord)
  const uint64_t w0 = d.word[i], wm1 = W(int64_t(i) - 1), wp1 = W(int64_t(i) + 1);
  const Doc::Sent& s = d.sentences[size_t(d.sentence[i])];
  const uint64_t first = i == s.first, last = i + 1 == s.end;
  const uint64_t mprev = i > 0 ? d.mention[i - 1] : 0, mnext = i + 1 < n ? d.mention[i + 1] : 0;
  size_t c = 0;
  out[c++] = feature(1);
  out[c++] = feature(2, w0);
  out[c++] = feature(3, wm1);
  out[c++] = feature(4, wp1);
  out[c++] = feature(5, W(int64_t(i) - 2));
  out[c++] = feature(6, W(int64_t(i) + 2));
  out[c++] = feature(7, wm1, w0);
  out[c++] = feature(9, wm1, w0, wp1);
  out[c++] = feature(10, d.suffix[i]);
  out[c++] = feature(11, d.shape[i], first);
  out[c++] = feature(12, w0, d.quote[i]);
  out[c++] = feature(13, w0, mprev);
  out[c++] = feature(14, d.mention[i], d.mention_first[i]);
  out[c++] = feature(15, w0, s.has_quote);
  out[c++] = feature(16, w0, first, last);
  out[c++] = feature(17, d.suffix[i], wm1);
  out[c++] = feature(18, d.suffix[i], d.quote[i], mprev);
  out[c++] = feature(19, w0, mnext);
  out[c++] = feature(20, d.shape[i], i > 0 ? d.shape[i - 1] : 7, i + 1 < n ? d.shape[i + 1] : 7);
  // Wider context: a quotation mark or a colon near, a mention before, "that" / "to" after.
  uint64_t quote_near = 0, mention_before = 0;
  for (uint32_t k = i > 3 ? i - 3 : 0; k < i; ++k) {
    if (d.quote[k] >= 2) quote_near |= 1;
    if (d.mention[k]) mention_before = d.mention[k];
  }
  for (uint32_t k = i + 1; k < n && k <= i + 3; ++k)
    if (d.quote[k] >= 2) quote_near |= 2;
  const uint64_t wm2 = W(int64_t(i) - 2), wp2 = W(int64_t(i) + 2);
  out[c++] = feature(21, w0, wp2);
  out[c++] = feature(22, d.suffix[i], quote_near);
  out[c++] = feature(23, d.suffix[i], mention_before);
  out[c++] = feature(24, d.suffix[i], wp1);
  out[c++] = feature(25, wm2, wm1);
  out[c++] = feature(26, wp1, wp2);
  const uint32_t pos = i - s.first, left = s.end - i;
  out[c++] = feature(28, d.suffix[i], pos < 3 ? pos : 3, left < 3 ? left : 3);
  return c;
}

namespace {

// Four int32 lanes (a GCC / Clang vector: SSE2 on x86-64's baseline).
using Lanes = int32_t __attribute__((vector_size(16)));
inline Lanes lanes(const int32_t* p) {
  Lanes v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The arguments of the role templates at token j of window w (j not a cue token).
struct RoleArgs {
  uint64_t dir, b, soff, same_par, q, qc, quotes, commas, m, first, shape, edge;
  uint64_t word, prev, next, suffix, cf, cl, after_cue, before_cue;
};
[[gnu::always_inline]] inline RoleArgs role_args(const Doc& d, const CueWindow& w, uint32_t j) {
  RoleArgs a;
  uint32_t dist, lo, hi;  // tokens strictly between j and the cue: [lo, hi)
  if (j < w.cue_first) {
    a.dir = 1, dist = w.cue_first - j, lo = j + 1, hi = w.cue_first;
  } else if (j >= w.cue_end) {
    a.dir = 2, dist = j - w.cue_end + 1, lo = w.cue_end, hi = j;
  } else {
    a.dir = 3, dist = 0, lo = hi = j;
  }
  a.b = dist_bucket(dist);
  const int32_t so = std::clamp(d.sentence[j] - w.sentence, -2, 2);
  a.soff = uint64_t(so + 2);
  a.cf = d.word[w.cue_first], a.cl = d.word[w.cue_end - 1];
  a.quotes = hi > lo ? std::min<uint32_t>(d.quotes_before[hi] - d.quotes_before[lo], 3) : 0;
  a.commas = hi > lo ? std::min<uint32_t>(d.commas_before[hi] - d.commas_before[lo], 3) : 0;
  a.q = d.quote[j], a.qc = d.quote[w.cue_first];
  const Doc::Sent& s = d.sentences[size_t(d.sentence[j])];
  a.edge = (j == s.first ? 1 : 0) | (j + 1 == s.end ? 2 : 0);
  a.same_par = s.paragraph == d.sentences[size_t(w.sentence)].paragraph;
  a.after_cue = d.word_at(w.cue_end), a.before_cue = d.word_at(int64_t(w.cue_first) - 1);
  a.m = d.mention[j], a.first = d.mention_first[j], a.shape = d.shape[j];
  a.word = d.word[j], a.prev = d.word_at(int64_t(j) - 1), a.next = d.word_at(int64_t(j) + 1);
  a.suffix = d.suffix[j];
  return a;
}

}  // namespace

size_t role_features(const Doc& d, const CueWindow& w, uint32_t j, uint64_t* out) {
  const RoleArgs a = role_args(d, w, j);
  size_t c = 0;
  out[c++] = feature(103, a.dir, a.soff, a.same_par);
  out[c++] = feature(104, a.word, a.dir);
  out[c++] = feature(106, a.cf, a.dir, a.b);
  out[c++] = feature(107, a.cl, a.dir, a.b);
  out[c++] = feature(109, a.q, a.qc, a.dir);
  out[c++] = feature(110, a.quotes, a.dir, a.b);
  out[c++] = feature(113, a.m, a.first, a.dir, a.b);
  out[c++] = feature(114, a.shape, a.dir, a.b);
  out[c++] = feature(115, a.prev, a.dir);
  out[c++] = feature(116, a.next, a.dir);
  out[c++] = feature(117, a.suffix, a.dir);
  out[c++] = feature(118, a.word, a.cf, a.dir);
  out[c++] = feature(119, a.edge, a.dir, a.soff);
  out[c++] = feature(121, a.after_cue, a.dir, a.b);
  out[c++] = feature(122, a.before_cue, a.dir, a.b);
  out[c++] = feature(123, a.m, a.cf, a.dir);
  out[c++] = feature(124, a.commas, a.dir, a.b);
  out[c++] = feature(125, a.q, a.dir, a.soff);
  out[c++] = feature(128, a.prev, a.word, a.dir);
  out[c++] = feature(130, a.after_cue, a.word, a.dir);
  return c;
}

void RoleWindowRows::fill(const ModelData& model, const Doc& d, const CueWindow& w) {
  using namespace role_direct;
  const uint64_t cf = d.word[w.cue_first], cl = d.word[w.cue_end - 1];
  const uint64_t after_cue = d.word_at(w.cue_end), before_cue = d.word_at(int64_t(w.cue_first) - 1);
  // The mention classes of the role candidates on each side (a bit per class), and the distance buckets of
  // each side: 1 up to the farthest token's (the window ends at role candidates).
  uint32_t classes[2] = {0, 0};
  for (uint32_t j = w.first; j < w.end; ++j)
    if ((j < w.cue_first || j >= w.cue_end) && role_candidate(d, w, j))
      classes[j < w.cue_first ? 0 : 1] |= uint32_t(1) << d.mention[j];
  const uint32_t reach[2] = {w.cue_first - w.first, w.end - w.cue_end};
  // The groups of keys (a group per entry), then their rows summed in one batch.
  size_t n = 0;
  for (uint64_t dir = 1; dir <= kDirs; ++dir) {
    const uint64_t last = reach[dir - 1] ? dist_bucket(reach[dir - 1]) : 0;
    for (uint64_t b = 1; b <= last; ++b) {
      uint64_t* k = &keys[n * kMaxFeatures];
      k[0] = feature(106, cf, dir, b), k[1] = feature(107, cl, dir, b);
      k[2] = feature(121, after_cue, dir, b), k[3] = feature(122, before_cue, dir, b);
      counts[n] = 4, entry[n++] = by_distance[(dir - 1) * kBuckets + b];
    }
    for (uint32_t bits = classes[dir - 1]; bits; bits &= bits - 1) {
      const uint64_t m = uint64_t(std::countr_zero(bits));
      keys[n * kMaxFeatures] = feature(123, m, cf, dir);
      counts[n] = 1, entry[n++] = by_class[m * kDirs + dir - 1];
    }
  }
  score_batch(model.isa, model.role_scores, keys, counts, n, nullptr, nullptr, &sums[0][0]);
  for (size_t g = 0; g < n; ++g) std::memcpy(entry[g], sums[g], sizeof sums[g]);
}

// role_features less the direct templates (103, 109, 110, 113, 114, 119, 124, 125) and the window's (106,
// 107, 121, 122, 123), whose rows go to base.
namespace {
[[gnu::always_inline]] inline size_t role_features_fast(const ModelData& model, const Doc& d,
                                                        const CueWindow& w, const RoleWindowRows& rows,
                                                        uint32_t j, uint64_t* out, int32_t* base) {
  using namespace role_direct;
  const RoleArgs a = role_args(d, w, j);
  const DirectRows& t = model.role_direct;
  const Lanes sum = lanes(t.at(sentence(a.dir, a.soff, a.same_par, a.edge, a.q, a.qc))) +
                    lanes(t.at(between(a.quotes, a.commas, a.dir, a.b))) +
                    lanes(t.at(mention(a.m, a.first, a.dir, a.b))) + lanes(t.at(shape(a.shape, a.dir, a.b))) +
                    lanes(rows.by_distance[(a.dir - 1) * kBuckets + a.b]) +
                    lanes(rows.by_class[a.m * kDirs + a.dir - 1]);
  std::memcpy(base, &sum, sizeof sum);
  out[0] = feature(104, a.word, a.dir);
  out[1] = feature(115, a.prev, a.dir);
  out[2] = feature(116, a.next, a.dir);
  out[3] = feature(117, a.suffix, a.dir);
  out[4] = feature(118, a.word, a.cf, a.dir);
  out[5] = feature(128, a.prev, a.word, a.dir);
  out[6] = feature(130, a.after_cue, a.word, a.dir);
  return 7;
}
}  // namespace

bool cue_transition_ok(int prev, int cur) { return cur != kCueI || prev == kCueB || prev == kCueI; }

bool role_transition_ok(int prev, int cur) {
  if (cur == kSrcI) return prev == kSrcB || prev == kSrcI;
  if (cur == kConI) return prev == kConB || prev == kConI;
  return true;
}

namespace {

// The forward pass keeps every position's scores (no back pointers), so its inner loop is a branch-free max
// over the previous labels (a tree of maxes for the taggers' 3 and 6 labels); the backward pass recomputes
// the one argmax per position that the path needs, with the same additions, so the path (ties included: the
// first best previous label) is the one an argmax-keeping Viterbi finds.
template <uint32_t L>
void viterbi_fixed(uint32_t labels, const float* trans, const float* em, size_t n, const uint8_t* allowed,
                   float* scores, uint8_t* path) {
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  const uint32_t nl = L ? L : labels;
  for (uint32_t l = 0; l < nl; ++l) scores[l] = allowed[l] ? trans[l] + em[l] : kNeg;
  if constexpr (L != 0) {
    // The previous position's scores in registers (a local array of constant size, fully unrolled): the
    // chain from one position to the next does not go through a store and a load.
    float prev[L];
    for (uint32_t l = 0; l < L; ++l) prev[l] = scores[l];
    for (size_t t = 1; t < n; ++t) {
      const uint8_t* al = &allowed[t * L];
      const float* e = &em[t * L];
      float cur[L];
      for (uint32_t l = 0; l < L; ++l) {
        float best;
        if constexpr (L == 6) {
          // A tree of maxes (max is exact, so any order gives the same value): a shorter dependency chain.
          const float m01 = std::max(prev[0] + trans[1 * L + l], prev[1] + trans[2 * L + l]);
          const float m23 = std::max(prev[2] + trans[3 * L + l], prev[3] + trans[4 * L + l]);
          const float m45 = std::max(prev[4] + trans[5 * L + l], prev[5] + trans[6 * L + l]);
          best = std::max(std::max(m01, m23), m45);
        } else {
          best = kNeg;
          for (uint32_t p = 0; p < L; ++p) best = std::max(best, prev[p] + trans[(p + 1) * L + l]);
        }
        cur[l] = (al[l] ? best : kNeg) + e[l];
      }
      for (uint32_t l = 0; l < L; ++l) scores[t * L + l] = prev[l] = cur[l];
    }
  }
  for (size_t t = 1; L == 0 && t < n; ++t) {
    const float* prev = &scores[(t - 1) * nl];
    float* cur = &scores[t * nl];
    const uint8_t* al = &allowed[t * nl];
    const float* e = &em[t * nl];
    for (uint32_t l = 0; l < nl; ++l) {
      float best = kNeg;
      for (uint32_t p = 0; al[l] && p < nl; ++p) best = std::max(best, prev[p] + trans[(p + 1) * nl + l]);
      cur[l] = best + e[l];
    }
  }
  const float* last = &scores[(n - 1) * nl];
  uint32_t best = 0;
  for (uint32_t l = 1; l < nl; ++l)
    if (last[l] > last[best]) best = l;
  path[n - 1] = uint8_t(best);
  for (size_t t = n - 1; t > 0; --t) {
    const float* prev = &scores[(t - 1) * nl];
    const uint32_t l = path[t];
    float top = kNeg;
    uint32_t arg = 0;
    for (uint32_t p = 0; p < nl; ++p) {
      const float v = prev[p] + trans[(p + 1) * nl + l];
      if (v > top) top = v, arg = p;
    }
    path[t - 1] = uint8_t(arg);
  }
}

}  // namespace

void Transitions::build(uint32_t L, const std::vector<float>& transitions, bool (*ok)(int, int)) {
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  labels = L;
  for (uint32_t p = 0; p <= L; ++p)
    for (uint32_t l = 0; l < L; ++l)
      masked[p * L + l] = ok(int(p) - 1, int(l)) ? transitions[p * L + l] : kNeg;
}

void viterbi(const Transitions& tr, const std::vector<float>& em, size_t n,
             const std::vector<uint8_t>& allowed, std::vector<float>& work, std::vector<uint8_t>& path) {
  const uint32_t L = tr.labels;
  path.resize(n);
  if (n == 0) return;
  work.resize(n * L);
  if (L == kCueLabels)
    viterbi_fixed<kCueLabels>(L, tr.masked, em.data(), n, allowed.data(), work.data(), path.data());
  else if (L == kRoleLabels)
    viterbi_fixed<kRoleLabels>(L, tr.masked, em.data(), n, allowed.data(), work.data(), path.data());
  else
    viterbi_fixed<0>(L, tr.masked, em.data(), n, allowed.data(), work.data(), path.data());
}

void viterbi(uint32_t L, const std::vector<float>& transitions, const std::vector<float>& em, size_t n,
             const std::vector<uint8_t>& allowed, bool (*ok)(int, int), std::vector<float>& work,
             std::vector<uint8_t>& path) {
  Transitions tr;
  tr.build(L, transitions, ok);
  viterbi(tr, em, n, allowed, work, path);
}

void cue_runs(const std::vector<uint8_t>& path, uint32_t first,
              std::vector<std::pair<uint32_t, uint32_t>>& out) {
  for (size_t k = 0; k < path.size(); ++k) {
    if (path[k] == kCueB || (path[k] == kCueI && (k == 0 || path[k - 1] == kCueO))) {
      size_t e = k + 1;
      while (e < path.size() && path[e] == kCueI) ++e;
      out.emplace_back(first + uint32_t(k), first + uint32_t(e));
      k = e - 1;
    }
  }
}

Attribution attribution_from_path(const Doc& doc, std::span<const Token> tokens, const CueWindow& w,
                                  const std::vector<uint8_t>& path) {
  (void)doc;
  Attribution a;
  a.cue.spans.push_back(Span{tokens[w.cue_first].begin, tokens[w.cue_end - 1].end});
  auto runs = [&](uint8_t b, uint8_t i, RoleSpans& role) {
    for (size_t k = 0; k < path.size(); ++k) {
      if (path[k] != b && path[k] != i) continue;
      size_t e = k + 1;
      while (e < path.size() && path[e] == i) ++e;
      role.spans.push_back(Span{tokens[w.first + k].begin, tokens[w.first + e - 1].end});
      k = e - 1;
    }
  };
  runs(kSrcB, kSrcI, a.source);
  runs(kConB, kConI, a.content);
  return a;
}

void univocal_view(std::vector<Attribution>& out, size_t first) {
  auto inside = [&](const Attribution& inner, const Attribution& outer) {
    if (inner.cue.empty() || outer.content.empty()) return false;
    const uint32_t at = inner.cue.spans.front().begin;
    for (const Span& s : outer.content.spans)
      if (at >= s.begin && at < s.end) return true;
    return false;
  };
  std::vector<uint8_t> drop(out.size() - first, 0);
  for (size_t i = first; i < out.size(); ++i)
    for (size_t j = first; j < out.size(); ++j)
      if (i != j && inside(out[i], out[j]) && !inside(out[j], out[i])) drop[i - first] = 1;
  size_t w = first;
  for (size_t i = first; i < out.size(); ++i) {
    if (drop[i - first]) continue;
    if (w != i) out[w] = std::move(out[i]);
    ++w;
  }
  out.resize(w);
}

// Makes v hold at least n elements, without shrinking it: the feature buffer is written before it is read,
// and resizing it down and up again per sentence zero-filled every growth (~2% of the instructions on
// Reuters).
template <class T>
void grow(std::vector<T>& v, size_t n) {
  if (v.size() < n) v.resize(n);
}

// Can the word before a base form make it a verb (a nested statement's cue)? A subject pronoun, a modal, an
// auxiliary, "n't", an adverb of a short list, or a plural subject: a word of four letters or more ending in
// "s" (not "ss"; "analysts", "Democrats"; not a possessive: its "'s" is a token of its own). ("to" and "not"
// never stand before a nested cue: find_attributions leaves those out first.)
static bool verb_context(std::string_view prev) {
  static const SmallWordSet kBefore{
      "i",        "we",     "they",       "you",           "who",        "will",       "would",
      "could",    "can",    "may",        "might",         "must",       "should",     "shall",
      "do",       "does",   "did",        "n't",           "also",       "still",      "often",
      "never",    "always", "generally",  "strongly",      "firmly",     "really",     "now",
      "I",        "We",     "They",       "You",           "usually",    "frequently", "flatly",
      "publicly", "openly", "repeatedly", "categorically", "vehemently", "sharply",    "roundly"};
  if (kBefore.contains(prev)) return true;
  return prev.size() >= 4 && prev.back() == 's' && prev[prev.size() - 2] != 's' &&
         prev[prev.size() - 2] != '\'' && prev != "this" && prev != "thus" && prev != "has" && prev != "was";
}

// A form of "be" (lower case)?
static bool word_is_be(std::string_view w) {
  return w == "be" || w == "been" || w == "being" || w == "is" || w == "are" || w == "was" || w == "were";
}

// The buffers of one tagger call over n positions: emissions, no label allowed yet, features, no features.
static void prepare(Scratch& sc, size_t n, uint32_t labels) {
  sc.emissions.resize(n * labels);
  sc.allowed.assign(n * labels, 0);
  grow(sc.features, n * kMaxFeatures);
  sc.counts.assign(n, 0);
}

bool cue_emissions(const ModelData& model, const Doc& doc, const Doc::Sent& s, Scratch& sc) {
  const ScoreTable& ct = model.cue_scores;
  const size_t n = s.end - s.first;
  prepare(sc, n, ct.labels);
  model.gate.mark(doc, s.first, s.end, sc.gate);
  // No cue-opening word: the tagger can only say O (the backstop may still find a cue).
  if (std::find(sc.gate.begin(), sc.gate.end(), uint8_t(1)) == sc.gate.end()) return false;
  for (size_t k = 0; k < n; ++k) {
    sc.allowed[k * ct.labels + kCueO] = 1;
    if (!sc.gate[k]) continue;
    sc.allowed[k * ct.labels + kCueB] = sc.allowed[k * ct.labels + kCueI] = 1;
    const uint32_t i = s.first + uint32_t(k);
    uint64_t* f = &sc.features[k * kMaxFeatures];
    sc.counts[k] = uint8_t(cue_features(doc, i, f));
  }
  score_batch(model.isa, ct, sc.features.data(), sc.counts.data(), n, sc.emissions.data());
  for (size_t k = 0; k < n; ++k) {
    if (!sc.gate[k]) continue;
    sc.emissions[k * ct.labels + kCueB] += model.cue_bias;
    sc.emissions[k * ct.labels + kCueI] += model.cue_bias;
  }
  return true;
}

void role_emissions(const ModelData& model, const Doc& doc, const CueWindow& w, Scratch& sc, bool reference) {
  const ScoreTable& rt = model.role_scores;
  const size_t n = w.end - w.first;
  prepare(sc, n, rt.labels);
  sc.base.assign(n * rt.cols, 0);
  if (!reference) sc.window_rows.fill(model, doc, w);
  for (size_t k = 0; k < n; ++k) {
    const uint32_t j = w.first + uint32_t(k);
    uint8_t* al = &sc.allowed[k * rt.labels];
    if (j >= w.cue_first && j < w.cue_end) {
      al[kRoleCue] = 1;
    } else if (!role_candidate(doc, w, j)) {
      al[kRoleO] = 1;
    } else {
      for (uint32_t l = 0; l < kRoleCue; ++l) al[l] = 1;
      uint64_t* f = &sc.features[k * kMaxFeatures];
      sc.counts[k] =
          uint8_t(reference ? role_features(doc, w, j, f)
                            : role_features_fast(model, doc, w, sc.window_rows, j, f, &sc.base[k * rt.cols]));
    }
  }
  score_batch(model.isa, rt, sc.features.data(), sc.counts.data(), n, sc.emissions.data(), sc.base.data());
}

void find_attributions(const ModelData& model, const AttributionInput& in, Scratch& sc,
                       std::vector<Attribution>& out, bool nested) {
  Doc& doc = sc.doc;
  doc.build(in);
  sc.cues.clear();
  sc.finding_verbs.clear();
  // 1. Cues, sentence by sentence.
  for (const Doc::Sent& s : doc.sentences) {
    const size_t n = s.end - s.first;
    const size_t before = sc.cues.size();
    if (cue_emissions(model, doc, s, sc)) {
      viterbi(model.cue_transitions, sc.emissions, n, sc.allowed, sc.work, sc.path);
      cue_runs(sc.path, s.first, sc.cues);
    }
    // The backstop: a stance verb in the past tense the tagger left out is a cue of its own. (The same pass
    // lists the verbs of finding for the rules, cues or not: the tokens are in the cache here.)
    size_t run = before;
    for (uint32_t i = s.first; i < s.end; ++i) {
      const Token& t = in.tokens[i];
      const bool lower_word = t.kind == TokenKind::word && in.text[t.begin] >= 'a' && in.text[t.begin] <= 'z';
      if (lower_word && finding_verb(in.text.substr(t.begin, t.end - t.begin))) sc.finding_verbs.push_back(i);
      while (run < sc.cues.size() && sc.cues[run].second <= i) ++run;
      if (run < sc.cues.size() && sc.cues[run].first <= i) continue;
      if (!lower_word) continue;
      // (or a phrase of two words: "expressed concern", "voiced alarm")
      const std::string_view w = in.text.substr(t.begin, t.end - t.begin);
      uint32_t cue_end = i + 1;
      if (!stance_verb_past(w)) {
        if (i + 1 >= s.end || !w.ends_with("ed")) continue;  // (stance_phrase_past's first test, inlined)
        const Token& n = in.tokens[i + 1];
        if (n.kind != TokenKind::word || in.text[n.begin] < 'a' || in.text[n.begin] > 'z') continue;
        if (run < sc.cues.size() && sc.cues[run].first <= i + 1) continue;  // the next word is a cue's
        if (!stance_phrase_past(w, in.text.substr(n.begin, n.end - n.begin))) continue;
        cue_end = i + 2;
      }
      // Not as an adjective after a determiner or preposition ("disclosure of alleged manpower").
      if (i > s.first) {
        const Token& p = in.tokens[i - 1];
        static constexpr std::string_view kBefore[] = {"of",   "the",   "a",    "an",    "by",  "for",
                                                       "with", "about", "on",   "in",    "its", "their",
                                                       "his",  "her",   "this", "these", "any"};
        const std::string_view pw = in.text.substr(p.begin, p.end - p.begin);
        if (std::find(std::begin(kBefore), std::end(kBefore), pw) != std::end(kBefore)) continue;
        // Nor a passive that ends the sentence: it says nothing ("an open market should be encouraged.").
        if (word_is_be(pw) && cue_end < s.end && in.tokens[cue_end].kind == TokenKind::punct) {
          const char c = in.text[in.tokens[cue_end].begin];
          if (c == '.' || c == '!' || c == '?' || c == ';') continue;
        }
      }
      sc.cues.emplace_back(i, cue_end);
      i = cue_end - 1;
    }
    std::sort(sc.cues.begin() + std::ptrdiff_t(before), sc.cues.end());
  }
  doc.set_cues(sc.cues);
  // 2. Each cue's source and content.
  auto tag_roles = [&](uint32_t a, uint32_t b) {
    const CueWindow w = cue_window(doc, a, b);
    role_emissions(model, doc, w, sc);
    viterbi(model.role_transitions, sc.emissions, w.end - w.first, sc.allowed, sc.work, sc.path);
    out.push_back(attribution_from_path(doc, in.tokens, w, sc.path));
  };
  const size_t first = out.size();
  for (auto [a, b] : sc.cues) tag_roles(a, b);
  // 3. Nested statements: PolNeAR labels a statement inside another one's content as content (a token has
  // one label), so the tagger learned to leave such cues out. A reporting verb inside a content, after a
  // word, is a cue of its own ("mentioned that intelligence reports | indicate ..."); univocal_view drops
  // these again for the PolNeAR scores.
  if (!nested) return;
  const size_t found = out.size();
  sc.nested.clear();
  for (size_t k = first; k < found; ++k) {
    for (const Span& c : out[k].content.spans) {
      auto it = std::lower_bound(in.tokens.begin(), in.tokens.end(), c.begin,
                                 [](const Token& t, uint32_t at) { return t.begin < at; });
      for (size_t i = size_t(it - in.tokens.begin()) + 1;
           i + 1 < in.tokens.size() && in.tokens[i].end <= c.end; ++i) {
        const Token& t = in.tokens[i];
        const Token& prev = in.tokens[i - 1];
        if (t.kind != TokenKind::word || doc.cue[i] || doc.sentence[i] < 0) continue;
        if (in.text[t.begin] < 'a' || in.text[t.begin] > 'z' || prev.kind != TokenKind::word) continue;
        static const SmallWordSet kIrregularPast{"said", "told", "thought", "swore", "shown", "felt"};
        static constexpr std::string_view kNotBefore[] = {
            "to",    "that", "and",   "or", "not", "the", "a",   "an",   "its", "his",  "her",
            "their", "this", "these", "of", "in",  "on",  "for", "with", "by",  "those"};
        // The word first: few words are reporting verbs (most are out by the filter on their hash).
        if (!maybe_reporting_word_hash(doc.word[i])) continue;
        const std::string_view word = in.text.substr(t.begin, t.end - t.begin);
        if (!nested_cue_word(word)) continue;
        const std::string_view pw = in.text.substr(prev.begin, prev.end - prev.begin);
        if (std::find(std::begin(kNotBefore), std::end(kNotBefore), pw) != std::end(kNotBefore)) continue;
        // A base form ("report", "attack", "concern", "state", "charge") is a noun more often than a verb
        // ("the annual report on", "a drone attack on", "grave concern", "state regulators"): a verb only
        // after a subject pronoun, a modal, an adverb of a short list, or a plural subject ("analysts
        // say", "Democrats argue", "who oppose"). (The irregular pasts of data/cues.tsv are finite.)
        if (!word.ends_with("ed") && !word.ends_with("s") && !kIrregularPast.contains(word) &&
            !verb_context(pw))
          continue;
        // A passive that ends the sentence says nothing of its own ("an open market should be encouraged.").
        if (word.ends_with("ed") && word_is_be(pw) && in.tokens[i + 1].kind == TokenKind::punct) {
          const char c = in.text[in.tokens[i + 1].begin];
          if (c == '.' || c == '!' || c == '?' || c == ';') continue;
        }
        // "reports", "claims", "shows": a plural noun as often as a verb; as a verb, a clause follows.
        if (word.ends_with("s") && !word.ends_with("ss")) {
          static constexpr std::string_view kClause[] = {"that", "the",  "a",   "an",    "he",   "she",
                                                         "it",   "they", "we",  "there", "this", "these",
                                                         "its",  "his",  "her", "their", "no",   "more"};
          const Token& next = in.tokens[i + 1];
          const std::string_view nw = in.text.substr(next.begin, next.end - next.begin);
          if (std::find(std::begin(kClause), std::end(kClause), nw) == std::end(kClause)) continue;
        }
        sc.nested.emplace_back(uint32_t(i), uint32_t(i + 1));
      }
    }
  }
  if (!sc.nested.empty()) {
    std::sort(sc.nested.begin(), sc.nested.end());
    sc.nested.erase(std::unique(sc.nested.begin(), sc.nested.end()), sc.nested.end());
    sc.cues.insert(sc.cues.end(), sc.nested.begin(), sc.nested.end());
    doc.set_cues(sc.cues);
    for (auto [a, b] : sc.nested) tag_roles(a, b);
  }
}

// --- The model file
// -----------------------------------------------------------------------------------------

namespace {

constexpr char kMagic[6] = {'C', 'T', 'A', 'T', 'T', 'R'};

template <class T>
void put(std::string& out, T v) {
  put_bytes<T>(out, v);
}
using Reader = ByteReader;

void write_tagger(const PackedTagger& t, std::string& out) {
  put<uint32_t>(out, t.labels);
  put<uint32_t>(out, t.bits);
  put<float>(out, t.scale);
  for (float v : t.transitions) put<float>(out, v);
  put<uint32_t>(out, uint32_t(t.rows.size()));
  for (size_t r = 0; r < t.rows.size(); ++r) {
    put<uint32_t>(out, t.rows[r]);
    for (uint32_t l = 0; l < t.labels; ++l) put<int16_t>(out, t.values[r * t.labels + l]);
  }
}

bool read_tagger(Reader& r, PackedTagger& t, uint32_t expected_labels) {
  uint32_t labels = r.get<uint32_t>(), bits = r.get<uint32_t>();
  float scale = r.get<float>();
  if (r.failed || labels != expected_labels || bits < 8 || bits > 22 || !(scale > 0) || !std::isfinite(scale))
    return false;
  t.labels = labels;
  t.bits = bits;
  t.scale = scale;
  t.transitions.assign(size_t(labels + 1) * labels, 0.0f);
  for (float& v : t.transitions) v = r.get<float>();
  const uint32_t count = r.get<uint32_t>();
  const size_t rows = size_t(1) << bits;
  if (r.failed || count > rows || count > (r.bytes.size() - r.at) / (4 + 2 * size_t(labels))) return false;
  t.rows.resize(count);
  t.values.resize(size_t(count) * labels);
  for (uint32_t k = 0; k < count && !r.failed; ++k) {
    const uint32_t row = r.get<uint32_t>();
    // Ascending: the writer's order, and no row twice.
    if (row >= rows || (k > 0 && row <= t.rows[k - 1])) return false;
    t.rows[k] = row;
    for (uint32_t l = 0; l < labels; ++l) t.values[size_t(k) * labels + l] = r.get<int16_t>();
  }
  return !r.failed;
}

}  // namespace

}  // namespace attribution_detail

using namespace attribution_detail;

AttributionScratch::AttributionScratch() : impl_(std::make_unique<Scratch>()) {}
AttributionScratch::~AttributionScratch() = default;
AttributionScratch::AttributionScratch(AttributionScratch&&) noexcept = default;
AttributionScratch& AttributionScratch::operator=(AttributionScratch&&) noexcept = default;

AttributionModel::AttributionModel(std::shared_ptr<const ModelData> data) : data_(std::move(data)) {}

std::string AttributionModel::serialize() const {
  std::string out(kMagic, sizeof(kMagic));
  put<uint32_t>(out, kFormatVersion);
  write_tagger(data_->cue, out);
  write_tagger(data_->role, out);
  put<float>(out, data_->cue_bias);
  put<uint32_t>(out, uint32_t(data_->gate.openers.size()));
  for (uint64_t w : data_->gate.openers) put<uint64_t>(out, w);
  for (size_t o = 0; o < data_->gate.openers.size(); ++o) put<uint8_t>(out, data_->gate.reach(o));
  out += "END.";
  return out;
}

Result<AttributionModel> AttributionModel::load(std::string_view bytes, std::string_view name) {
  auto fail = [&](const std::string& why) {
    return Error{ErrorCode::resource, std::string(name), "not a claimtrace attribution model: " + why};
  };
  if (bytes.size() < sizeof(kMagic) + 4 || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
    return fail("bad magic (expected \"CTATTR\")");
  Reader r{bytes, sizeof(kMagic)};
  uint32_t version = r.get<uint32_t>();
  if (version != kFormatVersion)
    return fail("format version " + std::to_string(version) + ", this build reads version " +
                std::to_string(kFormatVersion) + " (retrain: docs/attribution.md)");
  auto data = std::make_shared<ModelData>();
  if (!read_tagger(r, data->cue, kCueLabels)) return fail("truncated or corrupt cue tagger");
  if (!read_tagger(r, data->role, kRoleLabels)) return fail("truncated or corrupt role tagger");
  data->cue_bias = r.get<float>();
  if (r.failed || !std::isfinite(data->cue_bias)) return fail("truncated or corrupt cue bias");
  const uint32_t openers = r.get<uint32_t>();
  if (r.failed || openers > (bytes.size() - r.at) / 8) return fail("truncated or corrupt cue gate");
  data->gate.openers.resize(openers);
  for (uint64_t& w : data->gate.openers) w = r.get<uint64_t>();
  if (!std::is_sorted(data->gate.openers.begin(), data->gate.openers.end()))
    return fail("cue gate not sorted");
  data->gate.reaches.resize(openers);
  for (uint8_t& reach : data->gate.reaches) reach = r.get<uint8_t>();
  if (r.failed) return fail("truncated or corrupt cue gate reaches");
  for (uint8_t reach : data->gate.reaches)
    if (reach > kGateReach)
      return fail("cue gate reach " + std::to_string(reach) + " above " + std::to_string(kGateReach));
  data->compile();
  if (bytes.substr(r.at) != "END.") return fail("missing END. trailer (truncated?)");
  return AttributionModel(std::move(data));
}

const AttributionModel& AttributionModel::builtin() {
  static const AttributionModel model = [] {
    auto r =
        AttributionModel::load(std::string_view(embedded_attribution_model, embedded_attribution_model_size),
                               "models/attribution.bin");
    if (!r.ok()) {
      std::fprintf(stderr, "claimtrace: built-in attribution model: %s\n", r.error().to_string().c_str());
      std::abort();
    }
    return std::move(r.value());
  }();
  return model;
}

void AttributionModel::find(const AttributionInput& in, AttributionScratch& scratch,
                            std::vector<Attribution>& out) const {
  const size_t first = out.size();
  find_attributions(*data_, in, scratch.impl(), out, /*nested=*/false);
  finish_attributions(in, out, first);
  univocal_view(out, first);
}

void AttributionModel::extract(const AttributionInput& in, AttributionScratch& scratch,
                               std::vector<Attribution>& out) const {
  const size_t first = out.size();
  find_attributions(*data_, in, scratch.impl(), out, /*nested=*/true);
  finish_attributions(in, out, first);
}

void AttributionModel::tag(const AttributionInput& in, AttributionScratch& scratch,
                           std::vector<Attribution>& out) const {
  find_attributions(*data_, in, scratch.impl(), out, /*nested=*/true);
}

void AttributionModel::tag(const AttributionInput& in, AttributionScratch& scratch,
                           std::vector<Attribution>& out, std::vector<uint32_t>& finding_verbs) const {
  find_attributions(*data_, in, scratch.impl(), out, /*nested=*/true);
  finding_verbs.assign(scratch.impl().finding_verbs.begin(), scratch.impl().finding_verbs.end());
}

}  // namespace claimtrace
