#include <gtest/gtest.h>

#include "claimtrace/pipeline.h"
#include "test_util.h"

using namespace claimtrace;

namespace {
std::vector<int32_t> dup_flags(const std::string& text) {
  Scratch scratch;
  normalize(text, scratch.normalized);
  std::vector<Paragraph> ps;
  split_paragraphs(text, ps);
  flag_duplicate_paragraphs(text, ps, scratch);
  std::vector<int32_t> out;
  for (const auto& p : ps) out.push_back(p.duplicate_of);
  return out;
}
}  // namespace

TEST(DedupParagraphs, SeedArticleRepeatsParagraphsTwoToFive) {
  auto flags =
      dup_flags(test_util::read_file(test_util::source_path("examples/article-chinese-nationals.txt")));
  EXPECT_EQ(flags, (std::vector<int32_t>{-1, -1, -1, -1, -1, 1, 2, 3, 4}));
}

TEST(DedupParagraphs, RepeatsUpToWhitespacePunctuationAndCase) {
  std::string t =
      "The ministry said talks will resume.\n"
      "Officials declined to comment.\n"
      "the ministry said  talks will resume\n"                           // case, spacing, final period
      "The Ministry said: \xE2\x80\x9Ctalks will resume.\xE2\x80\x9D\n"  // typographic quotes, colon
      "The ministry said talks will not resume.\n";                      // different words: not a duplicate
  EXPECT_EQ(dup_flags(t), (std::vector<int32_t>{-1, -1, 0, 0, -1}));
}

TEST(DedupParagraphs, SeparatorsAreNotDuplicates) {
  EXPECT_EQ(dup_flags("One.\n***\nTwo.\n***\n"), (std::vector<int32_t>{-1, -1, -1, -1}));
}

TEST(DedupParagraphs, AccentsFold) {
  EXPECT_EQ(dup_flags("Z\xC3\xBCrich talks end.\nZurich talks end.\n"), (std::vector<int32_t>{-1, 0}));
}
