// claimtrace — political events (docs/events.md): the verb lexicon (data/verbs.tsv) and the event finder.
#include "claimtrace/events.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "core/civil_date.h"
#include "core/words.h"

extern "C" {
extern const char embedded_verbs[];
extern const unsigned long embedded_verbs_size;
}

namespace claimtrace {

namespace events_detail {

// The words event_date() reads besides numbers (all of month_of()'s and the day words): a sentence with none
// of them and no token starting with a digit has no date.
constexpr std::string_view kDateWords[] = {
    "january", "february",  "march",    "april",  "may",      "june",  "july",      "august", "september",
    "october", "november",  "december", "jan",    "feb",      "mar",   "apr",       "jun",    "jul",
    "aug",     "sep",       "oct",      "nov",    "dec",      "sept",  "yesterday", "today",  "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// One slot of a pattern: alternatives, each a phrase of one or more lower-case words.
struct Slot {
  std::vector<std::vector<std::string>> alternatives;
  std::vector<std::vector<int32_t>> ids;  // the same words as vocabulary ids (Lexicon::vocabulary)
  std::vector<int32_t> flat;              // the same again in one array: per alternative, its length, its ids
};
struct Pattern {
  std::string code;  // empty: the pattern matches but codes nothing (PETRARCH's [---])
  std::vector<Slot> before, after;
  size_t slots() const { return before.size() + after.size(); }
};
struct VerbEntry {
  uint32_t verb = 0;  // index into patterns
  std::string code;   // the verb's own code when no pattern matches (may be empty)
};
struct Lexicon {
  std::unordered_map<std::string, std::vector<VerbEntry>> forms;
  std::vector<std::vector<Pattern>> patterns;  // per verb block
  // Per verb block, the patterns without an after-slot; those with one are found by the first word of their
  // first after-slot (after_slots below): only patterns whose first word occurs after the verb need a full
  // match.
  std::vector<std::vector<uint32_t>> without_after;
  // Per verb block, side by side (one cache line per verb): its patterns, those without an after-slot, and
  // whether any has one.
  struct VerbBlock {
    std::span<const Pattern> patterns;
    std::span<const uint32_t> without_after;
    bool any_after = false;
  };
  std::vector<VerbBlock> blocks;
  // (verb block, first after-word id) → the patterns whose first after-slot may start with that word, a range
  // of after_patterns (ascending), in one open-addressing table: one probe per word after a verb (a binary
  // search of each block's sorted pairs took several in the large blocks: "make", "hold", "take").
  struct AfterSlot {
    uint64_t key = 0;  // after_key(); 0: an empty slot
    uint32_t first = 0, count = 0;
  };
  std::vector<AfterSlot> after_slots;
  std::vector<uint32_t> after_patterns;
  static uint64_t after_key(uint32_t block, int32_t id) { return (uint64_t(block) << 32 | uint32_t(id)) + 1; }
  const AfterSlot* after(uint32_t block, int32_t id) const {
    const uint64_t key = after_key(block, id);
    for (size_t at = size_t(mixed(key) >> 24) & (after_slots.size() - 1);;
         at = (at + 1) & (after_slots.size() - 1)) {
      if (after_slots[at].key == key) return &after_slots[at];
      if (after_slots[at].key == 0) return nullptr;
    }
  }

  // Every word the finder looks up (forms, nouns, pattern words, kDateWords), by a 64-bit hash of its bytes,
  // in one flat open-addressing table of 16-byte slots (four to a cache line): one probe per token holds the
  // word's pattern-word id, whether it is a date word and, for a verb form or an event noun, the index of its
  // WordExtra (a date word alone is looked up like an unknown word: no id, no extra). Two words with one
  // hash would share a slot; with 64 bits and ~10,000 words that does not happen in practice. In front of it,
  // a 32 KB bitset with one bit per word answers most words that are in no list (half the tokens) without
  // touching the table.
  struct WordSlot {
    uint64_t key = 0;         // hash(); 0: an empty slot
    int32_t vocab = -1;       // pattern-word id
    uint32_t extra : 31 = 0;  // index into extras (0: neither a verb form nor an event noun)
    uint32_t date : 1 = 0;    // one of kDateWords
  };
  struct WordExtra {
    std::span<const VerbEntry> forms;   // verb entries of the form (none: not a verb form)
    const std::string* noun = nullptr;  // event noun's code
  };
  std::vector<WordSlot> slots;
  std::vector<WordExtra> extras;  // extras[0]: none
  std::vector<uint64_t> filter;   // 2^kFilterLog bits, one set per word (at filter_bit())
  static constexpr unsigned kFilterLog = 18;

  // FNV-1a, a byte at a time: the state after a word's first n - 1 or n - 2 bytes is the hash of its
  // singular ("talks" → "talk", "taxes" → "tax") before finish().
  static constexpr uint64_t kBasis = 0xCBF29CE484222325ull;
  static uint64_t step(uint64_t h, unsigned char c) { return (h ^ c) * 0x100000001B3ull; }
  static uint64_t finish(uint64_t h) {
    h ^= h >> 29;
    return h | 1;  // 0 marks an empty slot
  }
  static uint64_t hash(std::string_view w) {
    uint64_t h = kBasis;
    for (unsigned char c : w) h = step(h, c);
    return finish(h);
  }
  static uint64_t mixed(uint64_t h) { return h * 0x9E3779B97F4A7C15ull; }
  size_t slot(uint64_t h) const { return size_t(mixed(h) >> 20) & (slots.size() - 1); }
  static size_t filter_bit(uint64_t h) { return size_t(mixed(h) >> (64 - kFilterLog)); }
  WordSlot& slot_for(std::string_view w) {
    const uint64_t h = hash(w);
    size_t at = slot(h);
    while (slots[at].key != 0 && slots[at].key != h) at = (at + 1) & (slots.size() - 1);
    slots[at].key = h;
    filter[filter_bit(h) / 64] |= uint64_t(1) << (filter_bit(h) % 64);
    return slots[at];
  }
  WordExtra& extra_for(std::string_view w) {
    WordSlot& s = slot_for(w);
    if (s.extra == 0) {
      s.extra = uint32_t(extras.size());
      extras.emplace_back();
    }
    return extras[s.extra];
  }
  // The slot of the word whose hash() is h, or nullptr.
  const WordSlot* find(uint64_t h) const {
    const size_t bit = filter_bit(h);
    if (!(filter[bit / 64] >> (bit % 64) & 1)) return nullptr;
    for (size_t at = slot(h);; at = (at + 1) & (slots.size() - 1)) {
      if (slots[at].key == h) return &slots[at];
      if (slots[at].key == 0) return nullptr;
    }
  }
  void build_word_index() {
    size_t size = 1024;
    while (size < 2 * (forms.size() + nouns.size() + vocabulary.size())) size <<= 1;
    slots.assign(size, WordSlot{});
    extras.assign(1, WordExtra{});
    filter.assign((size_t(1) << kFilterLog) / 64, 0);
    for (const auto& [w, id] : vocabulary) slot_for(w).vocab = id;
    for (const auto& [w, entries] : forms) extra_for(w).forms = entries;
    for (const auto& [w, code] : nouns) extra_for(w).noun = &code;
    for (std::string_view w : kDateWords) slot_for(w).date = 1;
  }

  void index_patterns() {
    // Per block, the (first after-word id, pattern) pairs, sorted by id then pattern.
    std::vector<std::vector<std::pair<int32_t, uint32_t>>> by_first_after(patterns.size());
    without_after.assign(patterns.size(), {});
    size_t keys = 0;
    for (size_t b = 0; b < patterns.size(); ++b) {
      for (uint32_t k = 0; k < patterns[b].size(); ++k) {
        const Pattern& p = patterns[b][k];
        if (p.after.empty()) {
          without_after[b].push_back(k);
          continue;
        }
        for (const auto& alt : p.after.front().ids) by_first_after[b].emplace_back(alt.front(), k);
      }
      auto& index = by_first_after[b];
      std::sort(index.begin(), index.end());
      index.erase(std::unique(index.begin(), index.end()), index.end());
      for (size_t i = 0; i < index.size(); ++i) keys += i == 0 || index[i].first != index[i - 1].first;
    }
    blocks.clear();
    for (size_t b = 0; b < patterns.size(); ++b)
      blocks.push_back({patterns[b], without_after[b], !by_first_after[b].empty()});
    size_t size = 16;
    while (size < keys * 2) size <<= 1;
    after_slots.assign(size, AfterSlot{});
    after_patterns.clear();
    for (size_t b = 0; b < by_first_after.size(); ++b) {
      const auto& index = by_first_after[b];
      for (size_t i = 0; i < index.size();) {
        size_t j = i;
        while (j < index.size() && index[j].first == index[i].first)
          after_patterns.push_back(index[j++].second);
        const uint64_t key = after_key(uint32_t(b), index[i].first);
        size_t at = size_t(mixed(key) >> 24) & (size - 1);
        while (after_slots[at].key != 0) at = (at + 1) & (size - 1);
        after_slots[at] = AfterSlot{key, uint32_t(after_patterns.size() - (j - i)), uint32_t(j - i)};
        i = j;
      }
    }
  }
  std::unordered_map<std::string, uint32_t> verb_ids;
  std::unordered_map<std::string, std::string> nouns;  // event noun → CAMEO code
  std::unordered_map<std::string, std::string> types;  // CAMEO code → PLOVER type
  // The same when every code of `types` has 2 to 4 digits (digit_types): by digits_index(), an index into
  // type_names or -1. plover_type() then hashes no string.
  bool digit_types = false;
  std::vector<int16_t> type_by_digits;
  std::vector<const std::string*> type_names;
  static int digits_index(std::string_view code) {  // 0 ... 11099 for "00" ... "9999", else -1
    if (code.size() < 2 || code.size() > 4) return -1;
    int v = 0;
    for (char c : code) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v + (code.size() == 2 ? 0 : code.size() == 3 ? 100 : 1100);
  }
  void index_types() {
    digit_types = types.size() < 32768;
    for (const auto& [code, type] : types) digit_types = digit_types && digits_index(code) >= 0;
    if (!digit_types) return;
    type_by_digits.assign(11100, -1);
    for (const auto& [code, type] : types) {
      type_by_digits[size_t(digits_index(code))] = int16_t(type_names.size());
      type_names.push_back(&type);
    }
  }
  std::unordered_map<std::string, int32_t> vocabulary;  // every word of every pattern → id
  size_t pattern_count = 0;

  void intern(std::vector<Slot>& slots) {
    for (Slot& slot : slots) {
      slot.ids.clear();
      slot.flat.clear();
      for (const auto& alt : slot.alternatives) {
        std::vector<int32_t> ids;
        for (const std::string& w : alt)
          ids.push_back(vocabulary.emplace(w, int32_t(vocabulary.size())).first->second);
        slot.flat.push_back(int32_t(ids.size()));
        slot.flat.insert(slot.flat.end(), ids.begin(), ids.end());
        slot.ids.push_back(std::move(ids));
      }
    }
  }

  uint32_t verb_id(const std::string& name) {
    auto [it, added] = verb_ids.emplace(name, uint32_t(patterns.size()));
    if (added) patterns.emplace_back();
    return it->second;
  }
};

}  // namespace events_detail

using events_detail::Lexicon;
using events_detail::Pattern;
using events_detail::Slot;
using events_detail::VerbEntry;

namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t at = 0;
  for (;;) {
    size_t e = s.find(sep, at);
    out.push_back(s.substr(at, e == std::string_view::npos ? s.size() - at : e - at));
    if (e == std::string_view::npos) break;
    at = e + 1;
  }
  return out;
}

std::vector<Slot> parse_slots(std::string_view s) {
  std::vector<Slot> slots;
  for (std::string_view word : split(s, ' ')) {
    if (word.empty()) continue;
    Slot slot;
    for (std::string_view alt : split(word, '|')) {
      std::vector<std::string> phrase;
      for (std::string_view w : split(alt, '_'))
        if (!w.empty()) phrase.emplace_back(w);
      if (!phrase.empty()) slot.alternatives.push_back(std::move(phrase));
    }
    if (!slot.alternatives.empty()) slots.push_back(std::move(slot));
  }
  return slots;
}

}  // namespace

VerbLexicon::VerbLexicon(std::shared_ptr<const Lexicon> data) : data_(std::move(data)) {}
size_t VerbLexicon::forms() const { return data_->forms.size(); }
size_t VerbLexicon::patterns() const { return data_->pattern_count; }

std::string_view VerbLexicon::plover_type(std::string_view cameo) const {
  for (size_t n = cameo.size(); n >= 2; --n) {
    if (data_->digit_types) {  // (no other code is in the table)
      const int at = Lexicon::digits_index(cameo.substr(0, n));
      if (at >= 0 && data_->type_by_digits[size_t(at)] >= 0)
        return *data_->type_names[size_t(data_->type_by_digits[size_t(at)])];
      continue;
    }
    auto it = data_->types.find(std::string(cameo.substr(0, n)));
    if (it != data_->types.end()) return it->second;
  }
  return {};
}

