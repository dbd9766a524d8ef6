// The threaded runner: a reader thread feeds batches to workers; the calling thread hands results to the sink
// in input order. Memory is bounded by the window of batches in flight, not by the corpus.
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

#include "claimtrace/neardup.h"
#include "claimtrace/pipeline.h"

namespace claimtrace {
namespace {

using Clock = std::chrono::steady_clock;

struct Batch {
  uint64_t seq = 0;
  std::vector<Document> docs;
  std::vector<Reject> rejects;
  std::vector<Record> records;
  std::vector<std::string> json;
  std::vector<NearDupSketch> sketches;  // with RunOptions::near_dups
  uint64_t input_bytes_after = 0;       // reader position when this batch was cut
};

void process_batch(Batch& b, const Pipeline& pipeline, Scratch& scratch, const RunOptions& o) {
  b.records.resize(b.docs.size());
  if (o.serialize) b.json.resize(b.docs.size());
  pipeline.process_batch(b.docs, scratch, b.records);
  auto since = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
  if (o.serialize) {
    const auto t = Clock::now();
    for (size_t i = 0; i < b.docs.size(); ++i) {
      b.json[i].clear();
      write_record_json(b.records[i], o.json, b.json[i]);
    }
    scratch.stage_seconds.json += since(t);
  }
  if (o.near_dups) {
    const auto t = Clock::now();
    b.sketches.resize(b.records.size());
    for (size_t i = 0; i < b.records.size(); ++i)
      b.sketches[i] = near_dup_sketch(b.records[i].doc.text, o.near_dups->params());
    scratch.stage_seconds.near_dup_sketch += since(t);
  }
  b.docs.clear();
}

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled), tty_(isatty(2)), start_(Clock::now()), last_(start_) {}
  void update(const RunStats& s, uint64_t bytes, bool force = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    double elapsed = std::chrono::duration<double>(now - start_).count();
    double since = std::chrono::duration<double>(now - last_).count();
    if (!force && (elapsed < 2.0 || since < (tty_ ? 0.5 : 10.0))) return;
    last_ = now;
    std::fprintf(stderr, "%sclaimtrace: %llu documents, %.1f MB, %.1f MB/s, %llu rejected%s",
                 tty_ ? "\r" : "", static_cast<unsigned long long>(s.read), bytes / 1e6,
                 elapsed > 0 ? bytes / 1e6 / elapsed : 0.0, static_cast<unsigned long long>(s.rejected),
                 tty_ ? "   " : "\n");
    printed_ = true;
  }
  void finish() {
    if (enabled_ && printed_ && tty_) std::fputc('\n', stderr);
  }

 private:
  bool enabled_, tty_;
  bool printed_ = false;
  Clock::time_point start_, last_;
};

}  // namespace

