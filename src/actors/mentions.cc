// Mentions: lexicon hits → composed agents → NER names → titles → later references (surname, pronoun, "the
// spokesperson"). One pass each over a document's hits, in text order.
#include <algorithm>
#include <map>

#include "claimtrace/actors.h"
#include "core/words.h"

namespace claimtrace {

const char* mention_source_name(MentionSource s) {
  switch (s) {
    case MentionSource::lexicon:
      return "lexicon";
    case MentionSource::composed:
      return "composed";
    case MentionSource::title:
      return "title";
    case MentionSource::ner:
      return "ner";
    case MentionSource::surname:
      return "surname";
    case MentionSource::pronoun:
      return "pronoun";
    case MentionSource::definite:
      return "definite";
  }
  return "?";
}

namespace {

constexpr int kContextSentences = 2;  // how far back a title, pronoun or "the spokesperson" looks

struct Item {
  uint32_t begin, end, entry;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// he, He, she, She, him, her, Her, his, His. A word token of two or three bytes is one key (its bytes and its
// length), looked up in a 16-slot table where the nine have distinct slots: most tokens are not pronouns, and
// the test has no branch that depends on the word.
constexpr uint32_t pronoun_key(std::string_view w) {
  uint32_t k = uint32_t(w.size()) << 24;
  for (size_t i = 0; i < w.size(); ++i) k |= uint32_t(static_cast<unsigned char>(w[i])) << (8 * i);
  return k;
}
constexpr size_t pronoun_slot(uint32_t key) { return (key * 0xDDF114D7u) >> 28; }
struct PronounTable {
  uint32_t key[16] = {};
};
constexpr PronounTable make_pronoun_table() {
  PronounTable t;
  for (std::string_view w : {"he", "He", "she", "She", "him", "her", "Her", "his", "His"}) {
    uint32_t& slot = t.key[pronoun_slot(pronoun_key(w))];
    if (slot != 0) throw "two pronouns share a slot: change the multiplier";  // fails the constant evaluation
    slot = pronoun_key(w);
  }
  return t;
}
constexpr PronounTable kPronouns = make_pronoun_table();
bool is_pronoun_token(std::string_view t, const Token& tok) {
  const uint32_t len = tok.end - tok.begin;
  const bool candidate = (tok.kind == TokenKind::word) & (len - 2u <= 1u);
  uint32_t bytes = 0;
  if (size_t(tok.begin) + 3 <= t.size()) {
    const auto* p = reinterpret_cast<const unsigned char*>(t.data()) + tok.begin;
    bytes = uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16;
  } else {
    for (size_t i = tok.begin; i < t.size() && i < size_t(tok.begin) + 3; ++i)
      bytes |= uint32_t(static_cast<unsigned char>(t[i])) << (8 * (i - tok.begin));
  }
  const uint32_t key = (bytes & (len == 2 ? 0xFFFFu : 0xFFFFFFu)) | (len & 0xFFu) << 24;
  return candidate & (kPronouns.key[pronoun_slot(key)] == key);
}

// A per-thread buffer for merging mentions (swapped with the output, so both keep their capacity).
std::vector<Mention>& merge_buffer() {
  thread_local std::vector<Mention> buffer;
  buffer.clear();
  return buffer;
}

// What separates two lexicon hits: 0 nothing acceptable, 1 white space, 2 a possessive ('s / ’s), 3 one
// lower-case word ("Chinese [special] forces").
// allow_word: one lower-case word of 3 or more letters may stand between ("Russian armed forces", "U.S. trade
// officials"); not a possessive ("Reuters his company"), and after a place's name not a word in "-ed", as
// often a verb ("Turkey pulled warships", "Venezuela asked banks").
int gap(std::string_view t, uint32_t from, uint32_t to, bool allow_word, bool place_head = false) {
  if (from > to) return 0;
  std::string_view g = t.substr(from, to - from);
  if (g.empty()) return 0;
  if (std::all_of(g.begin(), g.end(), is_space)) return g.find('\n') == std::string_view::npos ? 1 : 0;
  for (std::string_view pos : {std::string_view("'s "), std::string_view("\xE2\x80\x99s ")}) {
    if (g.size() >= pos.size() && g.substr(0, pos.size()) == pos &&
        std::all_of(g.begin() + static_cast<long>(pos.size()), g.end(), is_space)) {
      return 2;
    }
  }
  if (allow_word) {
    size_t i = 0;
    while (i < g.size() && is_space(g[i])) ++i;
    if (i == 0) return 0;
    size_t w = i;
    while (i < g.size() && (is_lower(g[i]) || g[i] == '-')) ++i;
    if (i == w || i - w < 3) return 0;
    const std::string_view word = g.substr(w, i - w);
    if (word == "his" || word == "her" || word == "its" || word == "their" || word == "our") return 0;
    // (The participles of "X-based" compounds written apart stay: "U.S. backed rebels", "Hong Kong listed".)
    static constexpr std::string_view kCompounds[] = {"based",    "backed",     "listed", "registered",
                                                      "owned",    "controlled", "funded", "sponsored",
                                                      "financed", "allied",     "led"};
    if (place_head && word.ends_with("ed") &&
        std::find(std::begin(kCompounds), std::end(kCompounds), word) == std::end(kCompounds))
      return 0;
    size_t s = i;
    while (i < g.size() && is_space(g[i])) ++i;
    if (i == g.size() && i > s && g.find('\n') == std::string_view::npos) return 3;
  }
  return 0;
}

// Between a country's name or adjective and an agent noun, one to three capitalized words of an office, a
// department or an institution, "and" between two of them: "Saudi Arabian [Oil] Minister", "British
// [Agriculture] Minister", "Indonesian [Research and Technology] Minister", "U.S. [District] Court"; after a
// possessive, lower-case ones too: "Brazil's [central bank] governor", "Ecuador's [deputy energy] minister".
// Not a company's or an association's name ("Canadian [Pacific Ltd] chairman", "American [Petroleum
// Institute] President": a word of the list below; "Bank" only after "Central"), not a function word, not
// across a line.
bool office_words_between(std::string_view t, uint32_t from, uint32_t to) {
  if (from >= to) return false;
  std::string_view g = t.substr(from, to - from);
  if (g.find('\n') != std::string_view::npos) return false;
  bool possessive = false;
  for (std::string_view pos : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
    if (g.starts_with(pos)) g.remove_prefix(pos.size()), possessive = true;
  static const SmallWordSet kNot{
      // names of companies and associations
      "Corp", "Corporation", "Co", "Inc", "Ltd", "Plc", "PLC", "Group", "Holdings", "Airlines", "Airways",
      "Motor", "Motors", "Industries", "Exchange", "Bank", "Pacific", "International", "Institute",
      "Association", "Federation", "Society", "Foundation", "Conference", "University", "College", "League",
      "Union",
      // function words
      "The", "A", "An", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "the", "a", "an",
      "of", "to", "for", "in", "on", "at", "by", "with", "from", "his", "her", "its", "their", "that", "this",
      "was", "is", "are", "were", "has", "have", "had", "will", "would", "said", "says", "new", "former"};
  size_t words = 0;
  bool last_and = true;  // (a first word must not be "and")
  std::string_view prev;
  while (!g.empty()) {
    if (!is_space(g.front())) return false;
    while (!g.empty() && is_space(g.front())) g.remove_prefix(1);
    if (g.empty()) break;
    size_t n = 0;
    while (n < g.size() && !is_space(g[n])) ++n;
    const std::string_view w = g.substr(0, n);
    g.remove_prefix(n);
    if (w == "and") {
      if (last_and) return false;
      last_and = true;
      continue;
    }
    const bool capitalized = w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z';
    const bool lower = w.size() >= 3 && is_lower(w[0]);
    if (!(capitalized || (possessive && lower)) || !std::all_of(w.begin() + 1, w.end(), is_lower))
      return false;
    if (kNot.contains(w) && !(w == "Bank" && prev == "Central")) return false;
    if (++words > 3) return false;
    last_and = false;
    prev = w;
  }
  return words > 0 && !last_and;
}

// Is the word right before `at` (one space before it) a capitalized word other than an article or a
// preposition? ("Pan American": the adjective is part of a name; not "The U.S. District Court".)
bool capitalized_word_before(std::string_view t, uint32_t at) {
  if (at < 2 || t[at - 1] != ' ') return false;
  size_t b = at - 1;
  while (b > 0 && (is_lower(t[b - 1]) || (t[b - 1] >= 'A' && t[b - 1] <= 'Z'))) --b;
  if (b == at - 1 || t[b] < 'A' || t[b] > 'Z') return false;
  static const SmallWordSet kFunction{"The", "A",     "An",     "In",   "On",   "At", "For",
                                      "By",  "From",  "To",     "And",  "But",  "Of", "With",
                                      "As",  "After", "Before", "When", "While"};
  return !kFunction.contains(t.substr(b, at - 1 - b));
}

bool is_head_kind(std::string_view k) {
  return k == "country" || k == "adjective" || k == "capital" || k == "city" || k == "region" ||
         k == "seat" || k == "igo" || k == "ngo" || k == "org";
}

std::string mention_type(const ActorEntry& e) {
  if (e.type == "-" || e.type.empty()) return "AGENT";
  return e.type;
}

void set_ref(ActorRef& r, const ActorEntry& e) {
  r.code = e.code;
  r.country = e.country;
  r.sector = e.sector;
  r.name = e.name;
  r.id = e.id;
}

// A pronoun to insert as a mention (Builder::references).
struct Pronoun {
  const Token* token;
  uint32_t before;  // inserted before out_[before]
  int32_t person;   // index into out_
  uint32_t sentence;
};

// The builder's lists, per thread: cleared per document, they keep their capacity.
struct BuilderBuffers {
  std::vector<Item> items;
  std::vector<int32_t> remap;    // old mention index → new index, while pronouns are merged in
  std::vector<uint32_t> people;  // resolved persons of several words (surnames)
  std::vector<Pronoun> pronouns;
};
BuilderBuffers& builder_buffers() {
  thread_local BuilderBuffers buffers;
  buffers.items.clear();
  return buffers;
}

class Builder {
 public:
  Builder(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
          const std::vector<Paragraph>& paragraphs, const ActorLexicon& lexicon,
          const MentionOptions& options, std::vector<Mention>& out)
      : t_(text),
        tokens_(tokens),
        sentences_(sentences),
        paragraphs_(paragraphs),
        lex_(lexicon),
        opt_(options),
        out_(out),
        buffers_(builder_buffers()),
        items_(buffers_.items),
        remap_(buffers_.remap),
        people_(buffers_.people),
        pronouns_(buffers_.pronouns) {}

  uint32_t sentence_of(uint32_t offset) const {
    auto it = std::upper_bound(sentences_.begin(), sentences_.end(), offset,
                               [](uint32_t o, const Sentence& s) { return o < s.begin; });
    return it == sentences_.begin() ? 0 : static_cast<uint32_t>(it - sentences_.begin() - 1);
  }
  bool skipped(uint32_t offset) const {
    if (opt_.keep_duplicates || sentences_.empty()) return false;
    const Sentence& s = sentences_[sentence_of(offset)];
    return s.paragraph < paragraphs_.size() && paragraphs_[s.paragraph].duplicate_of >= 0;
  }
  const ActorEntry& entry(const Item& i) const { return lex_.entries()[i.entry]; }

  // Lexicon hits → items (longest first, no overlaps, none in skipped paragraphs). A hit that overlaps the
  // item before and names the same actor extends it ("Chinese President Xi" + "Xi Jinping": one mention,
  // "Chinese President Xi Jinping", not one and a stray "Jinping").
  void select(const std::vector<LexiconMatch>& matches) {
    uint32_t last_end = 0;
    for (const auto& m : matches) {
      if (m.begin < last_end) {
        if (m.end > last_end && !items_.empty() &&
            lex_.pick(lex_.aliases()[m.alias], opt_.date) == items_.back().entry)
          items_.back().end = last_end = m.end;
        continue;
      }
      if (skipped(m.begin)) continue;
      items_.push_back(Item{m.begin, m.end, lex_.pick(lex_.aliases()[m.alias], opt_.date)});
      last_end = m.end;
    }
  }

  // A new mention at the end of out_ (made in place; its type, resolved and actor are set by the caller).
  Mention& add(uint32_t b, uint32_t e, MentionSource src) {
    Mention& m = out_.emplace_back();
    m.begin = b;
    m.end = e;
    m.source = src;
    m.sentence = sentence_of(b);
    return m;
  }

  // Country / adjective / capital / seat / organisation followed by agent nouns → one composed actor;
  // runs of bare agent nouns → one AGENT mention.
  void compose() {
    const size_t n = items_.size();
    for (size_t i = 0; i < n;) {
      const ActorEntry& head = entry(items_[i]);
      size_t j = i + 1;
      const bool head_ok = is_head_kind(head.kind);
      const bool bare = head.kind == "agent";
      const bool place_head =
          head.kind == "country" || head.kind == "capital" || head.kind == "city" || head.kind == "region";
      if (head_ok || bare) {
        while (j < n && entry(items_[j]).kind == "agent" &&
               gap(t_, items_[j - 1].end, items_[j].begin, j == i + 1 && head_ok, place_head) > 0 &&
               (j == i + 1 || gap(t_, items_[j - 1].end, items_[j].begin, false) == 1)) {
          ++j;
        }
      }
      if (head_ok && j > i + 1) {
        std::string sector;
        for (size_t k = i + 1; k < j && sector.empty(); ++k) sector = entry(items_[k]).sector;
        ActorRef a;
        a.country = head.country;
        a.sector = sector;
        if (head.kind == "seat" || head.kind == "igo" || head.kind == "ngo" || head.kind == "org") {
          a.code = head.code;
          a.sector = head.sector.empty() ? sector : head.sector;
        } else {
          a.code = head.country + sector;
        }
        a.name = std::string(t_.substr(items_[i].begin, items_[j - 1].end - items_[i].begin));
        a.id = head.id;
        for (size_t k = i + 1; k < j; ++k) a.id += "+" + entry(items_[k]).id;
        std::string type = a.sector.empty() ? "NORP" : "ORG";
        const bool resolved = !a.code.empty();
        Mention& m = add(items_[i].begin, items_[j - 1].end, MentionSource::composed);
        m.type = std::move(type);
        m.resolved = resolved;
        m.actor = std::move(a);
        i = j;
        continue;
      }
      if (bare) {
        // A run of agent nouns with no country: "Foreign ministry spokesperson", "officials". A lone agent
        // word that modifies the next noun ("military activities") is not an actor.
        if (j == i + 1 && modifies_next_word(items_[i].begin, items_[i].end)) {
          ++i;
          continue;
        }
        std::string sector;
        for (size_t k = i; k < j && sector.empty(); ++k) sector = entry(items_[k]).sector;
        if (!sector.empty()) {
          ActorRef a;
          a.code = sector;
          a.sector = sector;
          a.name = std::string(t_.substr(items_[i].begin, items_[j - 1].end - items_[i].begin));
          for (size_t k = i; k < j; ++k) a.id += (k > i ? "+" : "") + entry(items_[k]).id;
          Mention& m = add(items_[i].begin, items_[j - 1].end, MentionSource::lexicon);
          m.type = "AGENT";
          m.resolved = true;
          m.actor = std::move(a);
        }
        i = j;
        continue;
      }
      uint32_t end = items_[i].end;
      if (head.kind == "region" || head.kind == "city") end = extend_place(end);
      Mention& m = add(items_[i].begin, end, MentionSource::lexicon);
      m.type = mention_type(head);
      m.resolved = true;
      set_ref(m.actor, head);
      ++i;
    }
  }

  // Is the word after the agent word [begin, at) a lower-case word that the agent word modifies? ("military
  // activities", "army base", but not "officials said", "troops in", "government of"). Not after a plural
  // agent ("soldiers opened fire", "refugees fled", "protesters gathered": a plural modifies no noun), nor
  // before a past tense in "-ed" ("the army launched", "police arrested"; not "-eed": "military speed").
  bool modifies_next_word(uint32_t begin, uint32_t at) const {
    const std::string_view agent = t_.substr(begin, at - begin);
    if (agent.size() > 3 && agent.back() == 's' && agent[agent.size() - 2] != 's') return false;
    static const std::string_view kNotNouns[] = {
        "said",   "says",   "say",    "told",     "is",        "are",       "was",      "were",    "has",
        "have",   "had",    "will",   "would",    "could",     "should",    "may",      "might",   "can",
        "did",    "do",     "does",   "denied",   "denies",    "claimed",   "claims",   "accused", "urged",
        "warned", "added",  "stated", "reported", "announced", "confirmed", "insisted", "argued",  "noted",
        "of",     "in",     "on",     "and",      "or",        "to",        "for",      "at",      "from",
        "with",   "who",    "that",   "which",    "whose",     "as",        "by",       "into",    "near",
        "after",  "before", "during", "against",  "but",       "also",      "then",     "not",     "never"};
    size_t i = at;
    if (i >= t_.size() || t_[i] != ' ') return false;
    ++i;
    size_t w = i;
    while (i < t_.size() && is_lower(t_[i])) ++i;
    if (i == w || (i < t_.size() && (t_[i] == '-' || (static_cast<unsigned char>(t_[i]) >= 0x80))))
      return false;
    std::string_view word = t_.substr(w, i - w);
    if (word.size() >= 5 && word.ends_with("ed") && !word.ends_with("eed")) return false;
    return std::find(std::begin(kNotNouns), std::end(kNotNouns), word) == std::end(kNotNouns);
  }

  // "Donetsk region", "Kursk oblast": the place noun belongs to the mention.
  uint32_t extend_place(uint32_t end) const {
    for (std::string_view w : {" region", " oblast", " province", " Region", " Oblast", " Province"}) {
      if (t_.substr(end, w.size()) == w && !word_char_at(t_, end + w.size()))
        return end + static_cast<uint32_t>(w.size());
    }
    return end;
  }

  // NER names that no lexicon mention covers. A name that contains only agent nouns wins over them
  // ("General Binding Corp" is a company, not the military).
  void add_names(const std::vector<NamedSpan>& names) {
    if (names.empty()) return;
    std::vector<Mention>& lexical = out_;
    std::vector<Mention>& merged = merge_buffer();
    merged.reserve(lexical.size() + names.size());
    size_t k = 0;
    for (const auto& nm : names) {
      if (skipped(nm.begin)) continue;
      while (k < lexical.size() && lexical[k].end <= nm.begin) merged.push_back(std::move(lexical[k++]));
      size_t e = k;
      bool only_agents = true;
      while (e < lexical.size() && lexical[e].begin < nm.end) {
        const Mention& x = lexical[e];
        only_agents = only_agents && x.type == "AGENT" && x.begin >= nm.begin && x.end <= nm.end;
        ++e;
      }
      if (e > k && !only_agents) continue;  // a lexicon actor overlaps: it wins
      k = e;                                // drops the agent nouns inside the name, if any
      Mention m;
      m.begin = nm.begin;
      m.end = nm.end;
      m.type = nm.type == "PER" ? "PERSON" : nm.type == "LOC" ? "LOC" : nm.type == "ORG" ? "ORG" : "MISC";
      m.actor.name = std::string(t_.substr(nm.begin, nm.end - nm.begin));
      m.source = MentionSource::ner;
      m.sentence = sentence_of(nm.begin);
      merged.push_back(std::move(m));
    }
    while (k < lexical.size()) merged.push_back(std::move(lexical[k++]));
    out_.swap(merged);
    merged.clear();
  }

  // The country the text is about at mention i: the country most often mentioned before it (ties: the first
  // mentioned), else the first country mentioned after it.
  std::string context_country(size_t i) const {
    std::map<std::string, std::pair<int, size_t>> counts;  // country → (count, first index)
    for (size_t k = 0; k < i; ++k) {
      const Mention& m = out_[k];
      if (!m.resolved || m.actor.country.empty() || m.source == MentionSource::pronoun) continue;
      auto& c = counts[m.actor.country];
      if (c.first++ == 0) c.second = k;
    }
    std::string best;
    int top = 0;
    size_t first = 0;
    for (const auto& [country, c] : counts) {
      if (c.first > top || (c.first == top && c.second < first))
        top = c.first, first = c.second, best = country;
    }
    if (!best.empty()) return best;
    for (size_t k = i + 1; k < out_.size(); ++k) {
      if (out_[k].resolved && !out_[k].actor.country.empty()) return out_[k].actor.country;
    }
    return {};
  }

  // "Foreign ministry spokesperson Lin Jian": the title gets the context country; an unresolved person gets
  // the title's actor.
  void titles() {
    for (size_t i = 0; i + 1 < out_.size(); ++i) {
      Mention& title = out_[i];
      Mention& person = out_[i + 1];
      // A known name whose entry has a country and no sector, after a title of that country, takes the
      // title's sector: "Syrian army commander Maher al-Assad" is SYRMIL, "U.S. presidential envoy Donald
      // Trump Jr." USAGOV. (Any type: a dictionary may code a person with a bare country code, which makes
      // the name a country's — PETRARCH's "ROMENDACIL [BRE]" in "Bree Prime Minister Romendacil".)
      if (person.resolved && person.type != "AGENT" && person.actor.sector.empty() &&
          !person.actor.country.empty() && title.resolved && title.actor.country == person.actor.country &&
          !title.actor.sector.empty() && title.source == MentionSource::composed &&
          gap(t_, title.end, person.begin, false) == 1) {
        person.actor.sector = title.actor.sector;
        person.actor.code = person.actor.country + person.actor.sector;
        continue;
      }
      if (person.type != "PERSON") continue;
      if (title.type != "AGENT" && !(title.source == MentionSource::composed && !title.actor.sector.empty()))
        continue;
      if (gap(t_, title.end, person.begin, false) != 1) continue;
      // (A bare agent takes the context's country; a composed title keeps its head's actor, also one with no
      // country: "Arab League Secretary General Chadli Klibi" is the Arab League's, not the story's country.)
      if (title.type == "AGENT" && title.actor.country.empty()) {
        // The title of a known person is that person's ("President Zelensky" in a story about China is
        // UKRGOV); else the country named right before it ("Saudi Arabian Oil Minister Hisham Nazer"); else
        // the context's country.
        std::string c = person.resolved ? person.actor.country : office_head_country(i);
        if (c.empty()) c = context_country(i);
        if (c.empty()) continue;
        title.actor.country = c;
        title.actor.code = c + title.actor.sector;
        title.resolved = true;
        title.type = "ORG";
        title.source = MentionSource::title;
      }
      if (!person.resolved) {
        std::string name = person.actor.name;
        person.actor = title.actor;
        person.actor.name = name;
        person.actor.id.clear();
        person.resolved = true;
        person.source = MentionSource::title;
      }
    }
  }

  // The country of a country's name, adjective or capital (not a city's or a region's) before mention i, in
  // its sentence, with only the words of an office between (office_words_between: "Saudi Arabian [Oil]
  // Minister", "Brazil's [central bank] governor", "U.S. [District] Court"), or "". (compose() joins a head
  // and an agent with nothing or one lower-case word between; these keep their own mentions.)
  std::string office_head_country(size_t i) const {
    // (The name a NER model found among the office's words is skipped: "Brazil's [Central Bank] governor".)
    size_t h = i;
    while (h > 0 && out_[h - 1].source == MentionSource::ner && !out_[h - 1].resolved) --h;
    if (h == 0) return {};
    const Mention& head = out_[h - 1];
    const Mention& agent = out_[i];
    const std::string& id = head.actor.id;
    const bool state = head.source == MentionSource::lexicon && head.resolved &&
                       !head.actor.country.empty() &&
                       (id.size() == 3 || id.ends_with(".adj") || id.ends_with(".capital"));
    if (!state || head.sentence != agent.sentence || !office_words_between(t_, head.end, agent.begin) ||
        capitalized_word_before(t_, head.begin) || modifies_next_word(agent.begin, agent.end))
      return {};
    return head.actor.country;
  }

  // A bare agent after such a head, with no person named after it, takes the head's country ("Brazil's
  // central bank governor said", "the U.S. District Court ruled"): its code only, not its span or type; after
  // the references (they resolve as before) and the agents located by a place ("the court in New York").
  void office_agents() {
    for (size_t i = 1; i < out_.size(); ++i) {
      Mention& agent = out_[i];
      if (agent.type != "AGENT" || agent.source != MentionSource::lexicon || !agent.actor.country.empty() ||
          agent.actor.sector.empty())
        continue;
      const std::string c = office_head_country(i);
      if (c.empty()) continue;
      agent.actor.country = c;
      agent.actor.code = c + agent.actor.sector;
    }
  }

  // "Oleksandr Petrenko, a spokesman for the armed forces": an unresolved person takes the actor of the agent
  // in apposition (the agent after "for the" / "of the" when there is one), in the country of the context.
  void appositions() {
    for (size_t i = 0; i + 1 < out_.size(); ++i) {
      Mention& person = out_[i];
      if (person.type != "PERSON" || person.resolved) continue;
      const Mention& agent = out_[i + 1];
      if (agent.type != "AGENT" && !(agent.source == MentionSource::composed && !agent.actor.sector.empty()))
        continue;
      std::string_view between = t_.substr(person.end, agent.begin - person.end);
      if (between != ", a " && between != ", an " && between != ", the " && between != ", " &&
          between != ", a senior " && between != ", a former ") {
        continue;
      }
      ActorRef a = agent.actor;
      if (i + 2 < out_.size() && out_[i + 2].type == "AGENT") {
        std::string_view link = t_.substr(agent.end, out_[i + 2].begin - agent.end);
        if (link == " for the " || link == " of the " || link == " at the " || link == " for " ||
            link == " of ") {
          a.sector = out_[i + 2].actor.sector;
        }
      }
      // A bare agent takes the context's country; a composed one has its head's, or is international ("a
      // spokesman for the Arab League") and keeps its head's code.
      if (a.country.empty() && agent.type == "AGENT") a.country = context_country(i);
      if (a.country.empty() && agent.type == "AGENT") continue;
      if (!a.country.empty()) a.code = a.country + a.sector;
      a.name = person.actor.name;
      a.id.clear();
      person.actor = std::move(a);
      person.resolved = true;
      person.source = MentionSource::title;
    }
  }

  // "Protesters in Cairo", "officials in Beijing", "soldiers at the base in Kharkiv", "the ambassador of
  // France": a bare agent (no country of its own) followed by "in", "at", "from" (or, an office, "of") and a
  // place of the lexicon takes the place's country, with its own sector (EGYOPP, CHNGOV, UKRMIL, FRAGOV) —
  // not the place's code (a capital is its government: "Cairo" is EGYGOV, the protesters in it are not). Span
  // and type stay the agent's.
  void located_agents() {
    for (size_t i = 0; i + 1 < out_.size(); ++i) {
      Mention& agent = out_[i];
      if (agent.type != "AGENT" || agent.source != MentionSource::lexicon || !agent.actor.country.empty() ||
          agent.actor.sector.empty())
        continue;
      const Mention& place = out_[i + 1];
      if ((place.type != "GPE" && place.type != "LOC") || place.actor.country.empty() || !place.resolved)
        continue;
      const std::string_view between = t_.substr(agent.end, place.begin - agent.end);
      // "of" only after an office ("the ambassador of France", "the government of Japan", "the Supreme Court
      // of Cyprus"): after other agents it may name what they are about or who holds them ("the protesters of
      // the war", "the prisoners of Israel"); and not when the place only begins what the office is of — a
      // possessive ("president of Japan's largest chipmaker", "an official of Mexico's state oil company"), a
      // compound ("president of the Abidjan-based bank") or a longer name ("president of California Institute
      // of the Arts", "of Siam Commercial Bank"). ("of the": "the trade ministers of the United States".)
      if (between == " of " || between == " of the ") {
        static const std::string_view kOffices[] = {"GOV", "MIL", "COP", "LEG", "JUD"};
        if (std::find(std::begin(kOffices), std::end(kOffices), agent.actor.sector) == std::end(kOffices))
          continue;
        // (An abbreviation before a lower-case word is an adjective: "vice president of U.S. operations".)
        const std::string_view after = t_.substr(place.end, 5);
        const bool abbreviation = place.end > place.begin && t_[place.end - 1] == '.';
        if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s") || after.starts_with("-") ||
            (after.size() >= 2 && after[0] == ' ' &&
             ((after[1] >= 'A' && after[1] <= 'Z') || (abbreviation && after[1] >= 'a' && after[1] <= 'z'))))
          continue;
      } else if (between != " in " && between != " at " && between != " in the " && between != " from ") {
        continue;
      } else if (const std::string_view noun = t_.substr(agent.begin, agent.end - agent.begin);
                 between == " from " && (noun == "opposition" || noun == "Opposition")) {
        continue;  // "opposition from Madrid" is Madrid's opposing (its government), not Spain's opposition
      }
      ActorRef a = agent.actor;
      a.country = place.actor.country;
      a.code = a.country + a.sector;
      a.name = std::string(t_.substr(agent.begin, place.end - agent.begin));
      a.id += "+" + place.actor.id;
      agent.actor = std::move(a);
      agent.source = MentionSource::composed;
    }
  }

  // Mentions that denote one person: people, and titles such as "Ukraine's foreign minister".
  bool is_person_like(const Mention& m) const {
    if (m.type == "PERSON") return m.resolved;
    if (m.type != "ORG" && m.type != "AGENT") return false;
    return is_person_noun(m) && m.resolved && !m.actor.country.empty();
  }
  // Does the mention end with a noun for one person ("minister", "spokesperson")?
  bool is_person_noun(const Mention& m) const {
    static const std::string_view kPersonNouns[] = {"minister",  "spokesperson", "spokesman",  "spokeswoman",
                                                    "president", "official",     "ambassador", "commander",
                                                    "general",   "leader",       "chief",      "secretary",
                                                    "envoy",     "diplomat",     "premier",    "chancellor"};
    std::string_view text = t_.substr(m.begin, m.end - m.begin);
    size_t sp = text.rfind(' ');
    std::string_view last = sp == std::string_view::npos ? text : text.substr(sp + 1);
    for (auto w : kPersonNouns) {
      if (last.size() == w.size() && std::equal(w.begin(), w.end(), last.begin(), [](char a, char b) {
            return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : b);
          })) {
        return true;
      }
    }
    return false;
  }

