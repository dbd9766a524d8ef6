// claimtrace — the command line. A thin layer: every verb maps onto the library (include/claimtrace/).
#include <sys/resource.h>
#ifdef CLAIMTRACE_WITH_JEMALLOC
#include <jemalloc/jemalloc.h>
#endif

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "claimtrace/export.h"
#include "claimtrace/neardup.h"
#include "claimtrace/pipeline.h"
#include "claimtrace/reader.h"
#include "claimtrace/store.h"
#include "cli/attribution_cli.h"
#include "cli/claims_cli.h"
#include "cli/dedup_cli.h"
#include "cli/events_cli.h"
#include "cli/ner_cli.h"
#include "cli/stance_cli.h"

using namespace claimtrace;

namespace {

constexpr int kExitRejects = 3;  // some inputs were rejected (and --allow-rejects was not given)
constexpr int kExitFailure = 1;  // the run could not complete (store error, bad arguments)

struct RunArgs {
  std::vector<std::string> inputs;
  bool lines = false;
  std::string input_format = "auto";
  unsigned threads = 0;
  bool quiet = false;
  bool keep_duplicates = false;
  bool no_actors = false;
  bool no_ner = false;
  bool no_attributions = false;
  bool no_quantities = false;
  bool no_events = false;
  bool keep_actorless_events = false;
  bool allow_rejects = false;
  bool tokens = false;
  bool no_text = false;
  size_t max_reject_messages = 50;
};

void add_run_options(CLI::App* cmd, RunArgs& a) {
  cmd->add_option("inputs", a.inputs, "Files, directories (read recursively) or - for stdin")->required();
  cmd->add_flag("--lines", a.lines, "Plain-text inputs hold one article per line");
  cmd->add_option("--input-format", a.input_format, "auto (by extension), txt, html, jsonl, lines")
      ->capture_default_str();
  cmd->add_option("--threads", a.threads, "Worker threads (default: all cores)");
  cmd->add_flag("--quiet", a.quiet, "No progress line and no summary (rejects are still reported)");
  cmd->add_flag("--keep-duplicates", a.keep_duplicates, "Extract from duplicate paragraphs too");
  cmd->add_flag("--no-actors", a.no_actors, "Skip the actors stage (mentions stay empty)");
  cmd->add_flag("--no-ner", a.no_ner, "Actors from the lexicon only, without the NER model");
  cmd->add_flag("--no-attributions", a.no_attributions,
                "Skip the attributions stage (attributions stay empty)");
  cmd->add_flag("--no-quantities", a.no_quantities, "Skip the quantities stage (quantities stay empty)");
  cmd->add_flag("--no-events", a.no_events, "Skip the events stage (events stay empty)");
  cmd->add_flag("--keep-actorless-events", a.keep_actorless_events,
                "Also keep events with no actor on either side (dropped by default)");
  cmd->add_flag("--allow-rejects", a.allow_rejects, "Exit 0 even when some inputs were rejected");
}

std::string human_bytes(uint64_t b) {
  char buf[32];
  if (b >= 1000000) {
    std::snprintf(buf, sizeof buf, "%.1f MB", b / 1e6);
  } else if (b >= 1000) {
    std::snprintf(buf, sizeof buf, "%.1f kB", b / 1e3);
  } else {
    std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(b));
  }
  return buf;
}

// The allocator the executable runs on (bench reports it: jemalloc changes the figures by a few percent).
std::string allocator_name() {
#ifdef CLAIMTRACE_WITH_JEMALLOC
  const char* version = nullptr;
  size_t size = sizeof version;
  if (mallctl("version", &version, &size, nullptr, 0) == 0 && version) {
    const std::string_view v(version);  // "5.3.0-0-g<commit>"
    return "jemalloc " + std::string(v.substr(0, v.find('-')));
  }
  return "jemalloc";
#else
  return "system";
#endif
}

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

