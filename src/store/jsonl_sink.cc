#include <cerrno>
#include <cstring>

#include "claimtrace/store.h"

namespace claimtrace {

Result<WriteOutcome> JsonlSink::write(const Record& record, std::string_view json) {
  if (!ids_.insert(record.doc.id).second) return WriteOutcome::duplicate_id;
  if (!hashes_.insert(record.text_hash).second) return WriteOutcome::duplicate_text;
  if (std::fwrite(json.data(), 1, json.size(), out_) != json.size() || std::fputc('\n', out_) == EOF) {
    return Error{ErrorCode::io, "<stdout>", std::string("write failed: ") + std::strerror(errno)};
  }
  return WriteOutcome::stored;
}

Status JsonlSink::end_batch() {
  if (std::fflush(out_) != 0)
    return Error{ErrorCode::io, "<stdout>", std::string("write failed: ") + std::strerror(errno)};
  return ok_status();
}

}  // namespace claimtrace
