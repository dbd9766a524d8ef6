// The whole reader on one input file (plain or compressed): the first byte picks the format (txt, lines,
// jsonl, html), the rest is the file. Every document and reject must come out cleanly; nothing may crash or
// hang.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

#include "claimtrace/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  static const claimtrace::InputFormat kFormats[] = {
      claimtrace::InputFormat::txt, claimtrace::InputFormat::lines, claimtrace::InputFormat::jsonl,
      claimtrace::InputFormat::html};
  claimtrace::ReadOptions options;
  options.format = kFormats[data[0] % 4];
  int fd = memfd_create("fuzz-input", 0);
  if (fd < 0) return 0;
  if (write(fd, data + 1, size - 1) != static_cast<ssize_t>(size - 1)) {
    close(fd);
    return 0;
  }
  std::string path = "/proc/self/fd/" + std::to_string(fd);
  {
    claimtrace::DocumentReader reader({path}, options);
    std::vector<claimtrace::Document> docs;
    std::vector<claimtrace::Reject> rejects;
    while (reader.next_batch(docs, rejects, 16, 1 << 20)) {
      for (const auto& d : docs) {
        if (d.text.empty()) std::abort();
      }
      docs.clear();
      rejects.clear();
    }
  }
  close(fd);
  return 0;
}
