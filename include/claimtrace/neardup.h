// claimtrace — near-duplicate (syndicated, updated, scraped) article detection: MinHash signatures with LSH
// banding, candidates verified by exact Jaccard on word shingles, union-find story clusters. See
// docs/neardup.md.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/result.h"

namespace claimtrace {

// The tunable knobs, as given by a caller. Validate them into NearDupParams.
struct NearDupOptions {
  uint32_t shingle = 5;    // words per shingle (normalized, lower-case tokens)
  uint32_t bands = 20;     // LSH bands
  uint32_t rows = 5;       // MinHash values per band; bands * rows hashes in a signature
  double threshold = 0.8;  // Jaccard similarity at or above which two documents are near-duplicates
  uint64_t seed = 0x6e656172647570ULL;  // shingle hashing and MinHash permutations
};

// Immutable, validated parameters (and the MinHash permutations derived from the seed). Cheap to copy;
// share one among threads.
class NearDupParams {
 public:
  // shingle in [1, 64], bands and rows >= 1 with bands * rows <= 1024, threshold in (0, 1].
  static Result<NearDupParams> create(const NearDupOptions& options);
  NearDupParams();  // the defaults (NearDupOptions{})

  uint32_t shingle() const { return o_.shingle; }
  uint32_t bands() const { return o_.bands; }
  uint32_t rows() const { return o_.rows; }
  uint32_t num_hashes() const { return o_.bands * o_.rows; }
  double threshold() const { return o_.threshold; }
  uint64_t seed() const { return o_.seed; }
  const NearDupOptions& options() const { return o_; }
  // P(two documents of Jaccard j share at least one band) = 1 - (1 - j^rows)^bands: the S-curve.
  double candidate_probability(double j) const;
  // (1 / bands)^(1 / rows): roughly where the S-curve is steepest.
  double s_curve_midpoint() const;
  // The permutations: value i of a signature is min over shingles x of (mul[i] * x + add[i]) >> 32.
  std::span<const uint64_t> mul() const { return {perm_->data(), num_hashes()}; }
  std::span<const uint64_t> add() const { return {perm_->data() + num_hashes(), num_hashes()}; }

 private:
  explicit NearDupParams(const NearDupOptions& o);
  NearDupOptions o_;
  std::shared_ptr<const std::vector<uint64_t>> perm_;  // mul then add, 2 * num_hashes values
};

// Sorted, distinct 32-bit hashes of the `k`-word shingles of `text` (appended to `out`, which is cleared).
// Words are maximal runs of ASCII letters and digits and non-ASCII bytes, ASCII lower-cased; everything
// else separates words. A text of fewer than k (but at least one) words has one shingle: all its words.
void shingle_hashes(std::string_view text, uint32_t k, uint64_t seed, std::vector<uint32_t>& out);

// Exact Jaccard similarity of two sorted, distinct sets: |A ∩ B| / |A ∪ B|; 0 when both are empty.
double jaccard(std::span<const uint32_t> a, std::span<const uint32_t> b);

// What the index needs of one document. Computing it is pure and thread-safe: compute sketches in
// parallel, add them to the index on one thread.
struct NearDupSketch {
  std::vector<uint32_t> shingles;  // sorted, distinct shingle hashes (kept by the index for verification)
  std::vector<uint64_t> bands;     // one key per LSH band (hash of the band's `rows` MinHash values)
};
NearDupSketch near_dup_sketch(std::string_view text, const NearDupParams& params);
// Sketches of many texts on `threads` threads (0: all cores); out[i] is the sketch of texts[i].
std::vector<NearDupSketch> near_dup_sketches(std::span<const std::string_view> texts,
                                             const NearDupParams& params, unsigned threads);

inline constexpr uint32_t kNoDoc = 0xffffffffu;

// What add() found for a document.
struct NearDupMatch {
  uint32_t doc = kNoDoc;           // this document's index (order of add)
  uint32_t duplicate_of = kNoDoc;  // the earlier document most similar to it (J >= threshold), or kNoDoc
  double similarity = 0;           // Jaccard with duplicate_of (0 when none)
  uint32_t cluster = kNoDoc;       // its cluster now: index of the cluster's first document
};

struct NearDupCounters {
  uint64_t documents = 0;
  uint64_t candidates = 0;         // distinct candidate pairs from the LSH bands, verified
  uint64_t verified_pairs = 0;     // candidate pairs with exact Jaccard >= threshold
  uint64_t near_duplicates = 0;    // documents with at least one earlier near-duplicate
  uint64_t truncated_buckets = 0;  // band buckets whose walk stopped at kMaxBucketWalk
};

// Accepts documents incrementally. Not thread-safe: one writer (compute sketches in parallel instead).
// Memory per document: its shingle hashes (4 bytes each, ~ one per word) + 4 bytes per band (bucket chains)
// + 17..34 bytes per band in the band table (12-byte entries at a load of 0.35..0.7) + its id. About 1.5 kB
// per 225-word article with the defaults (docs/neardup.md).
class NearDupIndex {
 public:
  static constexpr uint32_t kMaxBucketWalk = 256;  // candidates taken from one band bucket (newest first)

