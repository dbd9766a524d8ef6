// claimtrace — the near-duplicate verb of the command line (wired into main.cc).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace claimtrace {

struct DedupArgs {
  std::vector<std::string> inputs;
  bool lines = false;
  std::string input_format = "auto";
  double threshold = 0.8;
  uint32_t bands = 20, rows = 5, shingle = 5;
  uint64_t seed = 0;  // 0: the default seed
  unsigned threads = 0;
  bool quiet = false;
  bool allow_rejects = false;
};

// Registers `claimtrace dedup INPUT... [--threshold J] [--bands B --rows R --shingle K]` on `app`.
CLI::App* add_dedup_command(CLI::App& app, DedupArgs& args);

// Reads the inputs (as `extract` does), prints `id<TAB>cluster` for every document to stdout (the cluster is
// the id of its first document) and a summary on stderr. Exit status: 0, 1 (bad arguments), 3 (rejects).
int dedup_command(const DedupArgs& args);

}  // namespace claimtrace
