// claimtrace — the pipeline: normalize → segment → dedup → (annotate) over one document, and a threaded
// runner.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "claimtrace/actors.h"
#include "claimtrace/events.h"
#include "claimtrace/ner.h"
#include "claimtrace/reader.h"
#include "claimtrace/record.h"
#include "claimtrace/text.h"

namespace claimtrace {

class NearDupIndex;  // claimtrace/neardup.h

struct PipelineOptions {
  bool keep_duplicates = false;  // when false, duplicate paragraphs are skipped by later extraction stages
  bool actors = true;            // find and resolve actor mentions
  bool ner = true;               // with actors: names the lexicon does not know, from the NER model
  const ActorLexicon* lexicon = nullptr;  // nullptr: the built-in data/actors.tsv (must outlive the pipeline)
  bool attributions = true;               // attributed statements (source, cue, content, stance)
  const AttributionModel* attribution_model = nullptr;  // nullptr: the built-in models/attribution.bin
  bool quantities = true;                               // numeric claims
  bool events = true;                                   // political events (PLOVER / CAMEO)
  const VerbLexicon* verbs = nullptr;  // nullptr: the built-in data/verbs.tsv (must outlive the pipeline)
  bool keep_actorless_events = false;  // events: also those with no actor on either side (EventInput)
};

// Where a run's time goes: seconds spent in each stage (process_batch measures the pipeline's stages, run()
// the JSON records and near-duplicate sketches). Per thread in Scratch; run() sums its workers', so with
// several threads these are thread-seconds. A disabled stage stays 0. The clock is read at each stage's edges
// once per batch, not per document.
struct StageSeconds {
  double segment = 0;              // normalize, paragraphs, sentences, tokens, paragraph dedup
  double actor_lexicon = 0;        // the actor lexicon automaton (Hyperscan)
  double ner = 0;                  // the NER model's names
  double mentions = 0;             // mentions: lexicon hits and names merged and resolved
  double attribution_taggers = 0;  // the attribution model's cue and role taggers
  double attribution_rules = 0;    // the rules over the taggers' statements, stance, sources
  double quantities = 0;
  double events = 0;
  double json = 0;             // records serialized (RunOptions::serialize)
  double near_dup_sketch = 0;  // near-duplicate signatures (RunOptions::near_dups)

  StageSeconds& operator+=(const StageSeconds& o);
  double total() const;
  // (name, seconds) of every stage, in pipeline order; the names are the JSON keys `bench` prints.
  std::vector<std::pair<const char*, double>> named() const;
};

// Per-thread working memory. Never shared between threads; pass it to every call on that thread.
struct Scratch {
  Normalized normalized;
  std::vector<uint64_t> keys;       // paragraph dedup: one key per paragraph
  std::vector<Span> bounds;         // paragraph dedup: each paragraph's span in the normalized text
  std::string key_buffer;           // paragraph dedup: the kept bytes a key is hashed from
  LexiconMatcher::Scratch matcher;  // actors: Hyperscan scratch
  std::vector<std::vector<LexiconMatch>> matches;  // actors: lexicon hits, per document of the batch
  std::vector<std::vector<NamedSpan>> names;       // actors: NER names, per document of the batch
  NerScratch ner;                                  // NER: model buffers
  std::vector<std::string_view> words;             // NER: the words of the sentences read (a prefix)
  std::vector<uint32_t> word_token;                // NER: word index → token index (a prefix)
  std::vector<uint32_t> sentence_ends;             // NER: one past each sentence's last word
  std::vector<EntitySpan> entities;                // NER: output
  AttributionScratch attribution;                  // attributions: model buffers

