#include "claimtrace/result.h"

namespace claimtrace {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::io:
      return "io";
    case ErrorCode::not_found:
      return "not_found";
    case ErrorCode::empty:
      return "empty";
    case ErrorCode::binary:
      return "binary";
    case ErrorCode::malformed_json:
      return "malformed_json";
    case ErrorCode::missing_text:
      return "missing_text";
    case ErrorCode::no_text:
      return "no_text";
    case ErrorCode::decompress:
      return "decompress";
    case ErrorCode::unsupported:
      return "unsupported";
    case ErrorCode::resource:
      return "resource";
    case ErrorCode::store:
      return "store";
    case ErrorCode::usage:
      return "usage";
  }
  return "unknown";
}

std::string Error::to_string() const {
  if (where.empty()) return message;
  return where + ": " + message;
}

}  // namespace claimtrace
