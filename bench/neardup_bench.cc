// Near-duplicate benchmark (run by bench/neardup.sh; not part of the test suite): generates N articles, a
// known fraction of them edited copies of earlier ones (src/dedup/neardup_gen.h), deduplicates them on T
// threads and reports seconds, docs/s, peak RSS and precision / recall:
//  - always: recall on the planted copy pairs whose exact Jaccard >= threshold (same cluster?), and
//    precision of the co-clustered pairs by their direct exact Jaccard and by planted family;
//  - with --exact: against the full exact reference (every pair with Jaccard >= threshold, found through an
//    inverted index on the shingle hashes), pair recall / precision of the clustering.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "claimtrace/neardup.h"
#include "dedup/neardup_gen.h"

using namespace claimtrace;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

int usage() {
  std::fprintf(stderr,
               "usage: claimtrace_neardup_bench [--generate N] [--threads T] [--exact] [--threshold J] "
               "[--bands B] [--rows R] [--shingle K] [--copy-fraction F] [--max-strength S] [--seed S] "
               "[--write-jsonl FILE]\n"
               "  --write-jsonl: only write the generated corpus ({\"id\",\"text\"} lines) for 'claimtrace "
               "dedup', then exit\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t n = 1000000;
  unsigned threads = 2;
  bool exact = false;
  NearDupOptions o;
  neardup_gen::CorpusSpec spec;
  std::string write_jsonl;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    const char* v = nullptr;
    if (a == "--exact") {
      exact = true;
      continue;
    }
    if (!(v = value())) return usage();
    if (a == "--generate")
      n = std::strtoull(v, nullptr, 10);
    else if (a == "--threads")
      threads = static_cast<unsigned>(std::strtoul(v, nullptr, 10));
    else if (a == "--threshold")
      o.threshold = std::strtod(v, nullptr);
    else if (a == "--bands")
      o.bands = static_cast<uint32_t>(std::strtoul(v, nullptr, 10));
    else if (a == "--rows")
      o.rows = static_cast<uint32_t>(std::strtoul(v, nullptr, 10));
    else if (a == "--shingle")
      o.shingle = static_cast<uint32_t>(std::strtoul(v, nullptr, 10));
    else if (a == "--copy-fraction")
      spec.copy_fraction = std::strtod(v, nullptr);
    else if (a == "--max-strength")
      spec.max_strength = std::strtod(v, nullptr);
    else if (a == "--seed")
      spec.seed = std::strtoull(v, nullptr, 10);
    else if (a == "--write-jsonl")
      write_jsonl = v;
    else
      return usage();
  }
  auto params = NearDupParams::create(o);
  if (!params) {
    std::fprintf(stderr, "claimtrace_neardup_bench: %s\n", params.error().message.c_str());
    return 2;
  }
  if (threads == 0) threads = 1;
  const neardup_gen::Corpus corpus(spec);
  if (!write_jsonl.empty()) {
    std::FILE* f = std::fopen(write_jsonl.c_str(), "wb");
    if (!f) {
      std::fprintf(stderr, "claimtrace_neardup_bench: %s: cannot open for writing\n", write_jsonl.c_str());
      return 1;
    }
    std::string line;
    for (uint64_t i = 0; i < n; ++i) {
      line = "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"";
      for (char ch : corpus.text(i)) {
        if (ch == '\n') {
          line += "\\n";
        } else {
          if (ch == '"' || ch == '\\') line.push_back('\\');
          line.push_back(ch);
        }
      }
      line += "\"}\n";
      std::fwrite(line.data(), 1, line.size(), f);
    }
    return std::fclose(f) == 0 ? 0 : 1;
  }
  NearDupIndex index(params.value(), exact);

  double gen_s = 0, sketch_s = 0, add_s = 0;
  uint64_t words = 0;
  const auto t_all = Clock::now();
  constexpr uint64_t kBatch = 8192;
  std::vector<std::string> texts;
  std::vector<std::string_view> views;
  for (uint64_t first = 0; first < n; first += kBatch) {
    const uint64_t m = std::min(kBatch, n - first);
    auto t = Clock::now();
    texts.assign(m, {});
    {
      std::vector<std::thread> pool;
      for (unsigned k = 0; k < threads; ++k)
        pool.emplace_back([&, k] {
          for (uint64_t i = k; i < m; i += threads) texts[i] = corpus.text(first + i);
        });
      for (auto& th : pool) th.join();
    }
    gen_s += since(t);
    for (const auto& s : texts) words += static_cast<uint64_t>(std::count(s.begin(), s.end(), ' ')) + 1;
    t = Clock::now();
    views.assign(texts.begin(), texts.end());
    std::vector<NearDupSketch> sketches = near_dup_sketches(views, index.params(), threads);
    sketch_s += since(t);
    t = Clock::now();
    for (uint64_t i = 0; i < m; ++i) index.add(std::to_string(first + i), std::move(sketches[i]));
    add_s += since(t);
    if (n >= 200000 && (first / kBatch) % 16 == 0)
      std::fprintf(stderr, "\r%llu documents, %.0f s", static_cast<unsigned long long>(first + m),
                   since(t_all));
  }
  if (n >= 200000) std::fputc('\n', stderr);
  const double dedup_s = sketch_s + add_s;
  const double t_threshold = params.value().threshold();

  // Planted pairs: recall.
  uint64_t planted = 0, planted_true = 0, planted_found = 0, planted_found_all = 0;
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t s = corpus.source(i);
    if (s == neardup_gen::Corpus::kNone) continue;
    ++planted;
    const bool same = index.cluster(static_cast<uint32_t>(i)) == index.cluster(static_cast<uint32_t>(s));
    planted_found_all += same;
    if (jaccard(index.shingles(static_cast<uint32_t>(i)), index.shingles(static_cast<uint32_t>(s))) >=
        t_threshold) {
      ++planted_true;
      planted_found += same;
    }
  }
  // Reported matches (doc → its best earlier match): rechecked.
  uint64_t reported = 0, reported_ok = 0;
  for (uint32_t d = 0; d < index.size(); ++d) {
    if (index.duplicate_of(d) == kNoDoc) continue;
    ++reported;
    reported_ok += jaccard(index.shingles(d), index.shingles(index.duplicate_of(d))) >= t_threshold;
  }
  // Co-clustered pairs: precision by direct Jaccard and by planted family.
  std::vector<uint32_t> cluster_size(index.size(), 0);
  for (uint32_t d = 0; d < index.size(); ++d) ++cluster_size[index.cluster(d)];
  std::unordered_map<uint32_t, std::vector<uint32_t>> members;  // clusters of 2+ documents
  for (uint32_t d = 0; d < index.size(); ++d) {
    const uint32_t c = index.cluster(d);
    if (cluster_size[c] > 1) members[c].push_back(d);
  }
  uint64_t clusters_multi = 0, docs_multi = 0, co_pairs = 0, co_direct = 0, co_family = 0, skipped = 0;
  auto family = [&](uint64_t d) {
    const uint64_t s = corpus.source(d);
    return s == neardup_gen::Corpus::kNone ? d : s;
  };
  for (auto& [c, ds] : members) {
    if (ds.size() < 2) continue;
    ++clusters_multi;
    docs_multi += ds.size();
    if (ds.size() > 2000) {
      ++skipped;
      continue;
    }
    for (size_t a = 0; a < ds.size(); ++a)
      for (size_t b = a + 1; b < ds.size(); ++b) {
        ++co_pairs;
        co_direct += jaccard(index.shingles(ds[a]), index.shingles(ds[b])) >= t_threshold;
        co_family += family(ds[a]) == family(ds[b]);
      }
  }
  const auto& c = index.counters();
  const double rss = peak_rss_mb();
  auto ratio = [](uint64_t a, uint64_t b) {
    return b ? static_cast<double>(a) / static_cast<double>(b) : 1.0;
  };
  std::printf(
      "{\"documents\":%llu,\"threads\":%u,\"shingle\":%u,\"bands\":%u,\"rows\":%u,\"threshold\":%.2f,"
      "\"copy_fraction\":%.2f,\"max_strength\":%.2f,\"avg_words\":%.1f,"
      "\"generate_s\":%.2f,\"sketch_s\":%.2f,\"index_s\":%.2f,\"dedup_s\":%.2f,\"dedup_docs_per_s\":%.0f,"
      "\"candidates\":%llu,\"verified_pairs\":%llu,\"near_duplicates\":%llu,\"truncated_buckets\":%llu,"
      "\"clusters_multi\":%llu,\"docs_in_multi\":%llu,"
      "\"planted_pairs\":%llu,\"planted_pairs_j_ge_t\":%llu,\"planted_recall\":%.4f,"
      "\"planted_any_recall\":%.4f,\"reported_precision\":%.4f,"
      "\"cocluster_pairs\":%llu,\"cocluster_direct_precision\":%.4f,\"cocluster_family_precision\":%.4f,"
      "\"index_mb\":%.1f,\"bytes_per_doc\":%.0f,\"peak_rss_mb\":%.1f",
      static_cast<unsigned long long>(n), threads, o.shingle, o.bands, o.rows, o.threshold,
      spec.copy_fraction, spec.max_strength, n ? static_cast<double>(words) / n : 0.0, gen_s, sketch_s, add_s,
      dedup_s, dedup_s > 0 ? n / dedup_s : 0.0, static_cast<unsigned long long>(c.candidates),
      static_cast<unsigned long long>(c.verified_pairs), static_cast<unsigned long long>(c.near_duplicates),
      static_cast<unsigned long long>(c.truncated_buckets), static_cast<unsigned long long>(clusters_multi),
      static_cast<unsigned long long>(docs_multi), static_cast<unsigned long long>(planted),
      static_cast<unsigned long long>(planted_true), ratio(planted_found, planted_true),
      ratio(planted_found_all, planted), ratio(reported_ok, reported),
      static_cast<unsigned long long>(co_pairs), ratio(co_direct, co_pairs), ratio(co_family, co_pairs),
      index.memory_bytes() / 1e6, n ? static_cast<double>(index.memory_bytes()) / n : 0.0, rss);
  if (skipped) std::printf(",\"clusters_skipped_over_2000\":%llu", static_cast<unsigned long long>(skipped));

  if (exact) {
    // The full exact reference.
    const auto t = Clock::now();
    std::vector<std::vector<uint32_t>> sets(index.size());
    for (uint32_t d = 0; d < index.size(); ++d)
      sets[d].assign(index.shingles(d).begin(), index.shingles(d).end());
    const auto ref = exact_pairs_inverted(sets, t_threshold);
    const auto ref_cluster = clusters_from_pairs(sets.size(), ref);
    const double exact_s = since(t);
    uint64_t ref_co = 0, edge_found = 0;
    for (auto [a, b] : ref) ref_co += index.cluster(a) == index.cluster(b);
    // Verified pairs the index found directly.
    std::vector<std::pair<uint32_t, uint32_t>> found;
    for (const auto& p : index.pairs()) found.push_back(p.first);
    std::sort(found.begin(), found.end());
    for (auto p : ref) edge_found += std::binary_search(found.begin(), found.end(), p);
    // Co-clustered pairs (by the index) that the reference clustering also puts together.
    uint64_t lsh_pairs = 0, lsh_pairs_ok = 0;
    for (auto& [cl, ds] : members) {
      if (ds.size() < 2 || ds.size() > 2000) continue;
      for (size_t a = 0; a < ds.size(); ++a)
        for (size_t b = a + 1; b < ds.size(); ++b) {
          ++lsh_pairs;
          lsh_pairs_ok += ref_cluster[ds[a]] == ref_cluster[ds[b]];
        }
    }
    uint64_t same_cluster_docs = 0;
    for (uint32_t d = 0; d < index.size(); ++d) same_cluster_docs += ref_cluster[d] == index.cluster(d);
    std::printf(
        ",\"exact_s\":%.2f,\"exact_pairs\":%llu,\"exact_pair_recall\":%.4f,\"exact_edge_recall\":%.4f,"
        "\"exact_cluster_precision\":%.4f,\"docs_with_same_cluster_as_exact\":%.4f",
        exact_s, static_cast<unsigned long long>(ref.size()), ratio(ref_co, ref.size()),
        ratio(edge_found, ref.size()), ratio(lsh_pairs_ok, lsh_pairs),
        ratio(same_cluster_docs, index.size()));
  }
  std::printf("}\n");
  return 0;
}
