// The brat standoff reader of PolNeAR (parse_brat_attributions): the input is an article text and an .ann
// file, split at the first NUL byte (no NUL: all of it is the .ann, over an empty text). Any bytes →
// attributions whose spans lie inside the text, or a clean error naming name:line.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "claimtrace/attribution.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const size_t nul = bytes.find('\0');
  const std::string_view text = nul == std::string_view::npos ? std::string_view() : bytes.substr(0, nul);
  const std::string_view ann = nul == std::string_view::npos ? bytes : bytes.substr(nul + 1);
  auto r = claimtrace::parse_brat_attributions(ann, text, "fuzz.ann");
  if (!r.ok()) {
    if (r.error().where.rfind("fuzz.ann", 0) != 0) std::abort();  // errors name the file
    return 0;
  }
  for (const claimtrace::Attribution& a : r.value())
    for (const claimtrace::RoleSpans* role : {&a.source, &a.cue, &a.content})
      for (const claimtrace::Span& s : role->spans)
        if (s.begin > s.end || s.end > text.size()) std::abort();
  return 0;
}
