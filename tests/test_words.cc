// The rules' word helpers (src/core/words.h) against the obvious references: lower-casing a byte at a time,
// and a scan of the word list.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/words.h"

namespace claimtrace {
namespace {

std::string lower_reference(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

TEST(Words, AsciiLowerMatchesTheByteAtATimeReference) {
  // Every byte value at every position of the 8-byte steps and the tail, UTF-8 and the letters' neighbours
  // ('@' and '[' around 'A'..'Z', bytes with the top bit set whose low bits are letters) included.
  std::mt19937_64 rng(11);
  for (int round = 0; round < 2000; ++round) {
    std::string s(rng() % 40, '\0');
    for (char& c : s) c = static_cast<char>(rng() % 256);
    std::string got = s;
    ascii_lower(got.data(), got.size());
    ASSERT_EQ(got, lower_reference(s)) << "round " << round;
  }
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  std::string got = all;
  ascii_lower(got.data(), got.size());
  EXPECT_EQ(got, lower_reference(all));
  std::string text = "Zelensky SAID “155” Chinese NATIONALS: Beijing DENIES";
  ascii_lower(text.data(), text.size());
  EXPECT_EQ(text, "zelensky said “155” chinese nationals: beijing denies");
}

TEST(Words, SmallWordSetMatchesAScanOfItsList) {
  const std::vector<std::string_view> list = {"the",
                                              "a",
                                              "an",
                                              "its",
                                              "'s",
                                              "n't",
                                              "withdrawn",
                                              "understood",
                                              "i",
                                              "overthrown",
                                              "a",
                                              "reportedly",
                                              "x",
                                              "sixteen-bytes-ok",
                                              "longer-than-sixteen-bytes"};
  const SmallWordSet set(list);
  auto scan = [&](std::string_view w) { return std::find(list.begin(), list.end(), w) != list.end(); };
  // find(): the index of the first occurrence ("a" is listed twice), as a scan gives it.
  auto index = [&](std::string_view w) {
    const auto it = std::find(list.begin(), list.end(), w);
    return it == list.end() ? SmallWordSet::npos : size_t(it - list.begin());
  };
  for (std::string_view w : list) {
    EXPECT_TRUE(set.contains(w)) << w;
    EXPECT_EQ(set.find(w), index(w)) << w;
  }
  // Near misses: prefixes, longer words, other case, the empty word, words sharing the first 16 bytes.
  for (std::string_view w :
       {"", "th", "thee", "The", "an ", "withdraw", "understoodx", "longer-than-sixteen-bytez",
        "longer-than-sixteen-bytes!", "sixteen-bytes-o", "ii", "'", "n'"})
    EXPECT_EQ(set.contains(w), scan(w)) << w;
  std::mt19937_64 rng(5);
  const std::string letters = "aehinorstwx'-";
  for (int round = 0; round < 20000; ++round) {
    std::string w(rng() % 6, ' ');
    for (char& c : w) c = letters[rng() % letters.size()];
    ASSERT_EQ(set.contains(w), scan(w)) << w;
    ASSERT_EQ(set.find(w), index(w)) << w;
  }
}

}  // namespace
}  // namespace claimtrace
