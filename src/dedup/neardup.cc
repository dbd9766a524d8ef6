// Near-duplicate detection: word shingles → MinHash → LSH bands → exact Jaccard → union-find. See
// docs/neardup.md for the parameters and the memory per document.
#include "claimtrace/neardup.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <thread>

namespace claimtrace {
namespace {

constexpr std::array<uint8_t, 256> make_word_table() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c >= 'A' && c <= 'Z') {
      t[c] = static_cast<uint8_t>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      t[c] = static_cast<uint8_t>(c);
    }
  }
  return t;
}
constexpr std::array<uint8_t, 256> kWord = make_word_table();  // 0: separator, else the lower-cased byte

uint64_t splitmix64(uint64_t& s) {
  uint64_t z = (s += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

// --- Parameters ------------------------------------------------------------------------------------------

NearDupParams::NearDupParams() : NearDupParams(NearDupOptions{}) {}

NearDupParams::NearDupParams(const NearDupOptions& o) : o_(o) {
  auto perm = std::make_shared<std::vector<uint64_t>>(2 * size_t{o.bands} * o.rows);
  uint64_t s = o.seed;
  const size_t n = num_hashes();
  for (size_t i = 0; i < n; ++i) (*perm)[i] = splitmix64(s) | 1;  // odd multipliers
  for (size_t i = 0; i < n; ++i) (*perm)[n + i] = splitmix64(s);
  perm_ = std::move(perm);
}

Result<NearDupParams> NearDupParams::create(const NearDupOptions& o) {
  auto bad = [](const std::string& m) { return Error{ErrorCode::usage, "", m}; };
  if (o.shingle < 1 || o.shingle > 64) return bad("shingle size must be in [1, 64] words");
  if (o.bands < 1 || o.rows < 1 || uint64_t{o.bands} * o.rows > 1024)
    return bad("bands and rows must be >= 1 with bands * rows <= 1024");
  if (!(o.threshold > 0 && o.threshold <= 1)) return bad("threshold must be in (0, 1]");
  return NearDupParams(o);
}

double NearDupParams::candidate_probability(double j) const {
  return 1 - std::pow(1 - std::pow(j, o_.rows), o_.bands);
}

double NearDupParams::s_curve_midpoint() const { return std::pow(1.0 / o_.bands, 1.0 / o_.rows); }

// --- Shingles and sketches -------------------------------------------------------------------------------

void shingle_hashes(std::string_view text, uint32_t k, uint64_t seed, std::vector<uint32_t>& out) {
  out.clear();
  if (k == 0) return;
  // Word hashes, in a ring of the last k; a shingle is the XXH3 of its k word hashes.
  std::vector<uint64_t> words;
  words.reserve(text.size() / 5 + 1);
  char buf[256];
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    while (i < n && !kWord[static_cast<unsigned char>(text[i])]) ++i;
    if (i == n) break;
    size_t len = 0;
    uint64_t h = 0;
    XXH3_state_t* st = nullptr;  // only for words longer than buf
    while (i < n) {
      const uint8_t c = kWord[static_cast<unsigned char>(text[i])];
      if (!c) break;
      if (len == sizeof buf) {
        if (!st) {
          st = XXH3_createState();
          XXH3_64bits_reset_withSeed(st, seed);
        }
        XXH3_64bits_update(st, buf, len);
        len = 0;
      }
      buf[len++] = static_cast<char>(c);
      ++i;
    }
    if (st) {
      XXH3_64bits_update(st, buf, len);
      h = XXH3_64bits_digest(st);
      XXH3_freeState(st);
    } else {
      h = XXH3_64bits_withSeed(buf, len, seed);
    }
    words.push_back(h);
  }
  if (words.empty()) return;
  const size_t m = words.size() >= k ? words.size() - k + 1 : 1;
  const size_t width = std::min<size_t>(k, words.size());
  out.reserve(m);
  for (size_t s = 0; s < m; ++s) {
    out.push_back(static_cast<uint32_t>(XXH3_64bits_withSeed(&words[s], width * sizeof(uint64_t), seed)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

double jaccard(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  if (a.empty() && b.empty()) return 0;
  size_t i = 0, j = 0, inter = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++inter, ++i, ++j;
    }
  }
  return static_cast<double>(inter) / static_cast<double>(a.size() + b.size() - inter);
}

NearDupSketch near_dup_sketch(std::string_view text, const NearDupParams& p) {
  NearDupSketch s;
  shingle_hashes(text, p.shingle(), p.seed(), s.shingles);
  if (s.shingles.empty()) return s;  // no words: no bands, never a candidate
  const size_t n = p.num_hashes();
  const uint64_t* mul = p.mul().data();
  const uint64_t* add = p.add().data();
  std::vector<uint32_t> mins(n, std::numeric_limits<uint32_t>::max());
  uint32_t* mn = mins.data();
  for (uint32_t x : s.shingles) {
    const uint64_t x64 = x;
    for (size_t i = 0; i < n; ++i) {
      const auto v = static_cast<uint32_t>((mul[i] * x64 + add[i]) >> 32);
      mn[i] = v < mn[i] ? v : mn[i];
    }
  }
  s.bands.resize(p.bands());
  for (uint32_t b = 0; b < p.bands(); ++b) {
    uint64_t key = XXH3_64bits_withSeed(mn + size_t{b} * p.rows(), p.rows() * sizeof(uint32_t),
                                        p.seed() + 0x9e3779b97f4a7c15ULL * (b + 1));
    s.bands[b] = key ? key : 1;  // 0 marks an empty slot in the band table
  }
  return s;
}

std::vector<NearDupSketch> near_dup_sketches(std::span<const std::string_view> texts, const NearDupParams& p,
                                             unsigned threads) {
  std::vector<NearDupSketch> out(texts.size());
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<size_t>(threads, std::max<size_t>(1, texts.size() / 16)));
  if (threads <= 1) {
    for (size_t i = 0; i < texts.size(); ++i) out[i] = near_dup_sketch(texts[i], p);
    return out;
  }
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      for (size_t i = t; i < texts.size(); i += threads) out[i] = near_dup_sketch(texts[i], p);
    });
  }
  for (auto& th : pool) th.join();
  return out;
}

