// claimtrace — the event verbs of the command line (wired into main.cc).
#pragma once

#include <cstdio>
#include <string>

namespace claimtrace {

// `claimtrace eval events --plover FILE`: every PLOVER gold record's text through the pipeline (the record's
// date as the document date); prints event-type accuracy, source and target code accuracy, the (source
// country, type, target country) triple P/R/F1 and accuracy per gold type (docs/events.md); `verbose` > 0:
// the first `verbose` records whose triple is wrong (gold vs ours). Exit status.
int eval_events_plover_command(const std::string& path, size_t verbose, std::FILE* out);

// `claimtrace eval events --petrarch FILE`: the PETRARCH2 unit-test records (FILE) coded with the
// dictionaries its <Environment> names (read from FILE's directory) instead of the built-in lexicons, the
// record's date as the document date; prints records coded exactly (per category too) and the (source,
// target, CAMEO code) triple P/R/F1; `verbose` > 0: the first `verbose` mismatches (docs/events.md).
int eval_events_petrarch_command(const std::string& path, size_t verbose, std::FILE* out);

}  // namespace claimtrace
