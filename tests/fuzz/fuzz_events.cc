// The JSON readers of the events stage: PLOVER gold files and `extract` records read back by the exporter.
// Any bytes → records or a clean error.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/events.h"
#include "claimtrace/export.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);  // simdjson wants its own copy
  if (data[0] % 2 == 0) {
    auto r = claimtrace::parse_plover(bytes, "fuzz.json");
    if (r.ok()) {
      for (const claimtrace::PloverRecord& g : r.value())
        if (g.text.empty() || g.event.empty()) __builtin_trap();  // such records are skipped
    }
  } else {
    std::vector<claimtrace::EventRow> rows;
    if (claimtrace::event_rows_from_json(bytes, rows).ok()) {
      std::string out;
      for (const auto& row : rows) claimtrace::write_export_row(claimtrace::ExportFormat::gdelt, row, 1, out);
    }
  }
  return 0;
}
