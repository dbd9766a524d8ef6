// Duplicate paragraphs inside one document: a paragraph repeats an earlier one when their normalized texts
// (case-folded, accents stripped) are equal after dropping white space and punctuation.
#include <xxhash.h>

#include <algorithm>
#include <array>

#include "claimtrace/pipeline.h"

namespace claimtrace {
namespace {

constexpr bool keeps(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;  // normalized text is lower-case
}

// Index of the first normalized byte whose original offset is >= original_offset.
size_t to_normalized(const Normalized& nz, uint32_t original_offset) {
  auto it = std::lower_bound(nz.to_original.begin(), nz.to_original.end(), original_offset);
  return static_cast<size_t>(it - nz.to_original.begin());
}

constexpr std::array<uint8_t, 256> make_keep() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = keeps(static_cast<unsigned char>(c)) ? 1 : 0;
  return t;
}
constexpr std::array<uint8_t, 256> kKeep = make_keep();

// Hash of the kept bytes of normalized [b, e) (letters and digits): a branch-free filter into `buf`, then
// XXH3.
uint64_t paragraph_key(const std::string& t, size_t b, size_t e, std::string& buf) {
  buf.resize(e - b + 1);
  char* out = buf.data();
  size_t o = 0;
  for (size_t k = b; k < e; ++k) {
    const auto c = static_cast<unsigned char>(t[k]);
    out[o] = static_cast<char>(c);
    o += kKeep[c];
  }
  if (o == 0) return 0;  // nothing kept (a separator such as "* * *"): never a duplicate
  return XXH3_64bits(out, o) | 1;
}

// Exact check behind a key match: the kept bytes are equal.
bool same_kept(const std::string& t, size_t b1, size_t e1, size_t b2, size_t e2) {
  for (;;) {
    while (b1 < e1 && !keeps(static_cast<unsigned char>(t[b1]))) ++b1;
    while (b2 < e2 && !keeps(static_cast<unsigned char>(t[b2]))) ++b2;
    if (b1 == e1 || b2 == e2) return b1 == e1 && b2 == e2;
    if (t[b1++] != t[b2++]) return false;
  }
}

}  // namespace

void flag_duplicate_paragraphs(std::string_view /*text*/, std::vector<Paragraph>& paragraphs,
                               Scratch& scratch) {
  for (auto& p : paragraphs) p.duplicate_of = -1;
  if (paragraphs.size() < 2) return;
  const Normalized& nz = scratch.normalized;
  auto& keys = scratch.keys;
  auto& bounds = scratch.bounds;
  keys.clear();
  bounds.clear();
  for (const auto& p : paragraphs) {
    size_t b = to_normalized(nz, p.begin), e = std::min(to_normalized(nz, p.end), nz.text.size());
    bounds.push_back(Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    keys.push_back(paragraph_key(nz.text, b, e, scratch.key_buffer));
  }
  for (size_t i = 1; i < paragraphs.size(); ++i) {
    if (keys[i] == 0) continue;
    for (size_t j = 0; j < i; ++j) {
      if (keys[j] != keys[i] || paragraphs[j].duplicate_of >= 0) continue;
      if (!same_kept(nz.text, bounds[i].begin, bounds[i].end, bounds[j].begin, bounds[j].end)) continue;
      paragraphs[i].duplicate_of = static_cast<int32_t>(j);  // j is the first occurrence
      break;
    }
  }
}

}  // namespace claimtrace
