// claimtrace — the event verbs of the command line.
#include "cli/events_cli.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimtrace/events.h"
#include "claimtrace/petrarch.h"
#include "claimtrace/pipeline.h"

namespace claimtrace {

int eval_events_plover_command(const std::string& path, size_t verbose, std::FILE* out) {
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
    const double tp_before = score.triple_tp;
    score_event(g, record.events, score);
    if (verbose > 0 && score.triple_tp == tp_before) {
      --verbose;
      auto codes = [](const std::vector<PloverActor>& v) {
        std::string s;
        for (const auto& a : v) s += (s.empty() ? "" : "+") + a.code;
        return s.empty() ? std::string("-") : s;
      };
      const int32_t p = primary_event(record.events);
      std::fprintf(out, "%s\n  gold %s %s %s\n", g.id.c_str(), codes(g.source).c_str(), g.event.c_str(),
                   codes(g.target).c_str());
      if (p < 0) {
        std::fprintf(out, "  ours: no event\n");
      } else {
        const Event& e = record.events[size_t(p)];
        auto actor = [&](const EventActor& a) {
          if (a.mention < 0) return std::string("-");
          return (a.code.empty() ? std::string("?") : a.code) + " (" +
                 std::string(record.doc.text.substr(a.span.begin, a.span.end - a.span.begin)) + ")";
        };
        std::fprintf(out, "  ours %s %s %s  trigger \"%.*s\"\n", actor(e.source).c_str(), e.type.c_str(),
                     actor(e.target).c_str(), int(e.trigger.end - e.trigger.begin),
                     record.doc.text.data() + e.trigger.begin);
      }
    }
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

namespace {

Result<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::not_found, path, "cannot open the file"};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

int eval_events_petrarch_command(const std::string& path, size_t verbose, std::FILE* out) {
  auto fail = [](const Error& e) {
    std::fprintf(stderr, "claimtrace eval events: %s%s\n", e.to_string().c_str(),
                 e.code == ErrorCode::not_found ? " (the PETRARCH2 unit tests live in "
                                                  "../shared/data/cameo-validation/petrarch2/"
                                                  "PETR.UnitTest.records.xml)"
                                                : "");
    return 1;
  };
  if (!std::filesystem::is_regular_file(path)) return fail(Error{ErrorCode::not_found, path, "no such file"});
  auto records = read_petrarch_records(path);
  if (!records.ok()) return fail(records.error());
  const PetrarchEnvironment& env = records.value().environment;
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  auto dictionary = [&](const std::string& file,
                        const char* what) -> Result<std::pair<std::string, std::string>> {
    if (file.empty()) return Error{ErrorCode::resource, path, std::string("<Environment> names no ") + what};
    const std::string p = (dir / file).string();
    auto text = slurp(p);
    if (!text.ok()) return text.error();
    return std::pair{p, std::move(text).value()};
  };
  auto verbs_file = dictionary(env.verbfile, "<Verbfile>");
  if (!verbs_file.ok()) return fail(verbs_file.error());
  auto actors_file = dictionary(env.actorfile, "<Actorfile>");
  if (!actors_file.ok()) return fail(actors_file.error());
  auto agents_file = dictionary(env.agentfile, "<Agentfile>");
  if (!agents_file.ok()) return fail(agents_file.error());
  std::vector<std::string> discards;
  if (!env.discardfile.empty()) {
    auto d = dictionary(env.discardfile, "<Discardfile>");
    if (!d.ok()) return fail(d.error());
    discards = parse_petrarch_discards(d.value().second);
  }
  auto verbs = petrarch_verb_lexicon(verbs_file.value().second, verbs_file.value().first);
  if (!verbs.ok()) return fail(verbs.error());
  auto actors = petrarch_actor_lexicon(actors_file.value().second, actors_file.value().first,
                                       agents_file.value().second, agents_file.value().first);
  if (!actors.ok()) return fail(actors.error());

  auto t0 = std::chrono::steady_clock::now();
  PipelineOptions options;
  options.lexicon = &actors.value();
  options.verbs = &verbs.value();
  auto pipeline = Pipeline::create(options);
  if (!pipeline.ok()) return fail(pipeline.error());
  Scratch scratch;
  Record record;
  PetrarchScore score;
  score.keep_mismatches = verbose;
  size_t discarded = 0;
  const std::vector<Event> none;
  for (const PetrarchRecord& g : records.value().records) {
    // A sentence holding a discard phrase is not coded (PETRARCH's discard dictionary).
    if (petrarch_discarded(g.text, discards)) {
      ++discarded;
      score_petrarch(g, none, score);
      continue;
    }
    Document doc;
    doc.id = g.id;
    doc.text = g.text;
    doc.published = g.date;
    doc.format = "txt";
    pipeline.value().process(std::move(doc), scratch, record);
    score_petrarch(g, record.events, score);
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * double(a) / double(b) : 0.0; };
  const double tp = double(score.tp), fp = double(score.fp), fn = double(score.fn);
  const double p = tp + fp > 0 ? tp / (tp + fp) : 0, r = tp + fn > 0 ? tp / (tp + fn) : 0;
  std::fprintf(out,
               "%s: %zu records (%zu discarded), %zu verb forms, %zu patterns, %zu actor entries, %.2f s\n",
               path.c_str(), score.records, discarded, verbs.value().forms(), verbs.value().patterns(),
               actors.value().entries().size(), secs);
  std::fprintf(out, "coded exactly  %zu / %zu  (%.1f%%)\n", score.exact, score.records,
               pct(score.exact, score.records));
  std::fprintf(out, "per category:");
  for (const auto& [cat, counts] : score.by_category)
    std::fprintf(out, " %s %zu/%zu", cat.c_str(), counts.first, counts.second);
  std::fprintf(out, "\n");
  std::fprintf(out,
               "triples (source, target, CAMEO code)  P %.1f  R %.1f  F1 %.1f  (tp %zu, fp %zu, fn %zu)\n",
               100 * p, 100 * r, p + r > 0 ? 200 * p * r / (p + r) : 0.0, score.tp, score.fp, score.fn);
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : "; ") + x;
    return s.empty() ? std::string("(none)") : s;
  };
  for (const PetrarchMismatch& m : score.mismatches) {
    std::fprintf(out, "\n%s [%s] %s\n  gold: %s\n  ours: %s\n", m.id.c_str(), m.category.c_str(),
                 m.text.c_str(), join(m.gold).c_str(), join(m.ours).c_str());
  }
  return 0;
}

}  // namespace claimtrace
