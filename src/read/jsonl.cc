// One JSONL line → Document, with simdjson (DOM). Known string fields are taken; everything else is kept,
// minified, under meta.
#include <simdjson.h>

#include <charconv>

#include "claimtrace/reader.h"
#include "claimtrace/record.h"

namespace claimtrace {
namespace {

std::string where(std::string_view name, uint64_t line) {
  return std::string(name) + ":" + std::to_string(line);
}

}  // namespace

Result<Document> parse_jsonl_line(std::string_view line, std::string_view name, uint64_t line_number) {
  // Thread-local parser: simdjson parsers are not thread-safe, and reusing one avoids reallocations.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  auto err = parser.parse(line.data(), line.size(), true).get(root);
  if (err) {
    return Error{ErrorCode::malformed_json, where(name, line_number),
                 std::string("malformed JSON: ") + simdjson::error_message(err)};
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) {
    return Error{ErrorCode::malformed_json, where(name, line_number), "a JSONL line must be a JSON object"};
  }
  Document doc;
  doc.format = "jsonl";
  doc.origin = where(name, line_number);
  bool have_text = false;
  std::string meta = "{";
  for (auto field : obj) {
    std::string_view k = field.key;
    simdjson::dom::element v = field.value;
    std::string* target = nullptr;
    if (k == "text") {
      std::string_view sv;
      if (v.get_string().get(sv)) {
        return Error{ErrorCode::missing_text, where(name, line_number), "\"text\" is not a string"};
      }
      doc.text.assign(sv);
      have_text = true;
      continue;
    }
    if (k == "id")
      target = &doc.id;
    else if (k == "url")
      target = &doc.url;
    else if (k == "title")
      target = &doc.title;
    else if (k == "published")
      target = &doc.published;
    else if (k == "source")
      target = &doc.source;
    if (target) {
      std::string_view sv;
      if (!v.get_string().get(sv)) {
        target->assign(sv);
        continue;
      }
      if (v.is_null()) continue;
      if (k == "id" && (v.is_int64() || v.is_uint64())) {
        *target = simdjson::minify(v);
        continue;
      }
      // Not a string: keep it under meta rather than lose it.
    }
    if (meta.size() > 1) meta.push_back(',');
    append_json_string(meta, k);
    meta.push_back(':');
    meta += simdjson::minify(v);
  }
  meta.push_back('}');
  if (!have_text) return Error{ErrorCode::missing_text, where(name, line_number), "no \"text\" field"};
  doc.meta = std::move(meta);
  return doc;
}

}  // namespace claimtrace
