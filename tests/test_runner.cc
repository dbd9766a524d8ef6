#include <gtest/gtest.h>

#include "claimtrace/store.h"
#include "test_util.h"

using namespace claimtrace;
using claimtrace::test_util::TempDir;

namespace {

struct CollectSink : Sink {
  std::vector<std::string> json;
  std::unordered_set<std::string> ids;
  Result<WriteOutcome> write(const Record& r, std::string_view j) override {
    if (!ids.insert(r.doc.id).second) return WriteOutcome::duplicate_id;
    json.emplace_back(j);
    return WriteOutcome::stored;
  }
};

std::string make_corpus(const TempDir& t, int n) {
  std::string lines;
  for (int i = 0; i < n; ++i) {
    lines += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Article " + std::to_string(i) +
             ". Officials said on Tuesday that talks would resume.\\nArticle " + std::to_string(i) + ".\"}\n";
    if (i % 97 == 0) lines += "{\"id\":\"broken\n";
    if (i % 113 == 0) lines += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"dup id\"}\n";
  }
  test_util::write_file(t.file("corpus.jsonl"), lines);
  return t.file("corpus.jsonl");
}

RunStats run_with(const std::string& input, unsigned threads, CollectSink& sink,
                  std::vector<std::string>& rejects) {
  DocumentReader reader({input}, ReadOptions{});
  Pipeline pipeline;
  RunOptions o;
  o.threads = threads;
  o.batch_docs = 7;  // many small batches: exercises ordering
  o.progress = false;
  return run(reader, pipeline, &sink, o, [&](const Reject& r) { rejects.push_back(r.where); });
}

}  // namespace

TEST(Runner, OutputIsInInputOrderWhateverTheThreads) {
  TempDir t;
  std::string input = make_corpus(t, 1000);
  CollectSink one, four;
  std::vector<std::string> rej1, rej4;
  RunStats s1 = run_with(input, 1, one, rej1);
  RunStats s4 = run_with(input, 4, four, rej4);
  EXPECT_EQ(one.json, four.json);
  EXPECT_EQ(rej1, rej4);
  EXPECT_EQ(s1.stored, 1000u);
  EXPECT_EQ(s4.stored, 1000u);
}

TEST(Runner, SummaryReconciles) {
  TempDir t;
  std::string input = make_corpus(t, 500);
  CollectSink sink;
  std::vector<std::string> rejects;
  RunStats s = run_with(input, 2, sink, rejects);
  EXPECT_EQ(s.stored, 500u);
  EXPECT_EQ(s.duplicates, 5u);  // i = 0, 113, 226, 339, 452
  EXPECT_EQ(s.rejected, 6u);    // i = 0, 97, ..., 485
  EXPECT_EQ(s.rejected_by_reason["malformed_json"], 6u);
  EXPECT_EQ(s.read, s.stored + s.duplicates);
  EXPECT_EQ(rejects.size(), 6u);
  EXPECT_EQ(s.input_bytes, test_util::read_file(input).size());
}

TEST(Runner, StopsCleanlyWhenTheSinkFails) {
  struct FailingSink : Sink {
    int n = 0;
    Result<WriteOutcome> write(const Record&, std::string_view) override {
      if (++n == 20) return Error{ErrorCode::store, "db", "disk full"};
      return WriteOutcome::stored;
    }
  } sink;
  TempDir t;
  std::string input = make_corpus(t, 300);
  DocumentReader reader({input}, ReadOptions{});
  Pipeline pipeline;
  RunOptions o;
  o.threads = 3;
  o.batch_docs = 5;
  o.progress = false;
  RunStats s = run(reader, pipeline, &sink, o, nullptr);
  EXPECT_EQ(s.sink_error, "db: disk full");
  EXPECT_EQ(s.stored, 19u);
}

// Pipeline::process_batch runs one stage at a time over the batch; its records must be, byte for byte, the
// ones process() makes one document at a time, whatever the batch (and with the scratch reused from a
// larger batch before: stale per-document buffers would leak into a smaller one).
TEST(Pipeline, ABatchMakesTheRecordsOneDocumentAtATimeMakes) {
  std::vector<Document> docs;
  std::vector<Reject> rejects;
  DocumentReader reader({test_util::source_path("tests/golden/inputs")}, ReadOptions{});
  while (reader.next_batch(docs, rejects, 64, 1 << 20)) {
  }
  ASSERT_GE(docs.size(), 3u);
  auto add = [&](std::string id, std::string text) {
    Document d;
    d.id = std::move(id);
    d.text = std::move(text);
    d.published = "2025-04-09";
    docs.push_back(std::move(d));
  };
  add("empty", "");
  add("repeated", "Kyiv said Russia recruited 155 fighters.\n\nKyiv said Russia recruited 155 fighters.\n");
  add("bytes", "The ministry \xff denied it, a spokesman said.");
  add("no-actors", "it rained all day and nobody said a thing");
  const Pipeline pipeline;
  auto json_of = [](const Record& r) {
    std::string j;
    write_record_json(r, JsonOptions{false, false}, j);
    return j;
  };
  std::vector<std::string> one;
  {
    Scratch scratch;
    for (Document d : docs) {
      Record r;
      pipeline.process(std::move(d), scratch, r);
      one.push_back(json_of(r));
    }
  }
  Scratch scratch;  // shared by every batch below
  for (size_t size : {docs.size(), size_t(1), size_t(2), size_t(5), docs.size()}) {
    std::vector<std::string> batched;
    for (size_t at = 0; at < docs.size(); at += size) {
      std::vector<Document> batch(docs.begin() + std::ptrdiff_t(at),
                                  docs.begin() + std::ptrdiff_t(std::min(docs.size(), at + size)));
      std::vector<Record> records(batch.size());
      pipeline.process_batch(batch, scratch, records);
      for (const Record& r : records) batched.push_back(json_of(r));
    }
    EXPECT_EQ(batched, one) << "batches of " << size;
  }
  // Real work was compared: the seed article has mentions, statements and events.
  EXPECT_NE(one[0].find("\"attributions\":[{"), std::string::npos);
}

// Where the time went: every stage that ran has time, a stage switched off has none, and the workers' sums
// are collected whatever the number of threads (the stages' thread-seconds fit in threads x the run's
// seconds).
TEST(Runner, StageSecondsCoverTheStagesThatRan) {
  TempDir t;
  const std::string input = make_corpus(t, 300);
  for (unsigned threads : {1u, 3u}) {
    DocumentReader reader({input}, ReadOptions{});
    PipelineOptions po;
    po.events = false;
    Pipeline pipeline(po);
    CollectSink sink;
    RunOptions o;
    o.threads = threads;
    o.batch_docs = 7;
    o.progress = false;
    const RunStats s = run(reader, pipeline, &sink, o, nullptr);
    const StageSeconds& st = s.stage_seconds;
    EXPECT_GT(st.segment, 0) << threads;
    EXPECT_GT(st.actor_lexicon, 0) << threads;
    EXPECT_GT(st.ner, 0) << threads;
    EXPECT_GT(st.attribution_taggers, 0) << threads;
    EXPECT_GT(st.attribution_rules, 0) << threads;
    EXPECT_GT(st.json, 0) << threads;
    EXPECT_EQ(st.events, 0) << threads;           // switched off
    EXPECT_EQ(st.near_dup_sketch, 0) << threads;  // no near-duplicate index
    EXPECT_LE(st.total(), threads * s.seconds + 1e-3) << threads;
    double named = 0;
    for (const auto& [name, seconds] : st.named()) named += seconds;
    EXPECT_DOUBLE_EQ(named, st.total());
  }
}
