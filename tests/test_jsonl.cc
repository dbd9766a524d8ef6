#include <gtest/gtest.h>

#include "claimtrace/reader.h"

using namespace claimtrace;

TEST(Jsonl, KnownFieldsAndMeta) {
  auto r = parse_jsonl_line(
      R"({"id":"a1","url":"https://example.org/x","title":"T","published":"2025-04-09","source":"Wire",)"
      R"("text":"Beijing denied it.","lang":"en","tags":["x", 1],"extra":{"k":null}})",
      "in.jsonl", 7);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const Document& d = r.value();
  EXPECT_EQ(d.id, "a1");
  EXPECT_EQ(d.url, "https://example.org/x");
  EXPECT_EQ(d.title, "T");
  EXPECT_EQ(d.published, "2025-04-09");
  EXPECT_EQ(d.source, "Wire");
  EXPECT_EQ(d.text, "Beijing denied it.");
  EXPECT_EQ(d.meta, R"({"lang":"en","tags":["x",1],"extra":{"k":null}})");
  EXPECT_EQ(d.origin, "in.jsonl:7");
  EXPECT_EQ(d.format, "jsonl");
}

TEST(Jsonl, TextKeepsEscapesDecoded) {
  auto r = parse_jsonl_line(R"({"text":"line one\nline \"two\" \u2019"})", "x", 1);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().text, "line one\nline \"two\" \xE2\x80\x99");
  EXPECT_EQ(r.value().meta, "{}");
}

TEST(Jsonl, NumericIdAndNonStringFieldsAreKept) {
  auto r = parse_jsonl_line(R"({"id":42,"title":["not","a","string"],"text":"x"})", "x", 1);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().id, "42");
  EXPECT_EQ(r.value().title, "");
  EXPECT_EQ(r.value().meta, R"({"title":["not","a","string"]})");
}

TEST(Jsonl, ErrorsNameFileAndLine) {
  auto bad = parse_jsonl_line(R"({"text": "unterminated)", "feed.jsonl", 12);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code, ErrorCode::malformed_json);
  EXPECT_EQ(bad.error().where, "feed.jsonl:12");

  auto arr = parse_jsonl_line(R"(["text"])", "feed.jsonl", 3);
  ASSERT_FALSE(arr.ok());
  EXPECT_EQ(arr.error().code, ErrorCode::malformed_json);

  auto none = parse_jsonl_line(R"({"id":"x","body":"no text here"})", "feed.jsonl", 4);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().code, ErrorCode::missing_text);
  EXPECT_EQ(none.error().where, "feed.jsonl:4");

  auto num = parse_jsonl_line(R"({"text":5})", "feed.jsonl", 5);
  ASSERT_FALSE(num.ok());
  EXPECT_EQ(num.error().code, ErrorCode::missing_text);
}
