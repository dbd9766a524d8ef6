// claimtrace — sinks: JSONL stream and the embedded SQLite store.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "claimtrace/claims.h"
#include "claimtrace/export.h"
#include "claimtrace/pipeline.h"

struct sqlite3;

namespace claimtrace {

class NearDupIndex;  // claimtrace/neardup.h

// Writes one record per line. Drops exact duplicates (same id or same text) seen earlier in the run.
class JsonlSink : public Sink {
 public:
  explicit JsonlSink(std::FILE* out) : out_(out) {}
  Result<WriteOutcome> write(const Record& record, std::string_view json) override;
  Status end_batch() override;

 private:
  std::FILE* out_;
  std::unordered_set<std::string> ids_;
  std::unordered_set<uint64_t> hashes_;
};

struct StoreStats {
  int schema = 0;
  uint64_t documents = 0;
  uint64_t paragraphs = 0;
  uint64_t duplicate_paragraphs = 0;
  uint64_t sentences = 0;
  uint64_t text_bytes = 0;
  uint64_t warnings = 0;
  uint64_t mentions = 0;
  uint64_t resolved_mentions = 0;                            // with an actor code
  std::vector<std::pair<std::string, uint64_t>> top_actors;  // most mentioned actor codes (with a country)
  uint64_t attributions = 0;
  uint64_t quantities = 0;
  uint64_t events = 0;
  std::vector<std::pair<std::string, uint64_t>> events_by_type;          // PLOVER type → count, most first
  std::vector<std::pair<std::string, uint64_t>> attributions_by_stance;  // stance → count, most first
  uint64_t runs = 0;
  uint64_t story_clusters = 0;   // near-duplicate clusters of 2+ documents (the stories table)
  uint64_t story_documents = 0;  // documents in them
};

// The embedded store. One writer; batches are transactions. Re-ingesting the same input stores nothing twice
// (documents are keyed by id, and by text hash).
class SqliteStore : public Sink {
 public:
  static Result<std::unique_ptr<SqliteStore>> open(const std::string& path);
  ~SqliteStore() override;
  Status begin_batch() override;
  Result<WriteOutcome> write(const Record& record, std::string_view json) override;
  Status end_batch() override;
  Result<StoreStats> stats();
  // Records one run's summary (the `runs` table).
  Status record_run(const RunStats& stats, const std::string& command);
  // Every stored event as an export row (claimtrace/export.h), in document then event order.
  Status event_rows(std::vector<EventRow>& out);
  // The corpus the claims stage reads (claimtrace/claims.h): every stored document with its text, its
  // attributions (content actors from the mentions inside each content) and the figures of its statements
  // (src/store/sqlite_claims.cc).
  Status claim_corpus(ClaimCorpus& out);
  // Replaces the stored claims (tables claims, claim_positions, claim_articles, claim_figures;
  // docs/schema.md) with `board`, in one transaction.
  Status save_claims(const ClaimCorpus& corpus, const ClaimBoard& board);
  // The near-duplicate clusters of one run (the stories table, docs/neardup.md): a row per document of the
  // index, replacing earlier rows of the same ids.
  Status write_stories(const NearDupIndex& index);
  // Every stored document's id and text, in store order (ingest indexes them before a run, so that new
  // documents cluster with stored ones).
  Status for_each_text(const std::function<void(const std::string& id, std::string_view text)>& fn);

 private:
  struct Impl;
  sqlite3* handle();
  Error error(const std::string& what);
  explicit SqliteStore(std::unique_ptr<Impl> impl);
  Status story_stats(StoreStats& st);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace
