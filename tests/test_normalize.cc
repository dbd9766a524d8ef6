#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "claimtrace/text.h"

using namespace claimtrace;

namespace {
// Checks the map: monotonic, one entry per byte plus the end, within the original.
void check_map(std::string_view original, const Normalized& n) {
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original.back(), original.size());
  for (size_t i = 1; i < n.to_original.size(); ++i) EXPECT_LE(n.to_original[i - 1], n.to_original[i]);
}
}  // namespace

TEST(Normalize, AsciiIsCaseFoldedByteForByte) {
  Normalized n;
  normalize("Beijing DENIED It.", n);
  EXPECT_EQ(n.text, "beijing denied it.");
  check_map("Beijing DENIED It.", n);
  for (size_t i = 0; i < n.text.size(); ++i) EXPECT_EQ(n.to_original[i], i);
}

TEST(Normalize, TypographyAccentsAndLigaturesFold) {
  const std::string s =
      "Russia\xE2\x80\x99s \xE2\x80\x9C"
      "Erdo\xC4\x9F"
      "an\xE2\x80\x9D \xEF\xAC\x81ght \xE2\x80\x94 Z\xC3\xBCrich";
  Normalized n;
  normalize(s, n);
  EXPECT_EQ(n.text, "russia's \"erdogan\" fight - zurich");
  check_map(s, n);
  // The apostrophe maps back to the three bytes of U+2019.
  size_t apos = n.text.find('\'');
  EXPECT_EQ(n.to_original[apos], 6u);
  EXPECT_EQ(n.to_original[apos + 1], 9u);
  // A normalized span maps back onto the original word.
  size_t z = n.text.find("zurich");
  Span sp = n.original_span(z, z + 6);
  EXPECT_EQ(s.substr(sp.begin, sp.size()), "Z\xC3\xBCrich");
}

TEST(Normalize, InvalidBytesBecomeReplacementCharacterMappedToTheirByte) {
  const std::string s =
      "a\xFF"
      "b";
  Normalized n;
  normalize(s, n);
  EXPECT_EQ(n.text,
            "a\xEF\xBF\xBD"
            "b");
  check_map(s, n);
  EXPECT_EQ(n.to_original[1], 1u);
  EXPECT_EQ(n.to_original[4], 2u);
}

TEST(Normalize, IgnorablesDropAndSpacesFold) {
  const std::string s =
      "co\xC2\xAD"
      "operate\xE2\x80\x8B now\xC2\xA0then";  // soft hyphen, ZWSP, NBSP
  Normalized n;
  normalize(s, n);
  EXPECT_EQ(n.text, "cooperate now then");
  check_map(s, n);
}

// ASCII is folded eight bytes at a time while it lasts: against a byte-at-a-time reference on every ASCII
// byte value, at every offset of the eight-byte steps, with UTF-8 between the runs.
TEST(Normalize, EightBytesAtATimeMatchesTheByteAtATimeFold) {
  auto fold = [](char c) -> char {
    if (c >= 'A' && c <= 'Z') return static_cast<char>(c + 32);
    if (c == '\t' || c == '\r' || c == '\f' || c == '\v') return ' ';
    return c;
  };
  std::mt19937_64 rng(9);
  for (int round = 0; round < 3000; ++round) {
    std::string in;
    std::string want;
    std::vector<uint32_t> want_map;
    const size_t pieces = rng() % 6;
    for (size_t p = 0; p < pieces; ++p) {
      const size_t run = rng() % 20;
      for (size_t k = 0; k < run; ++k) {
        const char c = static_cast<char>(rng() % 128);
        want_map.push_back(static_cast<uint32_t>(in.size()));
        in.push_back(c);
        want.push_back(fold(c));
      }
      if (rng() % 2) {  // "é" between runs: folds to "e", mapped to its first byte
        want_map.push_back(static_cast<uint32_t>(in.size()));
        in += "\xC3\xA9";
        want.push_back('e');
      }
    }
    Normalized n;
    normalize(in, n);
    ASSERT_EQ(n.text, want) << "round " << round;
    for (size_t k = 0; k < want_map.size(); ++k)
      ASSERT_EQ(n.to_original[k], want_map[k]) << "round " << round;
  }
}
