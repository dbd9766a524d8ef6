#include <gtest/gtest.h>

#include "claimtrace/text.h"

using namespace claimtrace;

TEST(Utf8, DecodesValidSequences) {
  int32_t cp;
  EXPECT_EQ(utf8_decode("A", 0, cp), 1);
  EXPECT_EQ(cp, 'A');
  EXPECT_EQ(utf8_decode("\xC3\xA9", 0, cp), 2);  // é
  EXPECT_EQ(cp, 0xE9);
  EXPECT_EQ(utf8_decode("\xE2\x80\x99", 0, cp), 3);  // ’
  EXPECT_EQ(cp, 0x2019);
  EXPECT_EQ(utf8_decode("\xF0\x9F\x98\x80", 0, cp), 4);  // 😀
  EXPECT_EQ(cp, 0x1F600);
}

TEST(Utf8, InvalidBytesAreOpaqueOneByteEach) {
  int32_t cp;
  for (std::string_view bad : {std::string_view("\x80"), std::string_view("\xC0\xAF"),  // stray, overlong
                               std::string_view("\xED\xA0\x80"),                        // surrogate
                               std::string_view("\xE2\x80"),                            // truncated
                               std::string_view("\xF5\x80\x80\x80"), std::string_view("\xFF")}) {
    EXPECT_EQ(utf8_decode(bad, 0, cp), 1) << bad.size();
    EXPECT_EQ(cp, -1);
  }
}

TEST(Utf8, InvalidOffsetsNameEachBadByte) {
  std::string s = "China\xE2\x80\x99s ok \xFF and \xC3 end, long ascii run to pass the fast path \x80";
  auto bad = invalid_utf8_offsets(s);
  ASSERT_EQ(bad.size(), 3u);
  EXPECT_EQ(s[bad[0]], '\xFF');
  EXPECT_EQ(s[bad[1]], '\xC3');
  EXPECT_EQ(bad[2], s.size() - 1);
  EXPECT_TRUE(invalid_utf8_offsets("plain ASCII text, nothing to see").empty());
  EXPECT_TRUE(invalid_utf8_offsets("Zelens\xCA\xB9kyi \xE2\x80\x94 Kyiv").empty());
}
