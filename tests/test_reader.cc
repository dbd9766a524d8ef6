#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include "claimtrace/reader.h"
#include "claimtrace/record.h"
#include "test_util.h"

using namespace claimtrace;
using claimtrace::test_util::TempDir;
using claimtrace::test_util::write_file;

namespace {

struct ReadAll {
  std::vector<Document> docs;
  std::vector<Reject> rejects;
};

ReadAll read_all_inputs(std::vector<std::string> inputs, ReadOptions o = {}, size_t batch = 3) {
  DocumentReader reader(std::move(inputs), o);
  ReadAll r;
  while (reader.next_batch(r.docs, r.rejects, batch, 1 << 20)) {
  }
  return r;
}

std::string gzip(const std::string& s) {
  std::string out(compressBound(s.size()) + 64, '\0');
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  z.avail_in = static_cast<uInt>(s.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string zstd(const std::string& s) {
  std::string out(ZSTD_compressBound(s.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), s.data(), s.size(), 3));
  return out;
}

const char* kArticle = "KYIV \xE2\x80\x94 Officials said talks resume.\r\nBeijing denied it.\n";

}  // namespace

TEST(Reader, TextFileIsByteExactWithIdFromName) {
  TempDir t;
  write_file(t.file("nyt_2016-09-19_x.txt"), std::string("\xEF\xBB\xBF") + kArticle);
  auto r = read_all_inputs({t.file("nyt_2016-09-19_x.txt")});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(r.rejects.empty());
  EXPECT_EQ(r.docs[0].id, "nyt_2016-09-19_x");
  EXPECT_EQ(r.docs[0].text, std::string("\xEF\xBB\xBF") + kArticle);
  EXPECT_EQ(r.docs[0].format, "txt");
}

TEST(Reader, DirectoriesAreRecursiveSortedWithRelativeIds) {
  TempDir t;
  write_file(t.file("corpus/b.txt"), "Second.");
  write_file(t.file("corpus/a.txt"), "First.");
  write_file(t.file("corpus/dir/nyt_2016-09-19_x.txt"), "Nested.");
  write_file(t.file("corpus/.hidden.txt"), "Not an article.");
  write_file(t.file("corpus/.git/config"), "Not an article.");
  auto r = read_all_inputs({t.file("corpus")});
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[1].id, "b");
  EXPECT_EQ(r.docs[2].id, "dir/nyt_2016-09-19_x");
  EXPECT_TRUE(r.rejects.empty());
}

TEST(Reader, CompressedFormsOfEachFormat) {
  TempDir t;
  std::string jsonl = "{\"id\":\"j1\",\"text\":\"One.\"}\n{\"id\":\"j2\",\"text\":\"Two.\"}\n";
  write_file(t.file("a.txt.gz"), gzip(kArticle));
  write_file(t.file("b.txt.zst"), zstd(kArticle));
  write_file(t.file("c.jsonl.gz"), gzip(jsonl));
  write_file(t.file("d.jsonl.zst"),
             zstd(jsonl) + zstd("{\"id\":\"j3\",\"text\":\"Three.\"}\n"));  // two frames
  write_file(t.file("e.html.gz"),
             gzip("<html><body><article><p>Beijing denied it.</p></article></body></html>"));
  auto r = read_all_inputs({t.file("a.txt.gz"), t.file("b.txt.zst"), t.file("c.jsonl.gz"),
                            t.file("d.jsonl.zst"), t.file("e.html.gz")});
  for (const auto& x : r.rejects) ADD_FAILURE() << x.where << ": " << x.message;
  ASSERT_EQ(r.docs.size(), 8u);
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[0].text, kArticle);
  EXPECT_EQ(r.docs[1].id, "b");
  EXPECT_EQ(r.docs[1].text, kArticle);
  EXPECT_EQ(r.docs[2].id, "j1");
  EXPECT_EQ(r.docs[3].id, "j2");
  EXPECT_EQ(r.docs[6].id, "j3");
  EXPECT_EQ(r.docs[7].id, "e");
  EXPECT_EQ(r.docs[7].format, "html");
}

