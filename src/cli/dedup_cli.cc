// claimtrace — `claimtrace dedup`: near-duplicate clusters of the inputs (docs/neardup.md).
#include "cli/dedup_cli.h"

#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <thread>

#include "claimtrace/neardup.h"
#include "claimtrace/reader.h"

namespace claimtrace {

CLI::App* add_dedup_command(CLI::App& app, DedupArgs& a) {
  auto* cmd = app.add_subcommand(
      "dedup",
      "Near-duplicate clusters (MinHash + LSH, verified by exact Jaccard): id<TAB>cluster per document");
  cmd->add_option("inputs", a.inputs, "Files, directories (read recursively) or - for stdin")->required();
  cmd->add_flag("--lines", a.lines, "Plain-text inputs hold one article per line");
  cmd->add_option("--input-format", a.input_format, "auto (by extension), txt, html, jsonl, lines")
      ->capture_default_str();
  cmd->add_option("--threshold", a.threshold, "Jaccard similarity of near-duplicates, in (0, 1]")
      ->capture_default_str();
  cmd->add_option("--bands", a.bands, "LSH bands")->capture_default_str();
  cmd->add_option("--rows", a.rows, "MinHash values per band")->capture_default_str();
  cmd->add_option("--shingle", a.shingle, "Words per shingle")->capture_default_str();
  cmd->add_option("--seed", a.seed, "Hashing seed (0: the built-in one)");
  cmd->add_option("--threads", a.threads, "Signature threads (default: all cores)");
  cmd->add_flag("--quiet", a.quiet, "No summary (rejects are still reported)");
  cmd->add_flag("--allow-rejects", a.allow_rejects, "Exit 0 even when some inputs were rejected");
  return cmd;
}

int dedup_command(const DedupArgs& a) {
  const auto t0 = std::chrono::steady_clock::now();
  NearDupOptions o;
  o.threshold = a.threshold;
  o.bands = a.bands;
  o.rows = a.rows;
  o.shingle = a.shingle;
  if (a.seed) o.seed = a.seed;
  auto params = NearDupParams::create(o);
  if (!params) {
    std::fprintf(stderr, "claimtrace dedup: %s\n", params.error().message.c_str());
    return 1;
  }
  auto format = parse_input_format(a.input_format);
  if (!format) {
    std::fprintf(stderr, "claimtrace dedup: %s\n", format.error().to_string().c_str());
    return 1;
  }
  ReadOptions ro;
  ro.format = format.value();
  ro.lines = a.lines;
  const unsigned threads = a.threads ? a.threads : std::max(1u, std::thread::hardware_concurrency());

  NearDupIndex index(params.value());
  DocumentReader reader(a.inputs, ro);
  std::vector<Document> docs;
  std::vector<Reject> rejects;
  std::vector<std::string_view> texts;
  uint64_t rejected = 0;
  try {
    while (reader.next_batch(docs, rejects, 4096, size_t{32} << 20)) {
      for (const Reject& r : rejects) {
        ++rejected;
        std::fprintf(stderr, "claimtrace dedup: rejected %s: %s [%s]\n", r.where.c_str(), r.message.c_str(),
                     error_code_name(r.code));
      }
      texts.clear();
      for (const Document& d : docs) texts.push_back(d.text);
      std::vector<NearDupSketch> sketches = near_dup_sketches(texts, index.params(), threads);
      for (size_t i = 0; i < docs.size(); ++i) index.add(std::move(docs[i].id), std::move(sketches[i]));
      docs.clear();
      rejects.clear();
    }
  } catch (const std::exception& e) {  // out of memory, mostly: no exception crosses the CLI boundary
    std::fprintf(stderr, "claimtrace dedup: stopped after %zu documents: %s\n", index.size(), e.what());
    return 1;
  }

  std::string out;
  uint64_t clustered = 0;
  size_t clusters = 0;
  std::vector<uint32_t> size(index.size(), 0);
  for (uint32_t d = 0; d < index.size(); ++d) ++size[index.cluster(d)];
  for (uint32_t d = 0; d < index.size(); ++d) {
    const uint32_t c = index.cluster(d);
    clusters += c == d;
    clustered += size[c] > 1;
    out += index.id(d);
    out.push_back('\t');
    out += index.id(c);
    out.push_back('\n');
    if (out.size() > (1 << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (!a.quiet) {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const auto& c = index.counters();
    std::fprintf(
        stderr,
        "claimtrace dedup: %zu documents, %zu clusters, %llu documents in multi-document clusters, "
        "%llu near-duplicates; %llu candidate pairs, %llu verified; rejected %llu\n",
        index.size(), clusters, static_cast<unsigned long long>(clustered),
        static_cast<unsigned long long>(c.near_duplicates), static_cast<unsigned long long>(c.candidates),
        static_cast<unsigned long long>(c.verified_pairs), static_cast<unsigned long long>(rejected));
    std::fprintf(stderr,
                 "claimtrace dedup: shingle %u, %u bands x %u rows, threshold %.2f; %.2f s, %.0f docs/s, "
                 "index %.1f MB, peak RSS %.1f MB\n",
                 params.value().shingle(), params.value().bands(), params.value().rows(),
                 params.value().threshold(), seconds, seconds > 0 ? index.size() / seconds : 0.0,
                 index.memory_bytes() / 1e6, ru.ru_maxrss / 1024.0);
  }
  if (rejected > 0 && !a.allow_rejects) return 3;
  return 0;
}

}  // namespace claimtrace