  explicit NearDupIndex(NearDupParams params = NearDupParams(), bool keep_pairs = false);
  ~NearDupIndex();
  NearDupIndex(NearDupIndex&&) noexcept;
  NearDupIndex& operator=(NearDupIndex&&) noexcept;

  const NearDupParams& params() const { return params_; }
  NearDupMatch add(std::string id, NearDupSketch sketch);
  NearDupMatch add(std::string id, std::string_view text) {
    return add(std::move(id), near_dup_sketch(text, params_));
  }

  size_t size() const { return ids_.size(); }
  const std::string& id(uint32_t doc) const { return ids_[doc]; }
  // The cluster of `doc`: the index of its cluster's first document (final once every document is added).
  uint32_t cluster(uint32_t doc) const;
  // Best Jaccard of `doc` with an earlier document it was verified against (0 when none), and which one.
  double similarity(uint32_t doc) const { return best_[doc].second; }
  uint32_t duplicate_of(uint32_t doc) const { return best_[doc].first; }
  std::span<const uint32_t> shingles(uint32_t doc) const;
  // Verified pairs (earlier, later) with their Jaccard; only with keep_pairs.
  const std::vector<std::pair<std::pair<uint32_t, uint32_t>, float>>& pairs() const { return pairs_; }
  const NearDupCounters& counters() const { return counters_; }
  // Bytes held (shingles, band table, chains, ids): for reports.
  size_t memory_bytes() const;

 private:
  struct Table;
  uint32_t find(uint32_t d);
  NearDupParams params_;
  bool keep_pairs_;
  std::vector<std::string> ids_;
  std::vector<uint32_t> parent_;                     // union-find; a root is its cluster's first document
  std::vector<std::pair<uint32_t, double>> best_;    // per doc: best earlier match and its Jaccard
  std::vector<std::unique_ptr<uint32_t[]>> blocks_;  // shingle storage, in blocks
  size_t block_used_ = 0, block_size_ = 0, block_bytes_ = 0;
  std::vector<std::pair<const uint32_t*, uint32_t>> shingles_;  // per doc: into blocks_
  std::vector<uint32_t> next_;        // per doc and band: the previous doc in that bucket
  std::unique_ptr<Table> table_;      // (band, key) → newest doc in that bucket
  std::vector<uint32_t> candidates_;  // add() working memory
  std::vector<std::pair<std::pair<uint32_t, uint32_t>, float>> pairs_;
  NearDupCounters counters_;
};

// The slow, obviously correct reference: every pair (i < j) of the shingle sets with exact Jaccard >=
// threshold, sorted. all_pairs compares every pair (O(n²)); inverted uses an inverted index on shingle hashes
// to count intersections (still exact, faster on large sets).
std::vector<std::pair<uint32_t, uint32_t>> exact_pairs_all(const std::vector<std::vector<uint32_t>>& sets,
                                                           double threshold);
std::vector<std::pair<uint32_t, uint32_t>> exact_pairs_inverted(
    const std::vector<std::vector<uint32_t>>& sets, double threshold);
// Clusters (index of each set's cluster's smallest member) from pairs, by union-find.
std::vector<uint32_t> clusters_from_pairs(size_t n, const std::vector<std::pair<uint32_t, uint32_t>>& pairs);

}  // namespace claimtrace
