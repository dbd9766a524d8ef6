#include <gtest/gtest.h>

#include "claimtrace/text.h"
#include "test_util.h"

using namespace claimtrace;

namespace {
std::vector<std::string> texts(std::string_view t, const std::vector<Paragraph>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps) out.emplace_back(t.substr(p.begin, p.end - p.begin));
  return out;
}
}  // namespace

TEST(Paragraphs, OneParagraphPerLineWhenNoBlankLines) {
  std::string t = "First line.\nSecond line.\r\n  Third line.  \n";
  std::vector<Paragraph> ps;
  split_paragraphs(t, ps);
  EXPECT_EQ(texts(t, ps), (std::vector<std::string>{"First line.", "Second line.", "Third line."}));
}

TEST(Paragraphs, BlankLinesSeparateHardWrappedParagraphs) {
  std::string t =
      "\n\nKYIV (Wire) - Officials said on\nTuesday that talks would resume.\n \t\nThe ministry declined\nto "
      "comment.\n";
  std::vector<Paragraph> ps;
  split_paragraphs(t, ps);
  EXPECT_EQ(texts(t, ps),
            (std::vector<std::string>{"KYIV (Wire) - Officials said on\nTuesday that talks would resume.",
                                      "The ministry declined\nto comment."}));
}

TEST(Paragraphs, EmptyAndBlankTextHaveNone) {
  std::vector<Paragraph> ps;
  split_paragraphs("", ps);
  EXPECT_TRUE(ps.empty());
  split_paragraphs(" \n\t\r\n", ps);
  EXPECT_TRUE(ps.empty());
}

TEST(Paragraphs, SeedArticleHasNineParagraphs) {
  std::string t = test_util::read_file(test_util::source_path("examples/article-chinese-nationals.txt"));
  std::vector<Paragraph> ps;
  split_paragraphs(t, ps);
  ASSERT_EQ(ps.size(), 9u);
  EXPECT_EQ(ps[0].begin, 0u);
  EXPECT_EQ(ps[8].end, t.size());
  EXPECT_TRUE(t.substr(ps[1].begin).starts_with("In response, a Chinese government spokesperson"));
}