  // attributions: the taggers' verbs of finding, per document of the batch (AttributionInput::finding_verbs)
  std::vector<std::vector<uint32_t>> finding_verbs;
  // attributions: the rules' token index by byte, rebuilt for each document (AttributionInput::token_index)
  TokenIndex token_index;
  StageSeconds stage_seconds;  // added to by every process_batch on this thread (never reset by it)
};

// Immutable once created; share one Pipeline among all threads.
class Pipeline {
 public:
  // Compiles the resources once. A broken built-in resource aborts with a message (a build defect); use
  // create() for resources given at run time.
  explicit Pipeline(PipelineOptions options = {});
  static Result<Pipeline> create(PipelineOptions options);
  const PipelineOptions& options() const { return options_; }
  // Fills `out` (cleared first) from `doc` (moved into the record).
  void process(Document&& doc, Scratch& scratch, Record& out) const;
  // The same for a batch: out[i] from docs[i] (out.size() >= docs.size()), one stage at a time over the
  // batch (faster: each stage's tables stay in cache). The records are those process() makes.
  void process_batch(std::span<Document> docs, Scratch& scratch, std::span<Record> out) const;

 private:
  struct Unchecked {};
  void find_names(std::string_view text, const Record& r, Scratch& scratch,
                  std::vector<NamedSpan>& names) const;
  void segment(Document&& doc, Scratch& scratch, Record& out) const;
  AttributionInput attribution_input(const Record& r) const;
  void find_events(Record& out) const;
  Pipeline(PipelineOptions options, Unchecked);
  PipelineOptions options_;
  const Abbreviations* abbreviations_;
  std::shared_ptr<const LexiconMatcher> matcher_;  // null when actors are off
  const NerModel* ner_ = nullptr;                  // null when NER is off
  const AttributionModel* attribution_ = nullptr;  // null when attributions are off
  const VerbLexicon* verbs_ = nullptr;             // null when events are off
};

// Flags paragraphs whose text repeats an earlier paragraph, exactly or up to white space, punctuation and
// case. Reads scratch.normalized, which must hold normalize(text) when there are two paragraphs or more.
void flag_duplicate_paragraphs(std::string_view text, std::vector<Paragraph>& paragraphs, Scratch& scratch);

// --- Sinks -----------------------------------------------------------------------------------------------
enum class WriteOutcome { stored, duplicate_id, duplicate_text };

class Sink {
 public:
  virtual ~Sink() = default;
  virtual Status begin_batch() { return ok_status(); }
  // `json` is the record as written by write_record_json.
  virtual Result<WriteOutcome> write(const Record& record, std::string_view json) = 0;
  virtual Status end_batch() { return ok_status(); }
};

// --- Runner ----------------------------------------------------------------------------------------------
struct RunOptions {
  unsigned threads = 0;          // 0: all cores
  size_t batch_docs = 256;       // documents per batch
  size_t batch_bytes = 4 << 20;  // text bytes per batch
  bool progress = true;          // progress line on stderr for runs longer than ~2 s
  JsonOptions json;
  bool serialize = true;  // false (bench): records are not serialized and no sink is called
  // When set, every stored document is added to this near-duplicate index (signatures on the workers).
  NearDupIndex* near_dups = nullptr;
};

struct RunStats {
  uint64_t read = 0;  // documents read (valid ones: stored + duplicates)
  uint64_t stored = 0;
  uint64_t duplicates = 0;  // exact duplicates of a document already stored (same id or same text)
  uint64_t rejected = 0;    // inputs that did not become a document
  std::map<std::string, uint64_t> rejected_by_reason;
  uint64_t input_bytes = 0;
  uint64_t text_bytes = 0;
  uint64_t paragraphs = 0;
  uint64_t duplicate_paragraphs = 0;
  uint64_t sentences = 0;
  uint64_t tokens = 0;
  uint64_t warnings = 0;
  uint64_t mentions = 0, attributions = 0, quantities = 0, events = 0;  // in the documents stored
  uint64_t near_duplicates = 0;  // stored documents with a near-duplicate stored earlier in the run
  double seconds = 0;
  StageSeconds stage_seconds;  // summed over the worker threads
  std::string sink_error;      // set when the sink failed and the run stopped
};

// Reads every input, runs the pipeline on `threads` workers, hands records to the sink in input order.
// Rejects are reported through on_reject as they happen (in input order).
RunStats run(DocumentReader& reader, const Pipeline& pipeline, Sink* sink, const RunOptions& options,
             const std::function<void(const Reject&)>& on_reject);

}  // namespace claimtrace
