// claimtrace — reading a string field of a simdjson DOM object without exceptions (internal).
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>

namespace claimtrace {

// The field's string, or "" when absent or not a string.
inline std::string json_string_field(simdjson::simdjson_result<simdjson::dom::element> e) {
  std::string_view v;
  return e.get(v) == simdjson::SUCCESS ? std::string(v) : std::string();
}

}  // namespace claimtrace
