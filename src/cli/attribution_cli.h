// claimtrace — the attribution verbs of the command line (wired into main.cc).
#pragma once

#include <cstdio>
#include <string>

namespace claimtrace {

// `claimtrace eval attribution --polnear DIR`: reads the PolNeAR gold of DIR (DIR/text, DIR/attributions),
// runs the pipeline (default options) and the baseline attribution rule on every text, and prints exact-span
// and token-level P/R/F1 per role, relation P/R/F1 and the counts (docs/attribution.md). Returns the exit
// status (0 ok, 1 error).
int eval_attribution_command(const std::string& polnear_dir, std::FILE* out);

}  // namespace claimtrace
