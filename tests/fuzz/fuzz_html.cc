// HTML reader: any bytes → a document or a clean error; extracted text is valid UTF-8; meta is a JSON object.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "claimtrace/reader.h"
#include "claimtrace/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto r = claimtrace::parse_html(bytes, "fuzz.html");
  if (r.ok()) {
    if (!claimtrace::invalid_utf8_offsets(r.value().text).empty()) std::abort();
    const std::string& meta = r.value().meta;
    if (meta.empty() || meta.front() != '{' || meta.back() != '}') std::abort();
  }
  return 0;
}