  // Later references: a surname alone, "the spokesperson", pronouns.
  void references() {
    // Surnames: a one-word person name equal to the first or last word of an earlier resolved person (it
    // takes that person's actor). Without one, the nearest earlier such name without a code is its `ref`
    // only ("Oberholtzer" after "Mark Oberholtzer": the same person, unresolved). Only names of several
    // words can match, and the loop resolves one-word names only, so the candidates are listed once.
    people_.clear();
    for (size_t k = 0; k < out_.size(); ++k) {
      const Mention& p = out_[k];
      if (p.type == "PERSON" && (p.resolved || p.ref < 0) &&
          t_.substr(p.begin, p.end - p.begin).find(' ') != std::string_view::npos)
        people_.push_back(static_cast<uint32_t>(k));
    }
    for (size_t i = 0; i < out_.size() && !people_.empty(); ++i) {
      Mention& m = out_[i];
      if (m.type != "PERSON" || m.resolved || m.ref >= 0) continue;
      std::string_view name = t_.substr(m.begin, m.end - m.begin);
      if (name.find(' ') != std::string_view::npos) continue;
      int32_t uncoded = -1;  // the nearest matching name without a code
      for (size_t c = std::lower_bound(people_.begin(), people_.end(), uint32_t(i)) - people_.begin();
           c-- > 0;) {
        const size_t k = people_[c];
        const Mention& p = out_[k];
        // The family name may come last ("Volodymyr Zelensky") or first ("Lin Jian").
        std::string_view full = t_.substr(p.begin, p.end - p.begin);
        const size_t last = full.rfind(' '), first = full.find(' ');
        if (full.substr(last + 1) != name && full.substr(0, first) != name) continue;
        if (!p.resolved) {
          if (uncoded < 0) uncoded = static_cast<int32_t>(k);
          continue;
        }
        m.actor = p.actor;
        m.resolved = true;
        m.source = MentionSource::surname;
        m.ref = static_cast<int32_t>(k);
        break;
      }
      if (!m.resolved && uncoded >= 0) m.ref = uncoded;
    }
    // "the spokesperson", "the ministry": the nearest earlier resolved actor of that sector.
    for (size_t i = 0; i < out_.size(); ++i) {
      Mention& m = out_[i];
      if (m.type != "AGENT" || !m.actor.country.empty() || m.begin < 4) continue;
      std::string_view before = t_.substr(m.begin - 4, 4);
      if (before != "the " && before != "The ") continue;
      for (size_t k = i; k-- > 0;) {
        const Mention& p = out_[k];
        if (m.sentence > p.sentence + kContextSentences) break;
        if (p.resolved && p.actor.sector == m.actor.sector && !p.actor.country.empty()) {
          m.actor = p.actor;
          m.resolved = true;
          m.type = is_person_noun(m) ? "PERSON" : "ORG";
          m.source = MentionSource::definite;
          m.ref = static_cast<int32_t>(k);
          break;
        }
      }
    }
    // Pronouns: the nearest earlier person (following reference chains to the person named). Found first
    // (mentions are only moved when some are inserted; the nearest person is always an earlier mention).
    pronouns_.clear();
    {
      size_t k = 0;
      int32_t last_person = -1;  // index into out_
      for (const Token& tok : tokens_) {
        if (__builtin_expect(!is_pronoun_token(t_, tok), 1)) continue;
        for (; k < out_.size() && out_[k].begin < tok.begin; ++k) {
          if (is_person_like(out_[k])) last_person = static_cast<int32_t>(k);
        }
        if (skipped(tok.begin)) continue;
        if (k < out_.size() && out_[k].begin < tok.end) continue;
        if (last_person < 0) continue;
        const uint32_t s = sentence_of(tok.begin);
        if (s > out_[static_cast<size_t>(last_person)].sentence + kContextSentences) continue;
        pronouns_.push_back(Pronoun{&tok, static_cast<uint32_t>(k), last_person, s});
      }
    }
    if (pronouns_.empty()) return;
    std::vector<Mention>& merged = merge_buffer();
    merged.reserve(out_.size() + pronouns_.size());
    remap_.clear();
    size_t k = 0;
    for (const Pronoun& pr : pronouns_) {
      for (; k < pr.before; ++k) {
        Mention& m = out_[k];
        if (m.ref >= 0) m.ref = remap_[static_cast<size_t>(m.ref)];
        remap_.push_back(static_cast<int32_t>(merged.size()));
        merged.push_back(std::move(m));
      }
      const int32_t person = remap_[static_cast<size_t>(pr.person)];
      const Mention& p = merged[static_cast<size_t>(person)];
      Mention m;
      m.begin = pr.token->begin;
      m.end = pr.token->end;
      m.type = "PERSON";
      m.resolved = true;
      m.actor = p.actor;
      m.source = MentionSource::pronoun;
      m.ref = person;
      m.sentence = pr.sentence;
      merged.push_back(std::move(m));
    }
    for (; k < out_.size(); ++k) {
      Mention& m = out_[k];
      if (m.ref >= 0) m.ref = remap_[static_cast<size_t>(m.ref)];
      remap_.push_back(static_cast<int32_t>(merged.size()));
      merged.push_back(std::move(m));
    }
    out_.swap(merged);
    merged.clear();
  }

