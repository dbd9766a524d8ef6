// claimtrace — the stance and check-worthiness verbs of the command line (wired into main.cc).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace CLI {
class App;
}

namespace claimtrace {

struct StanceCliArgs {
  std::string headlines, bodies, stances, model, train, out, data, checkthat;
  int epochs1 = 0, epochs2 = 0, epochs = 0;
  uint64_t seed = 1;
  bool no_claimbuster = false, no_checkthat = false;
  double weight_agree = 0, weight_disagree = 0, l2 = -1, rate = 0, threshold = 0;
  std::string dev;  // train stance: optional dev stances (bodies from --bodies)
};

// Adds `stance`, `checkworthy`, `eval stance`, `eval checkworthy`, `train stance`, `train checkworthy` to the
// app (eval and train are the existing parent subcommands).
void add_stance_commands(CLI::App& app, CLI::App& eval, CLI::App& train, StanceCliArgs& args);

// Runs the stance / check-worthiness command that was parsed, if any: returns its exit status, or -1 when
// none of them was given.
int run_stance_commands(const StanceCliArgs& args);

}  // namespace claimtrace
