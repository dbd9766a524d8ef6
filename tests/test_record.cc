#include <gtest/gtest.h>
#include <simdjson.h>

#include <random>

#include "claimtrace/pipeline.h"
#include "claimtrace/record.h"
#include "claimtrace/text.h"

using namespace claimtrace;

TEST(RecordJson, StringEscapesAndOpaqueBytes) {
  std::string out;
  append_json_string(out, "a\"b\\c\n\t\x01 \xE2\x80\x99 \xFF");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\t\\u0001 \xE2\x80\x99 \\u001a\"");
}

namespace {

// The slow, obviously correct reference: one byte or character at a time.
std::string naive_json_string(std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20) {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else if (c >= 0x80) {
      int32_t cp;
      const int len = utf8_decode(s, i, cp);
      out += cp < 0 ? std::string("\\u001a") : std::string(s.substr(i, static_cast<size_t>(len)));
      i += static_cast<size_t>(len);
      continue;
    } else {
      out += static_cast<char>(c);
    }
    ++i;
  }
  return out + "\"";
}

}  // namespace

TEST(RecordJson, StringsAgreeWithTheNaiveReference) {
  // Random strings of plain runs of every length (the writer skips them sixteen bytes at a time) and the
  // bytes that stop it: escapes, control bytes, UTF-8 characters, truncated and opaque bytes.
  const std::vector<std::string> pieces = {"a",
                                           "plain text ",
                                           "0123456789abcdefghij",
                                           "\"",
                                           "\\",
                                           "\n",
                                           "\t",
                                           "\r",
                                           "\x01",
                                           "\x1f",
                                           "\x7f",
                                           "\xE2\x80\x99",
                                           "\xC3\xA9",
                                           "\xF0\x9F\x98\x80",
                                           "\xFF",
                                           "\xE2\x80",
                                           "\xC3",
                                           " "};
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 24);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    std::string out = "x";  // appended to what is there
    append_json_string(out, s);
    ASSERT_EQ(out, "x" + naive_json_string(s)) << "round " << round;
  }
}

TEST(RecordJson, IsValidJsonAndOffsetsHoldInTheWrittenText) {
  Pipeline pipeline;
  Scratch scratch;
  Record rec;
  Document d;
  d.id = "x";
  d.meta = R"({"k":1})";
  d.text = "Bad byte \xFF here. Zelensky said \"at least 155\".\nSecond paragraph.";
  d.format = "txt";
  pipeline.process(std::move(d), scratch, rec);
  std::string json;
  write_record_json(rec, JsonOptions{true, true}, json);

  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(json).get(root)) << json;
  EXPECT_EQ(int64_t(root["schema"]), 1);
  EXPECT_EQ(std::string_view(root["id"]), "x");
  EXPECT_EQ(int64_t(root["meta"]["k"]), 1);
  std::string_view text = root["text"];
  ASSERT_EQ(text.size(), rec.doc.text.size());  // one byte stays one byte
  EXPECT_EQ(text[9], '\x1a');
  EXPECT_EQ(uint64_t(root["text_length"]), rec.doc.text.size());
  for (auto s : root["sentences"].get_array()) {
    uint64_t b = s["begin"], e = s["end"];
    EXPECT_LT(b, e);
    EXPECT_LE(e, text.size());
  }
  auto warnings = root["warnings"].get_array();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(std::string_view(warnings.at(0)["code"]), "invalid_utf8");
  EXPECT_EQ(uint64_t(warnings.at(0)["offset"]), 9u);
  for (const char* k : {"mentions", "attributions", "quantities", "events", "tokens", "paragraphs"}) {
    EXPECT_FALSE(root[k].get_array().error()) << k;
  }
  EXPECT_TRUE(root["paragraphs"].at(0)["duplicate_of"].is_null());
}

TEST(RecordJson, HugeFiguresStayValidJson) {
  // Figures far beyond any integer type (and beyond a double) are written as JSON numbers or null.
  Pipeline pipeline;
  Scratch scratch;
  Record rec;
  Document d;
  d.id = "big";
  d.text = "Officials said 33333333333333333333333333333333333333 people attended, and " +
           std::string(400, '9') + " more were expected.";
  d.format = "txt";
  pipeline.process(std::move(d), scratch, rec);
  ASSERT_FALSE(rec.quantities.empty());
  std::string json;
  write_record_json(rec, JsonOptions{true, false}, json);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(json).get(root)) << json;
  EXPECT_FALSE(root["quantities"].get_array().error());
}

TEST(RecordJson, HashHex) {
  EXPECT_EQ(hash_hex(0), "0000000000000000");
  EXPECT_EQ(hash_hex(0xabcdef0123456789ULL), "abcdef0123456789");
  EXPECT_EQ(hash_text("a"), hash_text(std::string("a")));
  EXPECT_NE(hash_text("a"), hash_text("b"));
}