Result<VerbLexicon> VerbLexicon::parse(std::string_view text, std::string_view name) {
  auto lex = std::make_shared<Lexicon>();
  size_t line_no = 0;
  auto fail = [&](const std::string& why) {
    return Error{ErrorCode::resource, std::string(name) + ":" + std::to_string(line_no), why};
  };
  bool header = false;
  for (std::string_view line : split(text, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!header) {
      if (line != "claimtrace-verbs 1") return fail("expected the header \"claimtrace-verbs 1\"");
      header = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = split(line, '\t');
    if (f[0] == "V" && f.size() == 4) {
      if (f[1].empty() || f[2].empty()) return fail("empty verb form or verb");
      const uint32_t id = lex->verb_id(std::string(f[2]));
      lex->forms[std::string(f[1])].push_back(VerbEntry{id, std::string(f[3])});
    } else if (f[0] == "P" && f.size() == 5) {
      const uint32_t id = lex->verb_id(std::string(f[1]));
      Pattern p{std::string(f[2]), parse_slots(f[3]), parse_slots(f[4])};
      if (p.slots() == 0) return fail("a pattern with no words");
      lex->intern(p.before);
      lex->intern(p.after);
      lex->patterns[id].push_back(std::move(p));
      ++lex->pattern_count;
    } else if (f[0] == "N" && f.size() == 3) {
      lex->nouns[std::string(f[1])] = std::string(f[2]);
    } else if (f[0] == "T" && f.size() == 3) {
      lex->types[std::string(f[1])] = std::string(f[2]);
    } else {
      return fail("expected V/P/N/T fields separated by tabs");
    }
  }
  if (!header) return fail("empty file");
  lex->index_patterns();
  lex->build_word_index();
  lex->index_types();
  return VerbLexicon(std::move(lex));
}

const VerbLexicon& VerbLexicon::builtin() {
  static const VerbLexicon lexicon = [] {
    auto r = VerbLexicon::parse(std::string_view(embedded_verbs, embedded_verbs_size), "data/verbs.tsv");
    if (!r.ok()) {
      std::fprintf(stderr, "claimtrace: built-in %s\n", r.error().to_string().c_str());
      std::abort();
    }
    return std::move(r.value());
  }();
  return lexicon;
}

namespace {

// The words of a sentence as vocabulary ids: the word's own, and its singular's ("talks" → "talk", "taxes" →
// "tax"; -1 when not in any pattern). A phrase matches when its words' ids follow; its last word may be
// plural.
struct WordIds {
  std::vector<int32_t> exact, singular;
};

size_t match_phrase(const WordIds& w, size_t k, std::span<const int32_t> phrase) {
  if (k + phrase.size() > w.exact.size()) return 0;
  for (size_t i = 0; i + 1 < phrase.size(); ++i)
    if (w.exact[k + i] != phrase[i]) return 0;
  const size_t last = k + phrase.size() - 1;
  const int32_t want = phrase.back();
  return (w.exact[last] == want || w.singular[last] == want) ? phrase.size() : 0;
}

size_t match_slot(const WordIds& w, size_t k, const Slot& slot) {
  for (size_t at = 0; at < slot.flat.size(); at += 1 + size_t(slot.flat[at])) {
    const std::span<const int32_t> alt(slot.flat.data() + at + 1, size_t(slot.flat[at]));
    if (size_t n = match_phrase(w, k, alt)) return n;
  }
  return 0;
}

// Is the word at v used as a verb? The lexicon's words are verbs and nouns alike ("forces", "claims",
// "conflict"); without a parser we accept the forms that are verbs in context (docs/events.md):
// "-ed" not after a determiner or preposition; "-s" after an actor or pronoun and not before an auxiliary;
// "-ing" after a form of "be"; the base form after "to", a modal or "not".
bool used_as_verb(std::span<const std::string_view> words, size_t v, const std::vector<uint8_t>& actor_end) {
  static const SmallWordSet kDeterminers{
      "the",  "a",    "an",   "its",    "their", "his",     "her",      "our",  "your",  "these", "those",
      "this", "that", "such", "other",  "of",    "in",      "on",       "for",  "with",  "by",    "about",
      "from", "to",   "at",   "as",     "any",   "no",      "some",     "two",  "three", "many",  "several",
      "all",  "both", "each", "recent", "new",   "further", "military", "armed"};
  static const SmallWordSet kAuxiliaries{"is",     "are",   "was",   "were", "have", "has",   "had",
                                         "will",   "would", "could", "can",  "may",  "might", "must",
                                         "should", "do",    "does",  "did",  "of",   "and",   "'s"};
  static const SmallWordSet kBe{"is", "are", "was", "were", "be", "been", "being", "am"};
  static const SmallWordSet kBeforeBase{"to",   "will",   "would", "could", "can",  "may", "might",
                                        "must", "should", "did",   "do",    "does", "not", "n't"};
  static const SmallWordSet kPronouns{"he", "she", "it", "they", "we", "who", "which", "i"};
  // Irregular pasts and participles that are not also nouns ("left" and "cut" are): a verb after a perfect
  // auxiliary ("has broken relations"), a pronoun or the end of an actor ("Telk met the envoys"), one adverb
  // between allowed ("has already sent"). Not after a form of "be": the passive ("be taken away") coded side
  // events that took a sentence's primary slot (docs/events.md).
  static const SmallWordSet kIrregular{
      "sent",       "met",        "held",    "fought",    "struck",   "took",      "taken",     "gave",
      "given",      "began",      "begun",   "broke",     "broken",   "won",       "led",       "brought",
      "sought",     "caught",     "threw",   "thrown",    "drove",    "driven",    "shot",      "told",
      "spoke",      "spoken",     "stole",   "stolen",    "withdrew", "withdrawn", "overthrew", "overthrown",
      "undertook",  "undertaken", "forbade", "forbidden", "froze",    "frozen",    "fled",      "beaten",
      "chose",      "chosen",     "drew",    "drawn",     "forgave",  "forgiven",  "sold",      "bought",
      "paid",       "wrote",      "written", "seen",      "saw",      "knew",      "known",     "rose",
      "risen",      "fell",       "fallen",  "slain",     "shaken",   "shook",     "tore",      "torn",
      "understood", "stood",      "kept",    "lost",      "made",     "laid"};
  static const SmallWordSet kPerfect{"has", "have", "had", "having", "'ve"};
  static const SmallWordSet kAdverbs{"also",  "already",    "just",      "recently", "now",
                                     "since", "reportedly", "allegedly", "again",    "finally"};
  const std::string_view w = words[v];
  const std::string_view prev = v > 0 ? words[v - 1] : std::string_view();
  const std::string_view next = v + 1 < words.size() ? words[v + 1] : std::string_view();
  if (kIrregular.contains(w)) {
    size_t at = v;  // the word before, past one adverb
    if (at > 1 && kAdverbs.contains(words[at - 1])) --at;
    if (at == 0) return false;
    const std::string_view before = words[at - 1];
    return kPerfect.contains(before) || kPronouns.contains(before) || actor_end[at - 1];
  }
  // "set" and "put" are pasts and participles as well as base forms: after a subject (an actor, a pronoun, a
  // plural: "settlers set fire to"), a perfect or a perfect passive ("has been put under investigation"; not
  // "were put in a letter", "be set up"), else as a base form below ("to set up").
  if ((w == "set" || w == "put") && v > 0 &&
      (actor_end[v - 1] || kPronouns.contains(prev) || kPerfect.contains(prev) || prev == "been" ||
       (prev.size() > 3 && prev.ends_with("s") && !prev.ends_with("ss"))))
    return true;
  // "-ed" after a determiner, or right after an "-ing" verb ("investigating alleged abuses"): an adjective.
  // (Not after a name that ends so: "Beijing accused ...", the end of an actor.)
  // So after a number before a noun ("killed nine alleged militants", "15 suspected rebels"; "the six agreed
  // to" is a verb).
  if (w.ends_with("ed")) {
    static const SmallWordSet kNumbers{"four", "five",   "six",      "seven",     "eight", "nine",
                                       "ten",  "dozens", "hundreds", "thousands", "scores"};
    static const SmallWordSet kNotNouns{"to",   "that", "with",  "on",        "in",  "for", "by",
                                        "at",   "of",   "the",   "a",         "an",  "and", "or",
                                        "as",   "his",  "her",   "their",     "its", "it",  "them",
                                        "last", "this", "today", "yesterday", "."};
    const bool number = kNumbers.contains(prev) ||
                        (!prev.empty() && prev[0] >= '1' && prev[0] <= '9' &&
                         !(prev.size() == 4 && (prev.starts_with("19") || prev.starts_with("20"))));
    if (number && !next.empty() && next[0] >= 'a' && next[0] <= 'z' && !kNotNouns.contains(next))
      return false;
    return !kDeterminers.contains(prev) && !(prev.size() > 4 && prev.ends_with("ing") && !actor_end[v - 1]);
  }
  if (w.ends_with("ing")) return kBe.contains(prev);
  if (prev == "to" || prev == "will" || prev == "would") return true;  // "to set up", "will give"
  // An adverb of how or how often one acts between a subject and the word ("Israeli soldiers routinely
  // beat", "they openly defy"): a verb. (Not any adverb: "currently serves", "generally expect" give the
  // dictionary's codes of common verbs.)
  static const SmallWordSet kActing{"routinely", "repeatedly",   "regularly", "systematically",   "brutally",
                                    "allegedly", "deliberately", "openly",    "indiscriminately", "forcibly",
                                    "violently", "secretly",     "illegally"};
  if (v >= 2 && prev.size() > 5 && prev.ends_with("ly") && kActing.contains(prev) &&
      (actor_end[v - 2] || kPronouns.contains(words[v - 2])))
    return true;
  if (w.ends_with("s") && !w.ends_with("ss")) {
    const bool subject = (v > 0 && actor_end[v - 1]) || kPronouns.contains(prev);
    return subject && !kAuxiliaries.contains(next) && next != "." && next != ",";
  }
  return kBeforeBase.contains(prev);
}

// "will", "would" within the three words before v; "willing to", "offered to", "pledged to", "plans to" ...
// within six ("is willing to send material to help defend": the purpose clause is promised too).
bool intent_before(std::span<const std::string_view> words, size_t v) {
  static const SmallWordSet kModal{"will", "would", "'ll", "shall"};
  static const SmallWordSet kIntent{"willing",  "offered",  "offers", "offer",   "pledged", "pledges",
                                    "promised", "promises", "plans",  "planned", "intends", "ready",
                                    "prepared", "vowed",    "vows",   "agreed",  "agrees",  "decided",
                                    "sworn",    "swore",    "swears"};
  for (size_t back = 1; back <= 6 && back <= v; ++back) {
    const std::string_view w = words[v - back];  // (string_view comparisons check the length first)
    if (back <= 3 && kModal.contains(w)) return true;
    if (w == "to" && back < v && kIntent.contains(words[v - back - 1])) return true;
    if (w == "." || w == "," || w == ";") break;
  }
  return false;
}

// The words that open an event noun's argument: "capture of", "threat that", "visit to", "investigation
// into", "demonstrations against", "talks with", "mediation between", "sanctions on".
bool noun_argument(std::string_view w) {
  return w == "of" || w == "that" || w == "to" || w == "into" || w == "against" || w == "with" ||
         w == "between" || w == "on";
}

// Do the pattern's slots match around the verb at v (words [v, v_end))? After: in order, the first within 4
// words, each next within 4 of the previous; before: in reverse order within 5 words. No slot crosses a
// clause break (; : . " ?).
bool pattern_matches(const WordIds& w, const std::vector<uint8_t>& breaks, size_t v, size_t v_end,
                     const Pattern& p) {
  const size_t n = w.exact.size();
  size_t at = v_end;
  size_t reach = 4;
  for (const Slot& slot : p.after) {
    bool found = false;
    for (size_t k = at; k < n && k < at + reach; ++k) {
      if (breaks[k]) break;
      if (size_t m = match_slot(w, k, slot)) {
        at = k + m, found = true;
        break;
      }
    }
    if (!found) return false;
    reach = 4;
  }
  size_t end = v;
  for (auto it = p.before.rbegin(); it != p.before.rend(); ++it) {
    bool found = false;
    for (size_t back = 1; back <= 5 && back <= end; ++back) {
      const size_t k = end - back;
      if (breaks[k]) break;
      if (match_slot(w, k, *it)) {
        end = k, found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// The dictionary's generic codes of violence ("killed": 180, "attacked": 190) say that force was used, not
// which kind; PLOVER tells FIGHT (conventional military force) from ASSAULT (unconventional violence) by who
// used it against whom. A state's military (sector MIL) killing is FIGHT ("Serb forces killed three ethnic
// Albanians"), and so is a state killing armed men, not civilians, crowds or journalists ("Israel killed a
// Hezbollah commander"); militias, rebels, armed groups or criminals attacking civilians, refugees,
// journalists, aid or medical workers is ASSAULT ("a camp for refugees was attacked by militiamen"). The
// specific codes (181 abduct, 183 bombing, 195 aerial weapons …) and every other pair stay as the dictionary
// has them. Coercion or force by protesters is a protest: blocking or occupying by protesters or workers
// obstructs passage (144: "paper workers blocked the roads"), force by protesters is a riot (145: "protesters
// clashed with police"). subject_sector: the sector of the event's subject, also when it has no country and
// so is no source ("demonstrators in Baghdad blocked a road"); trigger_word: the trigger, lower case;
// source_is_state: the source is a country or its capital (not a demonym: "Iraqi gunmen").
void conventional_or_not(Event& e, std::string_view subject_sector, std::string_view trigger_word,
                         bool source_is_state, const VerbLexicon& lexicon) {
  static const SmallWordSet kIrregular{"UAF", "REB", "CRM"};
  static const SmallWordSet kUnarmed{"CVL", "REF", "MED", "HLH", "EDU", "REL", "NGO"};
  static const SmallWordSet kBlock{"block",      "blocked",    "blocking", "blocks",    "blockaded",
                                   "blockading", "barricaded", "occupied", "occupying", "sealed"};
  const bool protesters = subject_sector == "OPP", workers = subject_sector == "LAB";
  if (e.cameo.starts_with("17") && (protesters || workers) && kBlock.contains(trigger_word)) {
    e.cameo = "144";
  } else if ((e.cameo.starts_with("18") || e.cameo.starts_with("19")) && protesters) {
    e.cameo = "145";
  } else if (e.cameo == "180" &&
             (e.source.sector == "MIL" ||
              // a state (a country or its capital) killing armed men, not civilians, crowds or journalists
              // ("Israel killed a Hezbollah commander")
              (source_is_state && e.target.mention >= 0 && !kUnarmed.contains(e.target.sector) &&
               e.target.sector != "OPP" && e.target.sector != "MED"))) {
    e.cameo = "190";
  } else if (e.cameo == "190" && kIrregular.contains(e.source.sector) && kUnarmed.contains(e.target.sector)) {
    e.cameo = "180";
  } else {
    return;
  }
  e.type = std::string(lexicon.plover_type(e.cameo));
}

// An actor usable as an event's source or target: resolved to a country, or to an international actor without
// one: an intergovernmental or non-governmental organisation, a transnational armed group (IGO, NGO, IMG).
bool usable(const Mention& m) {
  const std::string& c = m.actor.code;
  return m.resolved &&
         (!m.actor.country.empty() || c.starts_with("IGO") || c.starts_with("NGO") || c.starts_with("IMG"));
}

// A person named, coded or not, who is not an armed one (a soldier, a rebel, a policeman, a spy): the one
// whose attacks are words in news ("Clinton attacked Trump", "Trump's attacks on Curiel").
bool unarmed_person(const Mention& m) {
  const std::string& sector = m.actor.sector;
  return m.type == "PERSON" && sector != "MIL" && sector != "REB" && sector != "UAF" && sector != "COP" &&
         sector != "SPY";
}

EventActor actor_of(std::span<const Mention> mentions, int32_t index) {
  EventActor a;
  if (index < 0 || size_t(index) >= mentions.size()) return a;
  a.mention = index;
  const Mention& m = mentions[size_t(index)];
  a.span = Span{m.begin, m.end};
  // A pronoun or a later reference carries its antecedent's actor already; keep the code as resolved.
  if (m.resolved) a.code = m.actor.code, a.country = m.actor.country, a.sector = m.actor.sector;
  return a;
}

// Does the cue open, after auxiliaries, with a verb of action (CAMEO roots 09 investigate, 17 coerce, 18
// assault, 19 fight, 20)?
// Such a statement is coded from the verb (step 2 of find_events), not from its stance: "Croatia is
// investigating alleged war crimes" is an investigation, though "alleged" makes the cue an accusation.
// Is a criticism whose cue is "attacked" (or "assailed") a verbal attack by its words: what was attacked is
// a thing said or decided ("the plan", "his remarks", "the administration's policy"), or a reason follows
// within the next words ("attacked Clinton over her emails", "as reckless", "for failing"; not "about 120
// miles east")? Else the
// attack is taken as the dictionary's action (FIGHT): war news says "Iran attacked across the peaks".
bool verbal_attack(const EventInput& in, const Attribution& a) {
  if (a.stance != Stance::criticize || a.cue.spans.size() != 1) return false;
  const Span cue = a.cue.spans.front();
  const std::string_view word = in.text.substr(cue.begin, cue.end - cue.begin);
  if (!word.starts_with("attack") && !word.starts_with("assail")) return false;
  static const SmallWordSet kSaid{
      "plan",     "plans",    "policy",    "policies",   "decision", "decisions", "proposal",    "proposals",
      "remarks",  "comments", "statement", "statements", "bill",     "report",    "idea",        "ideas",
      "move",     "deal",     "agreement", "budget",     "law",      "laws",      "reform",      "reforms",
      "record",   "campaign", "speech",    "claims",     "position", "stance",    "approach",    "strategy",
      "handling", "views",    "rhetoric",  "leadership", "program",  "programme", "legislation", "measure"};
  static const SmallWordSet kReason{"over", "for", "as"};  // (not before a figure: "for two hours")
  static const SmallWordSet kSkip{"the", "a", "an", "his", "her", "their", "its", "our", "this", "that"};
  // The words after the cue, in its sentence (the tokens are in text order).
  auto it = std::lower_bound(in.tokens.begin(), in.tokens.end(), cue.end,
                             [](const Token& t, uint32_t at) { return t.begin < at; });
  size_t words = 0;
  std::string w;
  for (; it != in.tokens.end() && words < 8; ++it) {
    const Token& t = *it;
    if (t.kind == TokenKind::punct) {
      const char c = in.text[t.begin];
      if (c == '.' || c == ';' || c == '?' || c == '!') break;
      continue;
    }
    w.assign(in.text.substr(t.begin, t.end - t.begin));
    for (char& c : w) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (words == 0 && kSkip.contains(w)) continue;
    if (words < 4 && kSaid.contains(w)) return true;
    if (words > 0 && kReason.contains(w) && it + 1 != in.tokens.end() && (it + 1)->kind != TokenKind::number)
      return true;
    ++words;
  }
  return false;
}

bool action_cue(const Lexicon& lex, std::string_view text, Span cue) {
  static constexpr std::string_view kAux[] = {"is",  "are",   "was",   "were", "be",    "been",  "being",
                                              "has", "have",  "had",   "will", "would", "could", "should",
                                              "may", "might", "can",   "must", "did",   "does",  "do",
                                              "not", "also",  "still", "now"};
  char buf[32];
  for (size_t at = cue.begin; at < cue.end;) {
    size_t e = at;
    while (e < cue.end && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z'))) ++e;
    if (e == at || e - at > sizeof buf) return false;
    uint64_t h = Lexicon::kBasis;
    for (size_t k = at; k < e; ++k) {
      const char c = text[k];
      buf[k - at] = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
      h = Lexicon::step(h, static_cast<unsigned char>(buf[k - at]));
    }
    const std::string_view word(buf, e - at);
    if (std::find(std::begin(kAux), std::end(kAux), word) != std::end(kAux) ||
        cue_adverb(word)) {  // the verb comes after ("has again appealed")
      at = e;
      while (at < cue.end && text[at] == ' ') ++at;
      continue;
    }
    const Lexicon::WordSlot* slot = lex.find(Lexicon::finish(h));
    if (!slot || slot->extra == 0) return false;
    for (const VerbEntry& v : lex.extras[slot->extra].forms) {
      const std::string_view root = std::string_view(v.code).substr(0, 2);
      if (root == "09" || root == "17" || root == "18" || root == "19" || root == "20") return true;
    }
    return false;
  }
  return false;
}

struct StanceEvent {
  Stance stance;
  const char* cameo;
};
constexpr StanceEvent kStanceEvents[] = {
    {Stance::accuse, "112"},  {Stance::deny, "120"},      {Stance::reject, "120"},  {Stance::appeal, "100"},
    {Stance::concern, "110"}, {Stance::criticize, "111"}, {Stance::promise, "030"},
};

// Is a refusal a refusal to comment ("declined to comment", "refused to say", "declined to give details",
// "would not elaborate", "declined further comment")? CAMEO codes it 011, decline comment, a public statement
// and no PLOVER event; the refusal of a thing ("refused to release the hostages") stays REJECT. The content's
// first words: "to" and a verb of saying, or "comment". Returns the end of those words (a byte offset), or 0.
uint32_t declines_comment(std::string_view text, const Attribution& a) {
  if (a.content.spans.empty()) return 0;
  const Span c = a.content.spans.front();
  std::string head(text.substr(c.begin, std::min<uint32_t>(c.end - c.begin, 40)));
  ascii_lower(head.data(), head.size());
  std::string_view h(head);
  static const SmallWordSet kSaying{"comment", "say",       "give",     "elaborate", "specify",
                                    "name",    "identify",  "confirm",  "detail",    "disclose",
                                    "reveal",  "speculate", "estimate", "answer",    "provide"};
  static const SmallWordSet kBefore{"further", "immediate", "any", "direct", "public", "official"};
  auto word = [&h]() {
    while (!h.empty() && !(h.front() >= 'a' && h.front() <= 'z')) h.remove_prefix(1);
    size_t n = 0;
    while (n < h.size() && h[n] >= 'a' && h[n] <= 'z') ++n;
    const std::string_view w = h.substr(0, n);
    h.remove_prefix(n);
    return w;
  };
  auto end = [&]() { return uint32_t(c.begin + (h.data() - head.data())); };  // after the last word read
  std::string_view w = word();
  if (w == "to") {
    w = word();
    if (w == "immediately" || w == "publicly" || w == "officially") w = word();
    if (w == "be") return word() == "interviewed" ? end() : 0;  // "declined to be interviewed"
    // ("give" and "provide" only with details or figures: "declined to give details", not "give up")
    if (w == "give" || w == "provide") {
      const std::string_view x = word();
      const bool details =
          x == "details" || x == "figures" || x == "any" || x == "further" || x == "a" || x == "specifics";
      return details ? end() : 0;
    }
    return kSaying.contains(w) ? end() : 0;
  }
  if (kBefore.contains(w)) w = word();
  return w == "comment" || w == "comments" ? end() : 0;
}

}  // namespace

namespace {

inline int month_of(std::string_view w) {
  static constexpr std::string_view kFull[] = {"january",   "february", "march",    "april",
                                               "may",       "june",     "july",     "august",
                                               "september", "october",  "november", "december"};
  // Every full name starts with its three-letter abbreviation ("jan", "feb" ...): the first three bytes name
  // the only month the word can be.
  if (w.size() < 3 || w.size() > 9) return 0;
  int month = 0;
  switch ((uint32_t(uint8_t(w[0])) << 16) | (uint32_t(uint8_t(w[1])) << 8) | uint8_t(w[2])) {
    case 'j' << 16 | 'a' << 8 | 'n':
      month = 1;
      break;
    case 'f' << 16 | 'e' << 8 | 'b':
      month = 2;
      break;
    case 'm' << 16 | 'a' << 8 | 'r':
      month = 3;
      break;
    case 'a' << 16 | 'p' << 8 | 'r':
      month = 4;
      break;
    case 'm' << 16 | 'a' << 8 | 'y':
      month = 5;
      break;
    case 'j' << 16 | 'u' << 8 | 'n':
      month = 6;
      break;
    case 'j' << 16 | 'u' << 8 | 'l':
      month = 7;
      break;
    case 'a' << 16 | 'u' << 8 | 'g':
      month = 8;
      break;
    case 's' << 16 | 'e' << 8 | 'p':
      month = 9;
      break;
    case 'o' << 16 | 'c' << 8 | 't':
      month = 10;
      break;
    case 'n' << 16 | 'o' << 8 | 'v':
      month = 11;
      break;
    case 'd' << 16 | 'e' << 8 | 'c':
      month = 12;
      break;
    default:
      return 0;
  }
  if (w.size() == 3 || w == kFull[month - 1] || (month == 9 && w == "sept")) return month;
  return 0;
}
int number_of(std::string_view w, int lo, int hi) {  // "10", "10th" → 10 when in [lo, hi], else 0
  int n = 0;
  size_t k = 0;
  for (; k < w.size() && k < 4 && w[k] >= '0' && w[k] <= '9'; ++k) n = n * 10 + (w[k] - '0');
  if (k == 0) return 0;
  const std::string_view rest = w.substr(k);
  if (!(rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) return 0;
  return n >= lo && n <= hi ? n : 0;
}

// The document's date ("2025-04-10") as days since 1970-01-01 (-1 when there is none) and its year.
struct DocDate {
  long doc = -1;
  int dy = 0;
};
DocDate doc_date_of(std::string_view doc_date) {
  DocDate d;
  int dm = 0, dd = 0;
  if (doc_date.size() >= 10 &&
      std::sscanf(std::string(doc_date.substr(0, 10)).c_str(), "%4d-%2d-%2d", &d.dy, &dm, &dd) == 3 &&
      dm >= 1 && dm <= 12 && dd >= 1 && dd <= 31)
    d.doc = days_from_civil(d.dy, dm, dd);
  return d;
}

// event_date() over std::string or std::string_view words, the document's date parsed.
template <class Word>
std::string date_of(std::span<const Word> words, DocDate date, size_t from = 0) {
  const long doc = date.doc;
  const int dy = date.dy;
  static constexpr std::string_view kWeekdays[] = {
      "thursday", "friday",  "saturday", "sunday",
      "monday",   "tuesday", "wednesday"};  // 1970-01-01 was a Thursday
  auto dated = [&](int month, int day, int year) -> std::string {
    if (year == 0) {
      if (doc < 0) return "";
      year = dy;
      if (days_from_civil(year, month, day) > doc + 1) --year;  // "December 30" in a January story
    }
    if (day > 31) return "";
    return iso_date(days_from_civil(year, month, day));
  };
  for (size_t k = from; k < words.size(); ++k) {
    const std::string_view w = words[k];
    auto at = [&](size_t i) { return i < words.size() ? std::string_view(words[i]) : std::string_view(); };
    // (A month starts with a letter, a number with a digit: the checks below for the other kind are skipped.)
    const bool digit = !w.empty() && w[0] >= '0' && w[0] <= '9';
    if (const int month = digit ? 0 : month_of(w)) {
      // "April 10", "Apr. 10, 2025"; "may" alone is a modal: a day must follow.
      size_t i = k + 1;
      if (at(i) == ".") ++i;
      if (const int day = number_of(at(i), 1, 31)) {
        // "they may 10 times": after "may", the day must end the phrase (a comma, a stop, a year).
        const std::string_view after = at(i + 1);
        if (w == "may" &&
            !(after.empty() || after == "," || after == "." || after == ";" || number_of(after, 1900, 2100)))
          continue;
        int year = 0;
        size_t j = i + 1;
        if (at(j) == ",") ++j;
        if (at(j).size() == 4) year = number_of(at(j), 1900, 2100);
        return dated(month, day, year);
      }
      continue;
    }
    if (const int day = digit ? number_of(w, 1, 31) : 0) {  // "10 April", "10 April 2025"
      if (const int month = month_of(at(k + 1)); month && at(k + 1) != "may") {
        const int year = at(k + 2).size() == 4 ? number_of(at(k + 2), 1900, 2100) : 0;
        return dated(month, day, year);
      }
      continue;
    }
    if (doc < 0 || !w.ends_with("day")) continue;  // (all of the words below)
    if (w == "yesterday") return iso_date(doc - 1);
    if (w == "today") return iso_date(doc);
    for (long wd = 0; wd < 7; ++wd) {
      if (w != kWeekdays[wd]) continue;
      const long doc_wd = ((doc % 7) + 7) % 7;
      return iso_date(doc - ((doc_wd - wd + 7) % 7));
    }
  }
  return "";
}

}  // namespace

std::string event_date(std::span<const std::string> words, std::string_view doc_date) {
  return date_of(words, doc_date_of(doc_date));
}

void find_events(const EventInput& in, const VerbLexicon& lexicon, std::vector<Event>& out) {
  const Lexicon& lex = lexicon.data();
  const size_t first_out = out.size();
  std::vector<uint8_t> unnamed_source;  // per event of `out`: its subject is a mention with no country
  auto in_duplicate = [&](const Sentence& s) {
    return !in.keep_duplicates && s.paragraph < in.paragraphs.size() &&
           in.paragraphs[s.paragraph].duplicate_of >= 0;
  };
  auto sentence_of = [&](uint32_t at) -> int32_t {
    auto it = std::upper_bound(in.sentences.begin(), in.sentences.end(), at,
                               [](uint32_t x, const Sentence& s) { return x < s.begin; });
    if (it == in.sentences.begin()) return -1;
    --it;
    return at < it->end ? int32_t(it - in.sentences.begin()) : -1;
  };
  auto statement_holding = [&](uint32_t at) -> int32_t {
    int32_t best = -1;
    uint32_t best_size = UINT32_MAX;
    for (size_t k = 0; k < in.attributions.size(); ++k) {
      for (const Span& c : in.attributions[k].content.spans) {
        if (at >= c.begin && at < c.end && c.end - c.begin < best_size)
          best = int32_t(k), best_size = c.end - c.begin;
      }
    }
    return best;
  };
  // Mentions that are a statement's source ("..., the White House announced"): never a target.
  // The first mention starting at or after `at` (mentions are in text order).
  auto first_mention = [&](uint32_t at) {
    auto by_begin = [](const Mention& m, uint32_t x) { return m.begin < x; };
    return size_t(std::lower_bound(in.mentions.begin(), in.mentions.end(), at, by_begin) -
                  in.mentions.begin());
  };
  // The mentions starting in [begin, end): an index range.
  auto mention_range = [&](uint32_t begin, uint32_t end) {
    return std::pair{first_mention(begin), first_mention(end)};
  };
  // A mention that names a border or frontier ("captured a stronghold on the Thai border", "shelled villages
  // near the Iranian frontier") says where, not to whom: no target.
  auto names_a_border = [&](const Mention& m) {
    if (m.end >= in.text.size() || in.text[m.end] != ' ') return false;
    const std::string_view after = in.text.substr(m.end + 1);
    for (std::string_view w : {"border", "borders", "frontier"})
      if (after.starts_with(w) &&
          (after.size() == w.size() || !std::isalpha(static_cast<unsigned char>(after[w.size()]))))
        return true;
    return false;
  };
  std::vector<uint8_t> is_statement_source(in.mentions.size(), 0);
  for (const Attribution& a : in.attributions)
    for (const Span& sp : a.source.spans)
      for (size_t m = first_mention(sp.begin); m < in.mentions.size() && in.mentions[m].begin <= sp.end; ++m)
        if (in.mentions[m].end <= sp.end) is_statement_source[m] = 1;
  auto statement_source = [&](const Mention& m) {
    return is_statement_source[size_t(&m - in.mentions.data())] != 0;
  };
  const DocDate doc_date = doc_date_of(in.date);
  // The tokens of a sentence: [first, end).
  auto sentence_tokens = [&](const Sentence& s) {
    auto by_begin = [](const Token& t, uint32_t x) { return t.begin < x; };
    size_t k =
        size_t(std::lower_bound(in.tokens.begin(), in.tokens.end(), s.begin, by_begin) - in.tokens.begin());
    const size_t first = k;
    while (k < in.tokens.size() && in.tokens[k].end <= s.end) ++k;
    return std::pair{first, k};
  };
  // The words of tokens [first, end), lower case (ASCII), as views into `lower`.
  std::string lower;
  std::vector<std::string_view> words;
  auto lower_words = [&](size_t first, size_t end) {
    words.clear();
    if (first == end) return;
    const uint32_t from = in.tokens[first].begin;
    lower.assign(in.text.substr(from, in.tokens[end - 1].end - from));
    ascii_lower(lower.data(), lower.size());
    words.resize(end - first);
    for (size_t k = first; k < end; ++k)
      words[k - first] =
          std::string_view(lower).substr(in.tokens[k].begin - from, in.tokens[k].end - in.tokens[k].begin);
  };
  // "in <place>" after `after` in sentence s. [lo, hi): mention indices including every mention starting in
  // [after, s.end) (mentions starting elsewhere are skipped).
  auto place_after_in = [&](const Mention& m) {
    return (m.type == "GPE" || m.type == "LOC") && m.begin >= 3 && in.text.substr(m.begin - 3, 3) == "in ";
  };
  auto location_in = [&](const Sentence& s, uint32_t after, size_t lo, size_t hi) {
    for (size_t k = lo; k < hi; ++k) {
      const Mention& m = in.mentions[k];
      if (m.begin >= after && m.end <= s.end && place_after_in(m)) return Span{m.begin, m.end};
    }
    return Span{};
  };

  // The usable mentions coordinated with mention m in sentence s, m included, in text order ("A, B and C",
  // "A and the B"): neighbours joined by a comma, "and", ", and" or "and the", when at least one join is an
  // "and" (a comma alone is as often an apposition: "Lavrov, Russia's foreign minister"). Empty for m < 0;
  // {m} when m is coordinated with nothing. One mention per actor code.
  std::vector<int32_t> sources, targets;
  // Words that may stand between "and" (or "and the") and an actor it coordinates: up to three modifiers,
  // each a possessive, a number word, a word of a short list or one with an adjective's or adverb's ending
  // ("and neighbouring Belarus", "and the newly elected Palestinian leadership", "and its ally Israel", "and
  // all six New England states"). Not a verb ("Japan and praised Japan's"), not a preposition.
  auto modifiers = [](std::string_view v) {
    static const SmallWordSet kWords{
        "its",          "their",       "his",   "her",     "our",    "all",  "both",  "two",   "three",
        "four",         "five",        "six",   "seven",   "eight",  "nine", "ten",   "new",   "old",
        "former",       "fellow",      "rival", "ally",    "allied", "key",  "main",  "other", "elected",
        "neighbouring", "neighboring", "many",  "several", "major",  "top",  "senior"};
    static constexpr std::string_view kEndings[] = {"ern", "ian", "ese", "ish", "ic",  "al",  "ly",
                                                    "ful", "ous", "ive", "ent", "ant", "ary", "ing"};
    size_t words = 0;
    while (!v.empty()) {
      const size_t end = v.find(' ');
      const std::string_view w = v.substr(0, end);
      if (w.empty() || ++words > 3) return false;
      for (char c : w)
        if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
      bool ok = kWords.contains(w);
      for (std::string_view e : kEndings) ok |= w.size() > e.size() + 2 && w.ends_with(e);
      if (!ok) return false;
      if (end == std::string_view::npos) break;
      v.remove_prefix(end);
      while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    }
    return true;
  };
  auto joins = [&](const Mention& a, const Mention& b, bool& with_and) {
    if (a.end > b.begin) return false;
    std::string_view between = in.text.substr(a.end, b.begin - a.end);
    auto trim = [](std::string_view& v) {
      while (!v.empty() && (v.front() == ' ' || v.front() == '\n')) v.remove_prefix(1);
      while (!v.empty() && (v.back() == ' ' || v.back() == '\n')) v.remove_suffix(1);
    };
    trim(between);
    const bool comma = between.starts_with(",");
    if (comma) between.remove_prefix(1), trim(between);
    const bool conj = between.starts_with("and") && (between.size() == 3 || between[3] == ' ');
    if (conj) between.remove_prefix(3), trim(between);
    if (conj && (between == "the" || between.starts_with("the "))) between.remove_prefix(3), trim(between);
    // After "and" (and "the"), up to three modifiers of the next actor: "and neighbouring Belarus", "and
    // the newly elected Palestinian leadership", "and its ally Belarus".
    if (conj && !modifiers(between)) return false;
    if (conj) between = {};
    if (!between.empty() || (!comma && !conj)) return false;
    with_and |= conj;
    return true;
  };
  auto coordinated = [&](int32_t m, const Sentence& sent, std::vector<int32_t>& group) {
    group.clear();
    if (m < 0) return;
    bool with_and = false;
    int32_t lo = m, hi = m;
    while (lo > 0 && in.mentions[size_t(lo - 1)].begin >= sent.begin && usable(in.mentions[size_t(lo - 1)]) &&
           joins(in.mentions[size_t(lo - 1)], in.mentions[size_t(lo)], with_and))
      --lo;
    while (size_t(hi + 1) < in.mentions.size() && in.mentions[size_t(hi + 1)].end <= sent.end &&
           usable(in.mentions[size_t(hi + 1)]) &&
           joins(in.mentions[size_t(hi)], in.mentions[size_t(hi + 1)], with_and))
      ++hi;
    if (!with_and) lo = hi = m;
    for (int32_t k = lo; k <= hi; ++k) {
      const std::string& code = in.mentions[size_t(k)].actor.code;
      bool seen = false;
      for (int32_t g : group) seen |= in.mentions[size_t(g)].actor.code == code;
      if (!seen || k == m) group.push_back(k);
    }
  };
  // An agent the actors stage located at the first place of a list ("the foreign ministers of France and
  // Germany", "lawmakers in France and Germany": it gave the agent the first place's country only): that
  // place's index, else -1. `places` then holds the list.
  std::vector<int32_t> places;
  auto located_at_list = [&](int32_t agent_index) -> int32_t {
    if (agent_index < 0 || size_t(agent_index) + 1 >= in.mentions.size()) return -1;
    const Mention& agent = in.mentions[size_t(agent_index)];
    const Mention& head = in.mentions[size_t(agent_index) + 1];
    if (agent.type != "AGENT" || agent.source != MentionSource::composed || agent.actor.sector.empty() ||
        agent.end > head.begin || agent.actor.country != head.actor.country)
      return -1;
    static const SmallWordSet kLinks{" of ", " of the ", " in ", " in the ", " at ", " from "};
    if (!kLinks.contains(in.text.substr(agent.end, head.begin - agent.end))) return -1;
    const int32_t s = sentence_of(head.begin);
    if (s < 0) return -1;
    coordinated(agent_index + 1, in.sentences[size_t(s)], places);
    return places.size() >= 2 ? agent_index + 1 : -1;
  };
  // A side of an event: the mention's actor; a place of such a list is the agent in that place — the
  // place's country with the agent's sector (FRAGOV and DEUGOV, FRALEG and DEULEG), as the actors stage
  // composes an agent with one place ("the ambassador of France" FRAGOV).
  auto side = [&](int32_t m) {
    EventActor a = actor_of(in.mentions, m);
    if (m <= 0 || a.country.empty() || (!a.sector.empty() && a.sector != "GOV")) return a;
    const Mention& place = in.mentions[size_t(m)];
    if (place.type != "GPE" && place.type != "LOC") return a;
    const int32_t s = sentence_of(place.begin);
    if (s < 0) return a;
    coordinated(m, in.sentences[size_t(s)], places);
    if (places.size() < 2) return a;
    const int32_t head = *std::min_element(places.begin(), places.end());
    if (located_at_list(head - 1) != head) return a;
    a.sector = in.mentions[size_t(head - 1)].actor.sector;
    a.code = a.country + a.sector;
    return a;
  };
  // The (source, target) pairs of an event whose sides are src and tgt: every member of src's coordination
  // with every member of tgt's, when both are found and are not one coordination (the joint event "A and B
  // agreed"), without pairs of one actor code other than (src, tgt) itself; else just (src, tgt).
  std::vector<std::pair<int32_t, int32_t>> pairs;
  auto event_pairs = [&](int32_t src, int32_t tgt) {
    // (an agent located at a list is each of its places: "condemned the ambassadors of France and Italy")
    if (const int32_t at = located_at_list(src); at >= 0) src = at;
    if (const int32_t at = located_at_list(tgt); at >= 0) tgt = at;
    pairs.assign(1, {src, tgt});
    if (src < 0 || tgt < 0) return;
    const int32_t ss = sentence_of(in.mentions[size_t(src)].begin),
                  ts = sentence_of(in.mentions[size_t(tgt)].begin);
    sources.assign(1, src);
    targets.assign(1, tgt);
    if (ss >= 0) coordinated(src, in.sentences[size_t(ss)], sources);
    if (ts >= 0) coordinated(tgt, in.sentences[size_t(ts)], targets);
    if (std::find(sources.begin(), sources.end(), tgt) != sources.end() ||
        std::find(targets.begin(), targets.end(), src) != targets.end()) {
      // A joint event ("Jordan and Britain agreed", "Gondor and Osgiliath have delayed their meeting"): each
      // side does it with the other, as event coders code it (PETRARCH: both directions).
      if (in.mentions[size_t(src)].actor.code != in.mentions[size_t(tgt)].actor.code)
        pairs.emplace_back(tgt, src);
      return;
    }
    pairs.clear();
    for (int32_t from : sources)
      for (int32_t to : targets)
        if ((from == src && to == tgt) ||
            in.mentions[size_t(from)].actor.code != in.mentions[size_t(to)].actor.code)
          pairs.emplace_back(from, to);
  };

  // 1. Statements whose stance is an event: the source does it to the first other actor of the content.
  std::vector<std::pair<uint32_t, uint32_t>> undated;  // (sentence, index in out) of each, its date not set
  for (size_t k = 0; k < in.attributions.size(); ++k) {
    const Attribution& a = in.attributions[k];
    const StanceEvent* se = nullptr;
    for (const StanceEvent& x : kStanceEvents)
      if (x.stance == a.stance) se = &x;
    // (a cue of the dictionary's actions is the action's, below — unless it is an attack that says so:
    // "attacked the plan as reckless", "attacked Clinton over her emails" are DISAPPROVE)
    const Span cue0 = a.cue.empty() ? Span{} : a.cue.spans.front();
    if (!se || a.cue.empty() || (action_cue(lex, in.text, cue0) && !verbal_attack(in, a))) continue;
    if (a.stance == Stance::reject && declines_comment(in.text, a)) continue;  // CAMEO 011: no PLOVER event
    Event e;
    e.cameo = se->cameo;
    // A promise of revenge is a threat ("vowed revenge", "promised retaliation"): its content's first words.
    if (a.stance == Stance::promise && !a.content.spans.empty()) {
      static const SmallWordSet kRevenge{"revenge",  "vengeance", "retaliation", "retribution",
                                         "reprisal", "reprisals", "punishment",  "retaliatory"};
      const Span c = a.content.spans.front();
      const std::string_view head = in.text.substr(c.begin, std::min<uint32_t>(c.end - c.begin, 48));
      std::string w;
      size_t words = 0;
      for (size_t i = 0; i <= head.size() && words < 4; ++i) {
        const char ch = i < head.size() ? head[i] : ' ';
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
          w.push_back(char(ch | 0x20));
          continue;
        }
        if (w.empty()) continue;
        if (kRevenge.contains(w)) e.cameo = "130";
        w.clear();
        ++words;
      }
    }
    e.type = std::string(lexicon.plover_type(e.cameo));
    e.mode = "verbal";
    e.trigger = a.cue.spans.front();
    const int32_t src = resolved_mention(in.mentions, a.source_mention);
    e.source = actor_of(in.mentions, src);
    for (const Span& c : a.content.spans) {
      for (size_t m = first_mention(c.begin);
           m < in.mentions.size() && in.mentions[m].begin <= c.end && e.target.mention < 0; ++m) {
        const Mention& mention = in.mentions[m];
        if (mention.begin < c.begin || mention.end > c.end || !usable(mention) || names_a_border(mention))
          continue;
        if (!e.source.code.empty() && mention.actor.code == e.source.code) continue;
        e.target = actor_of(in.mentions, int32_t(m));
      }
    }
    // No actor in the content: the addressee between the cue and the content ("urged Germany on Monday | to
    // send tanks", "accused Moscow, | of ..."), in the cue's sentence.
    uint32_t content_begin = UINT32_MAX;
    for (const Span& c : a.content.spans) content_begin = std::min(content_begin, c.begin);
    if (e.target.mention < 0 && content_begin != UINT32_MAX && content_begin >= e.trigger.end) {
      const int32_t cs = sentence_of(e.trigger.begin);
      for (size_t m = first_mention(e.trigger.end); cs >= 0 && m < in.mentions.size(); ++m) {
        const Mention& mention = in.mentions[m];
        if (mention.end > content_begin || mention.end > in.sentences[size_t(cs)].end) break;
        if (!usable(mention) || (!e.source.code.empty() && mention.actor.code == e.source.code)) continue;
        e.target = actor_of(in.mentions, int32_t(m));
        break;
      }
    }
    const int32_t s = sentence_of(e.trigger.begin);
    if (s < 0) continue;
    e.sentence = uint32_t(s);
    e.statement = int32_t(k);
    const auto [lo, hi] = mention_range(e.trigger.end, in.sentences[size_t(s)].end);
    e.location = location_in(in.sentences[size_t(s)], e.trigger.end, lo, hi);
    // Coordinated sources and targets ("Jordan, Egypt and Britain condemned Syria and Iran"): one event per
    // pair, as for the verbs below.
    const int32_t tgt = e.target.mention;
    event_pairs(src, tgt);
    for (size_t x = 0; x < pairs.size(); ++x) {
      const auto [from, to] = pairs[x];
      Event one = x + 1 == pairs.size() ? std::move(e) : e;
      if (from != src || pairs.size() > 1) one.source = side(from);
      if (to != tgt || pairs.size() > 1) one.target = side(to);
      undated.emplace_back(uint32_t(s), uint32_t(out.size()));  // its date: below
      out.push_back(std::move(one));
    }
  }
  const size_t statement_events = out.size();
  // The dates of the statements' events, by sentence: read with step 2's own where step 2 reads the
  // sentence (it knows then whether any word can be a date), else after it.
  std::sort(undated.begin(), undated.end());
  std::vector<uint8_t> dated(undated.size(), 0);
  auto set_date = [&](Event& e, const std::string& d) {
    e.date = d.empty() ? std::string(in.date) : d;
    e.date_in_text = !d.empty();
  };
  size_t next_undated = 0;

  // 2. Verbs and event nouns of the lexicon.
  // (words: the sentence's words, lower case, reused: no allocation once warm)
  WordIds ids;
  std::vector<uint8_t> breaks;
  std::vector<uint8_t> actor_end;    // per word of the sentence: an actor mention ends there
  std::vector<uint32_t> candidates;  // patterns worth a full match
  // The last event a dictionary phrase coded (its sentence and trigger end), or none.
  int32_t pattern_sentence = -1;
  uint32_t pattern_end = 0;
  std::vector<uint32_t> extras;  // per word of the sentence: its Lexicon::WordExtra (0: none)
  // Sentences where an event can have an actor: a usable mention starts there, a statement's event is there
  // (step 1), or a statement whose source has a mention holds part of it (its "we", its "must" take the
  // speaker).
  // Elsewhere every event of step 2 would have no actor on either side and be dropped below (unless
  // keep_actorless): such sentences are not read at all — two thirds of Reuters' (docs/events.md).
  std::vector<uint8_t> may_have_actor(in.sentences.size(), in.keep_actorless ? 1 : 0);
  if (!in.keep_actorless) {
    auto mark = [&](uint32_t begin, uint32_t end) {  // every sentence overlapping [begin, end)
      auto it = std::upper_bound(in.sentences.begin(), in.sentences.end(), begin,
                                 [](uint32_t x, const Sentence& s) { return x < s.begin; });
      if (it != in.sentences.begin() && std::prev(it)->end > begin) --it;
      for (; it != in.sentences.end() && it->begin < end; ++it)
        may_have_actor[size_t(it - in.sentences.begin())] = 1;
    };
    for (const Mention& m : in.mentions)
      if (usable(m)) mark(m.begin, m.begin + 1);
    for (const auto& [sentence, index] : undated) may_have_actor[sentence] = 1;
    for (const Attribution& a : in.attributions) {
      // (any speaker with a mention: "must" and a quotation's "we" take it as it is)
      if (resolved_mention(in.mentions, a.source_mention) < 0) continue;
      for (const Span& c : a.content.spans) mark(c.begin, c.end);
    }
  }
  size_t t = 0, m_lo = 0, m_hi = 0;
  for (size_t si = 0; si < in.sentences.size(); ++si) {
    const Sentence& s = in.sentences[si];
    while (t < in.tokens.size() && in.tokens[t].begin < s.begin) ++t;
    const size_t first = t;
    while (t < in.tokens.size() && in.tokens[t].end <= s.end) ++t;
    if (first == t || in_duplicate(s) || !may_have_actor[si]) continue;
    std::string sentence_date;    // event_date() of the sentence, computed for its first event
    size_t date_from = SIZE_MAX;  // the first word event_date() may read: a number or one of kDateWords
    bool sentence_date_done = false;
    actor_end.assign(t - first, 0);
    // The mentions starting in the sentence: [m_lo, m_hi) (sentences and mentions are in text order).
    while (m_lo < in.mentions.size() && in.mentions[m_lo].begin < s.begin) ++m_lo;
    m_hi = std::max(m_hi, m_lo);
    while (m_hi < in.mentions.size() && in.mentions[m_hi].begin < s.end) ++m_hi;
    for (size_t mi = m_lo; mi < m_hi; ++mi) {
      const Mention& m = in.mentions[mi];
      if (m.end > s.end) continue;
      // The token ending where the mention ends, if any (tokens are in text order).
      auto it =
          std::lower_bound(in.tokens.begin() + std::ptrdiff_t(first), in.tokens.begin() + std::ptrdiff_t(t),
                           m.end, [](const Token& tk, uint32_t at) { return tk.end < at; });
      if (it != in.tokens.begin() + std::ptrdiff_t(t) && it->end == m.end)
        actor_end[size_t(it - in.tokens.begin()) - first] = 1;
    }
    lower_words(first, t);
    ids.exact.resize(t - first);
    ids.singular.resize(t - first);
    extras.resize(t - first);
    breaks.resize(t - first);
    for (size_t k = first; k < t; ++k) {
      std::string_view& w = words[k - first];
      if (w.size() == 3 && (w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D")) w = "\"";
      // Only words are looked up (numbers and punctuation are in no pattern).
      const bool word = in.tokens[k].kind == TokenKind::word || in.tokens[k].kind == TokenKind::clitic;
      const Lexicon::WordSlot* found = nullptr;
      int32_t sing = -1;
      if (word) {
        // One pass over the bytes: the hash of the word, and of it without its last one or two bytes.
        uint64_t h = Lexicon::kBasis, h1 = h, h2 = h;
        for (unsigned char c : w) h2 = h1, h1 = h, h = Lexicon::step(h, c);
        found = lex.find(Lexicon::finish(h));
        if (w.size() > 2 && w.back() == 's') {
          const Lexicon::WordSlot* si = lex.find(Lexicon::finish(h1));
          sing = si ? si->vocab : -1;
          if (sing < 0 && w.ends_with("es")) {
            si = lex.find(Lexicon::finish(h2));
            sing = si ? si->vocab : -1;
          }
        }
      }
      extras[k - first] = found ? found->extra : 0;
      if (date_from == SIZE_MAX && ((!w.empty() && w[0] >= '0' && w[0] <= '9') || (found && found->date)))
        date_from = k - first;
      ids.exact[k - first] = found ? found->vocab : -1;
      ids.singular[k - first] = sing;
      breaks[k - first] =
          w.size() == 1 && (w[0] == ';' || w[0] == ':' || w[0] == '.' || w[0] == '"' || w[0] == '?');
    }
    // Does an actor follow the word at v (after "the"), and then the sentence's end, a preposition, a time
    // or "and"? (telephone_call: the "call" rule above.)
    auto telephone_call = [&](size_t v) {
      size_t k = v + 1;
      if (k < words.size() && words[k] == "the") ++k;
      if (k >= words.size()) return false;
      const uint32_t at = in.tokens[first + k].begin;
      const Mention* actor = nullptr;
      for (size_t m = m_lo; m < m_hi && !actor; ++m)
        if (in.mentions[m].begin == at && usable(in.mentions[m])) actor = &in.mentions[m];
      if (!actor) return false;
      size_t after = k;
      while (after < words.size() && in.tokens[first + after].begin < actor->end) ++after;
      if (after >= words.size()) return true;
      static const SmallWordSet kAfter{".",       ",",         ";",        "on",     "to",       "in",
                                       "at",      "from",      "for",      "late",   "early",    "yesterday",
                                       "today",   "last",      "this",     "and",    "by",       "after",
                                       "before",  "during",    "over",     "twice",  "again",    "monday",
                                       "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                       "shortly", "briefly",   "earlier"};
      return kAfter.contains(words[after]);
    };
    auto read_sentence_date = [&] {
      if (sentence_date_done) return;
      if (date_from != SIZE_MAX)  // (else no date: event_date() skips every word before date_from)
        sentence_date = date_of(std::span<const std::string_view>(words), doc_date, date_from);
      sentence_date_done = true;
    };
    while (next_undated < undated.size() && undated[next_undated].first < si) ++next_undated;
    for (; next_undated < undated.size() && undated[next_undated].first == si; ++next_undated) {
      read_sentence_date();
      set_date(out[undated[next_undated].second], sentence_date);
      dated[next_undated] = 1;
    }
    for (size_t v = 0; v < words.size(); ++v) {
      const Token& tok = in.tokens[first + v];
      if (tok.kind != TokenKind::word || in.text[tok.begin] < 'a' || in.text[tok.begin] > 'z') continue;
      std::string code;
      bool noun = false;
      bool from_pattern = false;  // a phrase of the dictionary matched, not the verb alone
      // "Libya must hand over ...": any verb after "must" is a demand (below), in the lexicon or not.
      const bool after_must = v > 0 && words[v - 1] == "must";
      if (extras[v] == 0 && !after_must) continue;  // (neither a verb form nor an event noun)
      const Lexicon::WordExtra& info = lex.extras[extras[v]];
      if (!info.forms.empty() && used_as_verb(words, v, actor_end)) {
        // The verb block with the longest matching pattern; else the verb's own code.
        const Pattern* best = nullptr;
        std::string fallback;
        for (const VerbEntry& entry : info.forms) {
          if (fallback.empty()) fallback = entry.code;
          const Lexicon::VerbBlock& block = lex.blocks[entry.verb];
          auto consider = [&](uint32_t k) {
            const Pattern& p = block.patterns[k];
            if ((!best || p.slots() > best->slots()) && pattern_matches(ids, breaks, v, v + 1, p)) best = &p;
          };
          for (uint32_t k : block.without_after) consider(k);
          // Candidates: patterns whose first after-word is among the 4 words after the verb.
          candidates.clear();
          if (block.any_after) {
            for (size_t k = v + 1; k < words.size() && k < v + 5 && !breaks[k]; ++k) {
              for (int32_t id : {ids.exact[k], ids.singular[k]}) {
                if (id < 0) continue;
                if (const Lexicon::AfterSlot* e = lex.after(entry.verb, id))
                  candidates.insert(candidates.end(), lex.after_patterns.begin() + e->first,
                                    lex.after_patterns.begin() + e->first + e->count);
              }
            }
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
            for (uint32_t k : candidates) consider(k);
          }
        }
        // "called Putin on Monday": the dictionary's "call on" (020, an appeal) wants "on" right after the
        // verb; "on" after the one called, before a day or a date, is when the call was made.
        const bool call_form =
            words[v] == "called" || words[v] == "call" || words[v] == "calls" || words[v] == "calling";
        if (best && call_form && v + 1 < words.size() && words[v + 1] != "on" && words[v + 1] != "upon" &&
            words[v + 1] != "for") {
          static const SmallWordSet kWhen{"monday",   "tuesday",   "wednesday", "thursday", "friday",
                                          "saturday", "sunday",    "the",       "january",  "february",
                                          "march",    "april",     "may",       "june",     "july",
                                          "august",   "september", "october",   "november", "december"};
          for (size_t k = v + 2; k + 1 < words.size() && k <= v + 4; ++k)
            if (words[k] == "on" && kWhen.contains(words[k + 1])) best = nullptr;
        }
        code = best ? best->code : fallback;
        from_pattern = best != nullptr;
        // "call" alone is the dictionary's telephone call (041, each side with the other), but news mostly
        // names with it: "called it chaos", "what he called a disgrace", "a band called Sophistafunk",
        // "called Trump a moderate". A call only when an actor follows, and after it the sentence ends or
        // a preposition, a time or "and" comes ("Obama called Putin on Monday", "called Merkel to discuss").
        if (!best && call_form && !telephone_call(v)) code.clear();
        // Verbs of all work whose bare code the dictionary gives as an event — "take" (171, seize: "take the
        // presidency", "took a detour"), "need" (100: "we need to give people"), "expected" (030: "is
        // expected to be completed"), "lead" (060: "Clinton leads among") … (docs/events.md) — are events
        // only in a phrase of the dictionary ("took control of", "took hostage", "took part in").
        static const SmallWordSet kOnlyInPhrases{
            "take", "takes", "took", "taken", "taking", "need", "needs", "needed", "needing", "vote", "votes",
            "voted", "voting", "expected", "go", "goes", "went", "want", "wants", "wanted", "serve", "serves",
            "served", "serving", "consider", "considers", "considered", "face", "faces", "faced", "learn",
            "learns", "learned", "lead", "leads", "died", "die", "dies", "give", "gives", "gave", "given",
            "pay", "pays", "paid", "conduct", "conducted", "pass", "passed", "passes", "decide", "decided",
            "decides", "come", "comes", "came", "aim", "aims", "aimed", "aiming", "ensure", "ensures",
            "ensured", "join", "joins", "joined", "seek", "seeks", "sought", "add", "adds", "added", "adding",
            // (business and politics news: "prices increased", "issued shares", "improved his standing",
            // "documents related to", "preferred stock", "Democrats controlled the Senate", "hoped to")
            "increase", "increases", "increased", "increasing", "issue", "issues", "issued", "issuing",
            "improve", "improves", "improved", "improving", "related", "affect", "affects", "affected",
            "preferred", "control", "controls", "controlled", "hope", "hopes", "hoped", "hoping", "arms",
            "led", "introduce", "introduces", "introduced", "considering", "expect", "expects", "expecting",
            "boost", "boosts", "boosted", "boosting", "expand", "expands", "expanded", "expanding", "intend",
            "intends", "intended",
            // (and: "to determine its authenticity", "gifts valued at", "accounts linked to", "plan to
            // compete hard", "the rule would apply to", "headed to Cairo", "the information contained in",
            // "doesn't mean", "acronyms associated with", "Trump dominated the campaign", "managed to",
            // "could benefit Clinton", "scheduled to leave New Hampshire")
            "determine", "determines", "determined", "determining", "valued", "value", "values", "linked",
            "link", "links", "compete", "competes", "competed", "competing", "applied", "apply", "applies",
            "applying", "headed", "contained", "contain", "contains", "mean", "means", "meant", "associated",
            "dominated", "dominate", "dominates", "managed", "manage", "manages", "benefit", "benefits",
            "benefited", "leave", "leaves", "leaving",
            // (and: "conducting airstrikes" — "conduct" is, above —, "tends to change", "U.S.-based",
            // "dealing with rumors", "studied the offer", "whipped up controversy", "to verify the video")
            "conducting", "conducts", "tend", "tends", "tended", "based", "dealing", "study", "studies",
            "studied", "whipped", "verify", "verifies", "verified",
            // (and: "filled the front seats", "filled orders", "it has been revealed", "exposed to Latin
            // American debt", "Apple unveiled its watch")
            "fill", "fills", "filled", "filling", "reveal", "reveals", "revealed", "revealing", "expose",
            "exposes", "exposed", "unveil", "unveils", "unveiled", "unveiling",
            // (and, in markets: "shares traded at", "the Bank of Japan intervened"; "traded arms with Iran"
            // is the dictionary's phrase)
            "trade", "trades", "traded", "trading", "intervene", "intervenes", "intervened", "intervening"};
        if (!best && kOnlyInPhrases.contains(words[v])) code.clear();
        // "are going to get", "is going to be": the future, no trip ("going to Moscow" stays).
        if (!best && words[v] == "going" && v + 2 < words.size() && words[v + 1] == "to") {
          static const SmallWordSet kDeterminers{"the",   "a",   "an",  "his", "her",
                                                 "their", "its", "our", "this"};
          const Token& next = in.tokens[first + v + 2];
          if (next.kind == TokenKind::word && in.text[next.begin] >= 'a' && in.text[next.begin] <= 'z' &&
              !kDeterminers.contains(words[v + 2]))
            code.clear();
        }
        // "released" sets people free (084): "released four hostages", "the prisoners were released"; a
        // poll, a report or a video released is no event.
        if (!best && (words[v] == "released" || words[v] == "release" || words[v] == "releases" ||
                      words[v] == "releasing")) {
          bool people = false;
          for (size_t k = v >= 4 ? v - 4 : 0; k < words.size() && k <= v + 4 && !people; ++k)
            people = k != v && freed_people_word(words[k]);
          // (or a person or a group named within the four words after: "release Prime Minister Chaudhry")
          const uint32_t from = tok.end, to = in.tokens[first + std::min(v + 4, words.size() - 1)].end;
          for (size_t m = m_lo; m < m_hi && !people; ++m) {
            const Mention& mention = in.mentions[m];
            people = mention.begin >= from && mention.begin < to &&
                     (mention.type == "PERSON" || mention.type == "AGENT" || mention.type == "NORP");
          }
          if (!people) code.clear();
        }
      }
      if (code.empty()) {
        // "the capture of two fighters", "an investigation into", "demonstrations against", "talks with":
        // an event noun followed by the preposition that opens its argument.
        // Also with a head noun of the effort between ("a mediation mission between", "investigation team
        // into", "mediation efforts among").
        static const SmallWordSet kEffort{"mission", "missions", "effort", "efforts",
                                          "process", "team",     "bid"};
        const bool argument =
            v + 1 < words.size() &&
            (noun_argument(words[v + 1]) || (v + 2 < words.size() && kEffort.contains(words[v + 1]) &&
                                             (noun_argument(words[v + 2]) || words[v + 2] == "among")));
        if (info.noun && argument) code = *info.noun, noun = true;
      }
      // ("it must be a mistake", "must have been": necessity or a guess, no demand)
      if (code.empty() && after_must && words[v] != "be" && words[v] != "have") code = "100";
      if (code.empty()) continue;
      // "output is forecast to decline to 1.34 mln tonnes", "shares declined 3 pct", "rates declined
      // further": a fall, no refusal ("declined to comment", "declined the offer", "declined an invitation"
      // stay).
      if (!noun && words[v].starts_with("declin")) {
        static const SmallWordSet kRefusal{"to",    "the",   "a",   "an",      "his",      "her",
                                           "its",   "their", "our", "this",    "that",     "these",
                                           "those", "any",   "all", "comment", "requests", "invitations"};
        const std::string_view next = v + 1 < words.size() ? words[v + 1] : std::string_view();
        const std::string_view after = v + 2 < words.size() ? words[v + 2] : std::string_view();
        auto number = [](std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; };
        if (!kRefusal.contains(next) || (next == "to" && number(after))) continue;
      }
      // "to meet demand for oil", "met its obligations", "meet the deadline": a need or a term met, no
      // meeting (the dictionary's 040); demands met are yielded to (080: "met the hostage-takers' demands",
      // and "would not meet their demands" a refusal, below).
      if (!noun &&
          (words[v] == "meet" || words[v] == "meets" || words[v] == "met" || words[v] == "meeting")) {
        static const SmallWordSet kTerms{
            "demand",      "demands",    "needs",        "requirements", "requirement", "obligations",
            "commitments", "targets",    "target",       "deadline",     "deadlines",   "criteria",
            "standards",   "conditions", "expectations", "costs",        "payments",    "goals",
            "goal",        "quota",      "quotas",       "requests",     "terms",       "challenge"};
        static const SmallWordSet kBetween{"the", "its", "their", "his",  "her",  "our", "these", "those",
                                           "all", "a",   "an",    "this", "that", "any", "such"};
        size_t k = v + 1;
        while (k < words.size() && k <= v + 3 && kBetween.contains(words[k])) ++k;
        // (one adjective may stand before the noun: "meet growing demand", "met its financial obligations")
        if (k + 1 < words.size() && !kTerms.contains(words[k]) && kTerms.contains(words[k + 1])) ++k;
        if (k < words.size() && kTerms.contains(words[k])) {
          if (words[k] != "demands" && words[k] != "conditions" && words[k] != "requests" &&
              words[k] != "terms")
            continue;
          code = "080";
        }
      }
      // "helped facilitate the rise", "will help end the violence", "helped to secure": help to do something
      // is a purpose or a cause, no aid (the dictionary's bare 070) — unless it is what an intent promises
      // ("is willing to send material to help defend Saudi Arabia": the promise, AGREE, below). "Help injured
      // fighters", "help Libya build" stay. The next word: a base form of a verb of the lexicon (not "-ed",
      // "-ing", "-s"), or "to".
      if (!noun &&
          (words[v] == "help" || words[v] == "helps" || words[v] == "helped" || words[v] == "helping") &&
          v + 1 < words.size() && !intent_before(words, v)) {
        const std::string_view n = words[v + 1];
        const bool base = n.size() > 2 && !n.ends_with("ed") && !n.ends_with("ing") && !n.ends_with("s") &&
                          extras[v + 1] != 0 && !lex.extras[extras[v + 1]].forms.empty();
        if (n == "to" || base) continue;
      }
      // "when it comes to", "if it came to": a topic or a case, no trip (the dictionary's "come to").
      if (!noun && v > 0 && words[v - 1] == "it" &&
          (words[v] == "comes" || words[v] == "come" || words[v] == "came" || words[v] == "coming"))
        continue;
      // "struggled to respond", "is struggling to cope": an effort, no fight ("struggled with police" stays).
      if (!noun && words[v].starts_with("struggl") && v + 1 < words.size() && words[v + 1] == "to") continue;
      // "did not respond to requests for comment": the wire's note, no request.
      if ((words[v] == "request" || words[v] == "requests") && v + 2 < words.size() &&
          words[v + 1] == "for" && words[v + 2] == "comment")
        continue;
      // "when asked which candidate she would back", "if asked": a reporter's question, no request; so is
      // asking about something or whether ("was asked about the talks", "asked him whether").
      if (!noun && (words[v] == "asked" || words[v] == "questioned") && v > 0 &&
          (words[v - 1] == "when" || words[v - 1] == "if" || words[v - 1] == "once" || words[v - 1] == "as"))
        continue;
      if (!noun && (words[v] == "asked" || words[v] == "ask" || words[v] == "asks" || words[v] == "asking")) {
        static const SmallWordSet kQuestion{"about", "whether", "if",   "what",  "how",
                                            "why",   "who",     "when", "where", "which"};
        bool question = false;
        for (size_t k = v + 1; k < words.size() && k <= v + 3 && !question; ++k)
          question = kQuestion.contains(words[k]);
        if (question) continue;
      }
      // "who asked not to be named", "requested anonymity": the wire's note on a source, no request.
      if (!noun && (words[v] == "asked" || words[v] == "requested" || words[v] == "asking" ||
                    words[v] == "requesting")) {
        auto at = [&](size_t k) { return v + k < words.size() ? words[v + k] : std::string_view(); };
        if (at(1) == "anonymity" || (at(1) == "for" && at(2) == "anonymity") ||
            (at(1) == "not" && at(2) == "to" && at(3) == "be" && (at(4) == "named" || at(4) == "identified")))
          continue;
      }
      // A protest delivered ("issued a protest to", "made a formal protest"): an official complaint (CAMEO
      // 114, DISAPPROVE), not a demonstration.
      if (noun && (words[v] == "protest" || words[v] == "protests")) {
        static const SmallWordSet kDelivered{"issued",    "issue", "issues", "lodged", "lodge",
                                             "filed",     "file",  "made",   "make",   "registered",
                                             "delivered", "sent",  "handed", "lodges", "files"};
        for (size_t k = v >= 3 ? v - 3 : 0; k < v; ++k)
          if (kDelivered.contains(words[k])) code = "114";
      }
      // Negation. A refusal ("would not meet their demands", "will not give"): cooperation becomes a
      // rejection (CAMEO 12). A negated fact ("did not give a source", "has never provided"): no event at
      // all.
      if (!noun && v > 0 &&
          (std::string_view(words[v - 1]) == "not" || std::string_view(words[v - 1]) == "n't" ||
           std::string_view(words[v - 1]) == "never")) {
        const std::string_view before = v > 1 ? std::string_view(words[v - 2]) : std::string_view();
        const bool refusal = before == "would" || before == "will" || before == "wo" || before == "shall" ||
                             before == "can" || before == "ca" || before == "could";
        const int root = std::atoi(code.substr(0, 2).c_str());
        if (!refusal) continue;
        if (root >= 3 && root <= 8) code = "120";
      }
      // Intent ("will provide", "is willing to withdraw", "offered to negotiate"): PLOVER codes a promise of
      // cooperation as AGREE (CAMEO 03) and of conflict as THREATEN (CAMEO 13).
      if (!noun && intent_before(words, v)) {
        const int root = std::atoi(code.substr(0, 2).c_str());
        if (root >= 3 && root <= 8) code = "030";
        if (root >= 11 && root <= 20 && root != 12 && root != 13) code = "130";
      }
      // "Libya must hand over the suspects": a demand on the actor before "must", by whoever says so.
      const bool must =
          !noun && v > 0 &&
          (std::string_view(words[v - 1]) == "must" || (v > 1 && std::string_view(words[v - 2]) == "must"));
      if (must) code = "100";
      // A paired code ("190:190", "032:033"): the source does the first to the target, and the target the
      // second to the source. A code with nothing before the colon (":184", "died in detention", "received a
      // letter" ":040"): the subject is the target, the other actor does it.
      std::string reciprocal;
      bool reversed = false;
      if (const size_t colon = code.find(':'); colon != std::string::npos) {
        reciprocal = code.substr(colon + 1);
        code.resize(colon);
        if (code.empty()) code.swap(reciprocal), reversed = true;
      }
      const std::string_view type = lexicon.plover_type(code);
      if (type.empty()) continue;
      // A trigger inside a statement's cue is that statement's event (step 1), not a second one.
      bool in_cue = false;
      for (size_t k = first_out; k < statement_events; ++k)
        in_cue |= out[k].trigger.begin <= tok.begin && tok.end <= out[k].trigger.end;
      // A plain reporting verb that is an assertion's cue, alone or before "that" ("He added that ...",
      // "Ukraine claims to have ..."), is speech, not the dictionary's action ("add" → COOPERATE, "claim" →
      // DISAPPROVE). A phrase of the dictionary stays ("declared a ceasefire", "reiterated its demand").
      const bool speech = !from_pattern || (v + 1 < words.size() && words[v + 1] == "that");
      for (size_t k = 0; k < in.attributions.size() && !in_cue && speech; ++k) {
        const Attribution& a = in.attributions[k];
        if (a.stance != Stance::assert_) continue;
        for (const Span& c : a.cue.spans)
          in_cue |= c.begin <= tok.begin && tok.end <= c.end && plain_reporting_verb(words[v]);
      }
      // The cue of a refusal to comment and the verb of saying after it ("declined to say whether",
      // "refused to reveal"): CAMEO 011, no event (step 1).
      for (size_t k = 0; k < in.attributions.size() && !in_cue; ++k) {
        const Attribution& a = in.attributions[k];
        if (a.stance != Stance::reject || a.cue.empty() || a.content.empty()) continue;
        const uint32_t lo = a.cue.spans.front().begin, hi = a.content.spans.front().begin + 48;
        if (tok.begin < lo || tok.begin > hi) continue;  // (the cheap test first)
        const uint32_t said = declines_comment(in.text, a);
        for (const Span& c : a.cue.spans) in_cue |= c.begin <= tok.begin && tok.end <= c.end && said;
        in_cue |= said && tok.begin >= a.content.spans.front().begin && tok.end <= said;
      }
      if (in_cue) continue;
      // "opened an investigation into", "lodged a protest with": the verb's pattern coded the phrase already;
      // its noun is not a second event (of the same code, or of any when a phrase of the dictionary matched).
      if (noun && out.size() > statement_events && out.back().sentence == uint32_t(si) &&
          tok.begin >= out.back().trigger.end && tok.begin - out.back().trigger.end <= 24 &&
          (out.back().cameo == code ||
           (pattern_sentence == int32_t(si) && pattern_end == out.back().trigger.end)))
        continue;
      // A light verb before an event noun ("issued an ultimatum to"): the noun is the event.
      if (!noun && (std::string_view(words[v]) == "issued" || std::string_view(words[v]) == "issues" ||
                    std::string_view(words[v]) == "issue" || std::string_view(words[v]) == "made" ||
                    std::string_view(words[v]) == "launched" || std::string_view(words[v]) == "staged" ||
                    std::string_view(words[v]) == "held")) {
        bool noun_follows = false;
        for (size_t k = v + 1; k < words.size() && k <= v + 3; ++k)
          noun_follows |= lex.extras[extras[k]].noun && k + 1 < words.size() && noun_argument(words[k + 1]);
        if (noun_follows) continue;
      }

      Event e;
      e.cameo = code;
      e.type = std::string(type);
      e.trigger = Span{tok.begin, tok.end};
      // Source: the nearest actor before the trigger in the sentence ("Ukraine's capture of": the possessive
      // before an event noun); target: the first other actor after it.
      int32_t src = -1, tgt = -1;
      bool unnamed_subject = false;     // the nearest mention before it has no country ("demonstrators")
      std::string_view unnamed_sector;  // that mention's sector
      // (For an event noun, a place after "to", "for", "in", "at", "into" or "from", with an actor before it,
      // is where, not who: "the foreign minister left for Moscow for talks with …" are the minister's talks;
      // "refugees in Turkey staged demonstrations" stay Turkey's, as the gold codes such subjects.)
      auto a_place = [&](const Mention& mention) {
        if (mention.type != "GPE" || mention.begin < 3) return false;
        size_t b = mention.begin;
        while (b > 0 && in.text[b - 1] == ' ') --b;
        size_t a = b;
        while (a > 0 && in.text[a - 1] >= 'a' && in.text[a - 1] <= 'z') --a;
        static const SmallWordSet kWhere{"to", "for", "in", "at", "into", "from"};
        return b > a && kWhere.contains(in.text.substr(a, b - a));
      };
      // Is the agent an office "of" (or "of the") the place, which gave it its country (the actors stage:
      // "the ambassador of France" FRAGOV)?
      auto office_of = [&](const Mention& agent, const Mention& place) {
        if (agent.type != "AGENT" || agent.actor.country != place.actor.country || agent.end > place.begin)
          return false;
        const std::string_view between = in.text.substr(agent.end, place.begin - agent.end);
        return between == " of " || between == " of the ";
      };
      for (size_t m = m_lo; m < m_hi; ++m) {
        const Mention& mention = in.mentions[m];
        if (mention.end > s.end || mention.end > tok.begin || mention.begin < s.begin) continue;
        if (noun && src >= 0 && a_place(mention)) continue;  // (an actor before it is the subject)
        // (for a verb too when the actor before is an agent located there: "soldiers in Kharkiv shelled" are
        // UKRMIL, the actors stage gave them Kharkiv's country)
        if (src >= 0 && a_place(mention) && in.mentions[size_t(src)].type == "AGENT" &&
            in.mentions[size_t(src)].actor.country == mention.actor.country)
          continue;
        // (and when it is an office of the place, the place alone — not one of a list, whose members each
        // take part: "the ambassador of France met" is FRAGOV's, "the ministers of France and Italy met" are
        // each place's, FRAGOV's and ITAGOV's: side(), above)
        if (src >= 0 && office_of(in.mentions[size_t(src)], mention)) {
          coordinated(int32_t(m), s, sources);
          if (sources.size() <= 1) continue;
        }
        if (usable(mention)) {
          src = int32_t(m);
          unnamed_subject = false;
        } else {
          unnamed_subject = true;
          unnamed_sector = mention.actor.sector;
        }
      }
      // A predicate coordinated with the one before ("Russia condemned Ukraine and criticized Poland", "and
      // then sent"): its subject is that predicate's, the source of the sentence's last event before it, not
      // the object in between.
      if (!noun && v >= 2) {
        size_t at = v - 1;
        static const SmallWordSet kBetween{"then", "also", "later", "subsequently", "quickly"};
        if (kBetween.contains(words[at]) && at >= 2) --at;
        if (words[at] == "and") {
          for (size_t k = out.size(); k-- > first_out;) {
            const Event& before = out[k];
            if (before.sentence != uint32_t(si) || before.trigger.end > tok.begin) continue;
            if (before.source.mention >= 0 && !before.source.inferred) {
              src = before.source.mention;
              unnamed_subject = false;
            }
            break;
          }
        }
      }
      // Inside a direct quotation the target is in the quotation too ("We will not allow …," the minister
      // told reporters in Beijing: not Beijing).
      const int32_t quoted_in = statement_holding(tok.begin);
      const Attribution* quote = quoted_in >= 0 && in.attributions[size_t(quoted_in)].direct
                                     ? &in.attributions[size_t(quoted_in)]
                                     : nullptr;
      auto in_quote = [&](const Mention& mention) {
        if (!quote) return true;
        for (const Span& c : quote->content.spans)
          if (mention.begin >= c.begin && mention.end <= c.end) return true;
        return false;
      };
      // "We will not allow ...," the minister said: in a direct quotation, "we" or "I" before the verb
      // (auxiliaries, modals and "not" may stand between) is the speaker.
      if (src < 0 && !noun) {
        static const SmallWordSet kAux{"will",  "would", "can",  "could", "shall", "should", "must", "may",
                                       "might", "do",    "does", "did",   "not",   "n't",    "have", "has",
                                       "had",   "are",   "am",   "also",  "never", "always", "'ll",  "'ve",
                                       "'re",   "'m",    "'d",   "were",  "was"};
        size_t k = v;
        while (k > 0 && kAux.contains(words[k - 1])) --k;
        if (k > 0 && (words[k - 1] == "we" || words[k - 1] == "i")) {
          if (quote) {
            const int32_t sm = resolved_mention(in.mentions, quote->source_mention);
            if (sm >= 0 && usable(in.mentions[size_t(sm)])) src = sm, unnamed_subject = false;
          }
        }
      }
      // Where a subordinate clause opens after the trigger ("delayed their meeting | after a hobbit was
      // reported on the pass", "proposed allowing the imports | because it felt"): a subordinator followed
      // by a finite verb within six words; no target is looked for beyond it. Not for threats, protests and
      // force (CAMEO roots 13–20): the one a sanction, a protest or a strike answers is often that clause's
      // subject ("imposed the tariffs because Japan failed to keep an agreement", "retaliated after
      // Hezbollah fired rockets").
      const int root = code.size() >= 2 ? std::atoi(code.substr(0, 2).c_str()) : 0;  // the CAMEO root
      uint32_t clause_at = s.end;
      if (root < 13) {
        static const SmallWordSet kSubordinators{"after",    "before", "when",  "while",  "because",
                                                 "although", "though", "until", "unless", "whereas"};
        static const SmallWordSet kFinite{"was", "were",  "is",   "are",   "had",  "has", "have",
                                          "did", "would", "will", "could", "said", "says"};
        static const SmallWordSet kModifies{"the", "a", "an", "its", "their", "his", "her", "'s", "of"};
        for (size_t k = v + 1; k < words.size() && clause_at == s.end; ++k) {
          if (!kSubordinators.contains(words[k])) continue;
          if (k + 1 < words.size() && words[k + 1] == "of") continue;  // "because of": a preposition
          for (size_t j = k + 2; j < words.size() && j <= k + 6; ++j) {
            // (a word in -ed after a determiner or possessive is an adjective: "Japan's alleged failure")
            const bool past =
                words[j].size() > 4 && words[j].ends_with("ed") && !kModifies.contains(words[j - 1]);
            if (kFinite.contains(words[j]) || past) {
              clause_at = in.tokens[first + k].begin;
              break;
            }
          }
        }
      }
      for (size_t m = m_lo; m < m_hi; ++m) {
        const Mention& mention = in.mentions[m];
        if (mention.begin < tok.end || mention.end > s.end || !usable(mention) || !in_quote(mention))
          continue;
        if (mention.begin > clause_at) break;
        // The subject named again ("Russia ... Russia's") is no target; another kind of mention of the same
        // code is ("Turkey will allow Turkish refugees to return": a domestic event, TUR → TUR).
        if (src >= 0 && mention.actor.code == in.mentions[size_t(src)].actor.code &&
            mention.type == in.mentions[size_t(src)].type)
          continue;
        if (statement_source(mention)) continue;  // "..., the White House announced": not a target
        if (names_a_border(mention)) continue;    // "on the Thai border": where, not whom
        tgt = int32_t(m);
        break;
      }
      // The scene before the counterpart ("met in Geneva with Russia's foreign minister", "held talks in
      // Ankara with the Iraqi prime minister", "signed an accord at Camp David with Egypt"): a place right
      // after "in" or "at" is where, when "with" (or "with the") and an actor follow it in the sentence.
      if (tgt >= 0 && in.mentions[size_t(tgt)].type == "GPE") {
        const std::string_view before = in.text.substr(0, in.mentions[size_t(tgt)].begin);
        if (before.ends_with(" in ") || before.ends_with(" at ")) {
          for (size_t m = size_t(tgt) + 1; m < m_hi; ++m) {
            const Mention& mention = in.mentions[m];
            if (mention.end > s.end || !usable(mention) || !in_quote(mention)) continue;
            const std::string_view lead = in.text.substr(0, mention.begin);
            if (!lead.ends_with(" with ") && !lead.ends_with(" with the ")) continue;
            if (src >= 0 && mention.actor.code == in.mentions[size_t(src)].actor.code) continue;
            tgt = int32_t(m);
            break;
          }
        }
      }
      // Passive ("was attacked by militiamen", "were killed by a bomb"): the actor after "by" did it to the
      // one before the verb. Not a participle of taking part before "in" ("Serb forces were engaged in
      // ethnic cleansing", "were involved in the fighting"): its subject is the doer.
      auto taking_part = [&](size_t at) {
        static const SmallWordSet kPart{"engaged", "involved", "embroiled", "locked"};
        return at + 1 < words.size() && words[at + 1] == "in" && kPart.contains(words[at]);
      };
      const bool passive =
          !noun && v > 0 && (words[v].ends_with("ed") || words[v] == "put" || words[v] == "set") &&
          (std::string_view(words[v - 1]) == "was" || std::string_view(words[v - 1]) == "were" ||
           std::string_view(words[v - 1]) == "been" || std::string_view(words[v - 1]) == "is" ||
           std::string_view(words[v - 1]) == "are" || std::string_view(words[v - 1]) == "be") &&
          !taking_part(v);
      // The actor after the first "by" within `reach` words after the trigger, or -1.
      auto agent_after_by = [&](size_t reach) {
        for (size_t k = v + 1; k < words.size() && k <= v + reach; ++k) {
          if (std::string_view(words[k]) != "by") continue;
          for (size_t m = m_lo; m < m_hi; ++m) {
            const Mention& mention = in.mentions[m];
            if (mention.begin >= in.tokens[first + k].end && mention.end <= s.end && usable(mention))
              return int32_t(m);
          }
          break;
        }
        return int32_t(-1);
      };
      if (passive) {
        // The actor before the verb is what it was done to, unless it is a statement's source: "A and B
        // agreed that the disputes should be resolved" names no one the disputes' resolving is done to.
        tgt = src >= 0 && statement_source(in.mentions[size_t(src)]) ? -1 : src;
        src = agent_after_by(3);
        // No agent named: an arrest, a trial, an expulsion or an investigation "in" a country is that
        // state's ("two British journalists were detained in Iran": IRN as the source), as event coders
        // code it. (Investigations, sanctions and coercion: CAMEO roots 09, 16, 17; and only with the one it
        // was done to named: else the event would be a domestic one by default, "a missionary from Calgary
        // was arrested in Lebanon" LBN → LBN.)
        if (src < 0 && tgt >= 0 && (root == 9 || root == 16 || root == 17)) {
          for (size_t k = v + 1; k < words.size() && k <= v + 5 && src < 0; ++k) {
            if (words[k] != "in") continue;
            const uint32_t after = in.tokens[first + k].end + 1;
            for (size_t m = m_lo; m < m_hi && src < 0; ++m) {
              const Mention& mention = in.mentions[m];
              if (mention.begin == after && mention.end <= s.end && mention.type == "GPE" &&
                  usable(mention) && int32_t(m) != tgt)
                src = int32_t(m);
            }
          }
        }
      }
      // "Jordan and Britain have agreed", "Israel and the newly elected Palestinian leadership agreed": a
      // joint event; the first is the source, the second the target. Also when the only target found is
      // where it happened ("Armenia and Azerbaijan signed a peace agreement in Washington"), if the two are
      // the whole coordination (a longer list keeps its place as the target: the pair would drop the others).
      const bool target_is_place = tgt >= 0 && place_after_in(in.mentions[size_t(tgt)]);
      if (src > 0 && (tgt < 0 || target_is_place)) {
        const Mention& b = in.mentions[size_t(src)];
        for (int32_t m = src - 1; m >= 0; --m) {
          const Mention& a = in.mentions[size_t(m)];
          if (a.end > b.begin || a.begin < s.begin) break;
          bool with_and = false;
          if (usable(a) && joins(a, b, with_and) && with_and) {
            bool longer = false;  // a mention before a joined to it too ("A, B and C")
            if (tgt >= 0 && m > 0) {
              const Mention& before = in.mentions[size_t(m - 1)];
              bool ignored = false;
              longer = before.begin >= s.begin && usable(before) && joins(before, a, ignored);
            }
            if (!longer) tgt = src, src = m;
            break;
          }
          if (usable(a)) break;
        }
      }
      // "France condemned the attack on Ukraine", "expressed concern over the arrest of": an event noun in
      // what a cue criticizes, denies, accuses or worries about, after the actor before it, is not that
      // actor's doing. Its source is the actor after "by" ("the attack by rebels on"), else none. (Not after
      // other verbs: "agreed to reopen talks", "broke off negotiations with" — their subject takes part.)
      if (noun && src >= 0) {
        uint32_t object_of = 0;  // where the last such cue before the noun ends
        for (const Attribution& a : in.attributions) {
          if (a.stance != Stance::criticize && a.stance != Stance::deny && a.stance != Stance::accuse &&
              a.stance != Stance::concern)
            continue;
          for (const Span& c : a.cue.spans)
            if (c.begin >= s.begin && c.end <= tok.begin) object_of = std::max(object_of, c.end);
        }
        if (object_of > in.mentions[size_t(src)].end) {
          src = agent_after_by(4);
          if (src >= 0 && tgt == src) tgt = -1;
        }
      }
      if (noun && src < 0) {
        // No actor before "the capture of X": the sentence's other actor after the target, if any.
        for (size_t m = tgt >= 0 ? size_t(tgt) + 1 : m_lo; m < m_hi; ++m) {
          const Mention& mention = in.mentions[m];
          if (mention.begin < tok.end || mention.end > s.end || !usable(mention)) continue;
          if (tgt >= 0 && mention.actor.code == in.mentions[size_t(tgt)].actor.code) continue;
          src = int32_t(m);
          break;
        }
      }
      // "Trump's attacks on Curiel", "the attacks on Ms. Haley": attacks on a person, by a person or by no
      // one named, are verbal in news: DISAPPROVE (111), not the dictionary's FIGHT. (Not by or on an armed
      // actor; "the attack on the embassy", "on Ukraine" stay FIGHT.)
      const bool unnamed_name =
          tgt < 0 && v + 2 < words.size() && (words[v + 1] == "on" || words[v + 1] == "against") &&
          in.tokens[first + v + 2].kind == TokenKind::word &&
          in.text[in.tokens[first + v + 2].begin] >= 'A' && in.text[in.tokens[first + v + 2].begin] <= 'Z';
      if (noun && (words[v] == "attack" || words[v] == "attacks") && (tgt >= 0 || unnamed_name) &&
          e.cameo.starts_with("19")) {
        auto person = [&](int32_t m) { return m < 0 || unarmed_person(in.mentions[size_t(m)]); };
        // (a name no mention holds only after a person's attacks: "Trump's attacks on Curiel", not "an
        // attack on Kirkuk")
        if (tgt >= 0 ? person(tgt) && person(src) : src >= 0 && person(src)) {
          e.cameo = "111";
          e.type = std::string(lexicon.plover_type(e.cameo));
        }
      }
      // The campaign's words of force are words: "Clinton attacked Trump", "Ryan blasted the FBI for", "Trump
      // has hammered Bush", "ripped Comey for", "Rubio fired back at Christie", "Trump shot back that". A
      // verb of them is a criticism (111, DISAPPROVE), not the dictionary's FIGHT or ASSAULT, when a person
      // does it to a person (not an armed one), or a reason follows ("for", "over"); "shot / fired / hit
      // back" is a retort, a criticism of its target, else no event. "Fired" after "be" or "get", or with a
      // person as its object, is a dismissal ("should be fired", "fired his campaign manager"): no event;
      // "shots were fired at", "fired on the convoy" stay.
      if (!noun && (e.cameo.starts_with("18") || e.cameo.starts_with("19"))) {
        static const SmallWordSet kWordsOfForce{
            "attack", "attacks", "attacked", "attacking", "blast",   "blasts",   "blasted",   "blasting",
            "slam",   "slams",   "slammed",  "slamming",  "hammer",  "hammers",  "hammered",  "hammering",
            "rip",    "rips",    "ripped",   "ripping",   "lambast", "lambasts", "lambasted", "bash",
            "bashes", "bashed",  "bashing",  "assail",    "assails", "assailed", "savaged",   "skewered"};
        static const SmallWordSet kBack{"shot", "shoots", "shoot",   "fired",  "fires",   "fire",
                                        "hit",  "hits",   "hitting", "firing", "shooting"};
        static const SmallWordSet kBe{"be",  "been", "was", "were", "being",  "is",
                                      "are", "get",  "got", "gets", "getting"};
        static const SmallWordSet kAim{"at", "on", "upon", "into", "toward", "towards", "from", "across"};
        auto person = [&](int32_t m) { return m >= 0 && unarmed_person(in.mentions[size_t(m)]); };
        // (a person named, coded or not, as the subject — at most three words between it and the verb — or
        // as the object — at most two words between)
        bool person_before = person(src), person_after = person(tgt);
        for (size_t m = m_lo; m < m_hi; ++m) {
          const Mention& mention = in.mentions[m];
          if (!unarmed_person(mention)) continue;
          if (mention.end <= tok.begin && mention.begin >= s.begin) {
            const std::string_view between = in.text.substr(mention.end, tok.begin - mention.end);
            person_before |= std::count(between.begin(), between.end(), ' ') <= 3 &&
                             between.find(',') == std::string_view::npos;
          } else if (mention.begin >= tok.end && mention.end <= s.end) {
            const std::string_view between = in.text.substr(tok.end, mention.begin - tok.end);
            person_after |= std::count(between.begin(), between.end(), ' ') <= 3;
          }
        }
        const std::string_view next = v + 1 < words.size() ? words[v + 1] : std::string_view();
        bool drop = false;
        if (kBack.contains(words[v]) && next == "back") {
          if (tgt >= 0)
            e.cameo = "111";
          else
            drop = true;
        } else if (words[v] == "fired" && ((v > 0 && kBe.contains(words[v - 1]) && !kAim.contains(next)) ||
                                           (person_after && !kAim.contains(next)))) {
          // (not with shots or a weapon near: "a shot was fired inside the car", "Wilson fired two shots")
          static const SmallWordSet kShots{
              "shot",    "shots",   "round",   "rounds",  "rocket",    "rockets", "missile", "missiles",
              "mortar",  "mortars", "shell",   "shells",  "bullet",    "bullets", "gun",     "guns",
              "weapon",  "weapons", "gunfire", "grenade", "grenades",  "tear",    "salvo",   "artillery",
              "warning", "volley",  "flares",  "torpedo", "torpedoes", "cannon",  "rifle",   "rifles"};
          bool shots = false;
          for (size_t k = v >= 4 ? v - 4 : 0; k < words.size() && k <= v + 5 && !shots; ++k)
            shots = kShots.contains(words[k]);
          drop = !shots;
        } else if (kWordsOfForce.contains(words[v]) && next == "out") {
          drop = true;  // "blasted out a robocall": sent
        } else if (kWordsOfForce.contains(words[v]) && next != "away" && next != "off" && next != "apart") {
          bool reason = false;
          for (size_t k = v + 1; k < words.size() && k <= v + 8 && !reason; ++k)
            reason = (words[k] == "for" || words[k] == "over") && k + 1 < words.size() &&
                     !(in.tokens[first + k + 1].kind == TokenKind::number);  // (not "for two hours")
          if ((person_before && person_after) || reason) e.cameo = "111";
        }
        if (drop) continue;
        e.type = std::string(lexicon.plover_type(e.cameo));
      }
      e.statement = quoted_in;  // (the statement holding the trigger, found above)
      if (must) {
        // The actor before "must" is the target; the source is the statement's (if any).
        tgt = src, src = -1;
        if (e.statement >= 0) {
          src = resolved_mention(in.mentions, in.attributions[size_t(e.statement)].source_mention);
        }
      }
      e.sentence = uint32_t(si);
      read_sentence_date();
      set_date(e, sentence_date);
      e.location = location_in(s, tok.end, m_lo, m_hi);
      // Aid received, its giver after "from" ("Ukraine received weapons from the United States", "has
      // received by courier money from"): the giver provides it to the subject, though the dictionary's
      // pattern ("receive weapons": 072) has the subject as the source. (Not other things received:
      // "received a mission of observers from the OSCE" is the receiver's allowing them, 086.)
      if (!reversed && !must && tgt >= 0 && src >= 0 && !noun && code.starts_with("07")) {
        static const SmallWordSet kReceive{"receive", "received", "receives", "receiving"};
        const std::string_view before = in.text.substr(0, in.mentions[size_t(tgt)].begin);
        if (kReceive.contains(words[v]) && (before.ends_with(" from ") || before.ends_with(" from the ")))
          reversed = true;
      }
      if (reversed) std::swap(src, tgt);
      // Compound actors ("Jordan, Egypt and Britain welcomed ties with Iraq and Iran"): the event for every
      // source of the coordination with every target of its own, as event coders distribute it (PETRARCH,
      // TABARI). Not when the source and the target are one coordination (the joint event above).
      event_pairs(src, tgt);
      // A joint event of a paired code: the code's second half is the reverse event (not a second copy).
      if (!reciprocal.empty() && pairs.size() == 2 && pairs[0].first == pairs[1].second &&
          pairs[0].second == pairs[1].first)
        pairs.resize(1);
      for (size_t x = 0; x < pairs.size(); ++x) {
        const auto [from, to] = pairs[x];
        Event one = x + 1 == pairs.size() ? std::move(e) : e;
        one.source = side(from);
        one.target = side(to);
        conventional_or_not(
            one, from >= 0 ? std::string_view(in.mentions[size_t(from)].actor.sector) : unnamed_sector,
            words[v],
            from >= 0 && in.mentions[size_t(from)].type == "GPE" &&
                (in.mentions[size_t(from)].actor.sector.empty() ||
                 in.mentions[size_t(from)].actor.sector == "GOV"),
            lexicon);
        if (!reciprocal.empty() && one.source.mention >= 0 && one.target.mention >= 0 &&
            !lexicon.plover_type(reciprocal).empty()) {
          Event back = one;
          std::swap(back.source, back.target);
          back.cameo = reciprocal;
          back.type = std::string(lexicon.plover_type(reciprocal));
          out.push_back(std::move(one));
          out.push_back(std::move(back));
          unnamed_source.resize(out.size(), 0);
          continue;
        }
        if (from_pattern) pattern_sentence = int32_t(si), pattern_end = one.trigger.end;
        out.push_back(std::move(one));
        unnamed_source.resize(out.size(), 0);
        // (A protest with no subject found at all — "thousands of people protested in Belgrade" — is the
        // country's people too: protesters protest where they live.)
        unnamed_source.back() = from < 0 && !passive && (unnamed_subject || out.back().type == "PROTEST");
      }
    }
  }
  // The statements' events in sentences step 2 skips (duplicate paragraphs, no tokens).
  for (size_t u = 0; u < undated.size(); ++u) {
    if (dated[u]) continue;
    // The sentence's words, lower case, for its date.
    const auto [first, end] = sentence_tokens(in.sentences[undated[u].first]);
    lower_words(first, end);
    set_date(out[undated[u].second], date_of(std::span<const std::string_view>(words), doc_date));
  }
  // Domestic events. A source with a country and no target found ("Iraqis demonstrated in Baghdad", "police
  // opened fire to disperse demonstrators"): event data codes the target as the same country (PLOVER: IRQ
  // PROTEST IRQ). A target with a country whose subject has none ("opposition leaders agreed to postpone the
  // rally in Baku", "guerrillas operating in Macedonia have been demobilized"): the source is that country.
  // Not for international organisations, not when the event has no subject at all ("the capture of X").
  unnamed_source.resize(out.size(), 0);
  for (size_t k = first_out; k < out.size(); ++k) {
    Event& e = out[k];
    auto domestic = [](const EventActor& named, EventActor& other) {
      if (named.mention < 0 || other.mention >= 0 || named.country.empty() || named.code.starts_with("IGO"))
        return;
      other.code = named.country;
      other.country = named.country;
      other.inferred = true;
    };
    domestic(e.source, e.target);
    if (unnamed_source[k]) domestic(e.target, e.source);
  }
  // "threatened to ban the candidates", "agreed to set up": the event is the first verb's; the second one's
  // target is its target when it has none.
  for (size_t k = statement_events; k < out.size(); ++k) {
    Event& inner = out[k];
    if (inner.cameo.empty()) continue;
    const uint32_t at = inner.trigger.begin;
    if (at < 4 || in.text.substr(at - 3, 3) != "to ") continue;
    for (size_t o = first_out; o < out.size(); ++o) {
      Event& outer = out[o];
      if (o == k || outer.sentence != inner.sentence || outer.trigger.end >= at) continue;
      // Right before "to", or its target between, after "the" or not ("called on Sweden to extradite", "asked
      // the IAEA to send"): what the target is asked or told to do is the request's content, not an event of
      // its own.
      bool adjacent = outer.trigger.end + 4 == at;
      if (!adjacent && outer.target.mention >= 0) {
        const Mention& t = in.mentions[size_t(outer.target.mention)];
        const std::string_view between = in.text.substr(outer.trigger.end, t.begin - outer.trigger.end);
        adjacent = t.begin >= outer.trigger.end && (between == " " || between == " the ") && t.end + 4 == at;
      }
      if (!adjacent) continue;
      if (outer.target.mention < 0) outer.target = inner.target;
      // A promise of force is a threat ("vowed to retaliate", "pledged to strike back"): the generic intent
      // (030) takes the second verb's THREATEN when that verb is one of force (not "agreed to cut").
      if (outer.cameo == "030" && inner.type == "THREATEN") {
        static const SmallWordSet kForce{"retaliate", "strike", "attack",     "destroy",   "punish",
                                         "crush",     "avenge", "kill",       "bomb",      "invade",
                                         "hit",       "shoot",  "annihilate", "eliminate", "wipe"};
        std::string verb(in.text.substr(inner.trigger.begin, inner.trigger.end - inner.trigger.begin));
        ascii_lower(verb.data(), verb.size());
        if (kForce.contains(verb)) outer.cameo = inner.cameo, outer.type = inner.type;
      }
      inner.cameo.clear();  // dropped below
      break;
    }
  }
  // An event with no actor on either side — no actor an event can have (usable()), no code inferred — says
  // what happened but not who did it to whom, which is what event data records: dropped unless
  // keep_actorless (docs/events.md). Most are no event at all ("when it comes to", "the lamppost was
  // blasted", "the shareowners will be asked to approve"); the rest have actors without a code ("Zimmerman
  // shot and killed Trayvon"), which event data cannot chart either.
  const bool keep_actorless = in.keep_actorless;
  out.erase(std::remove_if(out.begin() + std::ptrdiff_t(first_out), out.end(),
                           [keep_actorless](const Event& e) {
                             return e.cameo.empty() ||
                                    (!keep_actorless && e.source.mention < 0 && e.target.mention < 0 &&
                                     e.source.code.empty() && e.target.code.empty());
                           }),
            out.end());
  // In trigger order, stable. An Event is large: sort (trigger, position) pairs, then move each event once.
  auto by_trigger = [](const Event& a, const Event& b) { return a.trigger.begin < b.trigger.begin; };
  if (!std::is_sorted(out.begin() + std::ptrdiff_t(first_out), out.end(), by_trigger)) {
    std::vector<std::pair<uint32_t, uint32_t>> order;
    order.reserve(out.size() - first_out);
    for (size_t k = first_out; k < out.size(); ++k) order.emplace_back(out[k].trigger.begin, uint32_t(k));
    std::sort(order.begin(), order.end());
    std::vector<Event> sorted;
    sorted.reserve(order.size());
    for (const auto& o : order) sorted.push_back(std::move(out[o.second]));
    std::move(sorted.begin(), sorted.end(), out.begin() + std::ptrdiff_t(first_out));
  }
}

}  // namespace claimtrace
