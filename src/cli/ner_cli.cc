// claimtrace — the NER verbs of the command line.
#include "cli/ner_cli.h"

#include <chrono>
#include <fstream>
#include <sstream>

#include "claimtrace/ner.h"
#include "claimtrace/reader.h"

namespace claimtrace {

namespace {

bool slurp(const std::string& path, std::string& out) {
  auto r = read_file(path);
  if (!r.ok()) return false;
  out = std::move(r).value();
  return true;
}

}  // namespace

int ner_conll_command(const std::string& conll_path, std::FILE* out) {
  std::string text;
  if (!slurp(conll_path, text)) {
    std::fprintf(stderr, "claimtrace ner: %s: cannot read\n", conll_path.c_str());
    return 1;
  }
  auto docs = parse_conll(text, conll_path);
  if (!docs.ok()) {
    std::fprintf(stderr, "claimtrace ner: %s\n", docs.error().to_string().c_str());
    return 1;
  }
  IobScheme scheme = detect_iob_scheme(docs.value());
  auto predicted = tag_conll(NerModel::builtin(), docs.value());
  std::vector<std::string> tags;
  for (size_t d = 0; d < docs.value().size(); ++d) {
    const ConllDocument& doc = docs.value()[d];
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      auto t = tags_from_spans(predicted[d][s], doc.sentences[s].tokens.size(), scheme);
      tags.insert(tags.end(), t.begin(), t.end());
    }
  }
  std::string result = conll_with_predictions(text, tags);
  if (std::fwrite(result.data(), 1, result.size(), out) != result.size() || std::fflush(out) != 0) {
    std::fprintf(stderr, "claimtrace ner: write error\n");
    return 1;
  }
  return 0;
}

int eval_ner_command(const std::string& conll_path, std::FILE* out) {
  auto docs = read_conll_file(conll_path);
  if (!docs.ok()) {
    std::fprintf(stderr, "claimtrace eval ner: %s\n", docs.error().to_string().c_str());
    return 1;
  }
  size_t tokens = 0;
  for (const auto& d : docs.value()) {
    for (const auto& s : d.sentences) tokens += s.tokens.size();
  }
  auto t0 = std::chrono::steady_clock::now();
  NerScore score = evaluate_ner(NerModel::builtin(), docs.value());
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(out, "%s: %zu documents, %llu sentences, %zu tokens (%.0f tokens/s)\n", conll_path.c_str(),
               docs.value().size(), (unsigned long long)score.sentences, tokens,
               tokens / std::max(secs, 1e-9));
  std::fputs(score.report().c_str(), out);
  return 0;
}

int train_ner_command(const std::string& train, const std::string& dev, const std::string& out, int epochs,
                      uint64_t seed) {
  auto train_docs = read_conll_file(train);
  if (!train_docs.ok()) {
    std::fprintf(stderr, "claimtrace train ner: %s\n", train_docs.error().to_string().c_str());
    return 1;
  }
  Result<std::vector<ConllDocument>> dev_docs = std::vector<ConllDocument>{};
  if (!dev.empty()) {
    dev_docs = read_conll_file(dev);
    if (!dev_docs.ok()) {
      std::fprintf(stderr, "claimtrace train ner: %s\n", dev_docs.error().to_string().c_str());
      return 1;
    }
  }
  NerTrainOptions opt;
  if (epochs > 0) opt.epochs = epochs;  // else the trainer's default
  opt.seed = seed;
  opt.log = stdout;
  auto result = train_ner(train_docs.value(), dev.empty() ? nullptr : &dev_docs.value(), opt);
  if (!result.ok()) {
    std::fprintf(stderr, "claimtrace train ner: %s\n", result.error().to_string().c_str());
    return 1;
  }
  std::ofstream f(out, std::ios::binary);
  f.write(result.value().model_bytes.data(), std::streamsize(result.value().model_bytes.size()));
  f.close();
  if (!f) {
    std::fprintf(stderr, "claimtrace train ner: %s: cannot write\n", out.c_str());
    return 1;
  }
  std::printf("wrote %s (%.2f MB), epoch %d, dev F1 %.2f\n", out.c_str(),
              result.value().model_bytes.size() / 1e6, result.value().best_epoch,
              100 * result.value().best_dev_f1);
  return 0;
}

}  // namespace claimtrace
