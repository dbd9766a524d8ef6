// claimtrace — readers: files, directories, stdin; .txt, .html, .jsonl, one-article-per-line; gzip and zstd.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/result.h"

namespace claimtrace {

enum class InputFormat { automatic, txt, html, jsonl, lines };
Result<InputFormat> parse_input_format(std::string_view name);  // "auto", "txt", "html", "jsonl", "lines"

// Something that could not become a document, and why. `where` names file and line or byte offset.
struct Reject {
  ErrorCode code;
  std::string where;
  std::string message;
};

struct ReadOptions {
  InputFormat format =
      InputFormat::automatic;  // automatic: by extension (.txt .html .htm .jsonl .ndjson ...)
  bool lines = false;          // --lines: every line of a plain-text input is one article
};

// Parsers for one input's bytes, exposed for tests and fuzzers. `name` is used in messages.
// HTML: main text with navigation, scripts, styles and boilerplate dropped; one paragraph per block, joined
// by
// "\n\n"; title, published date, URL and site from <title> and meta tags where present.
Result<Document> parse_html(std::string_view bytes, std::string_view name);
// One JSONL line: an object with a string "text"; id, url, title, published, source as strings (numbers
// allowed for id); other fields kept, minified, under meta. `line` is the 1-based line number, for messages.
Result<Document> parse_jsonl_line(std::string_view line, std::string_view name, uint64_t line_number);

// A whole file's bytes ("-" is stdin), gzip / zstd decompressed (by magic bytes). Errors name the path and
// why.
Result<std::string> read_file(const std::string& path);

// Decompresses gzip / zstd (by magic bytes); anything else is returned as is.
Result<std::string> decompress_if_needed(std::string bytes, std::string_view name);

// Streams documents from a list of inputs (files, directories read recursively in sorted order, "-" for
// stdin). Memory is bounded by one batch plus one whole-file input (line formats are streamed in blocks).
class DocumentReader {
 public:
  DocumentReader(std::vector<std::string> inputs, ReadOptions options);
  ~DocumentReader();
  DocumentReader(const DocumentReader&) = delete;
  DocumentReader& operator=(const DocumentReader&) = delete;

  // Appends up to max_docs documents (or until max_bytes of text) and any rejects met on the way.
  // Returns false, appending nothing, once every input is exhausted.
  bool next_batch(std::vector<Document>& docs, std::vector<Reject>& rejects, size_t max_docs,
                  size_t max_bytes);
  uint64_t bytes_read() const;  // input bytes consumed so far (decompressed)

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace
