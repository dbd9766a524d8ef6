// claimtrace — exporting events in the formats the event-data world reads (docs/events.md):
// GDELT 2.0-style tab-separated event rows, PLOVER JSON (one event per line, POLECAT-style) and CSV.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/record.h"
#include "claimtrace/result.h"

namespace claimtrace {

// One event, flat: what every export format is made from (from a Record, an `extract` JSON record or the
// store).
struct EventRow {
  std::string doc_id, url, date;  // date: ISO (YYYY-MM-DD), may be empty
  std::string type, mode, cameo;
  std::string source_code, source_country, source_sector, source_text;
  std::string target_code, target_country, target_sector, target_text;
  std::string trigger, location, sentence;  // texts
  int32_t event_index = 0;                  // index in the record's events
};

enum class ExportFormat { gdelt, plover, csv };
Result<ExportFormat> parse_export_format(std::string_view name);  // "gdelt", "plover", "csv"

// The rows of a processed record.
void event_rows(const Record& record, std::vector<EventRow>& out);
// The rows of a record as `claimtrace extract` writes it (one JSON line; "text" may be absent: then the
// sentence is empty). Errors: not JSON, or not a claimtrace record.
Status event_rows_from_json(std::string_view record_json, std::vector<EventRow>& out);

// CAMEO root → GDELT QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
// conflict) and Goldstein scale (root-level values, docs/events.md).
int quad_class(std::string_view cameo);
double goldstein(std::string_view cameo);

// The header line (gdelt: none, GDELT files have none; csv: the column names; plover: none).
void write_export_header(ExportFormat format, std::string& out);
// One line for one event; `id` numbers the events of the export (GLOBALEVENTID).
void write_export_row(ExportFormat format, const EventRow& row, uint64_t id, std::string& out);

}  // namespace claimtrace
