#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>

#include "claimtrace/reader.h"
#include "read/stream.h"

namespace claimtrace {

struct InputStream::Codecs {
  z_stream z{};
  bool z_init = false;
  ZSTD_DStream* zs = nullptr;
  ~Codecs() {
    if (z_init) inflateEnd(&z);
    if (zs) ZSTD_freeDStream(zs);
  }
};

namespace {
constexpr size_t kChunk = 1 << 20;
}

Result<std::unique_ptr<InputStream>> InputStream::open_file(const std::string& path) {
  std::unique_ptr<InputStream> s(new InputStream());
  s->name_ = path == "-" ? "<stdin>" : path;
  if (path == "-") {
    s->fd_ = 0;
  } else {
    s->fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (s->fd_ < 0) {
      int e = errno;
      return Error{e == ENOENT ? ErrorCode::not_found : ErrorCode::io, path, std::strerror(e)};
    }
    s->own_fd_ = true;
  }
  return s;
}

std::unique_ptr<InputStream> InputStream::from_memory(std::string bytes, std::string name) {
  std::unique_ptr<InputStream> s(new InputStream());
  s->name_ = std::move(name);
  s->memory_ = true;
  s->in_ = std::move(bytes);
  s->in_eof_ = true;
  return s;
}

InputStream::~InputStream() {
  if (own_fd_ && fd_ >= 0) ::close(fd_);
}

Status InputStream::fill() {
  if (in_eof_) return ok_status();
  if (in_pos_ > 0) {
    in_.erase(0, in_pos_);
    in_pos_ = 0;
  }
  // Read into a stack buffer and append what arrived: no zero-filled megabyte per small file.
  char tmp[64 << 10];
  ssize_t got;
  do {
    got = ::read(fd_, tmp, sizeof tmp);
  } while (got < 0 && errno == EINTR);
  if (got < 0) return Error{ErrorCode::io, name_, std::strerror(errno)};
  in_.append(tmp, static_cast<size_t>(got));
  if (got == 0) in_eof_ = true;
  return ok_status();
}

Status InputStream::detect() {
  detected_ = true;
  while (in_.size() - in_pos_ < 4 && !in_eof_) {
    if (auto st = fill(); !st) return st;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(in_.data() + in_pos_);
  const size_t n = in_.size() - in_pos_;
  codecs_ = std::make_unique<Codecs>();
  if (n >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
    codec_ = Codec::gzip;
    if (inflateInit2(&codecs_->z, 15 + 16) != Z_OK)
      return Error{ErrorCode::decompress, name_, "zlib init failed"};
    codecs_->z_init = true;
  } else if (n >= 4 && p[0] == 0x28 && p[1] == 0xb5 && p[2] == 0x2f && p[3] == 0xfd) {
    codec_ = Codec::zstd;
    codecs_->zs = ZSTD_createDStream();
    if (!codecs_->zs) return Error{ErrorCode::decompress, name_, "zstd init failed"};
  }
  return ok_status();
}

Result<size_t> InputStream::read_raw(char* buf, size_t cap) {
  if (in_pos_ < in_.size()) {
    size_t n = std::min(cap, in_.size() - in_pos_);
    std::memcpy(buf, in_.data() + in_pos_, n);
    in_pos_ += n;
    return n;
  }
  if (memory_ || in_eof_) return size_t{0};
  ssize_t got;
  do {
    got = ::read(fd_, buf, cap);
  } while (got < 0 && errno == EINTR);
  if (got < 0) return Error{ErrorCode::io, name_, std::strerror(errno)};
  if (got == 0) in_eof_ = true;
  return static_cast<size_t>(got);
}

Result<size_t> InputStream::read(char* buf, size_t cap) {
  if (!detected_) {
    if (auto st = detect(); !st) return st.error();
  }
  if (codec_ == Codec::none) return read_raw(buf, cap);
  if (finished_ || cap == 0) return size_t{0};
  size_t produced = 0;
  while (produced == 0) {
    const size_t pos_before = in_pos_;
    if (in_pos_ >= in_.size()) {
      if (in_eof_) {
        return Error{ErrorCode::decompress, name_,
                     std::string("truncated ") + (codec_ == Codec::gzip ? "gzip" : "zstd") + " stream"};
      }
      if (auto st = fill(); !st) return st.error();
      continue;
    }
    if (codec_ == Codec::gzip) {
      z_stream& z = codecs_->z;
      z.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
      z.avail_in = static_cast<uInt>(std::min<size_t>(in_.size() - in_pos_, 1u << 30));
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = static_cast<uInt>(std::min<size_t>(cap, 1u << 30));
      int rc = inflate(&z, Z_NO_FLUSH);
      in_pos_ = static_cast<size_t>(reinterpret_cast<char*>(z.next_in) - in_.data());
      produced = static_cast<size_t>(reinterpret_cast<char*>(z.next_out) - buf);
      if (rc == Z_STREAM_END) {
        // Concatenated gzip members are one stream (as gzip -d does).
        if (in_pos_ >= in_.size() && !in_eof_) {
          if (auto st = fill(); !st) return st.error();
        }
        if (in_pos_ >= in_.size()) {
          finished_ = true;
          return produced;
        }
        inflateReset(&z);
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        return Error{ErrorCode::decompress, name_,
                     std::string("corrupt gzip stream: ") + (z.msg ? z.msg : "inflate failed")};
      }
      if (produced == 0 && in_pos_ == pos_before) {  // no progress: it needs more input than we have
        if (in_eof_) return Error{ErrorCode::decompress, name_, "truncated gzip stream"};
        if (auto st = fill(); !st) return st.error();
      }
    } else {
      ZSTD_inBuffer ib{in_.data() + in_pos_, in_.size() - in_pos_, 0};
      ZSTD_outBuffer ob{buf, cap, 0};
      size_t rc = ZSTD_decompressStream(codecs_->zs, &ob, &ib);
      in_pos_ += ib.pos;
      produced = ob.pos;
      if (ZSTD_isError(rc)) {
        return Error{ErrorCode::decompress, name_,
                     std::string("corrupt zstd stream: ") + ZSTD_getErrorName(rc)};
      }
      if (rc == 0) {  // a frame ended; another may follow
        if (in_pos_ >= in_.size() && !in_eof_) {
          if (auto st = fill(); !st) return st.error();
        }
        if (in_pos_ >= in_.size()) {
          finished_ = true;
          return produced;
        }
      }
    }
  }
  return produced;
}

Result<std::string> read_all(InputStream& in) {
  std::string out;
  size_t len = 0;
  for (;;) {
    if (out.size() - len < kChunk) out.resize(len + kChunk);
    auto r = in.read(out.data() + len, out.size() - len);
    if (!r) return r.error();
    if (r.value() == 0) break;
    len += r.value();
  }
  out.resize(len);
  return out;
}

Result<std::string> read_file(const std::string& path) {
  auto in = InputStream::open_file(path);
  if (!in) return in.error();
  return read_all(*in.value());
}

Result<std::string> decompress_if_needed(std::string bytes, std::string_view name) {
  auto s = InputStream::from_memory(std::move(bytes), std::string(name));
  return read_all(*s);
}

}  // namespace claimtrace
