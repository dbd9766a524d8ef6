// claimtrace — actors: the actor lexicon (data/actors.tsv), its compiled many-pattern matcher, and mentions
// resolved to CAMEO-style actor codes (country ISO3 + sector: CHNGOV, UKRMIL, RUSGOV, USAGOV, PRKMIL ...).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/result.h"
#include "claimtrace/text.h"

namespace claimtrace {

// One lexicon entry (a line of data/actors.tsv; format in docs/actors.md).
struct ActorEntry {
  std::string id;        // unique, stable: "CHN", "CHN.adj", "p.lin-jian", "agent.GOV"
  std::string kind;      // country adjective capital seat city region igo ngo org person agent
  std::string code;      // CAMEO code it resolves to: "CHN", "CHNGOV", "IGOUNO"; agents: the sector ("GOV")
  std::string country;   // ISO 3166 alpha-3 or empty
  std::string sector;    // GOV MIL COP REB ... or empty
  std::string type;      // mention type: PERSON ORG GPE LOC NORP FAC, "-" for agents
  std::string name;      // canonical name
  std::string from, to;  // office dates (ISO, possibly partial); empty when open
  std::string role;      // for persons: "President", "Foreign Ministry spokesperson" ...
};

// A surface phrase of an entry. Phrases with an upper-case letter match case-sensitively, all-lower-case
// phrases case-insensitively; matches must sit on word boundaries.
struct ActorAlias {
  std::string phrase;
  std::vector<uint32_t> entries;  // every entry that has this phrase (e.g. one person in two terms)
  bool caseless = false;
};

// Immutable once built; share one among threads.
class ActorLexicon {
 public:
  // Parses the resource text (first line "claimtrace-actors 1"); errors name "name:line: reason".
  static Result<ActorLexicon> parse(std::string_view text, std::string_view name);
  // The compiled-in data/actors.tsv.
  static const ActorLexicon& builtin();

  const std::vector<ActorEntry>& entries() const { return entries_; }
  const std::vector<ActorAlias>& aliases() const { return aliases_; }
  // The entry of `alias` valid on `date` (ISO "YYYY-MM-DD", may be empty: prefer the open-ended entry).
  uint32_t pick(const ActorAlias& alias, std::string_view date) const;

 private:
  std::vector<ActorEntry> entries_;
  std::vector<ActorAlias> aliases_;
};

// A lexicon hit: text[begin, end) is alias `alias`.
struct LexiconMatch {
  uint32_t begin = 0, end = 0, alias = 0;
  bool operator==(const LexiconMatch&) const = default;
};

// The lexicon compiled into one Hyperscan (vectorscan) database of literals. Immutable; scanning needs a
// per-thread MatcherScratch.
class LexiconMatcher {
 public:
  // `precompiled`: a database serialize() wrote, for this lexicon, with this Hyperscan version and a CPU like
  // this one; used (no compilation: Hyperscan's takes ~0.06 s for the built-in lexicon) when it is all of
  // that, else ignored and the lexicon compiled. The result is the same either way.
  static Result<std::shared_ptr<const LexiconMatcher>> compile(const ActorLexicon& lexicon,
                                                               std::string_view precompiled = {});
  // The built-in lexicon's matcher, made once per process: from the database the executable embeds
  // (claimtrace_actor_db writes it at build time) when it has one that fits, else compiled.
  static Result<std::shared_ptr<const LexiconMatcher>> builtin();
  // The compiled database with a header naming its lexicon (a hash of every pattern) and Hyperscan's version.
  std::string serialize() const;
  // Was it read from a precompiled database?
  bool precompiled() const { return precompiled_; }
  ~LexiconMatcher();
  LexiconMatcher(const LexiconMatcher&) = delete;
  LexiconMatcher& operator=(const LexiconMatcher&) = delete;

  class Scratch {
   public:
    Scratch();
    ~Scratch();
    Scratch(Scratch&&) noexcept;
    Scratch& operator=(Scratch&&) noexcept;

