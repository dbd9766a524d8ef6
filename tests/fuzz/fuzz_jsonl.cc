// JSONL line parser: any bytes → a document or a clean error naming the line.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "claimtrace/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string line(reinterpret_cast<const char*>(data), size);
  auto r = claimtrace::parse_jsonl_line(line, "fuzz.jsonl", 1);
  if (!r.ok() && r.error().where != "fuzz.jsonl:1") std::abort();
  return 0;
}
