// claimtrace — the attribution verbs of the command line (wired into main.cc).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace claimtrace {

// `claimtrace eval attribution --polnear DIR [--baseline] [--model FILE] [--dump FILE]`: reads the PolNeAR
// gold of DIR (DIR/text, DIR/attributions), runs the pipeline (default options) and the attribution model (or
// the baseline rule) on every text, and prints exact-span and token-level P/R/F1 per role, relation P/R/F1
// and the counts (docs/attribution.md). Returns the exit status (0 ok, 1 error).
// `--dump FILE`: also writes, per article, the gold and predicted attributions as JSON lines (byte spans).
int eval_attribution_command(const std::string& polnear_dir, bool baseline, const std::string& model_file,
                             const std::string& dump_file, std::FILE* out);

// `claimtrace eval attribution --agreement --polnear DIR [--polnear DIR ...] [--model FILE]`: inter-annotator
// agreement on the articles with several annotators of the directories, pooled (read_polnear_agreement):
// every later annotator scored against the first with the evaluation's scorer, then the model (default: the
// built-in one) against that first annotator on the same articles. Returns the exit status.
int eval_agreement_command(const std::vector<std::string>& polnear_dirs, const std::string& model_file,
                           std::FILE* out);

// `claimtrace train attribution --train DIR --dev DIR --out FILE --epochs N --seed S --gate-quantile Q`.
int train_attribution_command(const std::string& train_dir, const std::string& dev_dir,
                              const std::string& out, int epochs, uint64_t seed, double gate_quantile);

}  // namespace claimtrace