void print_summary(const RunStats& s) {
  std::string reasons;
  for (const auto& [k, v] : s.rejected_by_reason) {
    reasons += reasons.empty() ? " (" : ", ";
    reasons += k + ": " + std::to_string(v);
  }
  if (!reasons.empty()) reasons += ")";
  std::fprintf(stderr,
               "claimtrace: read %llu documents (%s) in %.2f s, %.1f MB/s: stored %llu, duplicates %llu, "
               "rejected %llu%s\n",
               static_cast<unsigned long long>(s.read + s.rejected), human_bytes(s.input_bytes).c_str(),
               s.seconds, s.seconds > 0 ? s.input_bytes / 1e6 / s.seconds : 0.0,
               static_cast<unsigned long long>(s.stored), static_cast<unsigned long long>(s.duplicates),
               static_cast<unsigned long long>(s.rejected), reasons.c_str());
  std::fprintf(stderr, "claimtrace: %llu paragraphs (%llu duplicate), %llu sentences, %llu warnings\n",
               static_cast<unsigned long long>(s.paragraphs),
               static_cast<unsigned long long>(s.duplicate_paragraphs),
               static_cast<unsigned long long>(s.sentences), static_cast<unsigned long long>(s.warnings));
  std::fprintf(stderr, "claimtrace: %llu mentions, %llu attributions, %llu quantities, %llu events\n",
               static_cast<unsigned long long>(s.mentions), static_cast<unsigned long long>(s.attributions),
               static_cast<unsigned long long>(s.quantities), static_cast<unsigned long long>(s.events));
}

// `claimtrace export`: events of records (JSONL from `extract`, or the store) in the chosen format on stdout.
int export_command(const std::string& format_name, const std::string& db,
                   const std::vector<std::string>& inputs) {
  auto format = parse_export_format(format_name);
  if (!format.ok()) {
    std::fprintf(stderr, "claimtrace export: %s\n", format.error().message.c_str());
    return 2;
  }
  std::string out;
  write_export_header(format.value(), out);
  uint64_t id = 0;
  std::vector<EventRow> rows;
  auto flush = [&] {
    for (const EventRow& r : rows) write_export_row(format.value(), r, ++id, out);
    rows.clear();
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
  };
  if (inputs.empty()) {
    if (FILE* f = std::fopen(db.c_str(), "rb")) {
      std::fclose(f);
    } else {
      std::fprintf(stderr,
                   "claimtrace export: %s: no such store (create it with 'claimtrace ingest', or give "
                   "records from 'claimtrace extract')\n",
                   db.c_str());
      return 1;
    }
    auto store = SqliteStore::open(db);
    if (!store) {
      std::fprintf(stderr, "claimtrace export: %s\n", store.error().to_string().c_str());
      return 1;
    }
    if (auto st = store.value()->event_rows(rows); !st) {
      std::fprintf(stderr, "claimtrace export: %s\n", st.error().to_string().c_str());
      return 1;
    }
    flush();
    return 0;
  }
  for (const std::string& path : inputs) {
    std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) {
      std::fprintf(stderr, "claimtrace export: %s: cannot open\n", path.c_str());
      return 1;
    }
    std::string line;
    size_t line_no = 0;
    int c;
    bool bad = false;
    auto take = [&] {
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string::npos) return;
      if (auto st = event_rows_from_json(line, rows); !st) {
        std::fprintf(stderr, "claimtrace export: %s:%zu: %s\n", path.c_str(), line_no,
                     st.error().message.c_str());
        bad = true;
      }
      flush();
    };
    while ((c = std::fgetc(f)) != EOF) {
      if (c == '\n') {
        take();
        line.clear();
      } else {
        line.push_back(char(c));
      }
    }
    if (!line.empty()) take();
    if (f != stdin) std::fclose(f);
    if (bad) return 3;
  }
  return 0;
}

