// claimtrace — the event verbs of the command line.
#include "cli/events_cli.h"

#include <chrono>

#include "claimtrace/events.h"
#include "claimtrace/pipeline.h"

namespace claimtrace {

int eval_events_plover_command(const std::string& path, std::FILE* out) {
  auto gold = read_plover(path);
  if (!gold.ok()) {
    const Error& e = gold.error();
    std::fprintf(stderr, "claimtrace eval events: %s%s\n", e.to_string().c_str(),
                 e.code == ErrorCode::not_found
                     ? " (PLOVER gold lives in ../shared/data/plover/PLOVER_GSR_dev.json)"
                     : "");
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  Pipeline pipeline;
  Scratch scratch;
  Record record;
  EventScore score;
  for (const PloverRecord& g : gold.value()) {
    Document doc;
    doc.id = g.id;
    doc.text = g.text;
    doc.published = g.date;
    doc.format = "txt";
    pipeline.process(std::move(doc), scratch, record);
    score_event(g, record.events, score);
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * double(a) / double(b) : 0.0; };
  const double p =
      score.triple_tp + score.triple_fp > 0 ? score.triple_tp / (score.triple_tp + score.triple_fp) : 0;
  const double r =
      score.triple_tp + score.triple_fn > 0 ? score.triple_tp / (score.triple_tp + score.triple_fn) : 0;
  std::fprintf(out, "%s: %zu records, %zu with an event found, %.2f s\n", path.c_str(), score.records,
               score.with_event, secs);
  std::fprintf(out, "event type accuracy   %5.1f  (%zu / %zu)\n", pct(score.type_correct, score.records),
               score.type_correct, score.records);
  std::fprintf(out, "source code accuracy  %5.1f  (%zu / %zu records with a gold source)\n",
               pct(score.source_correct, score.source_gold), score.source_correct, score.source_gold);
  std::fprintf(out, "target code accuracy  %5.1f  (%zu / %zu records with a gold target)\n",
               pct(score.target_correct, score.target_gold), score.target_correct, score.target_gold);
  std::fprintf(out, "triple (source, type, target)  P %.1f  R %.1f  F1 %.1f  (tp %.0f, fp %.0f, fn %.0f)\n",
               100 * p, 100 * r, p + r > 0 ? 200 * p * r / (p + r) : 0.0, score.triple_tp, score.triple_fp,
               score.triple_fn);
  std::fprintf(out, "type accuracy per gold type:");
  auto by = score.by_type;
  std::sort(by.begin(), by.end(),
            [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
  for (const auto& [type, counts] : by)
    std::fprintf(out, " %s %zu/%zu", type.c_str(), counts.first, counts.second);
  std::fprintf(out, "\n");
  return 0;
}

}  // namespace claimtrace
