// claimtrace — small helpers for the rules' word tests: ASCII lower-casing eight bytes at a time, and a fixed
// set of short words tested with one hash and (usually) one probe instead of a scan of the list.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

namespace claimtrace {

// Lower-cases the ASCII letters of p[0, n) in place; every other byte (digits, punctuation, UTF-8) is kept.
// Eight bytes per step (SWAR: a byte is an upper-case letter when its low seven bits are in 'A'..'Z' and its
// top bit is clear), the tail a byte at a time. Tested against the byte-at-a-time reference.
inline void ascii_lower(char* p, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t x;
    std::memcpy(&x, p + k, 8);
    const uint64_t low = x & ~kHigh;                       // each byte's low seven bits
    const uint64_t ge_a = low + (0x80 - 'A') * kOnes;      // top bit set: low >= 'A'
    const uint64_t gt_z = low + (0x80 - 'Z' - 1) * kOnes;  // top bit set: low > 'Z'
    const uint64_t upper = ge_a & ~gt_z & ~x & kHigh;      // 'A'..'Z' and an ASCII byte
    x |= upper >> 2;                                       // 0x80 >> 2 == 0x20
    std::memcpy(p + k, &x, 8);
  }
  for (; k < n; ++k) {
    const unsigned char c = static_cast<unsigned char>(p[k]);
    if (c >= 'A' && c <= 'Z') p[k] = static_cast<char>(c | 0x20);
  }
}

// A hash of a short word for the word sets: its length and its first 16 bytes (fewer when shorter), read a
// byte at a time (no library call, no read past the word). Words that share their first 16 bytes and their
// length collide; the sets compare the words themselves.
inline size_t short_word_hash(std::string_view w) {
  uint64_t a = 0, b = 0;
  const size_t n = w.size() < 16 ? w.size() : 16;
  for (size_t k = 0; k < n; ++k) {
    const uint64_t c = static_cast<unsigned char>(w[k]);
    if (k < 8)
      a |= c << (8 * k);
    else
      b |= c << (8 * (k - 8));
  }
  const uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xD6E8FEB86659FD93ull) ^ w.size();
  return static_cast<size_t>((h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull >> 32);
}

// A fixed set of short words (built once; the strings must outlive it: string literals). contains() hashes
// the word (at most its first 16 bytes and its length) and compares the one or two words whose slot it
// reaches; a word of the set is found, any other is not (tested against a scan of the list).
class SmallWordSet {
 public:
  SmallWordSet() : SmallWordSet(std::span<const std::string_view>()) {}  // empty
  SmallWordSet(std::initializer_list<std::string_view> words)
      : SmallWordSet(std::span<const std::string_view>(words.begin(), words.size())) {}
  explicit SmallWordSet(std::span<const std::string_view> words) : words_(words.begin(), words.end()) {
    size_t size = 16;
    while (size < words_.size() * 4) size <<= 1;
    slots_.assign(size, 0);
    for (size_t k = 0; k < words_.size(); ++k) {
      if (contains(words_[k])) continue;  // listed twice
      size_t at = hash(words_[k]) & (size - 1);
      while (slots_[at] != 0) at = (at + 1) & (size - 1);
      slots_[at] = static_cast<uint32_t>(k + 1);
    }
  }
  bool contains(std::string_view w) const { return find(w) != npos; }
  // The index of w in the list the set was built from (its first occurrence), or npos.
  static constexpr size_t npos = static_cast<size_t>(-1);
  size_t find(std::string_view w) const {
    for (size_t at = hash(w) & (slots_.size() - 1);; at = (at + 1) & (slots_.size() - 1)) {
      const uint32_t s = slots_[at];
      if (s == 0) return npos;
      if (words_[s - 1] == w) return s - 1;
    }
  }

 private:
  static size_t hash(std::string_view w) { return short_word_hash(w); }
  std::vector<std::string_view> words_;
  std::vector<uint32_t> slots_;  // index + 1 into words_; 0: empty
};

// Is `w` (lower case) a noun or pronoun for people that can be set free ("hostages", "prisoners", "them")?
// The "release" rules of the attribution and event stages read it ("released four hostages" frees people;
// "released a statement", "a poll released on" does not).
inline bool freed_people_word(std::string_view w) {
  static const SmallWordSet kPeople{
      "hostages",  "hostage", "prisoners", "prisoner", "detainees", "detainee", "captives",    "captive",
      "people",    "men",     "women",     "children", "soldiers",  "fighters", "journalists", "activists",
      "civilians", "him",     "her",       "them",     "suspects",  "inmates",  "sailors",     "crew",
      "pilots",    "pilot",   "workers",   "students", "nationals", "citizens", "dissidents",  "refugees"};
  return kPeople.contains(w);
}

}  // namespace claimtrace