PipelineOptions pipeline_options(const RunArgs& a) {
  PipelineOptions po;
  po.keep_duplicates = a.keep_duplicates;
  po.actors = !a.no_actors;
  po.ner = !a.no_ner;
  po.attributions = !a.no_attributions;
  po.quantities = !a.no_quantities;
  po.events = !a.no_events;
  po.keep_actorless_events = a.keep_actorless_events;
  return po;
}

// Runs the pipeline over the inputs into `sink`; returns the exit status.
int run_verb(const RunArgs& a, Sink* sink, JsonOptions json, SqliteStore* store, const std::string& command,
             NearDupIndex* near_dups = nullptr) {
  auto format = parse_input_format(a.input_format);
  if (!format) {
    std::fprintf(stderr, "claimtrace: %s\n", format.error().to_string().c_str());
    return kExitFailure;
  }
  ReadOptions ro;
  ro.format = format.value();
  ro.lines = a.lines;
  DocumentReader reader(a.inputs, ro);
  Pipeline pipeline(pipeline_options(a));
  RunOptions opts;
  opts.threads = a.threads;
  opts.progress = !a.quiet;
  opts.json = json;
  opts.near_dups = near_dups;
  size_t shown = 0;
  RunStats stats = run(reader, pipeline, sink, opts, [&](const Reject& r) {
    if (shown++ < a.max_reject_messages) {
      std::fprintf(stderr, "claimtrace: rejected %s: %s [%s]\n", r.where.c_str(), r.message.c_str(),
                   error_code_name(r.code));
    } else if (shown == a.max_reject_messages + 1) {
      std::fprintf(stderr, "claimtrace: more rejects follow; they are counted in the summary\n");
    }
  });
  if (store) {
    if (auto st = store->record_run(stats, command); !st) {
      std::fprintf(stderr, "claimtrace: %s\n", st.error().to_string().c_str());
    }
    if (near_dups && stats.sink_error.empty()) {
      if (auto st = store->write_stories(*near_dups); !st)
        std::fprintf(stderr, "claimtrace: %s\n", st.error().to_string().c_str());
    }
  }
  if (!a.quiet) print_summary(stats);
  if (!a.quiet && near_dups)
    std::fprintf(stderr, "claimtrace: near_duplicates %llu (near-duplicate detection, docs/neardup.md)\n",
                 static_cast<unsigned long long>(stats.near_duplicates));
  if (!stats.sink_error.empty()) {
    std::fprintf(stderr, "claimtrace: stopped: %s\n", stats.sink_error.c_str());
    return kExitFailure;
  }
  if (stats.rejected > 0 && !a.allow_rejects) return kExitRejects;
  return 0;
}