// --- The index -------------------------------------------------------------------------------------------

// Open addressing: band key (never 0) → newest document in that bucket. Keys of all bands share one table
// (a band's index is mixed into its key by near_dup_sketch's per-band seed).
struct NearDupIndex::Table {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> vals;
  size_t used = 0;
  size_t mask = 0;

  Table() { rehash(1 << 12); }
  void rehash(size_t cap) {
    std::vector<uint64_t> ok = std::move(keys);
    std::vector<uint32_t> ov = std::move(vals);
    keys.assign(cap, 0);
    vals.assign(cap, kNoDoc);
    mask = cap - 1;
    for (size_t i = 0; i < ok.size(); ++i) {
      if (!ok[i]) continue;
      size_t h = slot(ok[i]);
      while (keys[h]) h = (h + 1) & mask;
      keys[h] = ok[i];
      vals[h] = ov[i];
    }
  }
  size_t slot(uint64_t key) const { return (key * 0x9e3779b97f4a7c15ULL >> 20) & mask; }
  // Sets key → doc; returns the previous doc for key (kNoDoc when new).
  uint32_t exchange(uint64_t key, uint32_t doc) {
    if ((used + 1) * 10 > keys.size() * 7) rehash(keys.size() * 2);
    size_t h = slot(key);
    while (keys[h] && keys[h] != key) h = (h + 1) & mask;
    if (!keys[h]) {
      keys[h] = key;
      ++used;
    }
    uint32_t prev = vals[h];
    vals[h] = doc;
    return prev;
  }
};

NearDupIndex::NearDupIndex(NearDupParams params, bool keep_pairs)
    : params_(std::move(params)), keep_pairs_(keep_pairs), table_(std::make_unique<Table>()) {}
NearDupIndex::~NearDupIndex() = default;
NearDupIndex::NearDupIndex(NearDupIndex&&) noexcept = default;
NearDupIndex& NearDupIndex::operator=(NearDupIndex&&) noexcept = default;

uint32_t NearDupIndex::find(uint32_t d) {
  while (parent_[d] != d) {
    parent_[d] = parent_[parent_[d]];
    d = parent_[d];
  }
  return d;
}

uint32_t NearDupIndex::cluster(uint32_t d) const {
  while (parent_[d] != d) d = parent_[d];
  return d;
}

std::span<const uint32_t> NearDupIndex::shingles(uint32_t doc) const {
  return {shingles_[doc].first, shingles_[doc].second};
}

