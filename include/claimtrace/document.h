// claimtrace — a document as read from input, before any analysis.
#pragma once

#include <string>

namespace claimtrace {

// Lifetime: a Document owns its bytes. Every span produced later is [begin, end) bytes into `text`.
struct Document {
  std::string id;     // stable id (see docs/schema.md: JSONL id, file name, relative path or content hash)
  std::string url;    // may be empty
  std::string title;  // may be empty
  std::string published;  // as given (ISO 8601 when the input had it); may be empty
  std::string source;     // outlet / site name; may be empty
  std::string meta;       // a JSON object (text) with input fields not named above; "{}" when none
  std::string text;       // the document text exactly as given (for HTML: the extracted main text)
  std::string origin;     // where it came from, for messages: "path", "path:line"
  std::string format;     // reader that produced it: "txt", "html", "jsonl", "lines"
};

}  // namespace claimtrace
