// claimtrace — the claims verb of the command line (wired into main.cc).
#pragma once

#include <cstdio>
#include <string>

namespace claimtrace {

struct ClaimsArgs {
  std::string db = "claimtrace.db";
  bool json = false;           // JSON lines, one claim each, instead of the board
  size_t limit = 20;           // claims shown on the board
  double threshold = 0.30;     // link threshold (ClaimOptions::link_threshold)
  bool no_save = false;        // do not write the claims tables
  bool no_classifier = false;  // article stance from the statements' positions, not the FNC-1 classifier
};

// `claimtrace claims [--db PATH]`: builds the claims over the store (claimtrace/claims.h), saves them in the
// store's claims tables and prints the claims board (or JSON lines). Exit status.
int claims_command(const ClaimsArgs& args, std::FILE* out);

}  // namespace claimtrace
