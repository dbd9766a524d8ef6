// Internal: a byte stream over a file, stdin or memory, transparently decompressing gzip and zstd
// (detected by magic bytes, not by name).
#pragma once

#include <memory>
#include <string>

#include "claimtrace/result.h"

namespace claimtrace {

class InputStream {
 public:
  enum class Codec { none, gzip, zstd };
  // "-" is stdin.
  static Result<std::unique_ptr<InputStream>> open_file(const std::string& path);
  static std::unique_ptr<InputStream> from_memory(std::string bytes, std::string name);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Reads up to cap decompressed bytes into buf; 0 means the end. Errors name the stream.
  Result<size_t> read(char* buf, size_t cap);
  const std::string& name() const { return name_; }
  Codec codec() const { return codec_; }

 private:
  InputStream() = default;
  Status fill();    // more compressed input
  Status detect();  // sets codec_ from the first bytes
  Result<size_t> read_raw(char* buf, size_t cap);

  std::string name_;
  int fd_ = -1;
  bool own_fd_ = false;
  bool memory_ = false;
  std::string in_;  // compressed input buffer (or the whole memory input)
  size_t in_pos_ = 0;
  bool in_eof_ = false;
  bool detected_ = false;
  bool finished_ = false;  // the decompressor reached the end of all members
  Codec codec_ = Codec::none;
  struct Codecs;
  std::unique_ptr<Codecs> codecs_;
};

// Reads the whole stream.
Result<std::string> read_all(InputStream& in);

}  // namespace claimtrace