TEST(Reader, LinesGetContentHashIds) {
  TempDir t;
  write_file(t.file("feed.txt"), "First article.\n\nSecond article.\r\nFirst article.\n");
  ReadOptions o;
  o.lines = true;
  auto r = read_all_inputs({t.file("feed.txt")}, o);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].text, "First article.");
  EXPECT_EQ(r.docs[1].text, "Second article.");
  EXPECT_EQ(r.docs[0].id, hash_hex(hash_text("First article.")));
  EXPECT_EQ(r.docs[0].id, r.docs[2].id);
  EXPECT_EQ(r.docs[1].origin, t.file("feed.txt") + ":3");
}

TEST(Reader, LongLinesSpanBlocks) {
  TempDir t;
  std::string big(3 << 20, 'x');  // 3 MiB: longer than one read block
  write_file(t.file("big.jsonl"),
             "{\"id\":\"big\",\"text\":\"" + big + "\"}\n{\"id\":\"small\",\"text\":\"s\"}");
  auto r = read_all_inputs({t.file("big.jsonl")});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].text.size(), big.size());
  EXPECT_EQ(r.docs[1].id, "small");
}

TEST(Reader, BadInputsAreRejectedWithReasonsAndTheRunGoesOn) {
  TempDir t;
  write_file(t.file("empty.txt"), "");
  write_file(t.file("blank.txt"), " \n\t\n");
  write_file(t.file("binary.txt"), std::string("PK\x03\x04\0\0junk", 10));
  write_file(
      t.file("feed.jsonl"),
      "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n{\"id\":\"bad\",\"text\":\n{\"id\":\"nt\",\"body\":\"x\"}\n"
      "\n{\"id\":\"ok2\",\"text\":\"Also fine.\"}\n");
  write_file(t.file("nav.html"),
             "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>");
  write_file(t.file("good.txt"), "Beijing denied it.");
  write_file(t.file("corrupt.txt.gz"), gzip("Some text that will be cut short.").substr(0, 15));
  auto r = read_all_inputs({t.file("empty.txt"), t.file("blank.txt"), t.file("binary.txt"),
                            t.file("feed.jsonl"), t.file("missing.txt"), t.file("nav.html"),
                            t.file("corrupt.txt.gz"), t.file("good.txt")});
  std::vector<std::string> ids;
  for (const auto& d : r.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"ok1", "ok2", "good"}));
  std::vector<std::pair<ErrorCode, std::string>> got;
  for (const auto& x : r.rejects) got.emplace_back(x.code, x.where);
  std::vector<std::pair<ErrorCode, std::string>> want = {
      {ErrorCode::empty, t.file("empty.txt")},
      {ErrorCode::empty, t.file("blank.txt")},
      {ErrorCode::binary, t.file("binary.txt") + "@4"},
      {ErrorCode::malformed_json, t.file("feed.jsonl") + ":2"},
      {ErrorCode::missing_text, t.file("feed.jsonl") + ":3"},
      {ErrorCode::not_found, t.file("missing.txt")},
      {ErrorCode::no_text, t.file("nav.html")},
      {ErrorCode::decompress, t.file("corrupt.txt.gz")},
  };
  EXPECT_EQ(got, want);
}

TEST(Reader, FormatByExplicitOptionOrSniffing) {
  TempDir t;
  write_file(t.file("noext"), "  {\"id\":\"s1\",\"text\":\"Sniffed as JSONL.\"}\n");
  auto r = read_all_inputs({t.file("noext")});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "s1");
  ReadOptions o;
  o.format = InputFormat::txt;
  auto r2 = read_all_inputs({t.file("noext")}, o);
  ASSERT_EQ(r2.docs.size(), 1u);
  EXPECT_EQ(r2.docs[0].id, "noext");
  EXPECT_EQ(r2.docs[0].format, "txt");
  EXPECT_FALSE(parse_input_format("pdf").ok());
}

TEST(Reader, DecompressIfNeededPassesPlainBytes) {
  auto plain = decompress_if_needed("hello", "x");
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(plain.value(), "hello");
  auto gz = decompress_if_needed(gzip("hello"), "x");
  ASSERT_TRUE(gz.ok());
  EXPECT_EQ(gz.value(), "hello");
}