NearDupMatch NearDupIndex::add(std::string id, NearDupSketch sketch) {
  const auto doc = static_cast<uint32_t>(ids_.size());
  ids_.push_back(std::move(id));
  parent_.push_back(doc);
  best_.emplace_back(kNoDoc, 0.0);
  ++counters_.documents;

  // Keep the shingles (contiguous, in large blocks: no per-document allocation).
  const size_t ns = sketch.shingles.size();
  constexpr size_t kFirstBlock = size_t{1} << 14, kMaxBlock = size_t{1} << 22;  // 64 kB .. 16 MB
  if (block_used_ + ns > block_size_) {
    block_size_ = std::max(std::min(kMaxBlock, std::max(kFirstBlock, 2 * block_size_)), ns);
    blocks_.push_back(std::make_unique_for_overwrite<uint32_t[]>(block_size_));
    block_bytes_ += block_size_ * sizeof(uint32_t);
    block_used_ = 0;
  }
  uint32_t* dst = blocks_.empty() ? nullptr : blocks_.back().get() + block_used_;
  if (ns) std::copy(sketch.shingles.begin(), sketch.shingles.end(), dst);
  block_used_ += ns;
  shingles_.emplace_back(dst, static_cast<uint32_t>(ns));

  // Candidates: the documents sharing a band bucket (newest first, at most kMaxBucketWalk per band).
  const uint32_t nb = params_.bands();
  next_.resize(next_.size() + nb, kNoDoc);
  candidates_.clear();
  if (sketch.bands.size() == nb) {
    for (uint32_t b = 0; b < nb; ++b) {
      uint32_t prev = table_->exchange(sketch.bands[b], doc);
      next_[size_t{doc} * nb + b] = prev;
      uint32_t walked = 0;
      for (uint32_t c = prev; c != kNoDoc; c = next_[size_t{c} * nb + b]) {
        if (++walked > kMaxBucketWalk) {
          ++counters_.truncated_buckets;
          break;
        }
        candidates_.push_back(c);
      }
    }
  }
  std::sort(candidates_.begin(), candidates_.end());
  candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());

  // Verify by exact Jaccard; union the near-duplicates.
  const double t = params_.threshold();
  const std::span<const uint32_t> mine = shingles(doc);
  for (uint32_t c : candidates_) {
    ++counters_.candidates;
    const std::span<const uint32_t> theirs = shingles(c);
    const size_t lo = std::min(mine.size(), theirs.size()), hi = std::max(mine.size(), theirs.size());
    if (static_cast<double>(lo) < t * static_cast<double>(hi)) continue;  // J <= lo / hi < t
    const double j = jaccard(mine, theirs);
    if (j < t) continue;
    ++counters_.verified_pairs;
    if (keep_pairs_) pairs_.push_back({{c, doc}, static_cast<float>(j)});
    auto& best = best_[doc];
    if (best.first == kNoDoc || j > best.second) best = {c, j};
    const uint32_t ra = find(c), rb = find(doc);
    if (ra != rb) parent_[std::max(ra, rb)] = std::min(ra, rb);
  }
  NearDupMatch m;
  m.doc = doc;
  m.duplicate_of = best_[doc].first;
  m.similarity = best_[doc].second;
  m.cluster = find(doc);
  if (m.duplicate_of != kNoDoc) ++counters_.near_duplicates;
  return m;
}

size_t NearDupIndex::memory_bytes() const {
  size_t b = block_bytes_;
  b += table_->keys.capacity() * sizeof(uint64_t) + table_->vals.capacity() * sizeof(uint32_t);
  b += next_.capacity() * sizeof(uint32_t) + parent_.capacity() * sizeof(uint32_t);
  b += best_.capacity() * sizeof(best_[0]) + shingles_.capacity() * sizeof(shingles_[0]);
  b += ids_.capacity() * sizeof(std::string);
  for (const auto& s : ids_) b += s.capacity() > 15 ? s.capacity() + 1 : 0;
  b += pairs_.capacity() * sizeof(pairs_[0]);
  return b;
}

// --- The reference ---------------------------------------------------------------------------------------

std::vector<std::pair<uint32_t, uint32_t>> exact_pairs_all(const std::vector<std::vector<uint32_t>>& sets,
                                                           double threshold) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (size_t i = 0; i < sets.size(); ++i) {
    for (size_t j = i + 1; j < sets.size(); ++j) {
      if (jaccard(sets[i], sets[j]) >= threshold)
        out.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
    }
  }
  return out;
}

std::vector<std::pair<uint32_t, uint32_t>> exact_pairs_inverted(
    const std::vector<std::vector<uint32_t>>& sets, double threshold) {
  // Postings: (shingle, doc) sorted; for each doc j, count |A_i ∩ A_j| for every i < j through the postings
  // of j's shingles. Exact: every pair with a non-empty intersection is counted.
  std::vector<std::pair<uint32_t, uint32_t>> postings;
  for (size_t d = 0; d < sets.size(); ++d)
    for (uint32_t x : sets[d]) postings.emplace_back(x, static_cast<uint32_t>(d));
  std::sort(postings.begin(), postings.end());
  std::vector<uint32_t> count(sets.size(), 0);
  std::vector<uint32_t> touched;
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (size_t j = 0; j < sets.size(); ++j) {
    touched.clear();
    for (uint32_t x : sets[j]) {
      auto it = std::lower_bound(postings.begin(), postings.end(), std::make_pair(x, uint32_t{0}));
      for (; it != postings.end() && it->first == x && it->second < j; ++it) {
        if (count[it->second]++ == 0) touched.push_back(it->second);
      }
    }
    std::sort(touched.begin(), touched.end());
    for (uint32_t i : touched) {
      const double inter = count[i];
      const double j_ = inter / (static_cast<double>(sets[i].size() + sets[j].size()) - inter);
      if (j_ >= threshold) out.emplace_back(i, static_cast<uint32_t>(j));
      count[i] = 0;
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<uint32_t> clusters_from_pairs(size_t n, const std::vector<std::pair<uint32_t, uint32_t>>& pairs) {
  std::vector<uint32_t> parent(n);
  for (size_t i = 0; i < n; ++i) parent[i] = static_cast<uint32_t>(i);
  auto find = [&](uint32_t d) {
    while (parent[d] != d) d = parent[d] = parent[parent[d]];
    return d;
  };
  for (auto [a, b] : pairs) {
    uint32_t ra = find(a), rb = find(b);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::vector<uint32_t> out(n);
  for (size_t i = 0; i < n; ++i) out[i] = find(static_cast<uint32_t>(i));
  return out;
}

}  // namespace claimtrace
