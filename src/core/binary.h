// claimtrace — little helpers for our binary model files (models/*.bin): appending fixed-size values and
// reading them back with bounds checks. Internal (src/), shared by the NER and attribution model files.
#pragma once

#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>

namespace claimtrace {

// Appends the bytes of v (the host's little-endian layout; the files say so).
template <class T>
void put_bytes(std::string& out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out.append(b, sizeof(T));
}

// Reads values in order; past the end it returns zeros and sets `failed` (check it once after a group).
struct ByteReader {
  std::string_view bytes;
  size_t at = 0;
  bool failed = false;

  template <class T>
  T get() {
    T v{};
    if (bytes.size() - at < sizeof(T)) {
      failed = true;
      at = bytes.size();
      return v;
    }
    std::memcpy(&v, bytes.data() + at, sizeof(T));
    at += sizeof(T);
    return v;
  }
  size_t left() const { return bytes.size() - at; }
};

}  // namespace claimtrace
