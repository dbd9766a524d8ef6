// claimtrace — the PETRARCH2 unit-test records as a behaviour regression suite (docs/events.md): readers for
// the records XML and the PETRARCH dictionary formats (actors, agents, discards, CAMEO.2.0-style verbs),
// converted in memory into our ActorLexicon / VerbLexicon, and the exact-coding score of
// `claimtrace eval events --petrarch FILE`.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/actors.h"
#include "claimtrace/events.h"
#include "claimtrace/result.h"

namespace claimtrace {

// --- The unit-test records ---------------------------------------------------------------------------------
struct PetrarchCoding {
  std::string source, target, event;  // actor codes and the CAMEO event code, as the gold writes them
};
struct PetrarchRecord {
  std::string id, category, date;  // date: ISO ("1995-01-01") from the record's YYYYMMDD
  std::string text;                // <Text>, white space collapsed to single spaces
  bool noevents = false;           // <EventCoding noevents="True">, error="..." or no <EventCoding>
  std::string error;               // <EventCoding error="...">: the error PETRARCH reports (none coded)
  std::vector<PetrarchCoding> codings;
  uint32_t line = 0;  // of the <Sentence> tag
};
// The <Environment> block: the dictionary files, relative to the records file.
struct PetrarchEnvironment {
  std::string verbfile, actorfile, agentfile, discardfile;
};
struct PetrarchRecords {
  PetrarchEnvironment environment;
  std::vector<PetrarchRecord> records;
};
// Reads the records XML (<Environment>, <Sentence date id category> with <EventCoding> and <Text>; <Parse>,
// comments and other elements are skipped). Errors name "name:line" and the reason.
Result<PetrarchRecords> parse_petrarch_records(std::string_view xml, const std::string& name);
Result<PetrarchRecords> read_petrarch_records(const std::string& path);

// --- Dictionaries ------------------------------------------------------------------------------------------
// A PETRARCH actor dictionary (NAME [CODE], +SYNONYM lines, date-restricted codes [CODE <YYYYMMDD],
// [CODE >YYYYMMDD], [CODE YYYYMMDD-YYYYMMDD], several codes A/B per entry, # comments, <!-- --> blocks) and
// agent dictionary (NAME {PLURAL} [~CODE], !SET! = A, B substitution sets) as the text of a
// `claimtrace-actors 1` resource (docs/actors.md). Names match case-insensitively; an actor's country is
// the first three letters of its code, the rest its sector. Errors name "name:line" and the reason.
Result<std::string> petrarch_actors_tsv(std::string_view actors, const std::string& actors_name,
                                        std::string_view agents, const std::string& agents_name);
Result<ActorLexicon> petrarch_actor_lexicon(std::string_view actors, const std::string& actors_name,
                                            std::string_view agents, const std::string& agents_name);

// A CAMEO.2.0-format verb dictionary (&SYNSETS, --- NAME [code] --- blocks, verb forms in {}, patterns
// "- words * words [code]") as the text of a `claimtrace-verbs 1` resource (docs/events.md), the port of
// train/build_verb_lexicon.py: forms (regular inflections added), patterns with their codes (synsets
// expanded; PETRARCH's $ + ^ % markers dropped), paired codes "A:B" kept whole, and a type row for every
// code (the built-in lexicon's PLOVER type of the code, or "EVENT"), so that every coded match is an
// event. Errors name "name:line" and the reason.
Result<std::string> petrarch_verbs_tsv(std::string_view verbs, const std::string& name);
Result<VerbLexicon> petrarch_verb_lexicon(std::string_view verbs, const std::string& name);

// A discard dictionary: phrases (lower case, single spaces) that make PETRARCH skip a sentence ("+": the
// whole story; for one-sentence records the same).
std::vector<std::string> parse_petrarch_discards(std::string_view text);
// Does `text` hold one of the phrases, case-insensitively, on word boundaries?
bool petrarch_discarded(std::string_view text, const std::vector<std::string>& phrases);

// --- Scoring -----------------------------------------------------------------------------------------------
// Our (source code, target code, CAMEO code) triples of a record, as "SRC TGT CODE", sorted and unique:
// events with both a source and a target code; an actor code "A/B" (several codes) gives one triple per
// code.
std::vector<std::string> petrarch_triples(const std::vector<Event>& events);
std::vector<std::string> petrarch_gold_triples(const PetrarchRecord& record);

struct PetrarchMismatch {
  std::string id, category, text;
  std::vector<std::string> gold, ours;
};
struct PetrarchScore {
  size_t records = 0, exact = 0;
  std::map<std::string, std::pair<size_t, size_t>> by_category;  // category → (exact, records)
  size_t tp = 0, fp = 0, fn = 0;                                 // triples
  std::vector<PetrarchMismatch> mismatches;                      // the first `keep_mismatches`
  size_t keep_mismatches = 0;
};
// A record is coded exactly when our triples equal the gold's (none for noevents). Returns that.
bool score_petrarch(const PetrarchRecord& gold, const std::vector<Event>& events, PetrarchScore& score);

}  // namespace claimtrace
