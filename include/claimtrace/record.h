// claimtrace — the record: everything the pipeline knows about one document (schema version 1,
// docs/schema.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/actors.h"
#include "claimtrace/attribution.h"
#include "claimtrace/document.h"
#include "claimtrace/events.h"
#include "claimtrace/quantities.h"
#include "claimtrace/text.h"

namespace claimtrace {

inline constexpr int kSchemaVersion = 1;

struct Record {
  Document doc;
  uint64_t text_hash = 0;  // XXH3-64 of doc.text
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;  // all tokens, in order; written to JSON only on request
  std::vector<Warning> warnings;
  std::vector<Mention> mentions;          // actors, in text order
  std::vector<Attribution> attributions;  // attributed statements, in the order of their cues
  std::vector<Quantity> quantities;       // numeric claims, in text order
  std::vector<Event> events;              // political events (PLOVER / CAMEO), in text order

  void clear();  // keeps capacity, for reuse in per-thread scratch
};

// The input of the quantities stage for a processed record (it must outlive the call).
inline QuantityInput quantity_input(const Record& r, bool keep_duplicates = false) {
  return QuantityInput{r.doc.text, r.tokens,       r.sentences,    r.paragraphs,
                       r.mentions, r.attributions, keep_duplicates};
}

struct JsonOptions {
  bool tokens = false;  // also write "tokens": [[begin, end, kind], ...]
  bool text = true;     // write "text" (invalid UTF-8 bytes written as U+001A, one byte each: offsets hold)
};

// Appends one JSON object (no newline) to out.
void write_record_json(const Record& record, const JsonOptions& options, std::string& out);

// Appends a JSON string literal for s. Invalid UTF-8 bytes become \u001a (one byte stays one byte).
void append_json_string(std::string& out, std::string_view s);

// Hex id of a content hash (16 lower-case hex digits).
std::string hash_hex(uint64_t hash);
uint64_t hash_text(std::string_view text);

}  // namespace claimtrace
