// claimtrace — error handling: Result<T> carries a value or an Error; no exceptions cross the API.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace claimtrace {

// Why something failed. The names (error_code_name) are stable: they appear in run summaries and rejects.
enum class ErrorCode {
  io,              // cannot open / read / write
  not_found,       // a path that does not exist
  empty,           // an input with no bytes (or only whitespace)
  binary,          // a file that is not text (NUL bytes)
  malformed_json,  // a JSONL line that is not a JSON object
  missing_text,    // a JSONL object without a string "text" field
  no_text,         // an HTML page from which no main text could be extracted
  decompress,      // corrupt gzip / zstd stream
  unsupported,     // an input kind we do not read
  resource,        // a data/ resource that fails to load (bad magic, version, syntax)
  store,           // database errors
  usage,           // bad arguments
};

const char* error_code_name(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string where;              // "file", "file:line" or "file@byte" — empty when not tied to an input
  std::string message;            // human readable reason
  std::string to_string() const;  // "where: message" (or just message)
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}  // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

struct Ok {};
using Status = Result<Ok>;
inline Status ok_status() { return Ok{}; }

}  // namespace claimtrace