   private:
    friend class LexiconMatcher;
    void* hs_ = nullptr;        // hs_scratch_t
    const void* db_ = nullptr;  // the database hs_ was allocated for
  };
  // Every alias occurrence on word boundaries, sorted by (begin, longer first). Overlaps are kept.
  void match(std::string_view text, Scratch& scratch, std::vector<LexiconMatch>& out) const;
  const ActorLexicon& lexicon() const { return *lexicon_; }

 private:
  LexiconMatcher() = default;
  const ActorLexicon* lexicon_ = nullptr;
  void* db_ = nullptr;                   // hs_database_t
  std::vector<uint32_t> pattern_alias_;  // pattern id → alias index
  std::vector<uint32_t> pattern_len_;    // pattern id → byte length
  uint64_t key_ = 0;                     // the hash of the patterns, their flags and Hyperscan's version
  bool precompiled_ = false;
};

// The slow, obviously correct reference: every alias at every offset. For tests.
void naive_lexicon_match(const ActorLexicon& lexicon, std::string_view text, std::vector<LexiconMatch>& out);

// An actor as resolved for a mention.
struct ActorRef {
  std::string code;     // "CHNGOV", "RUSMIL", "CHN", "IGOUNO"; for an agent with no known country, the sector
  std::string country;  // ISO3 or empty
  std::string sector;   // or empty
  std::string name;     // canonical name (lexicon) or the mention's text
  std::string id;       // lexicon id ("p.lin-jian", "CHN.adj+agent.GOV"), empty when not from the lexicon
  bool operator==(const ActorRef&) const = default;
};

// How a mention was found and resolved.
enum class MentionSource : uint8_t {
  lexicon,   // an alias of the actor lexicon
  composed,  // country / adjective + agent nouns: "Chinese government spokesperson", "Russian forces"
  title,     // a person introduced by a title: "Foreign ministry spokesperson Lin Jian"
  ner,       // a name found by the NER model, not in the lexicon
  surname,   // a later reference by surname to an earlier person
  pronoun,   // he / she / him / her / his, resolved to the nearest earlier person
  definite,  // "the spokesperson", "the ministry": the nearest earlier actor of that sector
};
const char* mention_source_name(MentionSource s);

struct Mention {
  uint32_t begin = 0, end = 0;  // bytes into the text
  std::string type;             // PERSON ORG GPE LOC NORP MISC AGENT
  bool resolved = false;        // actor is set
  ActorRef actor;
  MentionSource source = MentionSource::lexicon;
  int32_t ref = -1;       // for surname / pronoun / definite: index of the antecedent mention
  uint32_t sentence = 0;  // index into the record's sentences
};

// A name found by a NER model, as bytes: type is PER, LOC, ORG or MISC.
struct NamedSpan {
  uint32_t begin = 0, end = 0;
  std::string_view type;
};

struct MentionOptions {
  bool keep_duplicates = false;  // also look inside duplicate paragraphs
  std::string_view date;         // the document date (ISO), used to pick office-holders; may be empty
};

// Builds the mentions of one document from its lexicon matches (LexiconMatcher::match over the whole text),
// tokens, sentences, paragraphs and NER spans. Appends to `out` in text order.
void build_mentions(std::string_view text, const std::vector<Token>& tokens,
                    const std::vector<Sentence>& sentences, const std::vector<Paragraph>& paragraphs,
                    const std::vector<LexiconMatch>& matches, const std::vector<NamedSpan>& names,
                    const ActorLexicon& lexicon, const MentionOptions& options, std::vector<Mention>& out);

// The mention that carries the actor of mentions[index]: itself when resolved, else its antecedent (`ref`,
// followed a few steps), or -1 (index -1, out of range, or nothing resolved).
int32_t resolved_mention(std::span<const Mention> mentions, int32_t index);

// Is there a word character (letter, digit, mark) ending just before / starting at byte `at`?
bool word_char_before(std::string_view text, size_t at);
bool word_char_at(std::string_view text, size_t at);

}  // namespace claimtrace
