#include <gtest/gtest.h>
#include <sqlite3.h>

#include "claimtrace/store.h"
#include "pipeline_util.h"
#include "test_util.h"

using namespace claimtrace;
using claimtrace::test_util::TempDir;

namespace {
Record make_record(const std::string& id, const std::string& text) {
  return test_util::process_text(text, id);
}
}  // namespace

TEST(Store, StoresOnceAndReportsDuplicates) {
  TempDir t;
  auto store = SqliteStore::open(t.file("s.db"));
  ASSERT_TRUE(store.ok()) << store.error().to_string();
  SqliteStore& s = *store.value();
  Record a = make_record("a", "One.\nTwo.\nOne.");
  Record b = make_record("b", "Different text.");
  Record a_again = make_record("a", "Changed text, same id.");
  Record c_same_text = make_record("c", "Different text.");
  ASSERT_TRUE(s.begin_batch().ok());
  EXPECT_EQ(s.write(a, "{}").value(), WriteOutcome::stored);
  EXPECT_EQ(s.write(b, "{}").value(), WriteOutcome::stored);
  EXPECT_EQ(s.write(a_again, "{}").value(), WriteOutcome::duplicate_id);
  EXPECT_EQ(s.write(c_same_text, "{}").value(), WriteOutcome::duplicate_text);
  ASSERT_TRUE(s.end_batch().ok());
  auto st = s.stats();
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st.value().documents, 2u);
  EXPECT_EQ(st.value().paragraphs, 4u);
  EXPECT_EQ(st.value().duplicate_paragraphs, 1u);
  EXPECT_EQ(st.value().schema, 1);
}

TEST(Store, KeepsMentionsWithTheirActors) {
  TempDir t;
  auto store = SqliteStore::open(t.file("s.db"));
  ASSERT_TRUE(store.ok());
  SqliteStore& s = *store.value();
  ASSERT_TRUE(s.begin_batch().ok());
  EXPECT_EQ(s.write(make_record("m", "Beijing denied it. Russian forces advanced."), "{}").value(),
            WriteOutcome::stored);
  ASSERT_TRUE(s.end_batch().ok());
  auto st = s.stats();
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st.value().mentions, 2u);
  ASSERT_EQ(st.value().top_actors.size(), 2u);
  EXPECT_EQ(st.value().top_actors[0].first, "CHNGOV");
  EXPECT_EQ(st.value().top_actors[1].first, "RUSMIL");
}

TEST(Store, PersistsAcrossOpensAndKeepsBytesExact) {
  TempDir t;
  const std::string text = "Bad \xFF byte kept.";
  {
    auto s = SqliteStore::open(t.file("s.db"));
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(s.value()->begin_batch().ok());
    EXPECT_EQ(s.value()->write(make_record("x", text), "{}").value(), WriteOutcome::stored);
    ASSERT_TRUE(s.value()->end_batch().ok());
  }
  {
    auto s = SqliteStore::open(t.file("s.db"));
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE(s.value()->begin_batch().ok());
    EXPECT_EQ(s.value()->write(make_record("x", text), "{}").value(), WriteOutcome::duplicate_id);
    ASSERT_TRUE(s.value()->end_batch().ok());
  }
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(t.file("s.db").c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT text FROM documents WHERE id='x'", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  std::string got(static_cast<const char*>(sqlite3_column_blob(st, 0)), sqlite3_column_bytes(st, 0));
  EXPECT_EQ(got, text);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST(Store, RefusesAForeignSchemaVersion) {
  TempDir t;
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(t.file("old.db").c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version=7", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto s = SqliteStore::open(t.file("old.db"));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::store);
  EXPECT_NE(s.error().message.find("schema version 7"), std::string::npos);
}

TEST(Store, RefusesAFileThatIsNotSqlite) {
  TempDir t;
  test_util::write_file(t.file("notes.db"), "these are not the bytes of an SQLite database, just text......");
  auto s = SqliteStore::open(t.file("notes.db"));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().where, t.file("notes.db"));
}