 private:
  std::string_view t_;
  const std::vector<Token>& tokens_;
  const std::vector<Sentence>& sentences_;
  const std::vector<Paragraph>& paragraphs_;
  const ActorLexicon& lex_;
  const MentionOptions& opt_;
  std::vector<Mention>& out_;
  BuilderBuffers& buffers_;
  std::vector<Item>& items_;
  std::vector<int32_t>& remap_;
  std::vector<uint32_t>& people_;
  std::vector<Pronoun>& pronouns_;
};

}  // namespace

void build_mentions(std::string_view text, const std::vector<Token>& tokens,
                    const std::vector<Sentence>& sentences, const std::vector<Paragraph>& paragraphs,
                    const std::vector<LexiconMatch>& matches, const std::vector<NamedSpan>& names,
                    const ActorLexicon& lexicon, const MentionOptions& options, std::vector<Mention>& out) {
  out.clear();
  Builder b(text, tokens, sentences, paragraphs, lexicon, options, out);
  b.select(matches);
  b.compose();
  b.add_names(names);
  b.titles();
  b.appositions();
  b.references();
  // (after the references: which pronoun or description refers to whom stays as it was)
  b.located_agents();
  b.office_agents();
}

}  // namespace claimtrace

namespace claimtrace {

int32_t resolved_mention(std::span<const Mention> mentions, int32_t index) {
  for (int hops = 0; index >= 0 && size_t(index) < mentions.size() && hops < 8; ++hops) {
    if (mentions[size_t(index)].resolved) return index;
    index = mentions[size_t(index)].ref;
  }
  return -1;
}

}  // namespace claimtrace