RunStats run(DocumentReader& reader, const Pipeline& pipeline, Sink* sink, const RunOptions& o,
             const std::function<void(const Reject&)>& on_reject) {
  RunStats stats;
  const auto start = Clock::now();
  unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  Progress progress(o.progress);
  bool failed = false;

  // Delivers one processed batch to the sink; false when the sink failed.
  auto deliver = [&](Batch& b) -> bool {
    for (const auto& r : b.rejects) {
      ++stats.rejected;
      ++stats.rejected_by_reason[error_code_name(r.code)];
      if (on_reject) on_reject(r);
    }
    if (sink && o.serialize && !b.records.empty()) {
      if (auto st = sink->begin_batch(); !st) {
        stats.sink_error = st.error().to_string();
        return false;
      }
    }
    for (size_t i = 0; i < b.records.size(); ++i) {
      const Record& r = b.records[i];
      ++stats.read;
      stats.text_bytes += r.doc.text.size();
      WriteOutcome outcome = WriteOutcome::stored;
      if (sink && o.serialize) {
        auto w = sink->write(r, b.json[i]);
        if (!w) {
          stats.sink_error = w.error().to_string();
          return false;
        }
        outcome = w.value();
      }
      if (outcome == WriteOutcome::stored) {
        ++stats.stored;
        stats.paragraphs += r.paragraphs.size();
        for (const auto& p : r.paragraphs) stats.duplicate_paragraphs += p.duplicate_of >= 0;
        stats.sentences += r.sentences.size();
        stats.tokens += r.tokens.size();
        stats.warnings += r.warnings.size();
        stats.mentions += r.mentions.size();
        stats.attributions += r.attributions.size();
        stats.quantities += r.quantities.size();
        stats.events += r.events.size();
        if (o.near_dups && i < b.sketches.size()) {
          NearDupMatch m = o.near_dups->add(r.doc.id, std::move(b.sketches[i]));
          stats.near_duplicates += m.duplicate_of != kNoDoc;
        }
      } else {
        ++stats.duplicates;
      }
    }
    if (sink && o.serialize && !b.records.empty()) {
      if (auto st = sink->end_batch(); !st) {
        stats.sink_error = st.error().to_string();
        return false;
      }
    }
    stats.input_bytes = b.input_bytes_after;
    progress.update(stats, stats.input_bytes);
    return true;
  };

  if (threads <= 1) {
    Scratch scratch;
    Batch b;
    while (!failed) {
      b.docs.clear();
      b.rejects.clear();
      if (!reader.next_batch(b.docs, b.rejects, o.batch_docs, o.batch_bytes)) break;
      b.input_bytes_after = reader.bytes_read();
      process_batch(b, pipeline, scratch, o);
      failed = !deliver(b);
    }
    stats.stage_seconds += scratch.stage_seconds;
  } else {
    std::mutex mu;
    std::condition_variable cv_reader, cv_work, cv_done;
    std::deque<std::unique_ptr<Batch>> todo;
    std::vector<std::unique_ptr<Batch>> pool;  // delivered batches, reused: their records keep their capacity
    std::vector<std::unique_ptr<Batch>> done;  // indexed by seq % window
    const size_t window = 2 * threads + 2;
    done.resize(window);
    size_t in_flight = 0;
    bool reader_finished = false, stop = false;
    uint64_t produced = 0;

    std::thread reader_thread([&] {
      for (uint64_t seq = 0;; ++seq) {
        {
          std::unique_lock lk(mu);
          cv_reader.wait(lk, [&] { return in_flight < window || stop; });
          if (stop) break;
        }
        std::unique_ptr<Batch> b;
        {
          std::lock_guard lk(mu);
          if (!pool.empty()) {
            b = std::move(pool.back());
            pool.pop_back();
          }
        }
        if (!b) b = std::make_unique<Batch>();
        b->docs.clear();
        b->rejects.clear();
        b->seq = seq;
        bool more = reader.next_batch(b->docs, b->rejects, o.batch_docs, o.batch_bytes);
        b->input_bytes_after = reader.bytes_read();
        std::lock_guard lk(mu);
        if (!more) {
          reader_finished = true;
          produced = seq;
          cv_done.notify_all();
          cv_work.notify_all();
          break;
        }
        ++in_flight;
        todo.push_back(std::move(b));
        cv_work.notify_one();
      }
      std::lock_guard lk(mu);
      reader_finished = true;
      cv_work.notify_all();
      cv_done.notify_all();
    });
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t) {
      workers.emplace_back([&] {
        Scratch scratch;
        for (;;) {
          std::unique_ptr<Batch> b;
          {
            std::unique_lock lk(mu);
            cv_work.wait(lk, [&] { return !todo.empty() || reader_finished || stop; });
            if (todo.empty()) {
              stats.stage_seconds += scratch.stage_seconds;  // (mu is held)
              return;
            }
            b = std::move(todo.front());
            todo.pop_front();
          }
          if (!stop) process_batch(*b, pipeline, scratch, o);
          std::lock_guard lk(mu);
          done[b->seq % window] = std::move(b);
          cv_done.notify_all();
        }
      });
    }
    for (uint64_t next = 0;; ++next) {
      std::unique_ptr<Batch> b;
      {
        std::unique_lock lk(mu);
        cv_done.wait(lk, [&] {
          return (done[next % window] && done[next % window]->seq == next) ||
                 (reader_finished && next >= produced);
        });
        if (!done[next % window] || done[next % window]->seq != next) break;  // all delivered
        b = std::move(done[next % window]);
      }
      if (!failed) failed = !deliver(*b);
      std::lock_guard lk(mu);
      pool.push_back(std::move(b));
      --in_flight;
      if (failed) stop = true;
      cv_reader.notify_one();
      if (failed) {
        cv_work.notify_all();
        cv_reader.notify_all();
      }
    }
    {
      std::lock_guard lk(mu);
      stop = true;
      cv_reader.notify_all();
      cv_work.notify_all();
    }
    reader_thread.join();
    for (auto& w : workers) w.join();
  }
  stats.input_bytes = reader.bytes_read();
  stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  progress.finish();
  return stats;
}

}  // namespace claimtrace
