// claimtrace — the event verbs of the command line (wired into main.cc).
#pragma once

#include <cstdio>
#include <string>

namespace claimtrace {

// `claimtrace eval events --plover FILE`: every PLOVER gold record's text through the pipeline (the record's
// date as the document date); prints event-type accuracy, source and target code accuracy, the (source
// country, type, target country) triple P/R/F1 and accuracy per gold type (docs/events.md). Exit status.
int eval_events_plover_command(const std::string& path, std::FILE* out);

}  // namespace claimtrace
