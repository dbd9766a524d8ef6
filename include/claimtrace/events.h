// claimtrace — political events: who did what to whom, coded in PLOVER (with CAMEO codes).
//
// Two sources (docs/events.md): verb patterns (data/verbs.tsv, compiled from the PETRARCH2 CAMEO verb
// dictionary plus our own additions: "recruiting" → MOBILIZE, "the capture of X" → COERCE), with the source
// the nearest actor before the trigger and the target the first actor after it; and attributed statements
// whose stance is an event (ACCUSE → DISAPPROVE, DENY / REJECT → REJECT, APPEAL → DEMAND, CONCERN and
// CRITICIZE → DISAPPROVE, PROMISE → AGREE): the statement's source does it to the first actor of its content.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/actors.h"
#include "claimtrace/attribution.h"
#include "claimtrace/result.h"
#include "claimtrace/text.h"

namespace claimtrace {

struct EventActor {
  int32_t mention = -1;               // index into the record's mentions, or -1 (no actor found)
  Span span;                          // the mention's bytes
  std::string code, country, sector;  // the mention's actor (empty when unresolved)
  // No mention (mention == -1) but a country all the same: an event with one side named is domestic, the
  // other side is that side's country ("Iraqis demonstrated": IRQ PROTEST IRQ; docs/events.md).
  bool inferred = false;
};

struct Event {
  std::string type;  // PLOVER: AGREE, CONSULT, SUPPORT, COOPERATE, AID, RETREAT, CONCEDE, DEMAND, DISAPPROVE,
                     // REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, FIGHT, INVESTIGATE
  std::string cameo;  // CAMEO code ("112"); its root is the first two digits
  std::string mode;   // "verbal" for an event that is a statement (ACCUSE, DEMAND ...), else ""
  EventActor source, target;
  Span trigger;      // the verb, noun or cue
  Span location;     // "in <place>" in the same sentence, or empty
  std::string date;  // ISO date: from the sentence when explicit ("on April 10", "15 October 2024", "on
                     // Tuesday", "yesterday": event_date()), else the document's
  bool date_in_text = false;  // the date came from the sentence
  uint32_t sentence = 0;      // index into sentences
  int32_t statement = -1;     // the attribution that is this event, or whose content holds its trigger
};

namespace events_detail {
struct Lexicon;
}

// data/verbs.tsv, parsed once into an immutable object (share it among threads).
class VerbLexicon {
 public:
  static constexpr int kFormatVersion = 1;
  // Errors name `name` and the line.
  static Result<VerbLexicon> parse(std::string_view text, std::string_view name);
  static const VerbLexicon& builtin();
  size_t forms() const;
  size_t patterns() const;
  // The PLOVER type of a CAMEO code (longest known prefix), or "" when it has none.
  std::string_view plover_type(std::string_view cameo) const;

  explicit VerbLexicon(std::shared_ptr<const events_detail::Lexicon> data);
  const events_detail::Lexicon& data() const { return *data_; }

 private:
  std::shared_ptr<const events_detail::Lexicon> data_;
};

struct EventInput {  // all spans must outlive the call
  std::string_view text;
  std::span<const Token> tokens;
  std::span<const Sentence> sentences;
  std::span<const Paragraph> paragraphs;
  std::span<const Mention> mentions;
  std::span<const Attribution> attributions;
  std::string_view date;         // the document date (ISO), copied into every event
  bool keep_duplicates = false;  // also read duplicate paragraphs
  bool keep_actorless = false;   // also keep events with no actor on either side (no mention, no code)
};

// The date a sentence gives its events, as ISO YYYY-MM-DD, or "" when it gives none: a month and a day
// ("April 10", "10 April", "Apr. 10", with an optional year; without one, the year that puts it on or before
// the document date), a weekday ("on Tuesday": the latest such day on or before the document date),
// "yesterday" and "today". `words`: the sentence's words in lower case; `doc_date`: ISO or "" (then only
// dates with a year are read).
std::string event_date(std::span<const std::string> words, std::string_view doc_date);

// Appends the document's events to `out`, in text order of their triggers.
void find_events(const EventInput& in, const VerbLexicon& lexicon, std::vector<Event>& out);

}  // namespace claimtrace

namespace claimtrace {

// --- PLOVER gold (evaluation) ------------------------------------------------------------------------------
struct PloverActor {
  std::string text;
  std::string code;  // as the gold writes it: ISO3 country ("USA"), "IGO", "NGO" ...
};
struct PloverRecord {
  std::string id, text, date, event;  // event: the PLOVER type
  std::vector<PloverActor> source, target;
};
// Reads a PLOVER gold-standard JSON file (an array of records; records without text — the DOCUMENT header
// — are skipped; a joint event, two or more sources and no target, gets its sources as targets too). Errors
// name the file and the reason.
Result<std::vector<PloverRecord>> read_plover(const std::string& path);
// The same from the file's bytes; `name` is used in errors.
Result<std::vector<PloverRecord>> parse_plover(std::string_view json, const std::string& name);

// The scores `claimtrace eval events --plover` prints (docs/events.md). Per record, the primary event is the
// first event with a source and a target, else the first with a source, else the first.
struct EventScore {
  size_t records = 0, with_event = 0;
  size_t type_correct = 0;
  size_t source_gold = 0, source_correct = 0;  // records with a gold source; our primary source matches
  size_t target_gold = 0, target_correct = 0;
  double triple_tp = 0, triple_fp = 0, triple_fn = 0;  // (source country, type, target country)
  std::vector<std::pair<std::string, std::pair<size_t, size_t>>> by_type;  // gold type → (correct, records)
};
// The primary event of a record's events, or -1.
int32_t primary_event(const std::vector<Event>& events);
// Compares the primary event's actor to the gold codes: the actor's country ("JPN"), or "IGO"/"NGO" ... for
// organisations; CAMEO's old country codes in the gold (JAP, ITL ...) are read as ISO3.
bool plover_code_matches(const EventActor& ours, const std::vector<PloverActor>& gold);
void score_event(const PloverRecord& gold, const std::vector<Event>& events, EventScore& score);

}  // namespace claimtrace
