// claimtrace — the stance (FNC-1) and check-worthiness verbs of the command line.
#include "cli/stance_cli.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>

#include "claimtrace/reader.h"
#include "claimtrace/stance.h"

namespace claimtrace {

namespace {

namespace fs = std::filesystem;

struct Commands {
  CLI::App* stance = nullptr;
  CLI::App* eval_stance = nullptr;
  CLI::App* train_stance = nullptr;
  CLI::App* checkworthy = nullptr;
  CLI::App* eval_checkworthy = nullptr;
  CLI::App* train_checkworthy = nullptr;
};
Commands commands;

constexpr const char* kDataHint = " (the FNC-1 data lives in ../shared/data/fnc-1/)";
constexpr size_t kHeldOutDebates = 10;  // the last 10 CheckThat debates in sorted file-name order

int fail(const char* verb, const Error& e, const char* hint = "") {
  std::fprintf(stderr, "claimtrace %s: %s%s\n", verb, e.to_string().c_str(),
               e.code == ErrorCode::not_found ? hint : "");
  return 1;
}

bool write_file(const std::string& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return false;
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return static_cast<bool>(f);
}

Result<StanceModel> stance_model(const std::string& path) {
  if (path.empty()) {
    if (StanceModel::builtin().empty())
      return Error{ErrorCode::resource, "", "no built-in stance model (train one: claimtrace train stance)"};
    return StanceModel::builtin();
  }
  auto bytes = read_file(path);
  if (!bytes) return bytes.error();
  auto m = StanceModel::load(bytes.value());
  if (!m) return Error{m.error().code, path, m.error().message};
  return m;
}

Result<CheckworthyModel> checkworthy_model(const std::string& path) {
  if (path.empty()) {
    if (CheckworthyModel::builtin().empty())
      return Error{ErrorCode::resource, "",
                   "no built-in check-worthiness model (claimtrace train checkworthy)"};
    return CheckworthyModel::builtin();
  }
  auto bytes = read_file(path);
  if (!bytes) return bytes.error();
  auto m = CheckworthyModel::load(bytes.value());
  if (!m) return Error{m.error().code, path, m.error().message};
  return m;
}

void csv_field(std::string& out, std::string_view f) {
  if (f.find_first_of(",\"\r\n") == std::string_view::npos) {
    out.append(f);
    return;
  }
  out.push_back('"');
  for (char c : f) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

int stance_command(const StanceCliArgs& a) {
  auto model = stance_model(a.model);
  if (!model) return fail("stance", model.error());
  auto pairs = read_fnc_stances(a.headlines);
  if (!pairs) return fail("stance", pairs.error());
  auto bodies = read_fnc_bodies(a.bodies);
  if (!bodies) return fail("stance", bodies.error());
  StanceScratch scratch;
  std::string out = "Headline,Body ID,Stance\n";
  for (const StancePair& p : pairs.value()) {
    auto it = bodies.value().find(p.body_id);
    if (it == bodies.value().end())
      return fail("stance", Error{ErrorCode::resource, a.headlines + ":" + std::to_string(p.line),
                                  "Body ID " + std::to_string(p.body_id) + " not in " + a.bodies});
    const StanceResult r = model.value().classify(p.headline, it->second, scratch);
    csv_field(out, p.headline);
    out += ',' + std::to_string(p.body_id) + ',' + fnc_stance_name(r.label) + '\n';
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

void print_fnc(const FncScore& sc, std::FILE* out) {
  std::fprintf(out, "FNC-1 score %.2f / %.2f = %.2f%%\n", sc.score(), sc.max_score(), 100 * sc.relative());
  std::fprintf(out, "confusion (rows gold, columns predicted):\n%-10s", "");
  for (int p = 0; p < kStanceCount; ++p)
    std::fprintf(out, " %9s", fnc_stance_name(static_cast<FncStance>(p)));
  std::fprintf(out, "\n");
  for (int g = 0; g < kStanceCount; ++g) {
    std::fprintf(out, "%-10s", fnc_stance_name(static_cast<FncStance>(g)));
    for (int p = 0; p < kStanceCount; ++p)
      std::fprintf(out, " %9llu", static_cast<unsigned long long>(sc.confusion[g][p]));
    std::fprintf(out, "\n");
  }
  std::fprintf(out, "F1:");
  for (int c = 0; c < kStanceCount; ++c)
    std::fprintf(out, " %s %.3f", fnc_stance_name(static_cast<FncStance>(c)),
                 sc.f1(static_cast<FncStance>(c)));
  std::fprintf(out, "  macro F1 %.3f\n", sc.macro_f1());
  uint64_t correct = 0;
  for (int c = 0; c < kStanceCount; ++c) correct += sc.confusion[c][c];
  std::fprintf(out, "accuracy %.2f%%\n", sc.total() ? 100.0 * double(correct) / double(sc.total()) : 0.0);
}

int eval_stance_command(const StanceCliArgs& a) {
  auto model = stance_model(a.model);
  if (!model) return fail("eval stance", model.error());
  auto pairs = read_fnc_stances(a.stances);
  if (!pairs) return fail("eval stance", pairs.error(), kDataHint);
  auto bodies = read_fnc_bodies(a.bodies);
  if (!bodies) return fail("eval stance", bodies.error(), kDataHint);
  FncScore sc;
  StanceScratch scratch;
  auto t0 = std::chrono::steady_clock::now();
  for (const StancePair& p : pairs.value()) {
    if (!p.has_stance)
      return fail("eval stance", Error{ErrorCode::resource, a.stances, "no Stance column: nothing to score"});
    auto it = bodies.value().find(p.body_id);
    if (it == bodies.value().end())
      return fail("eval stance", Error{ErrorCode::resource, a.stances + ":" + std::to_string(p.line),
                                       "Body ID " + std::to_string(p.body_id) + " not in " + a.bodies});
    sc.add(p.stance, model.value().classify(p.headline, it->second, scratch).label);
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%s: %zu pairs, %.2f s (%.0f pairs/s)\n", a.stances.c_str(), pairs.value().size(), secs,
              secs > 0 ? double(pairs.value().size()) / secs : 0.0);
  print_fnc(sc, stdout);
  return 0;
}

int train_stance_command(const StanceCliArgs& a) {
  auto pairs = read_fnc_stances(a.train);
  if (!pairs) return fail("train stance", pairs.error(), kDataHint);
  auto bodies = read_fnc_bodies(a.bodies);
  if (!bodies) return fail("train stance", bodies.error(), kDataHint);
  StanceTrainOptions opt;
  if (a.epochs1 > 0) opt.epochs1 = a.epochs1;
  if (a.epochs2 > 0) opt.epochs2 = a.epochs2;
  opt.seed = a.seed;
  if (a.weight_agree > 0) opt.weight_agree = a.weight_agree;
  if (a.weight_disagree > 0) opt.weight_disagree = a.weight_disagree;
  if (a.l2 >= 0) opt.l2 = a.l2;
  if (a.rate > 0) opt.rate = a.rate;
  if (a.threshold > 0) opt.threshold = a.threshold;
  std::vector<StancePair> dev;
  if (!a.dev.empty()) {
    auto d = read_fnc_stances(a.dev);
    if (!d) return fail("train stance", d.error(), kDataHint);
    dev = std::move(d).value();
    opt.dev = &dev;
    opt.dev_bodies = &bodies.value();
  }
  auto model = train_stance(pairs.value(), bodies.value(), opt, stderr);
  if (!model) return fail("train stance", model.error());
  const std::string bytes = model.value().serialize();
  if (!write_file(a.out, bytes)) {
    std::fprintf(stderr, "claimtrace train stance: cannot write %s\n", a.out.c_str());
    return 1;
  }
  std::fprintf(stderr, "wrote %s (%zu bytes)\n", a.out.c_str(), bytes.size());
  return 0;
}

// ---------------------------------------------------------------------------------------------------------

struct CheckworthyData {
  std::vector<std::string> train_debates, held_out;  // paths
  std::string claimbuster_train;
};

Result<CheckworthyData> checkworthy_data(const std::string& dir) {
  CheckworthyData d;
  const fs::path root(dir);
  const fs::path debates = root / "checkthat2020" / "v2.0" / "training";
  const fs::path cb = root / "claimbuster" / "train.json";
  std::error_code ec;
  if (!fs::is_directory(debates, ec) || !fs::is_regular_file(cb, ec))
    return Error{ErrorCode::not_found, dir,
                 "check-worthiness data not found: expected " + debates.string() + "/*.tsv and " +
                     cb.string() + " (the data lives in ../shared/data/checkworthy/)"};
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(debates, ec))
    if (e.path().extension() == ".tsv") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  if (files.size() <= kHeldOutDebates)
    return Error{ErrorCode::not_found, debates.string(), "too few CheckThat debates"};
  d.train_debates.assign(files.begin(), files.end() - kHeldOutDebates);
  d.held_out.assign(files.end() - kHeldOutDebates, files.end());
  d.claimbuster_train = cb.string();
  return d;
}

int checkworthy_command(const StanceCliArgs& a) {
  auto model = checkworthy_model(a.model);
  if (!model) return fail("checkworthy", model.error());
  auto sentences = read_checkthat(a.checkthat);
  if (!sentences) return fail("checkworthy", sentences.error());
  CheckworthyScratch scratch;
  for (const auto& s : sentences.value())
    std::printf("%u\t%.6f\n", s.line, model.value().score(s.text, scratch));
  return 0;
}

int eval_checkworthy_command(const StanceCliArgs& a) {
  auto model = checkworthy_model(a.model);
  if (!model) return fail("eval checkworthy", model.error());
  auto data = checkworthy_data(a.data);
  if (!data) return fail("eval checkworthy", data.error());
  CheckworthyScratch scratch;
  double map = 0, p5 = 0, p10 = 0;
  size_t n = 0, sentences = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (const std::string& path : data.value().held_out) {
    auto debate = read_checkthat(path);
    if (!debate) return fail("eval checkworthy", debate.error());
    std::vector<double> scores;
    std::vector<int> labels;
    for (const auto& s : debate.value()) {
      scores.push_back(model.value().score(s.text, scratch));
      labels.push_back(s.label);
    }
    sentences += scores.size();
    const double ap = average_precision(scores, labels);
    const double q5 = precision_at(scores, labels, 5), q10 = precision_at(scores, labels, 10);
    std::printf("%-45s %5zu sentences %3d check-worthy  AP %.4f  P@5 %.2f  P@10 %.2f\n",
                fs::path(path).filename().string().c_str(), scores.size(),
                static_cast<int>(std::count(labels.begin(), labels.end(), 1)), ap, q5, q10);
    map += ap, p5 += q5, p10 += q10;
    ++n;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("held-out debates: %zu (the last %zu in sorted order), %zu sentences, %.2f s\n", n,
              kHeldOutDebates, sentences, secs);
  std::printf("MAP %.4f  P@5 %.3f  P@10 %.3f\n", map / double(n), p5 / double(n), p10 / double(n));
  return 0;
}

int train_checkworthy_command(const StanceCliArgs& a) {
  auto data = checkworthy_data(a.data);
  if (!data) return fail("train checkworthy", data.error());
  auto t0 = std::chrono::steady_clock::now();
  auto cb = read_claimbuster(data.value().claimbuster_train);
  if (!cb) return fail("train checkworthy", cb.error());
  std::vector<CheckworthySentence> train;
  if (!a.no_claimbuster) train = std::move(cb).value();
  const size_t n_cb = train.size();
  const bool skip_debates = a.no_checkthat;
  for (const std::string& path : data.value().train_debates) {
    if (skip_debates) break;
    auto debate = read_checkthat(path);
    if (!debate) return fail("train checkworthy", debate.error());
    for (auto& s : debate.value()) train.push_back(std::move(s));
  }
  CheckworthyTrainOptions opt;
  if (a.epochs > 0) opt.epochs = a.epochs;
  opt.seed = a.seed;
  auto model = train_checkworthy(train, opt);
  if (!model) return fail("train checkworthy", model.error());
  const std::string bytes = model.value().serialize();
  if (!write_file(a.out, bytes)) {
    std::fprintf(stderr, "claimtrace train checkworthy: cannot write %s\n", a.out.c_str());
    return 1;
  }
  std::fprintf(stderr,
               "trained on %zu ClaimBuster + %zu CheckThat sentences (%zu debates; %zu held out) in %.1f s; "
               "wrote %s (%zu bytes)\n",
               n_cb, train.size() - n_cb, data.value().train_debates.size(), data.value().held_out.size(),
               std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), a.out.c_str(),
               bytes.size());
  return 0;
}

}  // namespace

void add_stance_commands(CLI::App& app, CLI::App& eval, CLI::App& train, StanceCliArgs& a) {
  a.data = "../shared/data/checkworthy";
  auto* st =
      app.add_subcommand("stance", "FNC-1 stance of each headline/body pair: writes Headline,Body ID,Stance");
  st->add_option("--headlines", a.headlines, "CSV with Headline,Body ID rows")->required();
  st->add_option("--bodies", a.bodies, "CSV with Body ID,articleBody rows")->required();
  st->add_option("--model", a.model, "Stance model file (default: the built-in one)");
  commands.stance = st;

  auto* es = eval.add_subcommand("stance", "FNC-1 score, confusion matrix and per-class F1");
  es->add_option("--stances", a.stances, "CSV with Headline,Body ID,Stance rows (gold)")->required();
  es->add_option("--bodies", a.bodies, "CSV with Body ID,articleBody rows")->required();
  es->add_option("--model", a.model, "Stance model file (default: the built-in one)");
  commands.eval_stance = es;

  auto* ts = train.add_subcommand("stance", "Train the stance model on FNC-1");
  ts->add_option("--train", a.train, "CSV with Headline,Body ID,Stance rows")->required();
  ts->add_option("--bodies", a.bodies, "CSV with Body ID,articleBody rows")->required();
  ts->add_option("--out", a.out, "Model file to write")->required();
  ts->add_option("--dev", a.dev, "Dev stances (bodies from --bodies): report the FNC score per epoch");
  ts->add_option("--epochs1", a.epochs1, "Stage-1 epochs (0: default)");
  ts->add_option("--epochs2", a.epochs2, "Stage-2 epochs (0: default)");
  ts->add_option("--seed", a.seed, "Shuffling seed")->capture_default_str();
  ts->add_option("--weight-agree", a.weight_agree, "Stage-2 loss weight of agree (0: default)");
  ts->add_option("--weight-disagree", a.weight_disagree, "Stage-2 loss weight of disagree (0: default)");
  ts->add_option("--l2", a.l2, "L2 regularization (negative: default)");
  ts->add_option("--rate", a.rate, "AdaGrad learning rate (0: default)");
  ts->add_option("--threshold", a.threshold, "P(related) from which a pair is related (0: default)");
  commands.train_stance = ts;

  auto* cw = app.add_subcommand("checkworthy", "Check-worthiness score of each line of a CheckThat file");
  cw->add_option("--checkthat", a.checkthat, "TSV: line, speaker, text[, label]")->required();
  cw->add_option("--model", a.model, "Check-worthiness model file (default: the built-in one)");
  commands.checkworthy = cw;

  auto* ec = eval.add_subcommand("checkworthy", "MAP / P@k on the held-out CheckThat debates");
  ec->add_option("--data", a.data, "Check-worthiness data directory")->capture_default_str();
  ec->add_option("--model", a.model, "Check-worthiness model file (default: the built-in one)");
  commands.eval_checkworthy = ec;

  auto* tc =
      train.add_subcommand("checkworthy", "Train the check-worthiness model (held-out debates excluded)");
  tc->add_option("--data", a.data, "Check-worthiness data directory")->capture_default_str();
  tc->add_option("--out", a.out, "Model file to write")->required();
  tc->add_option("--epochs", a.epochs, "Epochs (0: default)");
  tc->add_flag("--no-claimbuster", a.no_claimbuster, "Train on the CheckThat debates only");
  tc->add_flag("--no-checkthat", a.no_checkthat, "Train on ClaimBuster only");
  tc->add_option("--seed", a.seed, "Shuffling seed")->capture_default_str();
  commands.train_checkworthy = tc;
}

int run_stance_commands(const StanceCliArgs& a) {
  try {
    if (commands.stance && *commands.stance) return stance_command(a);
    if (commands.eval_stance && *commands.eval_stance) return eval_stance_command(a);
    if (commands.train_stance && *commands.train_stance) return train_stance_command(a);
    if (commands.checkworthy && *commands.checkworthy) return checkworthy_command(a);
    if (commands.eval_checkworthy && *commands.eval_checkworthy) return eval_checkworthy_command(a);
    if (commands.train_checkworthy && *commands.train_checkworthy) return train_checkworthy_command(a);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "claimtrace: %s\n", e.what());
    return 1;
  }
  return -1;
}

}  // namespace claimtrace
