// The text pipeline on any bytes: spans stay inside the text, ordered, and the JSON record is well formed.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "claimtrace/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const claimtrace::Pipeline pipeline;
  claimtrace::Scratch scratch;
  claimtrace::Record rec;
  claimtrace::Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  pipeline.process(std::move(doc), scratch, rec);
  const uint32_t n = static_cast<uint32_t>(rec.doc.text.size());
  uint32_t last = 0;
  for (const auto& p : rec.paragraphs) {
    if (p.begin >= p.end || p.end > n || p.begin < last) std::abort();
    last = p.end;
  }
  last = 0;
  for (const auto& s : rec.sentences) {
    if (s.begin >= s.end || s.end > n || s.begin < last || s.paragraph >= rec.paragraphs.size()) std::abort();
    last = s.end;
  }
  last = 0;
  for (const auto& t : rec.tokens) {
    if (t.begin >= t.end || t.end > n || t.begin < last) std::abort();
    last = t.end;
  }
  std::string json;
  claimtrace::write_record_json(rec, claimtrace::JsonOptions{true, true}, json);
  if (json.empty() || json.front() != '{' || json.back() != '}') std::abort();
  return 0;
}