std::string join_command(int argc, char** argv) {
  std::string s;
  for (int i = 0; i < argc; ++i) {
    if (i) s.push_back(' ');
    s += argv[i];
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "claimtrace — who claims what, about whom, with what figures; who denies it; where it was repeated"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "claimtrace 0.1.0 (record schema 1)");

  RunArgs ex;
  std::string out_format = "jsonl";
  auto* extract =
      app.add_subcommand("extract", "Read inputs and stream one JSON record per document to stdout");
  add_run_options(extract, ex);
  extract->add_option("--format", out_format, "Output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->capture_default_str();
  extract->add_flag("--tokens", ex.tokens, "Also write tokens");
  extract->add_flag("--no-text", ex.no_text, "Leave the document text out of records");

  RunArgs in;
  std::string db = "claimtrace.db";
  auto* ingest = app.add_subcommand("ingest", "Read inputs and store records in the SQLite store");
  add_run_options(ingest, in);
  ingest->add_option("--db", db, "SQLite store")->capture_default_str();
  bool no_near_dups = false;
  ingest->add_flag("--no-near-dups", no_near_dups, "Skip near-duplicate detection (the stories table)");

  std::string stats_db = "claimtrace.db";
  auto* stats = app.add_subcommand("stats", "Summarize the store");
  stats->add_option("--db", stats_db, "SQLite store")->capture_default_str();

  std::string export_db = "claimtrace.db", export_format = "plover";
  std::vector<std::string> export_inputs;
  auto* exp = app.add_subcommand("export", "Export events: GDELT-style TSV, PLOVER JSON lines or CSV");
  exp->add_option("--format", export_format, "gdelt, plover or csv")->capture_default_str();
  exp->add_option("--db", export_db, "SQLite store to read (when no INPUT is given)")->capture_default_str();
  exp->add_option("inputs", export_inputs,
                  "Records as 'claimtrace extract' writes them (JSONL files, - for stdin)");

  ClaimsArgs claims_args;
  auto* claims = app.add_subcommand(
      "claims", "The claims board: claims across the store's articles, who asserts and who denies them");
  claims->add_option("--db", claims_args.db, "SQLite store")->capture_default_str();
  claims->add_flag("--json", claims_args.json, "One JSON object per claim instead of the board");
  claims->add_option("--limit", claims_args.limit, "Claims shown on the board")->capture_default_str();
  claims->add_option("--threshold", claims_args.threshold, "Cosine a statement needs to join a claim")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  claims->add_flag("--no-save", claims_args.no_save, "Do not write the claims tables of the store");
  claims->add_flag("--no-classifier", claims_args.no_classifier,
                   "Article stance from the positions of the article's statements, not the FNC-1 classifier");

  RunArgs be;
  bool bench_serialize = false;
  auto* bench =
      app.add_subcommand("bench", "Throughput: read + segment + dedup, output discarded; MB/s, docs/s, RSS");
  add_run_options(bench, be);
  bench->add_flag("--serialize", bench_serialize, "Also serialize records to JSON (as extract does)");

  std::string ner_conll;
  auto* ner =
      app.add_subcommand("ner", "Tag a CoNLL file: writes it back with one more column, the predicted tag");
  ner->add_option("--conll", ner_conll, "CoNLL-2003 file (token POS chunk NER)")->required();

  auto* eval = app.add_subcommand("eval", "Evaluate a stage against gold data");
  eval->require_subcommand(1);
  std::string eval_ner_conll;
  auto* eval_ner =
      eval->add_subcommand("ner", "Entity-level precision / recall / F1 per type (conlleval rules)");
  eval_ner->add_option("--conll", eval_ner_conll, "CoNLL-2003 file with gold tags in the last column")
      ->required();

  std::vector<std::string> polnear_dirs;
  auto* eval_attr =
      eval->add_subcommand("attribution", "Attribution P / R / F1 per role and relation F1 on PolNeAR");
  eval_attr
      ->add_option(
          "--polnear", polnear_dirs,
          "PolNeAR directory holding text/ and attributions/ (with --agreement: one or more, pooled)")
      ->required();
  bool eval_attr_baseline = false;
  std::string eval_attr_model;
  eval_attr->add_flag("--baseline", eval_attr_baseline,
                      "Score the naive reporting-verb rule instead of the model");
  eval_attr->add_option("--model", eval_attr_model, "Attribution model file (default: the built-in one)");
  bool eval_attr_agreement = false;
  eval_attr->add_flag("--agreement", eval_attr_agreement,
                      "Inter-annotator agreement: each later annotator of an article against the first, and "
                      "the model against the first on the same articles");
  std::string eval_attr_dump;
  eval_attr->add_option("--dump", eval_attr_dump,
                        "Also write gold and predicted attributions per article (JSONL)");

  std::string plover_file, petrarch_file;
  size_t petrarch_verbose = 0;
  auto* eval_events = eval->add_subcommand(
      "events", "Event accuracy and triple F1 on PLOVER, or exact coding of the PETRARCH2 unit tests");
  auto* plover_opt = eval_events->add_option(
      "--plover", plover_file, "PLOVER gold JSON (e.g. ../shared/data/plover/PLOVER_GSR_dev.json)");
  auto* petrarch_opt =
      eval_events->add_option("--petrarch", petrarch_file,
                              "PETRARCH2 unit-test records (e.g. "
                              "../shared/data/cameo-validation/petrarch2/PETR.UnitTest.records.xml)");
  plover_opt->excludes(petrarch_opt);
  eval_events->add_flag("--verbose{20}", petrarch_verbose,
                        "Print the first N mismatches (--verbose=N; default 20)");

  auto* train = app.add_subcommand("train", "Train a model from gold data");
  train->require_subcommand(1);
  std::string train_file, dev_file, model_out = "models/ner.bin";
  int epochs = 0;
  uint64_t seed = 1;
  auto* train_ner = train->add_subcommand("ner", "Train the named-entity recognizer on CoNLL-2003");
  train_ner->add_option("--train", train_file, "Training file (CoNLL)")->required();
  train_ner->add_option("--dev", dev_file, "Development file (CoNLL): picks the epoch")->required();
  train_ner->add_option("--out", model_out, "Model file to write")->capture_default_str();
  train_ner->add_option("--epochs", epochs, "Epochs (0: the trainer's default)");
  train_ner->add_option("--seed", seed, "Shuffling seed")->capture_default_str();

  std::string attr_train_dir, attr_dev_dir, attr_out = "models/attribution.bin";
  int attr_epochs = 10;
  auto* train_attr = train->add_subcommand("attribution", "Train the attribution taggers on PolNeAR");
  train_attr->add_option("--train", attr_train_dir, "PolNeAR training directory (text/, attributions/)")
      ->required();
  train_attr->add_option("--dev", attr_dev_dir, "PolNeAR development directory: picks the epoch")->required();
  train_attr->add_option("--out", attr_out, "Model file to write")->capture_default_str();
  train_attr->add_option("--epochs", attr_epochs, "Epochs (the best on dev is kept)")->capture_default_str();
  train_attr->add_option("--seed", seed, "Shuffling seed")->capture_default_str();
  double attr_gate_quantile = AttributionTrainOptions{}.gate_quantile;
  train_attr
      ->add_option(
          "--gate-quantile", attr_gate_quantile,
          "Cue gate: each opener's reach is this quantile of the distances to the gold cue tokens it "
          "covers (0: every opener the same reach)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();

  DedupArgs dedup_args;
  auto* dedup = add_dedup_command(app, dedup_args);
  StanceCliArgs stance_args;
  add_stance_commands(app, *eval, *train, stance_args);

  CLI11_PARSE(app, argc, argv);
  if (*dedup) return dedup_command(dedup_args);
  if (int rc = run_stance_commands(stance_args); rc >= 0) return rc;
  if (*ner) return ner_conll_command(ner_conll, stdout);
  if (*eval_ner) return eval_ner_command(eval_ner_conll, stdout);
  if (*eval_events) {
    if (!petrarch_file.empty()) return eval_events_petrarch_command(petrarch_file, petrarch_verbose, stdout);
    if (plover_file.empty()) {
      std::fprintf(stderr, "claimtrace eval events: give --plover FILE or --petrarch FILE\n");
      return 2;
    }
    return eval_events_plover_command(plover_file, petrarch_verbose, stdout);
  }
  if (*eval_attr && eval_attr_agreement) {
    if (eval_attr_baseline || !eval_attr_dump.empty()) {
      std::fprintf(stderr, "claimtrace eval attribution: --agreement takes neither --baseline nor --dump\n");
      return 2;
    }
    return eval_agreement_command(polnear_dirs, eval_attr_model, stdout);
  }
  if (*eval_attr && polnear_dirs.size() != 1) {
    std::fprintf(stderr,
                 "claimtrace eval attribution: one --polnear directory (several only with --agreement)\n");
    return 2;
  }
  if (*eval_attr)
    return eval_attribution_command(polnear_dirs.front(), eval_attr_baseline, eval_attr_model, eval_attr_dump,
                                    stdout);
  if (*train_attr)
    return train_attribution_command(attr_train_dir, attr_dev_dir, attr_out, attr_epochs, seed,
                                     attr_gate_quantile);
  if (*train_ner) return train_ner_command(train_file, dev_file, model_out, epochs, seed);
  const std::string command = join_command(argc, argv);

  if (*extract) {
    JsonlSink sink(stdout);
    JsonOptions jo;
    jo.tokens = ex.tokens;
    jo.text = !ex.no_text;
    return run_verb(ex, &sink, jo, nullptr, command);
  }
  if (*ingest) {
    auto store = SqliteStore::open(db);
    if (!store) {
      std::fprintf(stderr, "claimtrace: %s\n", store.error().to_string().c_str());
      return kExitFailure;
    }
    JsonOptions jo;
    jo.text = false;  // the store keeps the exact bytes in documents.text
    NearDupIndex near_dups;
    if (!no_near_dups) {
      // The documents stored by earlier runs first: a new copy clusters with a stored original.
      const auto t0 = std::chrono::steady_clock::now();
      auto st = store.value()->for_each_text(
          [&](const std::string& id, std::string_view text) { near_dups.add(id, text); });
      if (!st) {
        std::fprintf(stderr, "claimtrace: %s\n", st.error().to_string().c_str());
        return kExitFailure;
      }
      if (!in.quiet && near_dups.size() > 0)
        std::fprintf(stderr, "claimtrace: near-duplicates: %zu stored documents indexed in %.2f s\n",
                     near_dups.size(),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    int rc = run_verb(in, store.value().get(), jo, store.value().get(), command,
                      no_near_dups ? nullptr : &near_dups);
    if (!in.quiet) std::fprintf(stderr, "claimtrace: store %s\n", db.c_str());
    return rc;
  }
  if (*exp) return export_command(export_format, export_db, export_inputs);
  if (*claims) return claims_command(claims_args, stdout);
  if (*stats) {
    if (FILE* f = std::fopen(stats_db.c_str(), "rb")) {
      std::fclose(f);
    } else {
      std::fprintf(stderr, "claimtrace: %s: no such store (create it with 'claimtrace ingest')\n",
                   stats_db.c_str());
      return kExitFailure;
    }
    auto store = SqliteStore::open(stats_db);
    if (!store) {
      std::fprintf(stderr, "claimtrace: %s\n", store.error().to_string().c_str());
      return kExitFailure;
    }
    auto s = store.value()->stats();
    if (!s) {
      std::fprintf(stderr, "claimtrace: %s\n", s.error().to_string().c_str());
      return kExitFailure;
    }
    const auto& v = s.value();
    std::printf("store          %s (schema %d)\n", stats_db.c_str(), v.schema);
    std::printf("documents      %llu\n", static_cast<unsigned long long>(v.documents));
    std::printf("text           %s\n", human_bytes(v.text_bytes).c_str());
    std::printf("paragraphs     %llu (%llu duplicate)\n", static_cast<unsigned long long>(v.paragraphs),
                static_cast<unsigned long long>(v.duplicate_paragraphs));
    std::printf("sentences      %llu\n", static_cast<unsigned long long>(v.sentences));
    std::printf("warnings       %llu\n", static_cast<unsigned long long>(v.warnings));
    std::printf("mentions       %llu (%llu resolved to an actor)\n",
                static_cast<unsigned long long>(v.mentions),
                static_cast<unsigned long long>(v.resolved_mentions));
    if (!v.top_actors.empty()) {
      std::printf("top actors    ");
      for (const auto& [code, n] : v.top_actors)
        std::printf(" %s %llu", code.c_str(), static_cast<unsigned long long>(n));
      std::printf("\n");
    }
    std::printf("attributions   %llu", static_cast<unsigned long long>(v.attributions));
    for (size_t k = 0; k < v.attributions_by_stance.size(); ++k)
      std::printf("%s%s %llu", k ? ", " : " (", v.attributions_by_stance[k].first.c_str(),
                  static_cast<unsigned long long>(v.attributions_by_stance[k].second));
    std::printf("%s\n", v.attributions_by_stance.empty() ? "" : ")");
    std::printf("quantities     %llu\n", static_cast<unsigned long long>(v.quantities));
    std::printf("events         %llu", static_cast<unsigned long long>(v.events));
    for (size_t k = 0; k < v.events_by_type.size(); ++k)
      std::printf("%s%s %llu", k ? ", " : " (", v.events_by_type[k].first.c_str(),
                  static_cast<unsigned long long>(v.events_by_type[k].second));
    std::printf("%s\n", v.events_by_type.empty() ? "" : ")");
    std::printf("stories        %llu clusters of near-duplicates (%llu documents)\n",
                static_cast<unsigned long long>(v.story_clusters),
                static_cast<unsigned long long>(v.story_documents));
    std::printf("runs           %llu\n", static_cast<unsigned long long>(v.runs));
    return 0;
  }
  if (*bench) {
    JsonOptions jo;
    struct NullSink : Sink {
      Result<WriteOutcome> write(const Record&, std::string_view) override { return WriteOutcome::stored; }
    } null_sink;
    auto format = parse_input_format(be.input_format);
    if (!format) {
      std::fprintf(stderr, "claimtrace: %s\n", format.error().to_string().c_str());
      return kExitFailure;
    }
    ReadOptions ro;
    ro.format = format.value();
    ro.lines = be.lines;
    DocumentReader reader(be.inputs, ro);
    // Start-up (the resources loaded and compiled) is timed apart: `seconds` is the run alone.
    const auto t_startup = std::chrono::steady_clock::now();
    Pipeline pipeline(pipeline_options(be));
    const double startup =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t_startup).count();
    RunOptions opts;
    opts.threads = be.threads;
    opts.progress = false;
    opts.serialize = bench_serialize;
    opts.json = jo;
    RunStats s = run(reader, pipeline, &null_sink, opts, nullptr);
    unsigned threads = be.threads ? be.threads : std::max(1u, std::thread::hardware_concurrency());
    std::printf(
        "{\"threads\":%u,\"documents\":%llu,\"rejected\":%llu,\"input_bytes\":%llu,\"seconds\":%.3f,"
        "\"mb_per_s\":%.1f,\"docs_per_s\":%.0f,\"paragraphs\":%llu,\"sentences\":%llu,\"tokens\":%llu,"
        "\"serialize\":%s,\"actors\":%s,\"ner\":%s,\"attributions\":%s,\"quantities\":%s,\"events\":%s,"
        "\"peak_rss_mb\":%.1f,\"allocator\":\"%s\",\"startup_seconds\":%.3f,",
        threads, static_cast<unsigned long long>(s.read), static_cast<unsigned long long>(s.rejected),
        static_cast<unsigned long long>(s.input_bytes), s.seconds, s.input_bytes / 1e6 / s.seconds,
        s.read / s.seconds, static_cast<unsigned long long>(s.paragraphs),
        static_cast<unsigned long long>(s.sentences), static_cast<unsigned long long>(s.tokens),
        bench_serialize ? "true" : "false", be.no_actors ? "false" : "true",
        (be.no_actors || be.no_ner) ? "false" : "true", be.no_attributions ? "false" : "true",
        be.no_quantities ? "false" : "true", be.no_events ? "false" : "true", peak_rss_mb(),
        allocator_name().c_str(), startup);
    // Where the time went (thread-seconds per stage; the rest of `seconds` is reading and waiting).
    std::printf("\"stage_seconds\":{");
    bool first = true;
    for (const auto& [name, seconds] : s.stage_seconds.named()) {
      std::printf("%s\"%s\":%.3f", first ? "" : ",", name, seconds);
      first = false;
    }
    std::printf("}}\n");
    return 0;
  }
  return 0;
}
