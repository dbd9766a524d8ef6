// claimtrace — the rules that follow the attribution taggers: stance (data/cues.tsv), negation, direct
// quotation, nesting and the source's actor (docs/attribution.md).
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>
#include <unordered_map>

#include "attribution/features.h"
#include "claimtrace/attribution.h"
#include "core/words.h"

extern "C" {
extern const char embedded_cues[];
extern const unsigned long embedded_cues_size;
}

namespace claimtrace {

const char* stance_name(Stance s) {
  switch (s) {
    case Stance::assert_:
      return "ASSERT";
    case Stance::deny:
      return "DENY";
    case Stance::accuse:
      return "ACCUSE";
    case Stance::appeal:
      return "APPEAL";
    case Stance::concern:
      return "CONCERN";
    case Stance::criticize:
      return "CRITICIZE";
    case Stance::promise:
      return "PROMISE";
    case Stance::reject:
      return "REJECT";
    case Stance::question:
      return "QUESTION";
    case Stance::other:
      return "OTHER";
  }
  return "OTHER";
}

namespace {

bool parse_stance(std::string_view s, Stance& out) {
  for (int k = 0; k <= int(Stance::other); ++k) {
    if (s == stance_name(Stance(k))) {
      out = Stance(k);
      return true;
    }
  }
  return false;
}

bool inflects(std::string_view word, std::string_view base);
bool inflects_regularly(std::string_view word, std::string_view base);  // without the FORMS lines

// A set of short strings, built once and then only read: the strings it owns, looked up through a
// SmallWordSet (core/words.h) over them.
class WordSet {
 public:
  void insert(std::string w) { words_.push_back(std::move(w)); }
  void build() {
    std::sort(words_.begin(), words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
    const std::vector<std::string_view> views(words_.begin(), words_.end());
    set_ = SmallWordSet(views);  // (views into words_, which build() leaves as they are)
  }
  bool contains(std::string_view w) const { return set_.contains(w); }
  const std::vector<std::string>& words() const { return words_; }  // (sorted, after build())

 private:
  std::vector<std::string> words_;
  SmallWordSet set_;
};

struct CuePattern {
  Stance stance;
  bool question_only;  // "?": only when the content starts with a question word
  std::vector<std::string> words;
  size_t line;
};

// data/cues.tsv, parsed once. A broken built-in file is a build defect: abort with the line.
class CueLexicon {
 public:
  static const CueLexicon& builtin() {
    static const CueLexicon lex(std::string_view(embedded_cues, embedded_cues_size), "data/cues.tsv");
    return lex;
  }
  const std::vector<CuePattern>& patterns() const { return patterns_; }
  // Calls fn(index) for each pattern whose first word `word` (lower case) may inflect.
  template <class Fn>
  void starting_at(std::string_view word, Fn&& fn) const {
    auto visit = [&](std::string_view base) {
      // Most words start with two bytes no pattern starts with: no hash, no lookup.
      if (base.size() >= 2 && !(prefix_[pair_of(base) >> 6] >> (pair_of(base) & 63) & 1)) return;
      if (const std::vector<uint32_t>* list = starting_with(base))
        for (uint32_t index : *list) fn(index);
    };
    visit(word);
    if (std::string_view base = irregular_base(word); !base.empty()) visit(base);
    // The stems, built in a buffer (no allocation: this runs for every "-ed" word of every sentence).
    char buf[64];
    auto cut = [&](size_t k, std::string_view add) {
      if (word.size() <= k || word.size() - k + add.size() > sizeof buf) return;
      const size_t n = word.size() - k;
      std::memcpy(buf, word.data(), n);
      std::memcpy(buf + n, add.data(), add.size());
      visit(std::string_view(buf, n + add.size()));
    };
    if (word.ends_with("s")) cut(1, ""), cut(2, ""), cut(3, "y");
    if (word.ends_with("ed")) cut(1, ""), cut(2, ""), cut(3, ""), cut(3, "y");
    if (word.ends_with("ing")) cut(3, ""), cut(3, "e"), cut(4, "");
  }
  // Is `word` (lower case, any inflection) a one-word pattern other than OTHER and "?" ones: a reporting
  // verb? The same answer as visiting starting_at(word) and checking inflects() (tested).
  bool reporting_form(std::string_view word) const { return reporting_forms_.contains(word); }
  // The base form of an irregular inflection of the FORMS lines ("said" → "say"), or "".
  std::string_view irregular_base(std::string_view word) const {
    // (inflects() asks this of nearly every word it compares: most are out by length and first byte)
    if (word.size() < irregular_min_ || word.size() > irregular_max_ ||
        !(irregular_first_[static_cast<unsigned char>(word[0]) >> 6] >> (word[0] & 63) & 1))
      return {};
    for (const auto& [form, base] : irregular_)
      if (form == word) return base;
    return {};
  }
  // Is `base` the base of a FORMS line? (cheap: most bases are out by length and first byte)
  bool irregular_base_is(std::string_view base) const {
    if (base.size() < base_min_ || base.size() > base_max_ ||
        !(base_first_[static_cast<unsigned char>(base[0]) >> 6] >> (base[0] & 63) & 1))
      return false;
    for (const auto& [form, b] : irregular_)
      if (b == base) return true;
    return false;
  }
  // Can a token whose taggers' word hash (Doc::word, word_hashes) is `h` be a reporting form? False: it is
  // not (no false negatives: the forms' own hashes set the bits); true: ask reporting_form().
  bool maybe_reporting_hash(uint64_t h) const {
    const size_t bit = reporting_hash_bit(h);
    return reporting_hashes_[bit / 64] >> (bit % 64) & 1;
  }
  // Is `word` an irregular past of a reporting verb (a FORMS line of a one-word pattern)?
  bool irregular_reporting_past(std::string_view word) const {
    return !irregular_base(word).empty() && reporting_forms_.contains(word);
  }
  // The same, of a stance other than ASSERT and QUESTION, in a form of at least 5 bytes ending in "ed".
  bool stance_past_form(std::string_view word) const { return stance_past_forms_.contains(word); }
  // Is `word` a form of the second word of a two-word CONCERN pattern ("concern", "concerns", "alarm")?
  bool concern_phrase_noun(std::string_view word) const { return concern_nouns_.contains(word); }
  // The patterns whose first word is `base`.
  const std::vector<uint32_t>* starting_with(std::string_view base) const {
    const size_t k = first_words_.find(base);
    return k == SmallWordSet::npos ? nullptr : &by_first_[k];
  }

 private:
  // Not copied or moved: first_words_ views the strings of patterns_.
  CueLexicon(const CueLexicon&) = delete;
  CueLexicon& operator=(const CueLexicon&) = delete;
  CueLexicon(std::string_view text, const char* name) {
    size_t line_no = 0, at = 0;
    bool header = false;
    while (at < text.size()) {
      size_t nl = text.find('\n', at);
      std::string_view line = text.substr(at, nl == std::string_view::npos ? text.size() - at : nl - at);
      at = nl == std::string_view::npos ? text.size() : nl + 1;
      ++line_no;
      if (!header) {
        if (line != "claimtrace-cues 2") fail(name, line_no, "expected the header \"claimtrace-cues 2\"");
        header = true;
        continue;
      }
      if (line.empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (line.starts_with("FORMS\t")) {  // FORMS<TAB>base form form ...: irregular inflections
        std::vector<std::string> words;
        for (size_t s = tab + 1; s < line.size();) {
          size_t e = std::min(line.find(' ', s), line.size());
          if (e > s) words.emplace_back(line.substr(s, e - s));
          s = e + 1;
        }
        if (words.size() < 2) fail(name, line_no, "expected FORMS<TAB>base form ...");
        for (size_t k = 1; k < words.size(); ++k)
          if (words[k][0] != words[0][0]) fail(name, line_no, "a form must keep its base's first letter");
        for (size_t k = 1; k < words.size(); ++k) {
          irregular_.emplace_back(words[k], words[0]);
          const unsigned char c = static_cast<unsigned char>(words[k][0]);
          irregular_first_[c >> 6] |= uint64_t(1) << (c & 63);
          irregular_min_ = std::min(irregular_min_, words[k].size());
          irregular_max_ = std::max(irregular_max_, words[k].size());
        }
        const unsigned char c = static_cast<unsigned char>(words[0][0]);
        base_first_[c >> 6] |= uint64_t(1) << (c & 63);
        base_min_ = std::min(base_min_, words[0].size());
        base_max_ = std::max(base_max_, words[0].size());
        continue;
      }
      CuePattern p{};
      if (tab == std::string_view::npos || !parse_stance(line.substr(0, tab), p.stance))
        fail(name, line_no, "expected STANCE<TAB>pattern");
      std::string_view pat = line.substr(tab + 1);
      if (!pat.empty() && pat[0] == '?') p.question_only = true, pat.remove_prefix(1);
      size_t s = 0;
      while (s < pat.size()) {
        size_t e = pat.find(' ', s);
        if (e == std::string_view::npos) e = pat.size();
        if (e > s) p.words.emplace_back(pat.substr(s, e - s));
        s = e + 1;
      }
      if (p.words.empty()) fail(name, line_no, "empty pattern");
      p.line = line_no;
      patterns_.push_back(std::move(p));
    }
    if (!header) fail(name, 1, "empty file");
    {
      std::unordered_map<std::string_view, uint32_t> index;  // first word → its place in by_first_
      std::vector<std::string_view> firsts;
      for (uint32_t k = 0; k < patterns_.size(); ++k) {
        const std::string& first = patterns_[k].words[0];
        const auto [it, added] = index.emplace(first, uint32_t(firsts.size()));
        if (added) firsts.push_back(first), by_first_.emplace_back();
        by_first_[it->second].push_back(k);
        if (first.size() >= 2) prefix_[pair_of(first) >> 6] |= uint64_t(1) << (pair_of(first) & 63);
      }
      first_words_ = SmallWordSet(firsts);  // (views of patterns_' strings, which live as long as the set)
    }
    // The inflected forms of the one-word patterns (every word inflects() maps to the base), so that the
    // per-token questions below are one lookup instead of one per stem.
    for (const CuePattern& p : patterns_) {
      if (p.words.size() != 1 || p.question_only || p.stance == Stance::other) continue;
      const std::string& b = p.words[0];
      std::vector<std::string> forms = inflections(b);
      for (const auto& [form, base] : irregular_)
        if (base == b) forms.push_back(form);
      for (const std::string& form : forms) {
        if (!inflects_regularly(form, b) && irregular_base(form) != b) continue;
        reporting_forms_.insert(form);
        if (p.stance != Stance::assert_ && p.stance != Stance::question && form.size() >= 5 &&
            form.ends_with("ed"))
          stance_past_forms_.insert(form);
      }
    }
    reporting_forms_.build();
    stance_past_forms_.build();
    for (const CuePattern& p : patterns_)
      if (p.words.size() == 2 && p.stance == Stance::concern)
        for (std::string& form : inflections(p.words[1])) concern_nouns_.insert(std::move(form));
    concern_nouns_.build();
    reporting_hashes_.assign(kReportingHashBits / 64, 0);
    for (const std::string& form : reporting_forms_.words()) {
      uint64_t word = 0, suffix = 0;
      attribution_detail::word_hashes(form, word, suffix);
      const size_t bit = reporting_hash_bit(word);
      reporting_hashes_[bit / 64] |= uint64_t(1) << (bit % 64);
    }
  }
  // Every word inflects(word, base) may accept: a superset, checked by the caller.
  static std::vector<std::string> inflections(const std::string& b) {
    std::vector<std::string> out = {b, b + "s", b + "es", b + "d", b + "ed", b + "ing"};
    if (!b.empty()) {
      const std::string stem = b.substr(0, b.size() - 1);
      out.push_back(stem + "ies");
      out.push_back(stem + "ied");
      out.push_back(stem + "ing");
      out.push_back(b + b.back() + "ed");
      out.push_back(b + b.back() + "ing");
    }
    return out;
  }
  // The first two bytes of a word (16 bits): a bit of prefix_.
  static size_t pair_of(std::string_view w) {
    return size_t(static_cast<unsigned char>(w[0])) << 8 | static_cast<unsigned char>(w[1]);
  }
  [[noreturn]] static void fail(const char* name, size_t line, const char* why) {
    std::fprintf(stderr, "claimtrace: built-in %s:%zu: %s\n", name, line, why);
    std::abort();
  }
  std::vector<CuePattern> patterns_;
  // The patterns by first word: first_words_.find(w) is the index into by_first_ (one short hash, no
  // std::hash of the whole word: this runs for several stems of every cue word).
  SmallWordSet first_words_;
  std::vector<std::vector<uint32_t>> by_first_;
  std::array<uint64_t, 1024> prefix_{};  // a bit per first two bytes of the patterns' first words
  WordSet reporting_forms_, stance_past_forms_, concern_nouns_;
  // A bit per bucket of the taggers' word hash set by the reporting forms (8 KB; ~2,000 forms: a word that
  // is none passes with a chance of ~3%).
  static constexpr size_t kReportingHashBits = size_t(1) << 16;
  static size_t reporting_hash_bit(uint64_t h) { return size_t((h * 0x9E3779B97F4A7C15ull) >> 48); }
  std::vector<uint64_t> reporting_hashes_;
  std::vector<std::pair<std::string, std::string>> irregular_;  // (form, base) of the FORMS lines; few
  std::array<uint64_t, 4> irregular_first_{};                   // a bit per first byte of a form
  size_t irregular_min_ = SIZE_MAX, irregular_max_ = 0;         // the forms' lengths
  std::array<uint64_t, 4> base_first_{};                        // the same of their bases
  size_t base_min_ = SIZE_MAX, base_max_ = 0;
};

// Calls fn(word) for each lower-case ASCII word of s (letters and apostrophes; curly apostrophes folded)
// until fn returns false. One reused buffer: no allocation for words of usual length.
template <class Fn>
void for_each_word(std::string_view s, Fn&& fn) {
  std::string w;
  for (size_t k = 0; k <= s.size(); ++k) {
    unsigned char c = k < s.size() ? static_cast<unsigned char>(s[k]) : ' ';
    if (c == 0xE2 && k + 2 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0x80 &&
        static_cast<unsigned char>(s[k + 2]) == 0x99) {
      w.push_back('\'');
      k += 2;
      continue;
    }
    if ((c >= 'a' && c <= 'z') || c == '\'') {
      w.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      w.push_back(static_cast<char>(c + 32));
    } else if (!w.empty()) {
      if (!fn(std::string_view(w))) return;
      w.clear();
    }
  }
}

// Up to N words of a text, lower case, in a fixed buffer (no allocation, no string per word). `kCap` bytes
// per word: a longer word is kept as kLongWord, which no pattern or word list holds (their words are short,
// and no inflection of one is longer than kCap), so it matches nothing, as the whole word would not.
template <size_t N>
struct WordBuffer {
  static constexpr size_t kCap = 48;
  static constexpr std::string_view kLongWord = "\x01";
  char buf[N * kCap];
  std::string_view words[N];
  size_t ends[N];  // the byte after each word in the text it was read from
  size_t n = 0;

  // The words of s, until `limit` words are held: runs of ASCII letters and, with `apostrophes`, of
  // apostrophes (the curly one folded) too, as for_each_word reads them; without, as cue_pattern_end does.
  void add_words(std::string_view s, size_t limit, bool apostrophes = true) {
    size_t len = 0;
    char* w = buf + n * kCap;
    for (size_t k = 0; k <= s.size() && n < limit; ++k) {
      unsigned char c = k < s.size() ? static_cast<unsigned char>(s[k]) : ' ';
      if (apostrophes && c == 0xE2 && k + 2 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0x80 &&
          static_cast<unsigned char>(s[k + 2]) == 0x99) {
        c = '\'';
        k += 2;
      } else if (c >= 'A' && c <= 'Z') {
        c = static_cast<unsigned char>(c + 32);
      } else if (!((c >= 'a' && c <= 'z') || (apostrophes && c == '\''))) {
        if (len) end_word(w, len, k);
        continue;
      }
      if (len < kCap) w[len] = static_cast<char>(c);
      ++len;
    }
  }

 private:
  void end_word(char*& w, size_t& len, size_t end) {
    words[n] = len <= kCap ? std::string_view(w, len) : kLongWord;
    ends[n] = end;
    ++n;
    w = buf + n * kCap;
    len = 0;
  }
};

// Does `word` (any inflection) have base form `base`? denied/denies/denying → deny; urged → urge;
// slammed/slamming → slam; concerns → concern.
bool inflects(std::string_view word, std::string_view base) {
  // Every inflection, regular or of a FORMS line, keeps the base's first letter (said/say, told/tell,
  // thought/think): most comparisons end here.
  if (word.empty() || base.empty() || word[0] != base[0]) return false;
  if (inflects_regularly(word, base)) return true;
  static const CueLexicon& lex = CueLexicon::builtin();
  return lex.irregular_base_is(base) && lex.irregular_base(word) == base;
}

bool inflects_regularly(std::string_view word, std::string_view base) {
  if (word == base) return true;
  auto ends = [&](std::string_view suf) { return word.size() > suf.size() && word.ends_with(suf); };
  auto stem_is = [&](size_t cut, std::string_view add) {
    std::string_view stem = word.substr(0, word.size() - cut);
    return stem.size() + add.size() == base.size() && base.starts_with(stem) && base.ends_with(add);
  };
  auto doubled = [&](size_t cut) {  // slammed → slam
    std::string_view stem = word.substr(0, word.size() - cut);
    return stem.size() >= 2 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
           stem.substr(0, stem.size() - 1) == base;
  };
  if (ends("ies") && stem_is(3, "y")) return true;
  if (ends("ied") && stem_is(3, "y")) return true;
  if (ends("es") && stem_is(2, "")) return true;
  if (ends("s") && stem_is(1, "")) return true;
  if (ends("ed") && (stem_is(2, "") || stem_is(1, "") || doubled(2))) return true;
  if (ends("ing") && (stem_is(3, "") || stem_is(3, "e") || doubled(3))) return true;
  return false;
}

bool skippable(std::string_view w) {  // between the words of a pattern: "expressed its concern"
  static constexpr std::string_view kSkip[] = {"a",   "an",    "the",  "its",     "his",    "her", "their",
                                               "our", "grave", "deep", "serious", "strong", "the"};
  return std::find(std::begin(kSkip), std::end(kSkip), w) != std::end(kSkip);
}

bool question_word(std::string_view w) {
  static constexpr std::string_view kQ[] = {"whether", "if",   "why",   "what", "how",
                                            "who",     "when", "where", "which"};
  return std::find(std::begin(kQ), std::end(kQ), w) != std::end(kQ);
}

using attribution_detail::reporting_verb;

}  // namespace

// Where, in `cue`, the longest cue-lexicon pattern that lies wholly inside it ends (bytes), or npos.
size_t cue_pattern_end(std::string_view cue) {
  WordBuffer<12> wb;  // at most 12 words
  wb.add_words(cue, 12, /*apostrophes=*/false);
  const std::string_view* words = wb.words;
  const size_t count = wb.n;
  size_t best_len = 0, best_end = std::string_view::npos;
  const CueLexicon& lex = CueLexicon::builtin();
  for (size_t start = 0; start < count; ++start) {
    lex.starting_at(words[start], [&](uint32_t index) {
      const CuePattern& p = lex.patterns()[index];
      if (p.question_only) return;
      size_t k = start, matched = 0;
      while (k < count && matched < p.words.size()) {
        if (inflects(words[k], p.words[matched])) {
          ++matched, ++k;
        } else if (matched > 0 && skippable(words[k])) {
          ++k;
        } else {
          break;
        }
      }
      if (matched == p.words.size() && p.words.size() > best_len)
        best_len = p.words.size(), best_end = wb.ends[k - 1];
    });
  }
  return best_end;
}

namespace attribution_detail {
bool reporting_verb(std::string_view word) { return CueLexicon::builtin().reporting_form(word); }
bool maybe_reporting_word_hash(uint64_t word_hash) {
  return CueLexicon::builtin().maybe_reporting_hash(word_hash);
}
bool stance_phrase_past(std::string_view verb, std::string_view noun) {
  if (verb.size() < 4 || !verb.ends_with("ed")) return false;
  const CueLexicon& lex = CueLexicon::builtin();
  if (!lex.concern_phrase_noun(noun)) return false;  // (most words: no lookup of the verb's stems)
  bool found = false;
  lex.starting_at(verb, [&](uint32_t index) {
    const CuePattern& p = lex.patterns()[index];
    found |= p.words.size() == 2 && !p.question_only && p.stance == Stance::concern &&
             inflects(verb, p.words[0]) && inflects(noun, p.words[1]);
  });
  return found;
}
bool stance_verb_past(std::string_view word) {
  // Most words end otherwise: no hash.
  return word.size() >= 5 && word.ends_with("ed") && CueLexicon::builtin().stance_past_form(word);
}
// Does `word` inflect a one-word pattern of data/cues.tsv (not a question-only one) whose stance `keep`
// accepts? Visits the patterns of each stem the word may have.
template <class Keep>
bool one_word_cue_by_stems(std::string_view word, Keep keep) {
  const CueLexicon& lex = CueLexicon::builtin();
  bool found = false;
  lex.starting_at(word, [&](uint32_t index) {
    const CuePattern& p = lex.patterns()[index];
    found |= p.words.size() == 1 && !p.question_only && keep(p.stance) && inflects(word, p.words[0]);
  });
  return found;
}
bool reporting_verb_by_stems(std::string_view word) {
  return one_word_cue_by_stems(word, [](Stance s) { return s != Stance::other; });
}
bool stance_verb_past_by_stems(std::string_view word) {
  if (word.size() < 5 || !word.ends_with("ed")) return false;
  return one_word_cue_by_stems(
      word, [](Stance s) { return s != Stance::assert_ && s != Stance::other && s != Stance::question; });
}
bool plain_reporting_verb(std::string_view word) {
  return one_word_cue_by_stems(word, [](Stance s) { return s == Stance::assert_; });
}
bool nested_cue_word(std::string_view word) {
  if (word.size() < 3 || word.ends_with("ing")) return false;
  return reporting_verb(word);
}
bool finding_verb(std::string_view w) {
  static const SmallWordSet kVerbs{"found",     "finds",     "concluded", "concludes", "showed",
                                   "shows",     "revealed",  "reveals",   "estimated", "estimates",
                                   "indicated", "indicates", "suggested", "suggests"};
  // (every one has 5 to 9 bytes and ends in "d" or "s": most words are out without a lookup)
  if (w.size() < 5 || w.size() > 9 || (w.back() != 'd' && w.back() != 's')) return false;
  return kVerbs.contains(w);
}
}  // namespace attribution_detail

bool plain_reporting_verb(std::string_view word) { return attribution_detail::plain_reporting_verb(word); }
bool cue_adverb(std::string_view w) {
  if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
  static const SmallWordSet kAdverbs{"also",  "still",  "often",  "now",        "then",     "already",
                                     "again", "once",   "even",   "always",     "never",    "later",
                                     "just",  "almost", "nearly", "reportedly", "allegedly"};
  if (kAdverbs.contains(w)) return true;
  static const SmallWordSet kNotAdverbs{
      "family", "supply",   "ally",   "assembly", "rally",    "monopoly", "anomaly",   "early",   "daily",
      "weekly", "only",     "holy",   "bully",    "belly",    "reply",    "apply",     "comply",  "imply",
      "rely",   "multiply", "wholly", "likely",   "friendly", "elderly",  "costly",    "deadly",  "lonely",
      "lovely", "ugly",     "silly",  "unlikely", "yearly",   "monthly",  "quarterly", "nightly", "hourly"};
  return w.size() >= 5 && w.ends_with("ly") && !kNotAdverbs.contains(w);
}

Stance cue_stance(std::string_view cue, std::string_view content) {
  // The cue's words (at most 12), then the content's first 4.
  WordBuffer<16> wb;
  wb.add_words(cue, 12);
  const size_t cue_words = wb.n;
  wb.add_words(content, cue_words + 4);
  const std::string_view* words = wb.words;
  const size_t n = wb.n;
  const bool question = n > cue_words && question_word(words[cue_words]);

  const CueLexicon& lex = CueLexicon::builtin();
  Stance best = Stance::assert_;
  double best_len = 0;
  uint32_t best_index = UINT32_MAX;
  for (size_t start = 0; start < cue_words; ++start) {
    lex.starting_at(words[start], [&](uint32_t index) {
      {
        const CuePattern& p = lex.patterns()[index];
        if (p.question_only && !question) return;
        size_t k = start, matched = 0;
        while (k < n && matched < p.words.size()) {
          if (inflects(words[k], p.words[matched])) {
            ++matched, ++k;
          } else if (matched > 0 && skippable(words[k])) {
            ++k;
          } else {
            break;
          }
        }
        if (matched < p.words.size()) return;
        double len = double(p.words.size()) + (p.question_only ? 0.5 : 0.0);
        if (len > best_len || (len == best_len && index < best_index))
          best_len = len, best = p.stance, best_index = index;
      }
    });
  }
  return best;
}

namespace {

// Per byte: 1 when it belongs to a run content_negated reads (ASCII letters, the apostrophe, any non-ASCII
// byte), 0 otherwise.
constexpr std::array<uint8_t, 256> kRunByte = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[size_t(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c >= 0x80;
  return t;
}();

// Is the plain run w (ASCII letters only) one of the negation words, in any case? (No plain run ends in n't.)
bool plain_negation(std::string_view w) {
  static constexpr std::string_view kPlain[] = {"not",  "never",  "neither", "nor",    "no",
                                                "none", "nobody", "nothing", "cannot", "nowhere"};
  if (w.size() < 2 || w.size() > 7) return false;
  char lower[7];
  for (size_t k = 0; k < w.size(); ++k) lower[k] = static_cast<char>(w[k] | 0x20);
  const std::string_view l(lower, w.size());
  for (std::string_view x : kPlain)
    if (x == l) return true;
  return false;
}

}  // namespace

bool content_negated(std::string_view content) {
  static constexpr std::string_view kNeg[] = {"not",  "n't",    "never",   "neither", "nor",    "no",
                                              "none", "nobody", "nothing", "cannot",  "nowhere"};
  // Every negation word starts with n or c, or ends in n't: a run of letters of another kind is skipped
  // without a copy, a run of letters starting so is compared in place (plain_negation); the others (any run
  // with an apostrophe or a non-ASCII byte) are read by for_each_word, which lower-cases, folds the curly
  // apostrophe and splits at other characters.
  const auto* bytes = reinterpret_cast<const unsigned char*>(content.data());
  const size_t size = content.size();
  size_t k = 0;
  while (k < size) {
#if defined(__SSE2__)
    // Sixteen bytes at a time past the blocks where no run starts with n or c and no byte is an apostrophe or
    // non-ASCII (most blocks: no run there needs reading). Here k is where a run may start; a run still open
    // at the last block skipped is gone back to, to be read whole below.
    if (k + 16 <= size) {
      const size_t from = k;
      unsigned carry = 0;  // does a run go on into the block? (not at k: it is at 0 or after a run)
      while (k + 16 <= size) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + k));
        const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
        const __m128i from_a = _mm_sub_epi8(lower, _mm_set1_epi8('a'));  // a letter: 0..25
        const __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(from_a, _mm_set1_epi8(25)), from_a);
        const __m128i other = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\'')),
                                           _mm_cmplt_epi8(v, _mm_setzero_si128()));  // ' or from 0x80
        const __m128i n_or_c = _mm_or_si128(_mm_cmpeq_epi8(lower, _mm_set1_epi8('n')),
                                            _mm_cmpeq_epi8(lower, _mm_set1_epi8('c')));
        const unsigned run = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, other)));
        const unsigned starts = run & ~((run << 1) | carry);
        if ((starts & static_cast<unsigned>(_mm_movemask_epi8(n_or_c))) | _mm_movemask_epi8(other)) break;
        carry = run >> 15;
        k += 16;
      }
      while (k > from && kRunByte[bytes[k - 1]]) --k;
    }
#endif
    while (k < size && !kRunByte[bytes[k]]) ++k;
    const size_t b = k;
    unsigned char other = 0;  // the apostrophe or a non-ASCII byte seen (0x80 or the apostrophe's bits)
    while (k < size && kRunByte[bytes[k]]) {
      other |= static_cast<unsigned char>((bytes[k] & 0x80) | (bytes[k] == '\'' ? 1 : 0));
      ++k;
    }
    if (k == b) break;
    const char first = static_cast<char>(bytes[b] | 0x20);
    if (!other) {
      if ((first == 'n' || first == 'c') && plain_negation(content.substr(b, k - b))) return true;
      continue;
    }
    bool negated = false;
    for_each_word(content.substr(b, k - b), [&](std::string_view w) {
      negated = w.ends_with("n't") || std::find(std::begin(kNeg), std::end(kNeg), w) != std::end(kNeg);
      return !negated;
    });
    if (negated) return true;
  }
  return false;
}

namespace {

std::string role_text(std::string_view text, const RoleSpans& r) {
  std::string out;
  for (const Span& s : r.spans) {
    if (!out.empty()) out += ' ';
    out.append(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

bool quote_char_at(std::string_view s, size_t at) {
  if (at < s.size() && s[at] == '"') return true;
  return at + 2 < s.size() + 0 && static_cast<unsigned char>(s[at]) == 0xE2 &&
         static_cast<unsigned char>(s[at + 1]) == 0x80 &&
         (static_cast<unsigned char>(s[at + 2]) == 0x9C || static_cast<unsigned char>(s[at + 2]) == 0x9D);
}

}  // namespace

namespace {

struct Extent {
  uint32_t lo = UINT32_MAX, hi = 0;
  bool empty() const { return lo >= hi; }
  bool contains(const Span& s) const { return s.begin >= lo && s.end <= hi; }
};
Extent extent(const RoleSpans& r) {
  Extent e;
  for (const Span& s : r.spans) e.lo = std::min(e.lo, s.begin), e.hi = std::max(e.hi, s.end);
  return e;
}

bool only_space(std::string_view text, uint32_t a, uint32_t b) {
  for (uint32_t k = a; k < b; ++k)
    if (text[k] != ' ' && text[k] != '\t' && text[k] != '\n' && text[k] != '\r') return false;
  return true;
}

std::string lower_word(std::string_view text, const Token& t) {
  std::string w(text.substr(t.begin, t.end - t.begin));
  for (char& c : w)
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  return w;
}

// Is the token `word` (lower case), in any case? Without a copy.
bool word_is(std::string_view text, const Token& t, std::string_view word) {
  if (t.end - t.begin != word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    char c = text[t.begin + k];
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
    if (c != word[k]) return false;
  }
  return true;
}

// Is the token one of `words` (lower case), in any case?
bool word_in(std::string_view text, const Token& t, std::span<const std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return word_is(text, t, w); });
}

// The index of the first token that begins at or after byte `at` (tokens.size() if none): by the document's
// token index when there is one (finish_attributions makes sure), else by binary search.
size_t first_token_at(const AttributionInput& in, uint32_t at) {
  if (in.token_index) return in.token_index->first_at(at);
  return size_t(std::lower_bound(in.tokens.begin(), in.tokens.end(), at,
                                 [](const Token& t, uint32_t b) { return t.begin < b; }) -
                in.tokens.begin());
}

// Is token c a comma, and the next one a reporting verb in -ing ("..., adding that")?
bool comma_participle(const AttributionInput& in, size_t c) {
  if (c + 1 >= in.tokens.size() || !word_is(in.text, in.tokens[c], ",")) return false;
  const Token& v = in.tokens[c + 1];
  const std::string_view w = in.text.substr(v.begin, v.end - v.begin);
  return w.size() >= 6 && w.ends_with("ing") && w[0] >= 'a' && w[0] <= 'z' && reporting_verb(w);
}

// Does one of the statement's cue spans hold the token?
bool cue_holds(const Attribution& a, const Token& t) {
  return std::any_of(a.cue.spans.begin(), a.cue.spans.end(),
                     [&](const Span& c) { return c.begin <= t.begin && t.end <= c.end; });
}

// Is byte `at` inside a quotation of its paragraph (" toggles, “ opens, ” closes)?
bool in_quotation(const AttributionInput& in, uint32_t at) {
  uint32_t from = 0;
  auto p = std::upper_bound(in.paragraphs.begin(), in.paragraphs.end(), at,
                            [](uint32_t a, const Paragraph& q) { return a < q.begin; });
  if (p != in.paragraphs.begin()) from = (p - 1)->begin;
  const std::string_view text = in.text;
  const char* const base = text.data();
  const char* const end = base + std::min<size_t>(at, text.size());
  // From one quotation mark to the next (memchr: most of a news paragraph has none).
  const char* straight = static_cast<const char*>(std::memchr(base + from, '"', size_t(end - (base + from))));
  const char* curly = static_cast<const char*>(std::memchr(base + from, '\xE2', size_t(end - (base + from))));
  bool open = false;
  while (straight || curly) {
    if (straight && (!curly || straight < curly)) {
      open = !open;
      straight = static_cast<const char*>(std::memchr(straight + 1, '"', size_t(end - straight - 1)));
      continue;
    }
    if (curly + 2 < end && curly[1] == '\x80') {
      if (curly[2] == '\x9C') open = true;
      if (curly[2] == '\x9D') open = false;
    }
    curly = curly + 1 < end
                ? static_cast<const char*>(std::memchr(curly + 1, '\xE2', size_t(end - curly - 1)))
                : nullptr;
  }
  return open;
}

// ", and human rights groups warned that ...", "..., but he said witnesses saw ...", "— and he noted that
// ...": after a comma, a semicolon or a dash, "and" or "but", a subject of its own (a pronoun or a short noun
// phrase, an adverb such as "also" after it) and a reporting verb (of data/cues.tsv, or a cue the tagger or
// the nested statements found): a statement of that subject, not a part of statement k's content, which ends
// before the punctuation. Token t is the "and" / "but", inside the last span of k's content; true when it
// split.
bool coordinated_speaker(const AttributionInput& in, std::vector<Attribution>& out, size_t first, size_t end,
                         size_t k, size_t t) {
  const auto& tokens = in.tokens;
  // (the punctuation first: one test of the kind turns most tokens away)
  if (tokens[t - 1].kind == TokenKind::word || tokens[t].kind != TokenKind::word) return false;
  if (!word_is(in.text, tokens[t], "and") && !word_is(in.text, tokens[t], "but")) return false;
  static constexpr std::string_view kBreak[] = {",", ";", "\xE2\x80\x94", "\xE2\x80\x93", "--"};
  if (!word_in(in.text, tokens[t - 1], kBreak)) return false;
  Span& last = out[k].content.spans.back();
  // The first content must keep a part; a quotation's own words are not split ("... in, but Comecon said
  // no.\"").
  if (tokens[t - 1].begin <= last.begin || in_quotation(in, tokens[t].begin)) return false;
  // Not a subject: clause words, auxiliaries and modals (a predicate of the content's own subject).
  static constexpr std::string_view kNotSubject[] = {
      "that",  "which", "who",   "whom", "to",   "not",   "will", "would", "could", "should", "may",
      "might", "can",   "must",  "has",  "have", "had",   "was",  "were",  "is",    "are",    "be",
      "been",  "then",  "there", "if",   "when", "while", "as",   "so",    "yet",   "also",   "later",
      "in",    "on",    "at",    "for",  "with", "by",    "from", "of",    "after", "before", "said"};
  static constexpr std::string_view kAdverb[] = {"also", "later",      "previously",
                                                 "then", "separately", "earlier"};
  // Is the token inside the cue of a statement other than k (the tagger's or a nested one)?
  auto cue_of_another = [&](const Token& x) {
    for (size_t o = first; o < end; ++o)
      if (o != k && cue_holds(out[o], x)) return true;
    return false;
  };
  size_t v = t + 1, subject_end = 0;
  for (; v < tokens.size() && tokens[v].end <= last.end && v - t <= 8; ++v) {
    const Token& x = tokens[v];
    if (x.kind != TokenKind::word && x.kind != TokenKind::clitic) return false;
    const bool lower = in.text[x.begin] >= 'a' && in.text[x.begin] <= 'z';
    if (subject_end != 0) {  // after an adverb: only more adverbs, then the verb
      if (word_in(in.text, x, kAdverb)) continue;
      break;
    }
    if (v > t + 1 && lower && word_in(in.text, x, kAdverb)) {
      subject_end = v;
      continue;
    }
    if (v > t + 1 && lower && x.kind == TokenKind::word) {
      const std::string w = lower_word(in.text, x);
      if (w.size() >= 3 && !w.ends_with("ing") && (reporting_verb(w) || cue_of_another(x))) break;
    }
    if (lower && word_in(in.text, x, kNotSubject)) return false;
    if (lower && x.kind == TokenKind::word) {
      const std::string_view w = in.text.substr(x.begin, x.end - x.begin);
      if (w.ends_with("ed") || w.ends_with("ing")) return false;  // a verb of the content's own
    }
  }
  if (subject_end == 0) subject_end = v;
  if (v >= tokens.size() || tokens[v].end > last.end || subject_end <= t + 1 || v - t > 8) return false;
  // A one-word subject in lower case: a pronoun or a plural ("residents"), not an adverb ("and instead
  // hopes").
  if (subject_end == t + 2 && in.text[tokens[t + 1].begin] >= 'a' && in.text[tokens[t + 1].begin] <= 'z') {
    static constexpr std::string_view kPronoun[] = {"he", "she", "they", "we", "i", "it", "you", "others"};
    const std::string_view w1 = in.text.substr(tokens[t + 1].begin, tokens[t + 1].end - tokens[t + 1].begin);
    if (!word_in(in.text, tokens[t + 1], kPronoun) &&
        !(w1.size() >= 4 && w1.ends_with("s") && !w1.ends_with("ss")))
      return false;
  }
  const Token& verb = tokens[v];
  if (in.text[verb.begin] < 'a' || in.text[verb.begin] > 'z') return false;
  const std::string w = lower_word(in.text, verb);
  if (w.size() < 3 || w.ends_with("ing") || !(reporting_verb(w) || cue_of_another(verb))) return false;
  if (v + 1 >= tokens.size() || tokens[v + 1].end > last.end) return false;  // nothing said
  // A noun, not a verb, when an auxiliary follows ("and the extra bank charges will not ...").
  static constexpr std::string_view kAuxiliary[] = {"will",  "would", "could", "should", "may",
                                                    "might", "can",   "must",  "is",     "are",
                                                    "was",   "were",  "has",   "have",   "had"};
  if (word_in(in.text, tokens[v + 1], kAuxiliary)) return false;
  // Not a noun after a determiner ("and the report says ..."); a base form only after a pronoun or a plural
  // ("and analysts say", "but we believe").
  static constexpr std::string_view kDeterminer[] = {"the",   "a",     "an",    "its",   "his", "her",
                                                     "their", "this",  "these", "those", "our", "my",
                                                     "your",  "every", "each",  "any",   "no",  "some"};
  const Token& before = tokens[subject_end - 1];
  if (word_in(in.text, before, kDeterminer)) return false;
  static const SmallWordSet kIrregularPast{"said", "told", "wrote", "thought", "swore", "felt"};
  if (!w.ends_with("ed") && !w.ends_with("s") && !kIrregularPast.contains(w)) {
    static constexpr std::string_view kPlural[] = {"we", "they", "i", "you"};
    const std::string_view b = in.text.substr(before.begin, before.end - before.begin);
    if (!word_in(in.text, before, kPlural) && !(b.size() >= 4 && b.ends_with("s") && !b.ends_with("ss")))
      return false;
  }
  const Span subject{tokens[t + 1].begin, tokens[subject_end - 1].end};
  const uint32_t cut = tokens[t - 1].begin;
  // When the tagger (or the nested statements) already made the verb a cue of its own, that statement stays
  // (with the subject as its source when it has none); else a new one.
  bool known = false;
  for (size_t o = first; o < end; ++o) {
    if (o == k || !cue_holds(out[o], verb)) continue;
    known = true;
    if (out[o].source.empty()) out[o].source.spans.assign(1, subject);
  }
  if (!known) {
    Attribution b;
    b.source.spans.push_back(subject);
    b.cue.spans.push_back(Span{verb.begin, verb.end});
    b.content.spans.push_back(Span{tokens[v + 1].begin, last.end});
    out.push_back(std::move(b));
  }
  Span& cut_last = out[k].content.spans.back();  // (out may have grown)
  size_t e = t - 1;
  while (e > 0 && tokens[e - 1].begin >= cut_last.begin && tokens[e - 1].end - tokens[e - 1].begin == 1 &&
         in.text[tokens[e - 1].begin] == ',')
    --e;
  cut_last.end = e > 0 && tokens[e - 1].end > cut_last.begin ? tokens[e - 1].end : cut;
  return true;
}

// "X reiterated A and remarked that B": a second statement inside a content, split off with the same source.
void split_coordinated(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  const auto& tokens = in.tokens;
  const size_t end = out.size();
  for (size_t k = first; k < end; ++k) {
    if (out[k].content.spans.empty()) continue;
    Span& last = out[k].content.spans.back();
    const Extent cue = extent(out[k].cue);
    if (cue.empty() || last.begin < cue.hi) continue;  // only a content after the cue
    const size_t start = first_token_at(in, last.begin);
    for (size_t t = start; t + 2 < tokens.size() && tokens[t + 2].end <= last.end; ++t) {
      if (t > start && coordinated_speaker(in, out, first, end, k, t)) break;
      if (t == start || !word_is(in.text, tokens[t], "and") || !word_is(in.text, tokens[t + 2], "that"))
        continue;
      if (!reporting_verb(lower_word(in.text, tokens[t + 1]))) continue;
      // The first content ends before "and" (and a comma before it).
      size_t e = t;
      while (e > 0 && tokens[e - 1].begin >= last.begin && tokens[e - 1].end - tokens[e - 1].begin == 1 &&
             in.text[tokens[e - 1].begin] == ',')
        --e;
      // When the tagger already made the verb a cue of its own, only the first content is cut.
      bool known = false;
      for (size_t o = first; o < end; ++o) known |= cue_holds(out[o], tokens[t + 1]);
      if (known) {
        last.end = tokens[e - 1].end;
        break;
      }
      Attribution b;
      b.source = out[k].source;
      b.cue.spans.push_back(Span{tokens[t + 1].begin, tokens[t + 1].end});
      b.content.spans.push_back(Span{tokens[t + 2].begin, last.end});
      last.end = tokens[e - 1].end;
      out.push_back(std::move(b));
      break;
    }
  }
}

// "..., the mayor said, adding that it would take more hours": a reporting verb in -ing after a comma that
// follows a statement's cue (or its content after the cue) is a second statement of the same source; its
// content runs to the end of the sentence (a final full stop left out). A content of the first statement
// that ran over it ends before the comma.
void split_participle(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  const auto& tokens = in.tokens;
  const size_t end = out.size();
  for (size_t k = first; k < end; ++k) {
    Attribution& a = out[k];
    if (a.source.empty() || a.cue.empty()) continue;
    const Extent cue = extent(a.cue);
    const Extent content = extent(a.content);
    // (and a token after the verb)
    auto participle_at = [&](size_t c) { return c + 2 < tokens.size() && comma_participle(in, c); };
    // Where the comma may be: right after the cue, or after a content that follows the cue (inside it, at
    // any of its commas: "called for releasing the videos, as well, saying that ...", or right after it).
    size_t t = first_token_at(in, cue.hi);
    bool later = false;  // at a comma after the content's first one
    if (!content.empty() && content.lo >= cue.hi) {
      while (t < tokens.size() && tokens[t].end <= content.hi && !word_is(in.text, tokens[t], ",")) ++t;
      const bool at_first = participle_at(t);  // at the content's first comma
      // Else at a later comma inside the content: a plain reporting verb or one before "that" ("...,
      // declining by 1/2 pct" is none), not inside a quotation (the quoted speaker's own words).
      for (size_t c = t + 1; !at_first && !later && c < tokens.size() && tokens[c].end <= content.hi; ++c) {
        if (tokens[c].begin <= content.lo || !participle_at(c) || in_quotation(in, tokens[c].begin)) continue;
        const Token& v = tokens[c + 1];
        if (plain_reporting_verb(in.text.substr(v.begin, v.end - v.begin)) ||
            word_is(in.text, tokens[c + 2], "that")) {
          t = c;
          later = true;
        }
      }
    }
    if (!participle_at(t)) continue;
    const Token& verb = tokens[t + 1];
    // The sentence of the verb: the content runs to its end.
    auto sit = std::upper_bound(in.sentences.begin(), in.sentences.end(), verb.begin,
                                [](uint32_t at, const Sentence& s) { return at < s.begin; });
    if (sit == in.sentences.begin()) continue;
    const Sentence& sent = *(sit - 1);
    if (verb.end > sent.end || cue.lo < sent.begin) continue;  // the same sentence as the cue
    size_t last = t + 2;
    while (last + 1 < tokens.size() && tokens[last + 1].end <= sent.end) ++last;
    if (word_is(in.text, tokens[last], ".") && last > t + 2) --last;
    if (tokens[last].end <= tokens[t + 2].begin) continue;
    // The tagger made the verb a cue of its own: that statement stays. Its source is the participle's
    // subject, the first statement's source, when the one it has lies inside the first statement's content
    // ("Zelensky mentioned that intelligence reports indicate ..., emphasizing that ...": Zelensky).
    bool known = false;
    for (size_t o = first; o < out.size(); ++o) {
      if (o == k || !cue_holds(out[o], verb)) continue;
      known = true;
      const bool inside = std::all_of(out[o].source.spans.begin(), out[o].source.spans.end(),
                                      [&](const Span& sp) { return content.contains(sp); });
      if (inside && !later) out[o].source = out[k].source;
    }
    for (Span& c : a.content.spans)
      if (c.end > tokens[t].begin && c.begin < tokens[t].begin) c.end = tokens[t].begin;
    std::erase_if(a.content.spans,
                  [&](const Span& c) { return c.begin >= tokens[t].begin && c.begin >= cue.hi; });
    if (known) continue;  // only the first content is cut
    Attribution b;
    b.source = a.source;
    b.cue.spans.push_back(Span{verb.begin, verb.end});
    b.content.spans.push_back(Span{tokens[t + 2].begin, tokens[last].end});
    out.push_back(std::move(b));
  }
}

// "The administration has promised a veto and attempted to make the case ...": a content after the cue ends
// before "and" or "but" + the source's next action. In a content that is not a clause (no "that", subject
// pronoun or quotation first) that is any verb in the past tense ("fabricated by": a participle, kept); in a
// clause only a reporting verb ("said that taxes would fall but noted that ..."), since a clause's own
// coordinated verbs belong to it ("said that rents rose and stabilized").
void cut_coordinated_predicate(const AttributionInput& in, Attribution& a) {
  if (a.cue.empty() || a.content.spans.empty()) return;
  // The content after the cue: its spans from the first one after the cue on, with the gaps between them
  // (where a statement nested in it left its source and cue out: "bemoaned the unrest | and said he thought
  // | that ...").
  auto& spans = a.content.spans;
  size_t head = spans.size();
  while (head > 0 && spans[head - 1].begin >= extent(a.cue).hi) --head;
  if (head == spans.size()) return;  // only a content after the cue
  const Span last{spans[head].begin, spans.back().end};
  const auto& tokens = in.tokens;
  const size_t t = first_token_at(in, last.begin);
  if (t >= tokens.size() || tokens[t].end > last.end) return;
  static constexpr std::string_view kClause[] = {"that", "he",    "she",  "it",      "they",  "we",    "i",
                                                 "you",  "there", "this", "who",     "what",  "which", "why",
                                                 "how",  "where", "if",   "whether", "these", "those", "to"};
  const Token& first = tokens[t];
  // A clause: it opens with one of these words, a quotation mark or a number.
  const bool clause = first.kind != TokenKind::word || word_in(in.text, first, kClause);
  for (size_t k = t + 1; k + 2 < tokens.size() && tokens[k + 1].end <= last.end; ++k) {
    if (!word_is(in.text, tokens[k], "and") && !word_is(in.text, tokens[k], "but")) continue;
    const Token& verb = tokens[k + 1];
    const std::string_view v = in.text.substr(verb.begin, verb.end - verb.begin);
    if (v.size() < 3 || v[0] < 'a' || v[0] > 'z') continue;
    const bool past = (v.size() >= 5 && v.ends_with("ed") && !word_is(in.text, tokens[k + 2], "by")) ||
                      CueLexicon::builtin().irregular_reporting_past(v);  // "and said"
    if (!past || (clause && !reporting_verb(v))) continue;
    size_t e = k;
    while (e > t + 1 && word_is(in.text, tokens[e - 1], ",")) --e;
    const uint32_t cut = tokens[e - 1].end;
    while (spans.size() > head + 1 && spans.back().begin >= cut) spans.pop_back();
    spans.back().end = std::min(spans.back().end, cut);
    return;
  }
}

// "attacked Machado | in early-morning tweets", "criticized the plan | in a statement on Monday": a
// prepositional phrase ending a content that is not a clause, naming the medium or the time of the statement,
// belongs to the speech act, not to what was said. PolNeAR leaves it out; so does the content here.
void cut_trailing_adjunct(const AttributionInput& in, Attribution& a) {
  if (a.cue.empty() || a.content.spans.empty()) return;
  Span& last = a.content.spans.back();
  if (last.begin < extent(a.cue).hi) return;
  const auto& tokens = in.tokens;
  const size_t t = first_token_at(in, last.begin);
  if (t >= tokens.size() || tokens[t].end > last.end || tokens[t].kind != TokenKind::word) return;
  static constexpr std::string_view kClause[] = {"that", "he",  "she",   "it",  "they", "we",
                                                 "i",    "you", "there", "who", "what", "whether",
                                                 "if",   "how", "why",   "to"};
  if (word_in(in.text, tokens[t], kClause)) return;
  size_t end = t;  // one past the content's last token
  while (end < tokens.size() && tokens[end].end <= last.end) ++end;
  if (end > 0 && tokens[end - 1].kind == TokenKind::punct) --end;  // a final period stays outside the test
  // The phrase: the first preposition among the last 7 tokens with a word naming a medium or a time after it
  // and no punctuation.
  static constexpr std::string_view kPrepositions[] = {"in", "on", "during", "via", "at", "through", "over"};
  static constexpr std::string_view kSpeechAct[] = {
      "tweet",     "tweets",     "statement", "statements", "interview",  "interviews", "remarks",
      "speech",    "website",    "twitter",   "facebook",   "television", "radio",      "diatribe",
      "op-ed",     "letter",     "post",      "video",      "ad",         "rally",      "stops",
      "stop",      "debate",     "hearing",   "briefing",   "conference", "monday",     "tuesday",
      "wednesday", "thursday",   "friday",    "saturday",   "sunday",     "january",    "february",
      "march",     "april",      "june",      "july",       "august",     "september",  "october",
      "november",  "december",   "morning",   "evening",    "night",      "week",       "weekend",
      "time",      "appearance", "broadcast", "show",       "message",    "messages",   "email"};
  size_t cut = 0;
  for (size_t k = std::max(t + 1, end >= 7 ? end - 7 : 0); k < end && !cut; ++k) {
    if (!word_in(in.text, tokens[k], kPrepositions)) continue;
    bool speech_act = false, clause_break = false;
    for (size_t j = k + 1; j < end; ++j) {
      speech_act |= word_in(in.text, tokens[j], kSpeechAct);
      clause_break |= tokens[j].kind == TokenKind::punct && in.text[tokens[j].begin] != '-';
    }
    if (speech_act && !clause_break) cut = k;
  }
  if (!cut) return;
  // A clause inside the content ("footage from when she appeared | on a show"): the phrase may be its own.
  static constexpr std::string_view kSubordinators[] = {
      "when", "who", "whom", "whose", "which", "that", "where", "while", "because", "after", "before", "if"};
  for (size_t k = t + 1; k < cut; ++k)
    if (word_in(in.text, tokens[k], kSubordinators)) return;
  // After a verb of saying or thinking the content is a clause even without a "that" ("said a curfew would
  // continue through the weekend"); a cue that is no word (":") names no act either.
  const size_t c = first_token_at(in, extent(a.cue).lo);
  if (c >= tokens.size() || tokens[c].kind != TokenKind::word) return;
  static constexpr std::string_view kClauseVerbs[] = {
      "say",       "says",      "said",      "saying",    "tell",     "tells",    "told",      "telling",
      "add",       "adds",      "added",     "adding",    "state",    "states",   "stated",    "claim",
      "claims",    "claimed",   "argue",     "argues",    "argued",   "insist",   "insists",   "insisted",
      "explain",   "explains",  "explained", "believe",   "believes", "believed", "think",     "thinks",
      "thought",   "write",     "writes",    "wrote",     "predict",  "predicts", "predicted", "suggest",
      "suggests",  "suggested", "confirm",   "confirmed", "admit",    "admits",   "admitted",  "announce",
      "announced", "estimate",  "estimated", "expect",    "expects",  "expected"};
  for (size_t k = c; k < tokens.size() && tokens[k].end <= extent(a.cue).hi; ++k)
    if (word_in(in.text, tokens[k], kClauseVerbs)) return;
  last.end = tokens[cut - 1].end;
}

// "The Department of National Savings, effectively a Treasury unit, | yesterday | suspended", "which |
// previously | agreed", "shareholders, | will | add": a time adverb, a modal or a conjunction at an edge of a
// source is not the speaker; it leaves the source (and an empty source part goes, for the rules below to
// find the speaker).
void trim_non_source_words(const AttributionInput& in, Attribution& a) {
  static constexpr std::string_view kNotSource[] = {
      "today",  "yesterday", "tomorrow", "tonight", "earlier", "later", "previously", "also", "again",
      "then",   "now",       "already",  "will",    "would",   "could", "can",        "may",  "might",
      "should", "must",      "shall",    "or",      "and",     "but",   "hard"};
  const auto& tokens = in.tokens;
  // Lower case only: "USA Today", "Theresa May" are names.
  auto not_source = [&](const Token& t) {
    const std::string_view w = in.text.substr(t.begin, t.end - t.begin);
    return w.size() >= 2 && w.size() <= 10 && w[0] >= 'a' && w[0] <= 'z' &&
           std::find(std::begin(kNotSource), std::end(kNotSource), w) != std::end(kNotSource);
  };
  // The words at the span's edges, read from the text: when neither is lower case, nothing to trim (most
  // sources), and no token is looked up.
  auto lower_at = [&](size_t at) { return at < in.text.size() && in.text[at] >= 'a' && in.text[at] <= 'z'; };
  auto last_word_lower = [&](const Span& sp) {
    size_t k = sp.end;
    while (k > sp.begin && in.text[k - 1] != ' ') --k;
    return lower_at(k);
  };
  // Only the first and last tokens are read (the spans are changed in place: no allocation per statement).
  size_t w = 0;
  for (size_t i = 0; i < a.source.spans.size(); ++i) {
    Span sp = a.source.spans[i];
    if (!lower_at(sp.begin) && !last_word_lower(sp)) {
      a.source.spans[w++] = sp;
      continue;
    }
    size_t b = first_token_at(in, sp.begin), e = first_token_at(in, sp.end);
    while (e > b && tokens[e - 1].end > sp.end) --e;  // (a token running past the span's end is not in it)
    while (b < e && not_source(tokens[b])) ++b;
    while (e > b && not_source(tokens[e - 1])) --e;
    if (b >= e) continue;
    a.source.spans[w++] = Span{std::max(sp.begin, tokens[b].begin), std::min(sp.end, tokens[e - 1].end)};
  }
  a.source.spans.resize(w);
}

// "Beijing has denied the allegations": a content part that is just an actor mention right before the cue,
// in an attribution without a source, is its source.
void source_from_subject(const AttributionInput& in, Attribution& a) {
  if (!a.source.empty() || a.content.spans.size() < 2) return;
  const Extent cue = extent(a.cue);
  for (size_t k = 0; k < a.content.spans.size(); ++k) {
    const Span s = a.content.spans[k];
    if (s.end > cue.lo || !only_space(in.text, s.end, cue.lo)) continue;
    for (const Mention& m : in.mentions) {
      if (m.begin == s.begin && m.end == s.end) {
        a.source.spans.push_back(s);
        a.content.spans.erase(a.content.spans.begin() + std::ptrdiff_t(k));
        return;
      }
    }
  }
}

// "Kyiv has alleged ...": an attribution without a source whose cue follows an actor mention (only
// auxiliaries, adverbs and a weekday between: has, have, had, is, was, also, repeatedly, on Tuesday, ...)
// takes the mention as its source.
void source_before_cue(const AttributionInput& in, Attribution& a) {
  if (!a.source.empty() || a.cue.empty()) return;
  static constexpr std::string_view kBetween[] = {
      "has",        "have",       "had",     "is",   "was", "were",  "are",     "also",     "again",
      "repeatedly", "previously", "earlier", "then", "now", "since", "already", "publicly", "openly"};
  static constexpr std::string_view kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
  uint32_t at = a.cue.spans.front().begin;
  // Step back over the allowed words.
  for (;;) {
    uint32_t e = at;
    while (e > 0 && (in.text[e - 1] == ' ' || in.text[e - 1] == '\t')) --e;
    uint32_t b = e;
    while (b > 0 && ((in.text[b - 1] >= 'a' && in.text[b - 1] <= 'z'))) --b;
    const std::string_view w = in.text.substr(b, e - b);
    if (b < e && std::find(std::begin(kBetween), std::end(kBetween), w) != std::end(kBetween)) {
      at = b;
      continue;
    }
    // A weekday, with or without "on" ("The ministry on Wednesday rejected ...").
    if (b > 0 && b < e && in.text[b - 1] >= 'A' && in.text[b - 1] <= 'Z' &&
        std::find(std::begin(kWeekdays), std::end(kWeekdays), in.text.substr(b - 1, e - b + 1)) !=
            std::end(kWeekdays)) {
      at = b - 1;
      uint32_t pe = at;
      while (pe > 0 && in.text[pe - 1] == ' ') --pe;
      if (pe >= 2 && in.text.substr(pe - 2, 2) == "on" && (pe == 2 || in.text[pe - 3] == ' ')) at = pe - 2;
      continue;
    }
    at = e;
    break;
  }
  for (const Mention& m : in.mentions) {
    if (m.end == at && m.resolved) {
      a.source.spans.push_back(Span{m.begin, m.end});
      return;
    }
  }
}

// The forms of "be" that make a participle passive (passive_cue_source, document_findings).
constexpr std::string_view kBeForms[] = {"was", "were", "is", "are", "been", "be", "being"};

// "The plan was confirmed", "the statements were rated false": a passive cue has no speaker unless "by"
// names one; the subject before it is what was said about. Its source goes, and no later rule gives it one
// (returns true). (Not after a feeling — "were frustrated", "was surprised" — whose subject feels it.)
bool passive_cue_source(const AttributionInput& in, Attribution& a) {
  if (a.cue.empty()) return false;
  const auto& tokens = in.tokens;
  // A cue ending in, or followed by, the noun of what was said ("rejected calls | by Kofi Annan", "dismissed
  // claims by"): the one after "by" made the calls, not the statement; a source part there goes (the subject
  // before the cue stays, or is found below).
  {
    static const SmallWordSet kSaid{"calls",   "call",        "claims",      "claim",     "demands",
                                    "demand",  "allegations", "accusations", "charges",   "criticism",
                                    "remarks", "comments",    "statements",  "proposals", "proposal",
                                    "reports", "suggestions", "appeals",     "requests",  "threats"};
    // (A look at the bytes after the cue first: most cues are followed by neither "by" nor such a noun.)
    const uint32_t hi = extent(a.cue).hi;
    size_t at = hi;
    while (at < in.text.size() && in.text[at] == ' ') ++at;
    size_t w = at;
    while (w < in.text.size() && in.text[w] >= 'a' && in.text[w] <= 'z') ++w;
    const std::string_view next_word = in.text.substr(at, w - at);
    size_t k = tokens.size();
    if (next_word == "by" || kSaid.contains(next_word)) {
      k = first_token_at(in, hi);
      if (k < tokens.size() && !word_is(in.text, tokens[k], "by")) ++k;  // the noun after the cue
    }
    // (not when the noun is the cue: "claims | by Ukraine" are Ukraine's)
    if (k + 1 < tokens.size() && k > 0 && word_is(in.text, tokens[k], "by") &&
        kSaid.contains(lower_word(in.text, tokens[k - 1])) && tokens[k - 1].begin > extent(a.cue).lo) {
      const uint32_t agent = tokens[k + 1].begin;
      std::erase_if(a.source.spans, [&](const Span& sp) { return sp.begin == agent; });
      if (a.source.spans.empty()) a.source_mention = -1;
    }
  }
  // The agent after "by" ends before a preposition that starts an adjunct: "was passed by Congress | with
  // wide support", "called a charlatan by fellow physicians | for promoting ...".
  static constexpr std::string_view kAdjunct[] = {"with",  "for",  "in",      "on",     "at",   "during",
                                                  "after", "over", "because", "before", "amid", "since"};
  auto agent_end = [&](size_t from) {  // one past the agent's last token, within the sentence
    size_t k = from;
    // (the full stop of an abbreviated title stays: "by Rep. John Duncan")
    auto abbreviation_stop = [&](size_t q) {
      if (q == from || in.text[tokens[q].begin] != '.') return false;
      const Token& p = tokens[q - 1];
      return p.end == tokens[q].begin && p.end - p.begin <= 4 && in.text[p.begin] >= 'A' &&
             in.text[p.begin] <= 'Z';
    };
    while (k < tokens.size() && k < from + 12 &&
           (tokens[k].kind != TokenKind::punct || abbreviation_stop(k)) &&
           !word_in(in.text, tokens[k], kAdjunct))
      ++k;
    return k;
  };
  if (a.source.spans.size() == 1 && a.source.spans.front().begin > extent(a.cue).hi) {
    // ("by" right after the cue: a source the tagger ran past the agent keeps the agent only)
    Span& src = a.source.spans.front();
    const size_t by = first_token_at(in, extent(a.cue).hi);
    if (by + 1 < tokens.size() && word_is(in.text, tokens[by], "by") && tokens[by + 1].begin == src.begin) {
      const size_t end = agent_end(by + 1);
      if (end > by + 1 && src.end > tokens[end - 1].end) src.end = tokens[end - 1].end;
    }
    return false;
  }
  // (a source wholly after the cue is an inverted one; a source before the cue with a part after it too is
  // the passive's subject and, after "by", its agent: below)
  if (!a.source.empty() && extent(a.source).lo > extent(a.cue).lo) return false;
  const bool part_after = !a.source.empty() && extent(a.source).hi > extent(a.cue).lo;
  const Extent cue = extent(a.cue);
  const size_t t = first_token_at(in, cue.lo);
  size_t e = t;
  while (e < tokens.size() && tokens[e].end <= cue.hi) ++e;
  if (e == t) return false;
  static constexpr std::string_view kFeeling[] = {
      "frustrated", "incensed",     "surprised", "concerned", "worried",   "angered",
      "outraged",   "disappointed", "alarmed",   "pleased",   "satisfied", "encouraged",
      "convinced",  "upset",        "shocked",   "troubled",  "swayed",    "delighted",
      "impressed",  "dismayed",     "confused",  "terrified", "scared",    "excited"};
  auto is_be = [&](size_t k) { return word_in(in.text, tokens[k], kBeForms); };
  auto participle = [&](size_t k) {
    const std::string_view v = in.text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
    if (v.size() < 4 || !(v.ends_with("ed") || v.ends_with("en")) || v[0] < 'a' || v[0] > 'z') return false;
    for (std::string_view w : kFeeling)
      if (v == w) return false;
    return true;
  };
  // A form of "be" in the cue or right before it ("The minister was | once asked"), then a participle
  // within two tokens, not followed by "by".
  size_t part = SIZE_MAX;
  for (size_t k = t; k < e && part == SIZE_MAX; ++k) {
    const bool be_here = is_be(k) || (k == t && k > 0 && is_be(k - 1));
    if (!be_here) continue;
    for (size_t q = is_be(k) ? k + 1 : k; q < e && q <= k + 2; ++q)
      if (participle(q)) {
        part = q;
        break;
      }
  }
  if (part == SIZE_MAX) return false;
  if ((part + 1 < tokens.size() && word_is(in.text, tokens[part + 1], "by")) ||
      (e < tokens.size() && word_is(in.text, tokens[e], "by")) || word_is(in.text, tokens[e - 1], "by")) {
    // The agent after "by" spoke; a subject before the cue beside it goes ("The bonds | are rated A-2 by |
    // Moody's").
    if (part_after) {
      std::erase_if(a.source.spans, [&](const Span& sp) { return sp.end <= cue.lo; });
      a.source_mention = -1;
    }
    return false;
  }
  a.source.spans.clear();
  // "Oz has been called a charlatan by fellow physicians": "by" a little way into the content names the
  // speaker; the content ends before it.
  if (!a.content.empty() && a.content.spans.front().begin >= cue.hi) {
    Span& c = a.content.spans.front();
    const size_t c0 = first_token_at(in, c.begin);
    for (size_t k = c0 + 1; k < tokens.size() && k <= c0 + 5 && tokens[k].end <= c.end; ++k) {
      if (tokens[k].kind == TokenKind::punct) break;
      if (!word_is(in.text, tokens[k], "by") || k + 1 >= tokens.size()) continue;
      const size_t end = agent_end(k + 1);
      if (end == k + 1 || tokens[end - 1].end > c.end) break;
      a.source.spans.push_back(Span{tokens[k + 1].begin, tokens[end - 1].end});
      c.end = tokens[k - 1].end;
      break;
    }
  }
  return true;
}

// "According to Politico, both areas are ...": a source after "according to" that runs past a comma, in a
// statement without a content, ends at the comma; the rest of the sentence is the content.
void according_to_without_content(const AttributionInput& in, Attribution& a) {
  if (!a.content.empty() || a.source.empty() || a.cue.spans.size() != 1) return;
  const Span cue = a.cue.spans.front();
  const std::string_view c = in.text.substr(cue.begin, cue.end - cue.begin);
  constexpr std::string_view kAccordingTo = "according to";
  if (c.size() != kAccordingTo.size()) return;
  for (size_t k = 0; k < c.size(); ++k)
    if ((c[k] >= 'A' && c[k] <= 'Z' ? char(c[k] + 32) : c[k]) != kAccordingTo[k]) return;
  const Extent src = extent(a.source);
  if (src.lo < cue.end) return;
  // The comma inside the source (the tagger ran the source on over it) or right after it.
  const size_t comma = in.text.find(',', src.lo);
  if (comma == std::string_view::npos || comma > src.hi) return;
  uint32_t end = src.hi;
  for (const Sentence& st : in.sentences)
    if (st.begin <= src.lo && src.lo < st.end) end = std::max(end, st.end);
  while (end > comma && (in.text[end - 1] == ' ' || in.text[end - 1] == '\n' || in.text[end - 1] == '.'))
    --end;
  uint32_t begin = uint32_t(comma) + 1;
  while (begin < end && in.text[begin] == ' ') ++begin;
  if (begin >= end) return;
  std::vector<Span> kept;
  for (Span sp : a.source.spans) {
    if (sp.begin >= comma) continue;
    sp.end = std::min<uint32_t>(sp.end, uint32_t(comma));
    kept.push_back(sp);
  }
  if (kept.empty()) return;
  a.source.spans = std::move(kept);
  a.content.spans.push_back(Span{begin, end});
}

// "Asked whether China would impose sanctions, the spokesman said …": the reporter's question opening the
// sentence ends at the comma; what follows is the answer, another statement (not one nested in the question).
void asked_before_the_answer(const AttributionInput& in, Attribution& a) {
  if (a.cue.spans.size() != 1 || a.content.spans.empty()) return;
  const Span cue = a.cue.spans.front();
  const std::string_view c = in.text.substr(cue.begin, cue.end - cue.begin);
  if (c != "Asked" && !c.starts_with("Asked ")) return;  // ("Asked", "Asked about")
  const size_t comma = in.text.find(',', cue.end);
  if (comma == std::string_view::npos) return;
  bool cut = false;
  std::vector<Span> kept;
  for (Span sp : a.content.spans) {
    if (sp.begin >= comma) {
      cut = true;
      continue;
    }
    if (sp.end > comma) sp.end = uint32_t(comma), cut = true;
    kept.push_back(sp);
  }
  if (cut && !kept.empty()) a.content.spans = std::move(kept);
}

// A wire dateline is not part of a statement: "KYIV, April 11 - Ukraine's President said ..." has the source
// "Ukraine's President"; "KYIV, March 3 (Reuters) - Russian forces shelled ..., officials said" has the
// content "Russian forces shelled ...". A source or content part that holds a dash (" - ", " -- ", an en or
// em dash), or that starts inside the words before one ("Example Wire) - Ukraine's minister": the tagger
// began inside "(Example Wire)"), keeps what follows the dash when the text from the start of its line to
// the dash is a dateline: at most eight words, opening with an all-capitals word ("KYIV,", "WASHINGTON") or
// holding a month name ("April 11").
namespace {
bool is_dateline(std::string_view head) {
  static constexpr std::string_view kMonths[] = {
      "January",  "February", "March", "April", "May",  "June",  "July", "August", "September", "October",
      "November", "December", "Jan.",  "Feb.",  "Aug.", "Sept.", "Oct.", "Nov.",   "Dec."};
  size_t words = 0;
  bool caps_first = false, month = false;
  for (size_t k = 0; k < head.size();) {
    while (k < head.size() && (head[k] == ' ' || head[k] == ',')) ++k;
    size_t e = k;
    while (e < head.size() && head[e] != ' ' && head[e] != ',') ++e;
    if (e == k) break;
    const std::string_view w = head.substr(k, e - k);
    if (words == 0) {
      size_t letters = 0, upper = 0;
      for (char c : w) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++letters;
        if (c >= 'A' && c <= 'Z') ++upper;
      }
      caps_first = letters >= 2 && upper == letters;
    }
    for (std::string_view m : kMonths) month = month || w == m;
    ++words;
    k = e;
  }
  return words > 0 && words <= 8 && (caps_first || month);
}
}  // namespace

// line_starts: the offsets that start a line of the text (0 and every one after a line feed), ascending.
void trim_dateline(std::string_view text, std::span<const uint32_t> line_starts, Attribution& a) {
  auto trim = [&](Span& sp) {
    // The line the part starts on, when it starts within the line's first 120 bytes, and its first dash
    // there.
    constexpr size_t kReach = 120;
    const auto next = std::upper_bound(line_starts.begin(), line_starts.end(), sp.begin);
    if (next == line_starts.begin()) return;
    const size_t line = *(next - 1);
    if (sp.begin - line >= kReach) return;
    const std::string_view v = text.substr(line, std::min<size_t>(sp.end, line + kReach) - line);
    // (the first of " - ", " -- ", " – ", " — ": one pass, at each space)
    size_t dash = std::string_view::npos, after = 0;
    auto byte = [&](size_t k) { return k < v.size() ? static_cast<unsigned char>(v[k]) : 0; };
    for (size_t at = v.find(' '); at != std::string_view::npos && dash == std::string_view::npos;
         at = v.find(' ', at + 1)) {
      size_t n = 0;  // the dash's length with its spaces
      if (byte(at + 1) == '-' && byte(at + 2) == ' ')
        n = 3;
      else if (byte(at + 1) == '-' && byte(at + 2) == '-' && byte(at + 3) == ' ')
        n = 4;
      else if (byte(at + 1) == 0xE2 && byte(at + 2) == 0x80 &&
               (byte(at + 3) == 0x93 || byte(at + 3) == 0x94) && byte(at + 4) == ' ')
        n = 5;
      if (n) dash = at, after = at + n;
    }
    // The dash must lie in the part, or the part must start in the words before it.
    if (dash == std::string_view::npos || line + after >= sp.end || line + dash + 1 < sp.begin) return;
    if (!is_dateline(v.substr(0, dash))) return;
    size_t b = line + after;
    while (b < sp.end && text[b] == ' ') ++b;
    sp.begin = uint32_t(b);
  };
  for (Span& sp : a.source.spans) trim(sp);
  for (Span& sp : a.content.spans) trim(sp);
}

// Attributions news layout marks without a verb (docs/attribution.md):
// - an epigraph: a quotation, then a dash and a name ("“Mr. X scares me.” ― Krystal Correa"); cue: the dash;
// - a transcript line: a paragraph opening with a speaker in capitals and a colon ("WALLACE: Let's start
//   ..."), or with a person's name and a colon ("Pence: Gennifer Flowers won't be at the debate"); cue: the
//   colon, content: the rest of the paragraph.
// Not where the model already found a cue. Duplicate paragraphs are skipped unless keep_duplicates.
// The index of the sentence holding byte `at` (the last one beginning at or before it; 0 if none).
uint32_t sentence_index(std::span<const Sentence> sentences, uint32_t at) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), at,
                             [](uint32_t x, const Sentence& s) { return x < s.begin; });
  return it == sentences.begin() ? 0 : uint32_t(it - sentences.begin() - 1);
}

// The sex a source's words give its speaker: 1 female ("Ms", "Mrs", "spokeswoman", "she"), 2 male ("Mr",
// "spokesman", "he"), 0 unknown or both.
int8_t source_sex(std::string_view text, const RoleSpans& source) {
  static const SmallWordSet kFemale{"she",           "her",          "ms",    "mrs",         "miss",
                                    "madam",         "queen",        "woman", "spokeswoman", "chairwoman",
                                    "congresswoman", "businesswoman"};
  static const SmallWordSet kMale{"he",  "his",       "mr",       "sir",         "king",
                                  "man", "spokesman", "chairman", "congressman", "businessman"};
  int8_t sex = 0;
  for (const Span& s : source.spans) {
    for (uint32_t at = s.begin; at < s.end;) {
      while (at < s.end && !std::isalpha(static_cast<unsigned char>(text[at]))) ++at;
      uint32_t e = at;
      while (e < s.end && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
      if (e > at && e - at <= 13) {
        std::string w(text.substr(at, e - at));
        for (char& c : w) c = char(std::tolower(static_cast<unsigned char>(c)));
        if (kFemale.contains(w)) sex |= 1;
        if (kMale.contains(w)) sex |= 2;
      }
      at = e;
    }
  }
  return sex == 3 ? 0 : sex;
}

// Does the mention denote one person: a name (coded or not), a pronoun or surname for one, or an agent
// noun for one ("the spokesman", "Lebanon's interior minister")?
bool one_person(const AttributionInput& in, const Mention& m) {
  if (m.type == "PERSON") return true;
  if (m.type != "AGENT" && m.type != "ORG") return false;
  static const SmallWordSet kOne{"minister",   "spokesperson", "spokesman", "spokeswoman", "president",
                                 "official",   "ambassador",   "commander", "general",     "leader",
                                 "chief",      "secretary",    "envoy",     "diplomat",    "premier",
                                 "chancellor", "governor",     "mayor",     "senator",     "prosecutor"};
  const std::string_view t = in.text.substr(m.begin, m.end - m.begin);
  const size_t sp = t.rfind(' ');
  std::string last(sp == std::string_view::npos ? t : t.substr(sp + 1));
  for (char& c : last)
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  return kOne.contains(last);
}

void layout_attributions(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  const std::string_view text = in.text;
  auto cue_inside = [&](uint32_t lo, uint32_t hi) {
    for (size_t k = first; k < out.size(); ++k)
      for (const Span& c : out[k].cue.spans)
        if (c.begin < hi && c.end > lo) return true;
    return false;
  };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  auto opening_quote = [&](size_t at) {
    return at < text.size() && (text[at] == '"' || text.substr(at, 3) == "\xE2\x80\x9C");
  };
  std::vector<Attribution> found;
  for (const Paragraph& para : in.paragraphs) {
    if (para.duplicate_of >= 0 && !in.keep_duplicates) continue;
    const std::string_view p = text.substr(para.begin, para.end - para.begin);
    // Epigraphs.
    // Only a '"' or a 0xE2 byte (the first of U+201D) can close a quotation: the scan jumps from one to the
    // next (memchr) instead of reading every byte.
    size_t next_quote = p.find('"'), next_e2 = p.find('\xE2');
    for (size_t at = 0; at + 4 < p.size(); ++at) {
      if (next_quote < at) next_quote = p.find('"', at);
      if (next_e2 < at) next_e2 = p.find('\xE2', at);
      at = std::min(next_quote, next_e2);
      if (at == std::string_view::npos || at + 4 >= p.size()) break;
      size_t close_end = 0;
      if (p[at] == '"') close_end = at + 1;
      if (p.substr(at, 3) == "\xE2\x80\x9D") close_end = at + 3;
      if (!close_end) continue;
      // Spaces, and no-break spaces (U+00A0).
      auto skip_spaces = [&](size_t k) {
        for (;;) {
          if (k < p.size() && p[k] == ' ') {
            ++k;
          } else if (p.substr(k, 2) == "\xC2\xA0") {
            k += 2;
          } else {
            return k;
          }
        }
      };
      size_t k = skip_spaces(close_end);
      size_t dash = 0;
      for (std::string_view d : {"\xE2\x80\x95", "\xE2\x80\x94", "\xE2\x80\x93", "--"})
        if (p.substr(k, d.size()) == d) dash = d.size();
      if (!dash) continue;
      const size_t cue_b = k, cue_e = k + dash;
      k = skip_spaces(cue_e);
      // The name: one to four capitalized words; an initial keeps its full stop ("Edwin G. Monroy").
      const size_t name_b = k;
      size_t name_e = k, words = 0;
      while (k < p.size() && upper(p[k]) && words < 4) {
        size_t e = k;
        while (e < p.size() && !space(p[e]) && p[e] != ',' && p[e] != ';' && p[e] != ':' && p[e] != '"' &&
               !(p[e] == '.' && (e + 1 == p.size() || space(p[e + 1]))) &&
               static_cast<unsigned char>(p[e]) != 0xE2 && p.substr(e, 2) != "\xC2\xA0")
          ++e;
        const bool initial = e == k + 1 && e + 1 < p.size() && p[e] == '.' && p[e + 1] == ' ' &&
                             e + 2 < p.size() && upper(p[e + 2]);
        if (initial) ++e;
        name_e = e, ++words;
        k = skip_spaces(e);
      }
      if (words == 0) continue;
      // The quotation it closes: back to its opening mark, within the paragraph, over quotations inside it
      // (“... what he calls “hell” than ...”). A straight quote opens; a curly closing mark before any
      // opening one is an earlier quotation's end when it is not followed by a word.
      size_t open = std::string_view::npos;
      int depth = 0;
      for (size_t b = at; b-- > 0;) {
        if (p.substr(b, 3) == "\xE2\x80\x9C") {
          if (depth == 0) {
            open = b;
            break;
          }
          --depth;
        } else if (p[b] == '"') {
          if (depth == 0) open = b;
          if (depth == 0) break;
        } else if (p.substr(b, 3) == "\xE2\x80\x9D") {
          // At the start of a line, a closing mark typed for an opening one (”Mr. Trump ...” ― Name).
          if (depth == 0 && (b == 0 || p[b - 1] == '\n')) {
            open = b;
            break;
          }
          // Inside the quotation only when a word follows on the same line (“hell” than ...).
          const size_t after = b + 3;
          if (after < p.size() && p[after] == ' ' && after + 1 < p.size() && !space(p[after + 1])) {
            ++depth;
          } else {
            break;  // another quotation's end
          }
        } else if (p[b] == '\n') {
          break;  // an epigraph is one line
        }
      }
      if (open == std::string_view::npos || close_end - open < 8) continue;
      const uint32_t base = para.begin;
      // A statement already found at the dash or the name (the tagger's own). Cues inside the quotation
      // ("He said it over and over") do not count: they nest inside the epigraph.
      if (cue_inside(base + uint32_t(close_end), base + uint32_t(name_e))) continue;
      Attribution a;
      a.content.spans.push_back(Span{base + uint32_t(open), base + uint32_t(close_end)});
      a.cue.spans.push_back(Span{base + uint32_t(cue_b), base + uint32_t(cue_e)});
      a.source.spans.push_back(Span{base + uint32_t(name_b), base + uint32_t(name_e)});
      found.push_back(std::move(a));
      at = name_e;
    }
    // A transcript line or a headline with a speaker.
    size_t k = 0;
    while (k < p.size() && space(p[k])) ++k;
    if (opening_quote(para.begin + k)) k += text[para.begin + k] == '"' ? 1 : 3;
    const size_t sp_b = k;
    size_t colon = p.find(':', k);
    if (colon == std::string_view::npos || colon == sp_b || colon - sp_b > 40 || colon + 2 >= p.size())
      continue;
    const std::string_view speaker = p.substr(sp_b, colon - sp_b);
    bool caps = true;
    size_t letters = 0;
    for (char c : speaker) {
      if (lower(c) || (!upper(c) && c != ' ' && c != '.' && c != '-' && c != '\'')) caps = false;
      letters += upper(c);
    }
    caps = caps && letters >= 2;
    bool person = false;
    for (const Mention& m : in.mentions) {
      if (m.begin == para.begin + sp_b && m.end == para.begin + colon && m.type == "PERSON") person = true;
    }
    if (!caps && !person) continue;
    size_t c_b = colon + 1;
    while (c_b < p.size() && space(p[c_b])) ++c_b;
    size_t c_e = p.size();
    while (c_e > c_b && space(p[c_e - 1])) --c_e;
    if (c_e <= c_b) continue;
    const uint32_t base = para.begin;
    if (cue_inside(base + uint32_t(sp_b), base + uint32_t(c_b))) continue;
    Attribution a;
    a.source.spans.push_back(Span{base + uint32_t(sp_b), base + uint32_t(colon)});
    a.cue.spans.push_back(Span{base + uint32_t(colon), base + uint32_t(colon + 1)});
    a.content.spans.push_back(Span{base + uint32_t(c_b), base + uint32_t(c_e)});
    found.push_back(std::move(a));
  }
  for (auto& a : found) out.push_back(std::move(a));
}

// "investigating alleged abuses", "the reported plan", "Japan's alleged failure": a one-word "-ed" cue right
// after an "-ing" verb, a determiner or a possessive is an adjective of the noun after it, not a statement
// (the backstop skips such words too).
bool adjective_cue(const AttributionInput& in, const Attribution& a) {
  if (a.cue.spans.size() != 1) return false;
  const Span cue = a.cue.spans.front();
  // (without a token lookup for most cues: an "-ed" ending, or the possessive opening the cue)
  const std::string_view ct = in.text.substr(cue.begin, cue.end - cue.begin);
  if (!ct.ends_with("ed") && !ct.starts_with("'") && !ct.starts_with("\xE2\x80\x99")) return false;
  size_t t = first_token_at(in, cue.begin);
  // A cue that took the possessive before it ("The minister | 's reported remarks angered"): no cue opens
  // with a possessive; the "-ed" word after it is the adjective, whatever the cue ran on to.
  // ("who's called for": after a pronoun, 's is "has" or "is")
  static constexpr std::string_view kPronouns[] = {"who",   "he",   "she",   "it",   "that",
                                                   "there", "what", "where", "here", "let"};
  auto possessive = [&](size_t c) {
    const Token& k = in.tokens[c];
    const std::string_view v = in.text.substr(k.begin, k.end - k.begin);
    return k.kind == TokenKind::clitic && (v == "'s" || v == "\xE2\x80\x99s") && c > 0 &&
           !word_in(in.text, in.tokens[c - 1], kPronouns);
  };
  const bool after_possessive = t + 1 < in.tokens.size() && possessive(t) && in.tokens[t + 1].end <= cue.end;
  if (after_possessive) ++t;
  // An adverb of time or degree before the adjective ("the previously announced purchase", "the widely
  // expected cut"): the word before the adverb is the determiner.
  size_t adjective = t;
  if (!after_possessive && t + 1 < in.tokens.size() && in.tokens[t + 1].end == cue.end &&
      in.tokens[t].kind == TokenKind::word) {
    const std::string_view adverb = in.text.substr(in.tokens[t].begin, in.tokens[t].end - in.tokens[t].begin);
    static constexpr std::string_view kAdverbs[] = {"earlier", "already", "long", "once", "much", "often"};
    if ((adverb.size() > 4 && adverb.ends_with("ly")) || word_in(in.text, in.tokens[t], kAdverbs))
      adjective = t + 1;
  }
  if (t == 0 || t >= in.tokens.size() || (in.tokens[adjective].end != cue.end && !after_possessive))
    return false;
  const std::string_view w =
      in.text.substr(in.tokens[adjective].begin, in.tokens[adjective].end - in.tokens[adjective].begin);
  if (w.size() < 5 || !w.ends_with("ed") || w[0] < 'a' || w[0] > 'z') return false;
  const Token& prev = in.tokens[t - 1];
  const std::string_view p = in.text.substr(prev.begin, prev.end - prev.begin);
  static constexpr std::string_view kDeterminers[] = {"the", "a",    "an",    "its",   "their", "his",
                                                      "her", "this", "these", "those", "our",   "any"};
  // An "-ing" verb is lower case: "Beijing called the allegations groundless" has a name before the cue.
  // A possessive is a determiner too: "Japan's alleged failure"; so is a sentence's "The". So is a number —
  // not a year, and with a lower-case noun after the adjective ("killed nine alleged militants", "15
  // suspected rebels"; "in 2008 questioned whether", "the two discussed Washington's", "the six agreed to"
  // are verbs).
  // A lower-case noun after the adjective (not a word that opens a clause, an object or a time).
  auto noun_after = [&] {
    static constexpr std::string_view kNotNouns[] = {
        "that",  "whether",   "if",   "to",   "by",      "on",    "in",  "about", "for",   "as",  "of",
        "with",  "at",        "than", "the",  "a",       "an",    "his", "her",   "their", "its", "this",
        "these", "those",     "both", "some", "any",     "no",    "it",  "them",  "him",   "us",  "all",
        "our",   "my",        "your", "each", "every",   "there", "he",  "she",   "they",  "we",  "not",
        "today", "yesterday", "last", "next", "earlier", "later", "and", "or",    "but"};
    const size_t n = adjective + 1;
    if (n >= in.tokens.size() || in.tokens[n].kind != TokenKind::word || in.text[in.tokens[n].begin] < 'a' ||
        in.text[in.tokens[n].begin] > 'z')
      return false;
    return !word_in(in.text, in.tokens[n], kNotNouns);
  };
  // After a preposition, with a noun after it: "compliance with established legal frameworks", "disclosure
  // of alleged Chinese manpower" has a capital there and stays.
  static constexpr std::string_view kPrepositions[] = {"with", "of",   "for",     "about",
                                                       "from", "into", "against", "under"};
  if (word_in(in.text, prev, kPrepositions) && noun_after()) return true;
  auto counted = [&] {
    static constexpr std::string_view kNumbers[] = {"two",   "three", "four", "five",  "six",    "seven",
                                                    "eight", "nine",  "ten",  "dozen", "dozens", "hundreds"};
    const bool number = prev.kind == TokenKind::number || word_in(in.text, prev, kNumbers);
    if (!number || (p.size() == 4 && (p.starts_with("19") || p.starts_with("20")))) return false;
    return noun_after();
  };
  return (p.size() > 4 && p.ends_with("ing") && p[0] >= 'a' && p[0] <= 'z') || possessive(t - 1) ||
         word_in(in.text, prev, kDeterminers) || counted();
}

// "Russia attacked Ukraine", "Russian forces attacked Kharkiv": an attack on a place is physical, no
// statement. A one-word cue inflecting "attack" or "assail" whose object is a place (a GPE or LOC mention
// right after it) or a force or post ("an army patrol", "a police station") or whose subject is a military
// actor goes, unless a reason follows the object ("attacked Russia over its sanctions", "for", "as",
// "about").
bool physical_attack(const AttributionInput& in, const Attribution& a) {
  if (a.cue.spans.size() != 1) return false;
  const Span cue = a.cue.spans.front();
  // A form of attack or assail: the cue itself, or a word of a cue phrase ("launched an attack on").
  bool attack = false;
  for (size_t k = first_token_at(in, cue.begin);
       k < in.tokens.size() && in.tokens[k].end <= cue.end && !attack; ++k) {
    const std::string word = lower_word(in.text, in.tokens[k]);
    attack = inflects(word, "attack") || inflects(word, "assail");
  }
  if (!attack) return false;
  // The object: the mention right after the cue, or after "on" / "against" ("an attack | on Kirkuk").
  uint32_t after = cue.end;
  {
    uint32_t at = after;
    while (at < in.text.size() && in.text[at] == ' ') ++at;
    for (std::string_view p : {"on ", "against "})
      if (in.text.substr(at, p.size()) == p) after = at + uint32_t(p.size());
  }
  const Mention* object = nullptr;
  const Mention* subject = nullptr;
  for (const Mention& m : in.mentions) {
    if (m.end <= cue.begin && only_space(in.text, m.end, cue.begin)) subject = &m;
    if (m.begin >= after && only_space(in.text, after, m.begin) && !object) object = &m;
  }
  auto armed = [](const Mention* m) {
    return m && m->resolved &&
           (m->actor.sector == "MIL" || m->actor.sector == "REB" || m->actor.sector == "INS" ||
            m->actor.sector == "COP" || m->actor.sector == "UAF" || m->actor.sector == "IMG");
  };
  const bool military = armed(subject) || armed(object);
  const bool place = object && (object->type == "GPE" || object->type == "LOC");
  // A force or a post attacked ("gunmen who attacked an army patrol", "attacked a police station"): the
  // object's head within the three words after the cue (determiners and modifiers between).
  bool force = false;
  {
    static const SmallWordSet kTargets{
        "patrol",       "patrols",  "convoy",    "convoys",  "base",          "bases",       "checkpoint",
        "checkpoints",  "post",     "posts",     "station",  "stations",      "troops",      "soldiers",
        "positions",    "barracks", "village",   "villages", "camp",          "camps",       "vehicle",
        "vehicles",     "ship",     "ships",     "tanker",   "tankers",       "embassy",     "compound",
        "hospital",     "police",   "army",      "garrison", "outpost",       "airport",     "airbase",
        "headquarters", "pipeline", "refinery",  "town",     "towns",         "city",        "cities",
        "targets",      "building", "buildings", "homes",    "houses",        "civilians",   "forces",
        "fighters",     "rebels",   "militants", "district", "neighbourhood", "neighborhood"};
    const size_t t = first_token_at(in, cue.end);
    for (size_t k = t; k < in.tokens.size() && k < t + 4 && !force; ++k) {
      if (in.tokens[k].kind != TokenKind::word) break;
      force = kTargets.contains(lower_word(in.text, in.tokens[k]));
    }
  }
  if (!military && !place && !force) return false;
  if (object) {
    // A reason after the object makes it a verbal attack.
    size_t at = object->end;
    while (at < in.text.size() && in.text[at] == ' ') ++at;
    size_t e = at;
    while (e < in.text.size() && in.text[e] >= 'a' && in.text[e] <= 'z') ++e;
    const std::string_view next = in.text.substr(at, e - at);
    if (next == "over" || next == "for" || next == "as" || next == "about") return false;
  }
  return true;
}

// "American Express Co's stock fell", "shares of Manor Care Inc": a capitalized cue after a capitalized word,
// in a sentence of running prose (six lower-case words or more), is part of a name, not a verb. (A headline's
// Title Case cue stays: "Bellwether County Says Trump Should Win"; so does a cue after a comma, "Murphy, the
// head of Right to Rise USA, Tweeted on Friday", and one after an abbreviation.)
bool name_part_cue(const AttributionInput& in, const Attribution& a) {
  if (a.cue.spans.empty()) return false;
  const uint32_t at = a.cue.spans.front().begin;
  if (at >= in.text.size() || in.text[at] < 'A' || in.text[at] > 'Z') return false;
  const size_t t = first_token_at(in, at);
  if (t == 0 || t >= in.tokens.size() || in.tokens[t].begin != at) return false;
  const Token& prev = in.tokens[t - 1];
  if (prev.kind != TokenKind::word || in.text[prev.begin] < 'A' || in.text[prev.begin] > 'Z') return false;
  // (after an abbreviation the wire may capitalize the verb: "The U.S. Has said it will not allow")
  if (in.text[prev.end - 1] == '.' || (prev.end < at && in.text[prev.end] == '.')) return false;
  auto s = std::upper_bound(in.sentences.begin(), in.sentences.end(), at,
                            [](uint32_t x, const Sentence& y) { return x < y.begin; });
  if (s == in.sentences.begin()) return false;
  --s;
  if (prev.begin < s->begin || at >= s->end) return false;  // the sentence's first word
  size_t lower = 0;
  for (size_t k = first_token_at(in, s->begin); k < in.tokens.size() && in.tokens[k].end <= s->end; ++k)
    if (in.tokens[k].kind == TokenKind::word && in.text[in.tokens[k].begin] >= 'a' &&
        in.text[in.tokens[k].begin] <= 'z' && ++lower >= 6)
      return true;
  return false;
}

// Verbs of the cue lexicon with a sense that is no statement, told apart by the word after them: "declined to
// comment", "declined the offer" (a refusal) but "shares declined 3 pct", "declined slightly from 58
// percent" (a fall); "committed to cutting" (a promise) but "committed suicide"; "appealed to members",
// "appealed for calm" but "appealed the ruling" (a court). A one-word cue of such a verb whose next word is
// not one its statement sense takes is no statement. Also "preferred stock" and the "demand" of economics;
// "recalled its ambassador" (a withdrawal, not a memory: an envoy or a product within three words),
// "released four hostages" (people set free: people within four words), "clashed with police" (a fight,
// not a dispute: a force or a crowd after "with") and "follows" (a sequence: "The move follows ...").
bool other_sense(const AttributionInput& in, const Attribution& a) {
  if (a.cue.spans.size() != 1) return false;
  const Span cue = a.cue.spans.front();
  const std::string_view text = in.text;
  // (the words below open with d, c, a, p, r, f, "sh", "of" or "wa": most cues are out without a token
  // lookup)
  const char c0 = cue.begin < text.size() ? char(text[cue.begin] | 0x20) : 0;
  const char c1 = cue.begin + 1 < text.size() ? char(text[cue.begin + 1] | 0x20) : 0;
  if (c0 != 'd' && c0 != 'c' && c0 != 'a' && c0 != 'p' && c0 != 'r' && c0 != 'f' &&
      !(c0 == 's' && c1 == 'h') && !(c0 == 'o' && c1 == 'f') && !(c0 == 'w' && c1 == 'a'))
    return false;
  const size_t t = first_token_at(in, cue.begin);
  if (t + 1 >= in.tokens.size() || in.tokens[t].end != cue.end) return false;
  const std::string word = lower_word(text, in.tokens[t]);
  if (inflects(word, "recall")) {
    static const SmallWordSet kRecalled{"ambassador", "ambassadors", "envoy",    "envoys",   "diplomat",
                                        "diplomats",  "consul",      "products", "vehicles", "cars",
                                        "units",      "models",      "batches",  "troops"};
    for (size_t k = t + 1; k < in.tokens.size() && k <= t + 3; ++k)
      if (kRecalled.contains(lower_word(text, in.tokens[k]))) return true;
    return false;
  }
  // "Never fear, fans:": an idiom.
  if (word == "fear" && t > 0 && word_is(text, in.tokens[t - 1], "never")) return true;
  // "Without warning, a bullet …", "with no prior warning": no warning given, no statement.
  if (word == "warning" && t > 0) {
    static constexpr std::string_view kNone[] = {"without", "no", "prior", "advance", "little"};
    return word_in(text, in.tokens[t - 1], kNone);
  }
  // "a 750,000 dlr charge for restructuring", "a one-time charge of 12 mln dlrs", "a charge against
  // earnings": an accounting charge, not an accusation.
  if (word == "charge" || word == "charges") {
    static const SmallWordSet kMoneyBefore{
        "dlr",       "dlrs",          "dollar",       "dollars",       "pound",         "pounds",
        "franc",     "francs",        "mark",         "marks",         "yen",           "mln",
        "million",   "billion",       "bln",          "cents",         "cts",           "one-time",
        "special",   "extraordinary", "nonrecurring", "non-recurring", "restructuring", "pretax",
        "pre-tax",   "after-tax",     "tax",          "writedown",     "write-down",    "accounting",
        "quarterly", "annual",        "service",      "interest",      "finance",       "financing",
        "handling",  "delivery",      "management",   "fuel",          "storage"};
    static const SmallWordSet kAccounts{"earnings", "income", "profit", "profits", "operations", "results"};
    if (t > 0 && (in.tokens[t - 1].kind == TokenKind::number ||
                  kMoneyBefore.contains(lower_word(text, in.tokens[t - 1]))))
      return true;
    if (t + 2 < in.tokens.size() &&
        (word_is(text, in.tokens[t + 1], "against") || word_is(text, in.tokens[t + 1], "to")) &&
        kAccounts.contains(lower_word(text, in.tokens[t + 2])))
      return true;
    return t + 2 < in.tokens.size() && word_is(text, in.tokens[t + 1], "of") &&
           in.tokens[t + 2].kind == TokenKind::number;
  }
  // "it charged an additional 2.8 mln dlrs in special expenses": an amount charged, not an accusation.
  if (word == "charged") {
    size_t k = t + 1;
    static constexpr std::string_view kArticles[] = {"a", "an", "the", "about", "some", "nearly"};
    while (k < in.tokens.size() && k <= t + 3 &&
           (word_in(text, in.tokens[k], kArticles) || word_is(text, in.tokens[k], "additional") ||
            word_is(text, in.tokens[k], "further")))
      ++k;
    return k < in.tokens.size() && in.tokens[k].kind == TokenKind::number;
  }
  // "its board declared a two pct stock dividend", "declared a shareholder rights plan": a company's act.
  if (inflects(word, "declare")) {
    static const SmallWordSet kCorporate{"dividend", "dividends",     "distribution", "split",
                                         "payout",   "distributions", "rights"};
    for (size_t k = t + 1; k < in.tokens.size() && k <= t + 5; ++k)
      if (kCorporate.contains(lower_word(text, in.tokens[k]))) return true;
    return false;
  }
  // "industrial trade showed a surplus of 1.4 billion francs", "Farm credit conditions showed further signs
  // of stabilizing": a measure that showed a change is no finding. (A document's finding stays: "official
  // figures show", "the survey showed a rise".)
  if (inflects(word, "show")) {
    static const SmallWordSet kMeasures{
        "surplus", "deficit", "increase",  "decrease", "rise",    "fall",      "decline",     "gain",
        "gains",   "loss",    "losses",    "profit",   "profits", "drop",      "improvement", "growth",
        "signs",   "jump",    "increases", "declines", "rises",   "shortfall", "recovery",    "slowdown"};
    static const SmallWordSet kDocuments{
        "figures",   "data",     "statistics", "poll",    "polls",     "survey",  "surveys",
        "study",     "studies",  "report",     "reports", "results",   "records", "documents",
        "estimates", "research", "analysis",   "numbers", "tests",     "census",  "bulletin",
        "review",    "audit",    "count",      "returns", "indicators"};
    bool measure = false;
    for (size_t k = t + 1; k < in.tokens.size() && k <= t + 4 && !measure; ++k)
      measure = kMeasures.contains(lower_word(text, in.tokens[k]));
    if (!measure) return false;
    if (!a.source.spans.empty()) {
      const size_t last = first_token_at(in, a.source.spans.back().end);
      return last == 0 || !kDocuments.contains(lower_word(text, in.tokens[last - 1]));
    }
    // (no source yet, a nested statement: the words just before the cue, "results will show")
    for (size_t k = t; k > 0 && k + 3 > t; --k)
      if (kDocuments.contains(lower_word(text, in.tokens[k - 1]))) return false;
    return true;
  }
  // "135 pct bid/140 offered": a dealer's quote.
  if (word == "offered" && t > 0) {
    const Token& prev = in.tokens[t - 1];
    return prev.kind == TokenKind::number || word_is(text, prev, "/") || word_is(text, prev, "bid");
  }
  // "the bodies were found lying together": a discovery, not a finding (unless "found to", "found that",
  // "found guilty").
  if (word == "found" && t > 0) {
    static constexpr std::string_view kBe[] = {"was", "were", "is", "are", "be", "been", "being"};
    static constexpr std::string_view kFinding[] = {"to",     "that",        "guilty",
                                                    "liable", "responsible", "innocent"};
    return word_in(text, in.tokens[t - 1], kBe) && !word_in(text, in.tokens[t + 1], kFinding);
  }
  // "The move follows a half-point increase", "an analyst who follows Kodak": a sequence or a pursuit; in
  // news "follow" is no verb of saying.
  if (inflects(word, "follow")) return true;
  // "released four hostages", "released the prisoners": people set free, not a statement released.
  if (inflects(word, "release")) {
    for (size_t k = t + 1; k < in.tokens.size() && k <= t + 4; ++k)
      if (freed_people_word(lower_word(text, in.tokens[k]))) return true;
    return false;
  }
  if (inflects(word, "clash")) {
    static const SmallWordSet kForces{"police",        "troops",   "soldiers",   "security",   "forces",
                                      "army",          "rebels",   "militants",  "protesters", "protestors",
                                      "demonstrators", "fighters", "guerrillas", "insurgents", "militia",
                                      "militiamen",    "riot",     "gunmen",     "students",   "supporters"};
    if (t + 2 >= in.tokens.size() || !word_is(text, in.tokens[t + 1], "with")) return false;
    // "clashed with the police": one determiner may stand between.
    size_t k = t + 2;
    if (word_is(text, in.tokens[k], "the") && k + 1 < in.tokens.size()) ++k;
    return kForces.contains(lower_word(text, in.tokens[k]));
  }
  static constexpr std::string_view kRefusal[] = {
      "to",   "the",   "a",     "an",  "his", "her",     "its",     "their",    "our",        "this",
      "that", "these", "those", "any", "all", "further", "comment", "requests", "invitations"};
  static constexpr std::string_view kPromise[] = {"to",      "itself",     "himself",
                                                  "herself", "themselves", "ourselves"};
  static constexpr std::string_view kAppeal[] = {"to", "for"};
  const Token& next = in.tokens[t + 1];
  // "who asked not to be named", "requested anonymity": the wire's note on a source, not an appeal.
  if (inflects(word, "ask") || inflects(word, "request")) {
    if (word_is(text, next, "anonymity")) return true;
    if (t + 4 < in.tokens.size() && word_is(text, next, "not") && word_is(text, in.tokens[t + 2], "to") &&
        word_is(text, in.tokens[t + 3], "be"))
      return word_is(text, in.tokens[t + 4], "named") || word_is(text, in.tokens[t + 4], "identified");
    if (t + 2 < in.tokens.size() && word_is(text, next, "for") &&
        word_is(text, in.tokens[t + 2], "anonymity"))
      return true;
    return false;
  }
  // "series A preferred stock": a kind of share.
  static constexpr std::string_view kShares[] = {
      "stock", "stocks", "share", "shares", "dividend", "dividends", "issue", "stockholders", "shareholders"};
  if (word == "preferred" && word_in(text, next, kShares)) return true;
  // "domestic demand would contribute", "strong demand for the bonds": "demand" after a modifier (not a
  // subject, a modal or "to") is the noun of economics unless a clause or an infinitive follows ("their
  // demand that ...", "the demand to free him").
  if (word == "demand" && t > 0) {
    const Token& prev = in.tokens[t - 1];
    static constexpr std::string_view kVerbBefore[] = {
        "to",  "will", "would", "could", "can",   "may",   "might", "should", "must", "they",
        "we",  "i",    "you",   "who",   "which", "that",  "also",  "and",    "not",  "n't",
        "did", "do",   "does",  "now",   "often", "still", "then",  "jointly"};
    const std::string_view pw = text.substr(prev.begin, prev.end - prev.begin);
    // (a plural before it is the subject: "protesters demand the release")
    const bool modifier = prev.kind == TokenKind::word && !pw.empty() && pw[0] >= 'a' && pw[0] <= 'z' &&
                          !(pw.ends_with("s") && !pw.ends_with("ss")) && !word_in(text, prev, kVerbBefore);
    return modifier && !word_is(text, next, "that") && !word_is(text, next, "to");
  }
  std::span<const std::string_view> takes;
  if (inflects(word, "decline")) {
    takes = kRefusal;
  } else if (inflects(word, "commit")) {
    takes = kPromise;
  } else if (inflects(word, "appeal")) {
    takes = kAppeal;
  } else {
    return false;
  }
  if (next.kind != TokenKind::word) return next.kind == TokenKind::number;  // "declined 3 pct"
  if (!word_in(text, next, takes)) return true;
  // "declined further comment" but "rates decline further", "declined further to 1.63 marks".
  if (word_is(text, next, "further")) {
    static constexpr std::string_view kComment[] = {"comment",     "comments",   "details", "questions",
                                                    "information", "discussion", "talks"};
    return t + 2 >= in.tokens.size() || !word_in(text, in.tokens[t + 2], kComment);
  }
  // "declined to 45 dlrs": "to" before a figure is a fall too.
  return word_is(text, next, "to") && t + 2 < in.tokens.size() && in.tokens[t + 2].kind == TokenKind::number;
}

// A cue that runs past the cue-lexicon pattern it opens with ("called for | international support to
// address"): two or more words after the pattern go back to the content (they are its start).
void trim_cue(std::string_view text, Attribution& a) {
  if (a.cue.spans.size() != 1) return;
  const Span cue = a.cue.spans.front();
  const size_t end = cue_pattern_end(text.substr(cue.begin, cue.end - cue.begin));
  if (end == std::string_view::npos) return;
  const uint32_t cut = cue.begin + uint32_t(end);
  size_t words = 0;
  for (uint32_t k = cut; k < cue.end; ++k)
    if (text[k] != ' ' && (k == cut || text[k - 1] == ' ')) ++words;
  if (words < 2) return;
  uint32_t rest = cut;
  while (rest < cue.end && text[rest] == ' ') ++rest;
  a.cue.spans.front().end = cut;
  // The rest opens the content: joined to a content part that follows right after it, else a part of its own.
  for (Span& s : a.content.spans) {
    if (s.begin >= cue.end && only_space(text, cue.end, s.begin)) {
      s.begin = rest;
      return;
    }
  }
  a.content.spans.push_back(Span{rest, cue.end});
  std::sort(a.content.spans.begin(), a.content.spans.end(),
            [](const Span& x, const Span& y) { return x.begin < y.begin; });
}

// Is the token a cue_adverb()?
bool verb_adverb(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::word || text[t.begin] < 'a' || text[t.begin] > 'z') return false;
  return cue_adverb(text.substr(t.begin, t.end - t.begin));
}

// "Gingrich | cynically dismissed", "the state | incorrectly stated", "she | still says": adverbs right
// before a cue are the cue's (PolNeAR's cues hold them 885 times in train, 97 times an adverb before a cue
// is outside it); a source that ended with them gives them up.
void adverb_into_cue(const AttributionInput& in, Attribution& a) {
  if (a.cue.spans.empty()) return;
  const auto& tokens = in.tokens;
  Span& cue = a.cue.spans.front();
  size_t c = first_token_at(in, cue.begin);
  if (c >= tokens.size() || tokens[c].begin != cue.begin) return;
  // (and auxiliaries and "not" between them: "had mocked", "have sometimes been accused of", "did not
  // respond": PolNeAR's train cues begin with one 3,115 times, one is right before a cue outside it 80 times)
  auto same_line_space = [&](uint32_t from, uint32_t to) {  // (not over a line break)
    for (uint32_t k = from; k < to; ++k)
      if (in.text[k] != ' ') return false;
    return true;
  };
  static constexpr std::string_view kAux[] = {"has",   "have", "had",  "is",    "was",   "were",   "are",
                                              "been",  "be",   "will", "would", "could", "should", "may",
                                              "might", "can",  "did",  "does",  "do",    "not",    "n't"};
  size_t k = c;
  while (k > 0 && c - k < 4 &&
         (verb_adverb(in.text, tokens[k - 1]) ||
          ((tokens[k - 1].kind == TokenKind::word || tokens[k - 1].kind == TokenKind::clitic) &&
           in.text[tokens[k - 1].begin] >= 'a' && word_in(in.text, tokens[k - 1], kAux))) &&
         same_line_space(tokens[k - 1].end, tokens[k].begin))
    --k;
  if (k == c) return;
  // Not an adverb of the content before the cue ("prices rose sharply | said"), nor one the content holds.
  for (const Span& sp : a.content.spans)
    if (sp.begin < tokens[c].begin && sp.end > tokens[k].begin) return;
  const uint32_t from = tokens[k].begin;
  cue.begin = from;
  for (Span& sp : a.source.spans)
    if (sp.end > from && sp.begin < from) sp.end = tokens[k - 1].end;
  std::erase_if(a.source.spans, [&](const Span& sp) { return sp.begin >= from && sp.end <= cue.end; });
}

// "accused Moscow | of training", "expressed concern | about the involvement": a content that opens, right
// after the cue, with one of these prepositions gives it to the cue (PolNeAR's train cues end with "about"
// 533 times and it follows a cue 48 times; "for" 448 / 81, "of" 506 / 96, "on" 382 / 154, "with" 124 / 46,
// "against" 127 / 2, "over" 61 / 9, "into" 13 / 3; not "to", "in", "that", "as", "at", which mostly open
// the content).
void preposition_into_cue(const AttributionInput& in, Attribution& a) {
  if (a.cue.spans.empty() || a.content.spans.empty()) return;
  Span& cue = a.cue.spans.back();
  Span* first = nullptr;
  for (Span& sp : a.content.spans)
    if (sp.begin >= cue.end && (!first || sp.begin < first->begin)) first = &sp;
  if (!first) return;
  for (uint32_t k = cue.end; k < first->begin; ++k)
    if (in.text[k] != ' ') return;
  const size_t t = first_token_at(in, first->begin);
  if (t + 1 >= in.tokens.size() || in.tokens[t].begin != first->begin || in.tokens[t + 1].end > first->end)
    return;
  static constexpr std::string_view kPrepositions[] = {"about", "against", "for",  "of",
                                                       "on",    "over",    "with", "into"};
  if (in.text[in.tokens[t].begin] < 'a' || !word_in(in.text, in.tokens[t], kPrepositions)) return;
  // After "say" only what it is said of or about ("said for the full month" is a time).
  const std::string_view cue_text = in.text.substr(cue.begin, cue.end - cue.begin);
  const size_t space = cue_text.rfind(' ');
  const std::string_view verb = space == std::string_view::npos ? cue_text : cue_text.substr(space + 1);
  if ((verb == "said" || verb == "says" || verb == "say" || verb == "saying") &&
      !word_is(in.text, in.tokens[t], "of") && !word_is(in.text, in.tokens[t], "about"))
    return;
  // Not a time ("refused for two years to", "promised on Monday", "for the first nine weeks", "for some
  // time"), nor a figure ("will add about | five pct", "promised for 1990").
  static const SmallWordSet kTime{
      "monday",   "tuesday",  "wednesday", "thursday", "friday",  "saturday", "sunday",    "january",
      "february", "march",    "april",     "june",     "july",    "august",   "september", "october",
      "november", "december", "years",     "months",   "weeks",   "days",     "decades",   "hours",
      "now",      "today",    "yesterday", "tomorrow", "year",    "month",    "week",      "day",
      "decade",   "hour",     "occasions", "times",    "minutes", "jan",      "feb",       "aug",
      "sept",     "oct",      "nov",       "dec"};
  static const SmallWordSet kFigure{"a",    "one",     "two",   "three", "four",     "five",
                                    "six",  "seven",   "eight", "nine",  "ten",      "dozen",
                                    "half", "several", "many",  "some",  "hundreds", "thousands"};
  static const SmallWordSet kOrdinal{"first", "past",    "last", "next", "coming", "previous", "second",
                                     "third", "current", "same", "full", "entire", "whole"};
  const Token& next = in.tokens[t + 1];
  const std::string w1 = lower_word(in.text, next);
  const std::string w2 = t + 2 < in.tokens.size() ? lower_word(in.text, in.tokens[t + 2]) : std::string();
  if (next.kind == TokenKind::number || kTime.contains(w1) || (kFigure.contains(w1) && kTime.contains(w2)) ||
      (w1 == "the" && kOrdinal.contains(w2)) || (w1 == "some" && w2 == "time") ||
      (word_is(in.text, in.tokens[t], "about") && w1 != "a" && kFigure.contains(w1)))
    return;
  cue.end = in.tokens[t].end;
  first->begin = in.tokens[t + 1].begin;
}

// "..., a claim Kyiv | rejected": a source that opens with an article and a noun of saying before a name is
// the noun's relative clause ("a claim [that] Kyiv rejected"); the speaker is the name. (Trailing commas
// stay: PolNeAR's sources keep them, and trimming them cost 0.4 points of source token F1 on dev.)
void trim_source_noun_of_saying(const AttributionInput& in, Attribution& a) {
  static constexpr std::string_view kArticles[] = {"a", "an", "the", "another"};
  static constexpr std::string_view kNouns[] = {"claim",      "claims",      "allegation", "allegations",
                                                "accusation", "accusations", "assertion",  "report",
                                                "reports",    "charge",      "charges",    "suggestion"};
  const std::string_view text = in.text;
  for (Span& sp : a.source.spans) {
    const size_t t = first_token_at(in, sp.begin);
    if (t + 2 < in.tokens.size() && in.tokens[t].begin == sp.begin && in.tokens[t + 2].end <= sp.end &&
        word_in(text, in.tokens[t], kArticles) && word_in(text, in.tokens[t + 1], kNouns)) {
      const char next = text[in.tokens[t + 2].begin];
      if (next >= 'A' && next <= 'Z') sp.begin = in.tokens[t + 2].begin;
    }
  }
}

// "marking | Ukraine's first official disclosure of": a participle that opens a source before a name is the
// verb of the clause the source sits in, not part of the speaker.
void trim_source_participle(const AttributionInput& in, Attribution& a) {
  const std::string_view text = in.text;
  for (Span& sp : a.source.spans) {
    const size_t t = first_token_at(in, sp.begin);
    if (t + 1 >= in.tokens.size() || in.tokens[t].begin != sp.begin || in.tokens[t + 1].begin >= sp.end)
      continue;
    const Token& w = in.tokens[t];
    const std::string_view word = text.substr(w.begin, w.end - w.begin);
    const char next = text[in.tokens[t + 1].begin];
    if (w.kind != TokenKind::word || word.size() < 5 || !word.ends_with("ing") || word[0] < 'a' ||
        word[0] > 'z' || next < 'A' || next > 'Z')
      continue;
    // After a comma: a participle clause (", marking", ", noting", ", saying"); not one of the "-ing" words
    // news uses as adjectives of a name ("ruling Radical Party", "visiting U.S. Under-Secretary").
    static constexpr std::string_view kAdjectives[] = {
        "ruling",   "acting",   "leading",     "visiting",     "outgoing",      "incoming",  "governing",
        "ailing",   "reigning", "sitting",     "presiding",    "managing",      "ranking",   "founding",
        "striking", "rising",   "falling",     "growing",      "declining",     "remaining", "opposing",
        "warring",  "existing", "neighboring", "neighbouring", "deteriorating", "flagging",  "booming"};
    if (t == 0 || text.substr(in.tokens[t - 1].begin, in.tokens[t - 1].end - in.tokens[t - 1].begin) != "," ||
        std::find(std::begin(kAdjectives), std::end(kAdjectives), word) != std::end(kAdjectives))
      continue;
    sp.begin = in.tokens[t + 1].begin;
  }
}

// "President Obama, dedicating the new museum, said", "said Caddell, speaking of her health": a participle
// clause after the speaker's name, set off by a comma, says what the speaker was doing, not who spoke; the
// source ends before the comma. Not the prepositions in "-ing" ("mining companies, including Patriot").
void trim_source_trailing_participle(const AttributionInput& in, Attribution& a) {
  static constexpr std::string_view kPrepositions[] = {"including",  "during",    "regarding",
                                                       "concerning", "following", "excluding",
                                                       "according",  "pending",   "notwithstanding"};
  const std::string_view text = in.text;
  for (Span& sp : a.source.spans) {
    for (size_t t = first_token_at(in, sp.begin) + 1; t + 1 < in.tokens.size(); ++t) {
      const Token& comma = in.tokens[t];
      const Token& w = in.tokens[t + 1];
      if (w.end > sp.end) break;
      if (comma.end - comma.begin != 1 || text[comma.begin] != ',') continue;
      const std::string_view word = text.substr(w.begin, w.end - w.begin);
      if (w.kind != TokenKind::word || word.size() < 5 || !word.ends_with("ing") || word[0] < 'a' ||
          word[0] > 'z' ||
          std::find(std::begin(kPrepositions), std::end(kPrepositions), word) != std::end(kPrepositions))
        continue;
      sp.end = in.tokens[t - 1].end;
      break;
    }
  }
}

// A cue phrase the taggers found in two parts: a verb, then a noun phrase whose head and a participle make a
// second cue ("has put forth | a controversial | claim stating that ...", "issued | a statement | saying
// ..."). PolNeAR's cue is the whole phrase: the first statement's cue runs to the second's end and takes its
// content; the second goes. Only when the words between are a plain noun phrase (an article or possessive
// first, no punctuation) and the second cue's source, if any, is among them.
void merge_cue_phrase(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  static constexpr std::string_view kOpeners[] = {"a",   "an",    "the", "his",    "her",
                                                  "its", "their", "our", "another"};
  const std::string_view text = in.text;
  for (size_t k = first; k + 1 < out.size();) {
    Attribution& a = out[k];
    const Attribution& b = out[k + 1];
    bool merge = a.cue.spans.size() == 1 && b.cue.spans.size() == 1;
    const uint32_t lo = merge ? a.cue.spans.front().end : 0, hi = merge ? b.cue.spans.front().begin : 0;
    merge = merge && hi > lo;
    if (merge) {
      size_t words = 0;
      for (size_t t = first_token_at(in, lo); t < in.tokens.size() && in.tokens[t].begin < hi; ++t) {
        const Token& tok = in.tokens[t];
        if (tok.kind != TokenKind::word || (words == 0 && !word_in(text, tok, kOpeners))) merge = false;
        ++words;
      }
      merge = merge && words >= 1 && words <= 5;
    }
    if (merge) {
      const Span bc = b.cue.spans.front();
      const std::string_view phrase = text.substr(bc.begin, bc.end - bc.begin);
      const size_t space = phrase.find_last_of(' ');
      const std::string_view word = space == std::string_view::npos ? phrase : phrase.substr(space + 1);
      const Extent ac = extent(a.content), as = extent(a.source), gap{lo, hi};
      // A participle of saying ("tweets criticizing Alicia Machado" is a verb with its object, the tweets'
      // content): a saying verb, or a clause or quotation after it.
      static constexpr std::string_view kSaying[] = {"saying",   "stating", "declaring", "asserting",
                                                     "claiming", "arguing", "announcing"};
      const Extent bc_content = extent(b.content);
      const std::string_view opens =
          bc_content.empty() ? std::string_view() : text.substr(bc_content.lo, bc_content.hi - bc_content.lo);
      const bool saying = std::find(std::begin(kSaying), std::end(kSaying), word) != std::end(kSaying) ||
                          opens.starts_with("that ") ||
                          (!opens.empty() && quote_char_at(text, bc_content.lo));
      merge = word.size() >= 5 && word.ends_with("ing") && saying &&
              (ac.empty() || (ac.lo >= lo && ac.lo <= hi)) &&
              std::all_of(b.source.spans.begin(), b.source.spans.end(),
                          [&](const Span& sp) { return gap.contains(sp) || as.contains(sp); });
    }
    if (!merge) {
      ++k;
      continue;
    }
    a.cue.spans.front().end = b.cue.spans.front().end;
    a.content = b.content;
    out.erase(out.begin() + std::ptrdiff_t(k + 1));
  }
}

// Does a sentence of `in` end in [a, b] (between two adjacent tokens)?
bool sentence_boundary_between(const AttributionInput& in, uint32_t a, uint32_t b) {
  for (const Sentence& s : in.sentences)
    if (s.end >= a && s.end <= b) return true;
  return false;
}

// "Kyiv said | many Chinese nationals fight for Russia": with no content, a source part before the cue and
// another right after it, the tagger read the clause after the cue as a second (post-posed) speaker. A part
// of four or more tokens there that runs to the end of its sentence is the content.
void clause_after_cue_is_content(const AttributionInput& in, Attribution& a) {
  if (!a.content.spans.empty() || a.source.spans.size() < 2 || a.cue.spans.empty()) return;
  const Extent cue = extent(a.cue);
  // The speaker before the cue: a short phrase right before it ('"...," said | X' is the other order: a
  // clause, then a comma before the cue).
  const bool before = std::any_of(a.source.spans.begin(), a.source.spans.end(), [&](const Span& s) {
    if (s.end > cue.lo || !only_space(in.text, s.end, cue.lo)) return false;
    size_t n = 0;
    for (size_t u = first_token_at(in, s.begin); u < in.tokens.size() && in.tokens[u].end <= s.end; ++u, ++n)
      if (in.text.substr(in.tokens[u].begin, in.tokens[u].end - in.tokens[u].begin) == ",") return false;
    return n <= 8;
  });
  if (!before) return;
  for (size_t k = 0; k < a.source.spans.size(); ++k) {
    const Span sp = a.source.spans[k];
    if (sp.begin < cue.hi || !only_space(in.text, cue.hi, sp.begin)) continue;
    const size_t t = first_token_at(in, sp.begin);
    size_t n = 0;
    for (size_t u = t; u < in.tokens.size() && in.tokens[u].end <= sp.end; ++u) ++n;
    if (n < 4) return;
    // It runs to the end of its sentence (a speaker after the cue is followed by more: "said Jim Stevens, who
    // ...").
    size_t u = t + n;
    while (u < in.tokens.size() && in.tokens[u].kind == TokenKind::punct &&
           !sentence_boundary_between(in, in.tokens[u - 1].end, in.tokens[u].begin))
      ++u;
    if (u < in.tokens.size() && !sentence_boundary_between(in, in.tokens[u - 1].end, in.tokens[u].begin))
      return;
    a.content.spans.push_back(sp);
    a.source.spans.erase(a.source.spans.begin() + std::ptrdiff_t(k));
    return;
  }
}

// "Kyiv said | at least 155 Chinese | nationals fight ...": the tagger left the figure that opens the clause
// out of the content (after a cue its training text mostly has times and dates). When every token between
// the cue and the content is a number, a word of quantity, or part of a mention the content cuts into, and
// one is a number or a word of amount ("many", "at least", "hundreds"), they are the content's.
void figure_before_content(const AttributionInput& in, Attribution& a) {
  static constexpr std::string_view kQuantity[] = {
      "at",        "least",         "most",     "more", "than",  "about",   "some",     "nearly", "around",
      "almost",    "over",          "up",       "to",   "many",  "several", "few",      "fewer",  "hundreds",
      "thousands", "dozens",        "millions", "tens", "of",    "a",       "an",       "only",   "just",
      "roughly",   "approximately", "as",       "much", "dozen", "hundred", "thousand", "million"};
  // At least one of these, or a number: "at | a news conference" is no figure.
  static constexpr std::string_view kFigure[] = {
      "least",     "many",    "several",  "few",    "fewer",   "hundreds",
      "thousands", "dozens",  "millions", "tens",   "dozen",   "hundred",
      "thousand",  "million", "nearly",   "almost", "roughly", "approximately"};
  if (a.content.spans.empty() || a.cue.spans.empty()) return;
  // "has sent about | 11,000 soldiers": a word of quantity that ends the cue right before a number is the
  // figure's.
  {
    Span& last_cue = a.cue.spans.back();
    Span& content_first = a.content.spans.front();
    const size_t q = first_token_at(in, last_cue.end);
    if (q > 0 && q < in.tokens.size() && in.tokens[q].begin == content_first.begin &&
        in.tokens[q].kind == TokenKind::number) {
      const Token& w = in.tokens[q - 1];
      static constexpr std::string_view kApprox[] = {"about", "around", "nearly",  "some",
                                                     "over",  "almost", "roughly", "approximately"};
      if (w.end == last_cue.end && w.begin > last_cue.begin && word_in(in.text, w, kApprox)) {
        content_first.begin = w.begin;
        last_cue.end = in.tokens[q - 2].end;
      }
    }
  }
  const Extent cue = extent(a.cue);
  Span& first = a.content.spans.front();
  if (first.begin <= cue.hi) return;
  const size_t c = first_token_at(in, first.begin);
  const size_t k0 = first_token_at(in, cue.hi);
  if (c >= in.tokens.size() || k0 >= c || c - k0 > 5) return;
  bool figure = false;
  for (size_t k = k0; k < c; ++k) {
    const Token& t = in.tokens[k];
    const bool number = t.kind == TokenKind::number;
    const bool quantity = word_in(in.text, t, kQuantity);
    bool cut_mention = false;
    for (const Mention& m : in.mentions)
      if (m.begin <= t.begin && m.begin < first.begin && m.end > first.begin) cut_mention = true;
    if (!number && !quantity && !cut_mention) return;
    figure |= number || word_in(in.text, t, kFigure);
  }
  if (!figure) return;
  first.begin = in.tokens[k0].begin;
}

// "Earlier | claims by Zelensky highlighted ...": a content part of one or two words right before a cue that
// is a noun of saying, with more content after the cue, is the noun's modifier ("earlier", "recent",
// "unconfirmed"), not what is stated: it is dropped.
void modifier_before_noun_cue(const AttributionInput& in, Attribution& a) {
  static constexpr std::string_view kNouns[] = {
      "claim",      "claims",      "assertion", "assertions", "allegation", "allegations",
      "accusation", "accusations", "report",    "reports",    "statement",  "statements",
      "warning",    "warnings",    "denial",    "denials",    "remarks",    "comments"};
  if (a.cue.spans.empty() || a.content.spans.size() < 2) return;
  const std::string_view text = in.text;
  const Span cue = a.cue.spans.front();
  const size_t c = first_token_at(in, cue.begin);
  if (c >= in.tokens.size() || in.tokens[c].begin != cue.begin || !word_in(text, in.tokens[c], kNouns))
    return;
  if (extent(a.content).hi <= cue.end) return;  // no content after the cue
  for (size_t k = 0; k < a.content.spans.size(); ++k) {
    const Span sp = a.content.spans[k];
    if (sp.end > cue.begin || !only_space(text, sp.end, cue.begin)) continue;
    const size_t t = first_token_at(in, sp.begin);
    size_t words = 0;
    bool plain = true;
    for (size_t u = t; u < in.tokens.size() && in.tokens[u].end <= sp.end; ++u, ++words)
      plain &= in.tokens[u].kind == TokenKind::word;
    if (plain && words >= 1 && words <= 2) a.content.spans.erase(a.content.spans.begin() + std::ptrdiff_t(k));
    return;
  }
}

// "Fears of | a rise in the discount rate | were fanned by ...", "Fear of | social instability | has forced
// China to ...": the content of a noun cue with its preposition is the noun's complement, a noun phrase; an
// auxiliary after it is the sentence's own verb, not the statement's. Not within a clause of the phrase's own
// ("how well the initiative has worked", "while she was"), nor after a subject of its own ("a new tyre
// system | the company is developing", "the way | Tokyo had handled": a relative clause).
void noun_cue_complement(const AttributionInput& in, Attribution& a) {
  if (a.cue.spans.empty() || a.content.spans.empty()) return;
  const auto& tokens = in.tokens;
  const Span cue = a.cue.spans.back();
  const size_t end = first_token_at(in, cue.end);  // the token after the cue
  if (end < 2 || end > tokens.size()) return;
  static constexpr std::string_view kOf[] = {"of", "about", "over", "on"};
  static const SmallWordSet kNouns{
      "allegation",  "allegations",  "claim",       "claims",     "report",     "reports",     "fear",
      "fears",       "concern",      "concerns",    "hope",       "hopes",      "speculation", "warning",
      "warnings",    "accusation",   "accusations", "charges",    "rumours",    "rumors",      "talk",
      "expectation", "expectations", "criticism",   "denial",     "denials",    "suggestion",  "suggestions",
      "worries",     "doubts",       "assertion",   "assertions", "complaints", "threats",     "calls"};
  if (tokens[end - 1].end != cue.end || !word_in(in.text, tokens[end - 1], kOf) ||
      !kNouns.contains(lower_word(in.text, tokens[end - 2])))
    return;
  static constexpr std::string_view kAuxiliary[] = {"has", "have", "had",   "is",     "are",
                                                    "was", "were", "will",  "would",  "could",
                                                    "can", "may",  "might", "should", "must"};
  static constexpr std::string_view kClause[] = {
      "while", "when",  "because",  "after",  "before", "if",      "who",  "which", "that",
      "as",    "since", "although", "though", "where",  "whether", "what", "how",   "why",
      "he",    "she",   "it",       "they",   "we",     "i",       "you"};
  static constexpr std::string_view kPrepositions[] = {"of", "in",   "on",    "for",    "from", "with",
                                                       "at", "by",   "about", "over",   "into", "within",
                                                       "to", "than", "under", "against"};
  static constexpr std::string_view kDeterminers[] = {"the", "a",     "an",   "its",   "his",
                                                      "her", "their", "this", "these", "those"};
  auto lower_start = [&](const Token& x) {
    return x.kind == TokenKind::word && in.text[x.begin] >= 'a' && in.text[x.begin] <= 'z';
  };
  Span& sp = a.content.spans.front();
  if (sp.begin < cue.end) return;
  const size_t c0 = first_token_at(in, sp.begin);
  for (size_t t = c0; t < tokens.size() && tokens[t].end <= sp.end; ++t) {
    if (word_in(in.text, tokens[t], kClause)) return;
    if (t == c0 || !lower_start(tokens[t]) || !word_in(in.text, tokens[t], kAuxiliary)) continue;
    // The auxiliary's subject: back from it to a preposition ("a rise in the discount rate | were") or the
    // content's start ("social instability and inflation | has"), the phrase; a determiner or a name right
    // after another word is a subject of its own (a relative clause): no cut.
    for (size_t q = t; q > c0; --q) {
      const Token& x = tokens[q - 1];
      if (word_in(in.text, x, kPrepositions)) break;
      const bool det = word_in(in.text, x, kDeterminers);
      const bool name = x.kind == TokenKind::word && in.text[x.begin] >= 'A' && in.text[x.begin] <= 'Z';
      if ((det || name) && q - 1 > c0) {
        const Token& y = tokens[q - 2];
        if (lower_start(y) && !word_in(in.text, y, kPrepositions) && !word_in(in.text, y, kDeterminers) &&
            !word_is(in.text, y, "and") && !word_is(in.text, y, "or"))
          return;
        if (det) break;
      }
    }
    size_t e = t;
    while (e > c0 + 1 && tokens[e - 1].kind == TokenKind::punct) --e;
    sp.end = tokens[e - 1].end;
    a.content.spans.resize(1);
    return;
  }
}

// "Zelensky has put forth | a controversial | claim stating that ...", when the tagger found only the noun
// cue: a source of lower-case words that opens with an article, right before a cue that opens with a noun of
// saying and is followed by a clause or a quotation, is no speaker but the noun's own phrase. The cue takes
// it, and the words back to the nearest mention before it (at most four lower-case words, no verb of saying:
// "has put forth"); that mention is the source. No mention before: no source. Other words between: left
// alone.
void noun_cue_after_determiner(const AttributionInput& in, Attribution& a) {
  // Articles only: a possessive is the speaker ("his | claim that ...").
  static constexpr std::string_view kOpeners[] = {"a", "an", "the", "another"};
  // Nouns that name a statement in news and little else ("demand", "charge", "claims", "appeal" and
  // "statement" are as often economic, financial or legal words).
  static constexpr std::string_view kNouns[] = {"claim",       "assertion",   "allegation", "allegations",
                                                "accusation",  "accusations", "warning",    "denial",
                                                "declaration", "pledge",      "vow"};
  if (a.source.spans.empty() || a.cue.spans.size() != 1) return;
  const std::string_view text = in.text;
  const Span cue = a.cue.spans.front();
  // The source's part right before the cue (the source may have another part: "Zelensky").
  auto part = std::find_if(a.source.spans.begin(), a.source.spans.end(), [&](const Span& sp) {
    return sp.end <= cue.begin && only_space(text, sp.end, cue.begin);
  });
  if (part == a.source.spans.end()) return;
  const Span src = *part;
  const size_t c = first_token_at(in, cue.begin);
  if (c >= in.tokens.size() || in.tokens[c].begin != cue.begin || !word_in(text, in.tokens[c], kNouns))
    return;
  const size_t s = first_token_at(in, src.begin);
  if (s >= in.tokens.size() || in.tokens[s].begin != src.begin || !word_in(text, in.tokens[s], kOpeners))
    return;
  if (c - s > 3) return;  // the article and at most two adjectives
  for (size_t t = s; t < c; ++t) {
    const Token& tok = in.tokens[t];
    if (tok.kind != TokenKind::word || text[tok.begin] < 'a' || text[tok.begin] > 'z') return;
  }
  // What the noun states follows: a clause or a quotation.
  const Extent content = extent(a.content);
  if (content.empty() || content.lo < cue.end ||
      !(text.substr(content.lo).starts_with("that ") || quote_char_at(text, content.lo)))
    return;
  // The verb back to the nearest mention before the determiner, in the same sentence.
  uint32_t cue_begin = src.begin;
  Span speaker{};
  const Mention* before = nullptr;
  for (const Mention& m : in.mentions)
    if (m.end <= src.begin) before = &m;
  if (before) {
    size_t t = s, words = 0;
    while (t > 0 && in.tokens[t - 1].begin >= before->end) {
      const Token& tok = in.tokens[t - 1];
      // Not over a verb of saying: "said | the ... claim" is a statement of its own.
      if (tok.kind != TokenKind::word || text[tok.begin] < 'a' || text[tok.begin] > 'z' ||
          reporting_verb(lower_word(text, tok)) || ++words > 4)
        break;
      --t;
    }
    if (words > 4 || (t > 0 && in.tokens[t - 1].end > before->end) ||
        !only_space(text, before->end, in.tokens[t].begin))
      return;  // not "<mention> <verb> a ... claim": left as the tagger found it
    cue_begin = in.tokens[t].begin, speaker = Span{before->begin, before->end};
  }
  a.cue.spans.front().begin = cue_begin;
  a.source.spans.erase(part);
  if (speaker.end > speaker.begin) a.source.spans.assign(1, speaker);
}

// "While addressing | journalists, Zelensky mentioned ...", ", filing | a civil lawsuit": a one-word "-ing"
// cue that still has no source and whose content is a short noun phrase (at most three tokens, no quotation)
// is a verb with its object, not a statement: it goes. Statements nested in it lose their nesting.
void drop_bare_participles(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  const std::string_view text = in.text;
  std::vector<int32_t> index(out.size() - first, -1);  // old position → new, -1: dropped
  int32_t kept = 0;
  for (size_t k = first; k < out.size(); ++k) {
    const Attribution& a = out[k];
    bool bare = a.source.empty() && a.cue.spans.size() == 1 && !a.content.empty();
    if (bare) {
      const Span cue = a.cue.spans.front();
      const std::string_view word = text.substr(cue.begin, cue.end - cue.begin);
      bare =
          word.size() >= 5 && word.ends_with("ing") && word.find_first_of(" \t\n") == std::string_view::npos;
    }
    if (bare) {
      size_t tokens = 0;
      for (const Span& sp : a.content.spans) {
        for (size_t t = first_token_at(in, sp.begin); t < in.tokens.size() && in.tokens[t].end <= sp.end;
             ++t) {
          ++tokens;
          if (quote_char_at(text, in.tokens[t].begin)) tokens += 3;
        }
      }
      bare = tokens <= 3;
    }
    if (!bare) index[k - first] = kept++;
  }
  size_t w = first;
  for (size_t k = first; k < out.size(); ++k) {
    if (index[k - first] < 0) continue;
    Attribution& a = out[k];
    if (a.nested_in >= 0) a.nested_in = index[size_t(a.nested_in)];
    if (w != k) out[w] = std::move(a);
    ++w;
  }
  out.resize(w);
}

}  // namespace

// "Beijing has denied the allegations, labeling such claims as unfounded": a participle of naming after a
// comma that ends in a word calling its object untrue is a statement of the same speaker (the cue tagger
// scores few tokens that far from a word that opens cues). Source: the statement before it in the sentence;
// cue: the participle; content: the words after it, to the untrue word (at most eight). Not inside another
// content, not where a statement's cue already is.
void dismissive_participle(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  static constexpr std::string_view kNaming[] = {"labeling", "labelling", "calling",   "describing",
                                                 "branding", "terming",   "dismissing"};
  static constexpr std::string_view kUntrue[] = {
      "groundless", "baseless", "unfounded",       "false",      "untrue",     "fabricated", "fabrication",
      "lie",        "lies",     "absurd",          "nonsense",   "ridiculous", "slander",    "smear",
      "fake",       "fiction",  "unsubstantiated", "inaccurate", "misleading", "hoax"};
  const std::string_view text = in.text;
  const size_t end = out.size();
  for (size_t k = first; k < end; ++k) {
    if (out[k].source.empty() || out[k].content.empty()) continue;
    const uint32_t after = extent(out[k].content).hi;
    const size_t t = first_token_at(in, after);
    // ", labeling": a comma right after the content, then the participle.
    if (t + 2 >= in.tokens.size() || text.substr(in.tokens[t].begin, 1) != "," ||
        !word_in(text, in.tokens[t + 1], kNaming))
      continue;
    const size_t v = t + 1;
    size_t last = SIZE_MAX;
    for (size_t u = v + 1; u < in.tokens.size() && u <= v + 8; ++u) {
      const Token& tok = in.tokens[u];
      if (tok.kind == TokenKind::punct && !quote_char_at(text, tok.begin)) break;
      if (word_in(text, tok, kUntrue)) last = u;
    }
    if (last == SIZE_MAX) continue;
    const Span cue{in.tokens[v].begin, in.tokens[v].end};
    bool taken = false;
    for (size_t o = first; o < out.size(); ++o)
      taken |= extent(out[o].cue).lo <= cue.begin && cue.end <= extent(out[o].cue).hi;
    if (taken) continue;
    Attribution a;
    a.source = out[k].source;
    a.cue.spans.push_back(cue);
    uint32_t content_end = in.tokens[last].end;
    if (last + 1 < in.tokens.size() && quote_char_at(text, in.tokens[last + 1].begin))
      content_end = in.tokens[last + 1].end;  // the closing quotation mark
    a.content.spans.push_back(Span{in.tokens[v + 1].begin, content_end});
    out.push_back(std::move(a));
  }
}

// "Beijing called the allegations groundless", "labeled the claims as unfounded": a verb of naming whose
// content ends with a word that calls it untrue is a denial.
bool dismissive_naming(const AttributionInput& in, const Attribution& a) {
  static constexpr std::string_view kNaming[] = {"call", "label", "describe", "brand", "term", "dismiss"};
  static constexpr std::string_view kUntrue[] = {
      "groundless", "baseless", "unfounded",       "false",      "untrue",     "fabricated", "fabrication",
      "lie",        "lies",     "absurd",          "nonsense",   "ridiculous", "slander",    "smear",
      "fake",       "fiction",  "unsubstantiated", "inaccurate", "misleading", "hoax"};
  if (a.cue.spans.empty() || a.content.empty()) return false;
  bool naming = false;
  for_each_word(
      in.text.substr(a.cue.spans.front().begin, a.cue.spans.front().end - a.cue.spans.front().begin),
      [&](std::string_view w) {
        for (std::string_view base : kNaming) naming |= inflects(w, base);
        return false;  // the cue's first word only
      });
  if (!naming) return false;
  // The content's last word ("as a false start" is no denial; for_each_word's views last one call: compare
  // them there).
  const Span last = a.content.spans.back();
  bool untrue = false;
  for_each_word(in.text.substr(last.begin, last.end - last.begin), [&](std::string_view w) {
    untrue = std::find(std::begin(kUntrue), std::end(kUntrue), w) != std::end(kUntrue);
    return true;
  });
  return untrue;
}

// The index of the last sentence beginning at or before byte `at` (sentences.size() if none).
size_t sentence_at(std::span<const Sentence> sentences, uint32_t at) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), at,
                             [](uint32_t b, const Sentence& s) { return b < s.begin; });
  return it == sentences.begin() ? sentences.size() : size_t(it - sentences.begin()) - 1;
}

// "Hester said ... | Michael Mulgrew, president of the union, said he hopes the day sends a message that
// “communities are standing up.”": the role tagger may give a statement a quotation in a neighbouring
// sentence. When that sentence holds the cue of another statement, outside the first one's content, the
// quotation is the other statement's: the span leaves the first one's content (unless it is all of it).
void quote_of_another_cue(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  const auto& sentences = in.sentences;
  auto sentence_of = [&](uint32_t at) { return sentence_at(sentences, at); };
  for (size_t k = first; k < out.size(); ++k) {
    Attribution& a = out[k];
    if (a.cue.empty() || a.content.spans.size() < 2) continue;
    const size_t home = sentence_of(extent(a.cue).lo);
    auto covered = [&](const Span& c) {
      return std::any_of(a.content.spans.begin(), a.content.spans.end(),
                         [&](const Span& sp) { return sp.begin <= c.begin && c.end <= sp.end; });
    };
    for (size_t i = a.content.spans.size(); i-- > 0 && a.content.spans.size() > 1;) {
      const size_t s = sentence_of(a.content.spans[i].begin);
      if (s == home || s >= sentences.size()) continue;
      const Sentence& sent = sentences[s];
      bool other = false;
      for (size_t o = first; o < out.size() && !other; ++o) {
        if (o == k) continue;
        for (const Span& c : out[o].cue.spans)
          other |= c.begin >= sent.begin && c.end <= sent.end && !covered(c);
      }
      if (other) a.content.spans.erase(a.content.spans.begin() + std::ptrdiff_t(i));
    }
  }
}

// "The governor added:" + a paragraph of its own, "Limbaugh added: And from ...": a statement without a
// content whose cue a colon follows says what comes after the colon — the rest of the paragraph, or, when
// the colon ends it, the next paragraph. Only with a source ("is recorded in detail: | “Here comes Big
// Daddy,” she said" introduces another statement).
void content_after_colon(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  const std::string_view text = in.text;
  auto blank = [&](size_t at) {
    return text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t';
  };
  for (size_t k = first; k < out.size(); ++k) {
    Attribution& a = out[k];
    if (!a.content.empty() || a.cue.empty() || a.source.empty()) continue;
    size_t at = extent(a.cue).hi;
    while (at < text.size() && text[at] == ' ') ++at;
    if (at > 0 && text[at - 1] == ':') {
      // (the cue took the colon)
    } else if (at < text.size() && text[at] == ':') {
      ++at;
    } else {
      continue;
    }
    auto par = std::find_if(in.paragraphs.begin(), in.paragraphs.end(),
                            [&](const Paragraph& p) { return p.begin < at && at <= p.end; });
    if (par == in.paragraphs.end()) continue;
    size_t b = at, e = par->end;
    while (b < e && blank(b)) ++b;
    if (b == e) {  // the colon ends the paragraph: the next one
      if (++par == in.paragraphs.end() || (par->duplicate_of >= 0 && !in.keep_duplicates)) continue;
      b = par->begin, e = par->end;
      while (b < e && blank(b)) ++b;
    }
    while (e > b && blank(e - 1)) --e;
    if (b >= e) continue;
    a.content.spans.push_back(Span{uint32_t(b), uint32_t(e)});
  }
}

// "A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter impersonation", "A
// Government Accountability Office report released last year found that ...": a verb of finding or showing
// after a subject headed by a study, report, survey, poll, panel ... is a statement of that document (the
// tagger, trained on speakers, misses most). The source runs from the clause's start to the verb, the
// content from the verb to the sentence's end. Not in the passive ("was found"), not where a cue is already.
void document_findings(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  static constexpr std::string_view kDocuments[] = {
      "study",    "studies", "report",        "reports", "survey",   "surveys", "poll",   "polls", "panel",
      "analysis", "audit",   "investigation", "review",  "research", "data",    "census", "tally", "inquiry"};
  static constexpr std::string_view kBoundary[] = {
      ",", ";", ":", "and", "but", "that", "because", "while", "though", "although", "however", "(", "\""};
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const size_t existing = out.size();
  std::vector<size_t> drop;  // statements whose cue is a finding's subject
  auto in_cue = [&](const Token& t) {
    for (size_t k = first; k < existing; ++k)
      for (const Span& c : out[k].cue.spans)
        if (c.begin < t.end && t.begin < c.end) return true;
    return false;
  };
  // The candidates: the verbs of finding the tagger listed (AttributionInput::finding_verbs), else one pass
  // over the tokens here. The sentence is looked up for those only.
  std::vector<uint32_t> found;
  std::span<const uint32_t> verbs = in.finding_verbs;
  if (!in.findings_listed) {
    for (size_t v = 0; v < tokens.size(); ++v) {
      const Token& t = tokens[v];
      // (every verb has 5 to 9 bytes: most tokens are out by their length alone)
      if (t.kind == TokenKind::word && t.end - t.begin >= 5 && t.end - t.begin <= 9 && text[t.begin] >= 'a' &&
          text[t.begin] <= 'z' && attribution_detail::finding_verb(text.substr(t.begin, t.end - t.begin)))
        found.push_back(uint32_t(v));
    }
    verbs = found;
  }
  size_t si = 0;  // the sentence of token v (sentences and tokens are in text order)
  for (const uint32_t v : verbs) {
    if (v == 0 || v + 1 >= tokens.size()) continue;
    const Token& verb = tokens[v];
    while (si < in.sentences.size() && in.sentences[si].end <= verb.begin) ++si;
    if (si == in.sentences.size() || in.sentences[si].begin > verb.begin) continue;
    const Sentence& st = in.sentences[si];
    if (st.paragraph < in.paragraphs.size() && in.paragraphs[st.paragraph].duplicate_of >= 0 &&
        !in.keep_duplicates)
      continue;
    const size_t s0 = first_token_at(in, st.begin);
    size_t s1 = v + 1;
    while (s1 < tokens.size() && tokens[s1].end <= st.end) ++s1;
    if (v <= s0 || v + 1 >= s1) continue;
    // (not an adjective: "from an estimated two pct")
    static constexpr std::string_view kBefore[] = {"a",  "an",  "the", "from",  "of",  "by",  "to",  "at",
                                                   "in", "for", "its", "their", "his", "her", "with"};
    if (word_in(text, tokens[v - 1], kBeForms) || word_in(text, tokens[v - 1], kBefore) || in_cue(verb))
      continue;
    // The subject: back to the clause's start; a document noun in it.
    size_t b = v;
    bool document = false;
    // (a reporting verb other than a document noun ends the clause too: "The commissioner says | an
    // internal review shows")
    while (b > s0 && !word_in(text, tokens[b - 1], kBoundary)) {
      const bool noun = word_in(text, tokens[b - 1], kDocuments);
      if (!noun && reporting_verb(text.substr(tokens[b - 1].begin, tokens[b - 1].end - tokens[b - 1].begin)))
        break;
      --b;
      document |= noun;
    }
    if (!document || b == v) continue;
    if (tokens[b].kind != TokenKind::word) continue;
    size_t e = s1;
    while (e > v + 1 && tokens[e - 1].kind == TokenKind::punct && text[tokens[e - 1].begin] == '.') --e;
    if (e <= v + 1) continue;
    Attribution a;
    a.source.spans.push_back(Span{tokens[b].begin, tokens[v - 1].end});
    a.cue.spans.push_back(Span{verb.begin, verb.end});
    a.content.spans.push_back(Span{tokens[v + 1].begin, tokens[e - 1].end});
    // The document noun as a cue of its own ("A ... | report | released last year found"): it is the
    // subject; that statement goes.
    const Span src = a.source.spans.front();
    for (size_t k = first; k < existing; ++k)
      for (const Span& c : out[k].cue.spans)
        if (c.begin >= src.begin && c.end <= src.end) drop.push_back(k);
    out.push_back(std::move(a));
  }
  std::sort(drop.begin(), drop.end());
  drop.erase(std::unique(drop.begin(), drop.end()), drop.end());
  for (size_t i = drop.size(); i-- > 0;) out.erase(out.begin() + std::ptrdiff_t(drop[i]));
}

// "The minister says | a new study | found that ...": the source of a statement inside another one's content
// that holds the outer statement's cue (the role tagger ran it back over that cue) keeps only what follows
// it.
void source_after_another_cue(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  for (size_t k = first; k < out.size(); ++k) {
    if (out[k].source.empty()) continue;
    const Extent cue = extent(out[k].cue), src = extent(out[k].source);
    for (Span& sp : out[k].source.spans) {
      uint32_t cut = 0;
      for (size_t o = first; o < out.size(); ++o) {
        if (o == k) continue;
        // (a cue in the source first: few have one; then only the cue of a statement this one is inside:
        // "Rep. X, who has criticized the plan, said" keeps its relative clause)
        uint32_t end = 0;
        for (const Span& c : out[o].cue.spans)
          if (c.begin >= sp.begin && c.end < sp.end && c.begin >= src.lo) end = std::max(end, c.end);
        if (end == 0) continue;
        const Extent outer = extent(out[o].content);
        if (outer.empty() || cue.lo < outer.lo || cue.lo >= outer.hi) continue;
        cut = std::max(cut, end);
      }
      if (cut == 0) continue;
      const size_t t = first_token_at(in, cut);
      if (t < in.tokens.size() && in.tokens[t].end <= sp.end && in.tokens[t].kind == TokenKind::word)
        sp.begin = in.tokens[t].begin;
    }
  }
}

// "“You can't talk about change if you don't know what we're changing,” DuVernay said. “What we need to
// change is our collective thinking.”": a quotation that opens the next sentence of the paragraph, with no
// cue of its own, goes on with the last statement of the sentence before; it joins that statement's content
// (up to its closing quotation mark). Straight, curly and doubled single ('') quotation marks.
void continuation_quote(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  const std::string_view text = in.text;
  const auto& sentences = in.sentences;
  auto sentence_of = [&](uint32_t at) { return sentence_at(sentences, at); };
  // The opening mark at `at` and its closing one, or empty.
  auto opener = [&](size_t at) -> std::pair<std::string_view, std::string_view> {
    if (text.substr(at, 3) == "\xE2\x80\x9C") return {text.substr(at, 3), "\xE2\x80\x9D"};
    if (text.substr(at, 2) == "''") return {text.substr(at, 2), "''"};
    if (at < text.size() && text[at] == '"') return {text.substr(at, 1), "\""};
    return {};
  };
  const size_t n = out.size();
  for (size_t k = first; k < n; ++k) {
    Attribution& a = out[k];
    if (a.cue.empty() || a.content.empty()) continue;
    const Extent cue = extent(a.cue);
    const size_t s = sentence_of(cue.lo);
    if (s + 1 >= sentences.size() || sentences[s + 1].paragraph != sentences[s].paragraph) continue;
    const Sentence& next = sentences[s + 1];
    // (the opening mark first: most next sentences have none, and the rest need no look at the others)
    size_t b = next.begin;
    while (b < next.end && (text[b] == ' ' || text[b] == '\n')) ++b;
    const auto [open, close] = opener(b);
    if (open.empty()) continue;
    // The last statement of its sentence, and nothing of it in the next one yet.
    bool last = true;
    for (size_t o = first; o < n && last; ++o) {
      const Extent oc = extent(out[o].cue);
      last = o == k || oc.empty() || oc.lo <= cue.lo || oc.lo >= sentences[s].end;
    }
    if (!last || extent(a.content).hi > next.begin || extent(a.source).hi > next.begin) continue;
    // To the closing mark (within the paragraph), else to the sentence's end.
    const uint32_t par_end = sentences[s].paragraph < in.paragraphs.size()
                                 ? in.paragraphs[sentences[s].paragraph].end
                                 : uint32_t(text.size());
    size_t e = text.substr(0, par_end).find(close, b + open.size());
    e = e == std::string_view::npos ? next.end : e + close.size();
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    // Another statement's cue in the quotation or its sentence ("“Nobody will pay,” her spokesman said"): the
    // quotation is that statement's.
    const size_t to = std::max<size_t>(e, next.end);
    bool other = false;
    for (size_t o = first; o < n && !other; ++o)
      for (const Span& c : out[o].cue.spans) other |= o != k && c.begin >= b && c.begin < to;
    if (!other && e > b + open.size()) a.content.spans.push_back(Span{uint32_t(b), uint32_t(e)});
  }
}

// "Kadzik's refusal did not go over well, and the meeting deteriorated from there, said one GOP source in the
// room.": a reporting verb after a comma (or a closing quotation mark) that a noun phrase follows to the end
// of the sentence is inverted — the speaker is that phrase, what comes before the comma is the content. When
// the tagger took the speaker from before the cue, the phrase after the cue becomes the source and the
// sentence up to the comma the content.
void inverted_source(const AttributionInput& in, std::vector<Attribution>& out, size_t first) {
  const auto& tokens = in.tokens;
  const std::string_view text = in.text;
  const auto& sentences = in.sentences;
  for (size_t k = first; k < out.size(); ++k) {
    Attribution& a = out[k];
    // (no source yet, or one before the cue; a cue that ran on into the phrase — "noted NBC | 's Dante
    // Chinni" — is its verb)
    if (a.cue.spans.size() != 1 || (!a.source.empty() && extent(a.source).lo >= a.cue.spans.front().begin))
      continue;
    // (a comma right before the cue first: most statements are out without a lookup)
    const uint32_t cb = a.cue.spans.front().begin;
    if (cb < 2 || text[cb - 1] != ' ' || text[cb - 2] != ',') continue;
    const size_t c = first_token_at(in, cb);
    if (c == 0 || c + 1 >= tokens.size() || tokens[c].end > a.cue.spans.front().end) continue;
    const std::string_view verb = text.substr(tokens[c].begin, tokens[c].end - tokens[c].begin);
    const std::string_view before = text.substr(tokens[c - 1].begin, tokens[c - 1].end - tokens[c - 1].begin);
    // A plain verb of saying ("said", "noted", "added", "argued"): not one that takes an object ("told The
    // Huffington Post", "urged President Reagan to ...").
    if (before != "," || verb.empty() || verb[0] < 'a' || verb[0] > 'z' || verb.ends_with("ing") ||
        inflects(verb, "tell") || !(inflects(verb, "say") || plain_reporting_verb(verb)))
      continue;
    const size_t si = sentence_at(sentences, tokens[c].begin);
    if (si == sentences.size()) continue;
    const Sentence& sent = sentences[si];
    // The phrase: from the cue to the sentence's final full stop, a name or a determiner first, no
    // quotation mark, at most 15 tokens.
    size_t e = c + 1;
    while (e < tokens.size() && tokens[e].end <= sent.end) ++e;
    if (e > c + 1 && text.substr(tokens[e - 1].begin, tokens[e - 1].end - tokens[e - 1].begin) == ".") --e;
    // (or up to a participle of saying after a comma: "..., said Ana Ruiz, a researcher, | adding that ...")
    for (size_t j = c + 2; j + 1 < e; ++j) {
      if (comma_participle(in, j)) {
        e = j;
        break;
      }
    }
    if (e <= c + 1 || e - c - 1 > 15) continue;
    // Short: at most 8 tokens, or a name of at most 5 before an apposition ("said Ana Ruiz, | a researcher at
    // the institute"; not "said | the GAO source, depends on ...").
    size_t comma = c + 1;
    while (comma < e && text[tokens[comma].begin] != ',') ++comma;
    if (comma == e ? e - c - 1 > 8 : comma - c - 1 > 5) continue;
    if (comma + 1 < e) {
      const std::string_view w =
          text.substr(tokens[comma + 1].begin, tokens[comma + 1].end - tokens[comma + 1].begin);
      if (w.ends_with("s") && !w.ends_with("ss") && w[0] >= 'a' && w[0] <= 'z') continue;
    }
    const Token& head = tokens[c + 1];
    const char h = text[head.begin];
    static constexpr std::string_view kDeterminers[] = {"one", "a", "an", "the", "two", "some", "several"};
    if (head.kind != TokenKind::word || !((h >= 'A' && h <= 'Z') || word_in(text, head, kDeterminers)))
      continue;
    // No verb in it ("said | the suing states were exaggerating ...", "noted | the rule"): no auxiliary, no
    // lower-case "-ed" or "-ing" word; a name first, or an actor mention among its first three tokens.
    static constexpr std::string_view kAux[] = {"is",    "was",    "were", "are",   "be",    "been", "has",
                                                "have",  "had",    "will", "would", "could", "can",  "may",
                                                "might", "should", "must", "does",  "did",   "do",   "n't"};
    bool verbal = false;
    for (size_t j = c + 1; j < e && !verbal; ++j) {
      const std::string_view w = text.substr(tokens[j].begin, tokens[j].end - tokens[j].begin);
      verbal = quote_char_at(text, tokens[j].begin) || word_in(text, tokens[j], kAux) ||
               (!w.empty() && w[0] >= 'a' && w[0] <= 'z' && (w.ends_with("ed") || w.ends_with("ing")));
    }
    if (verbal) continue;
    bool actor = h >= 'A' && h <= 'Z';
    for (const Mention& m : in.mentions)
      actor |= m.begin >= head.begin && m.begin < tokens[std::min(e, c + 4) - 1].end;
    if (!actor) continue;
    const size_t s0 = first_token_at(in, sent.begin);
    if (s0 + 1 >= c - 1) continue;
    a.source.spans.assign(1, Span{head.begin, tokens[e - 1].end});
    a.cue.spans.front().end = tokens[c].end;
    // The content: the sentence up to the comma, from after its last "but", ";" or ":" ("Trump would expand
    // the deduction, but | for some, the losses would outstrip the gains |, said Batchelder").
    size_t from = s0;
    for (size_t j = s0; j + 2 < c; ++j) {
      const std::string_view w = text.substr(tokens[j].begin, tokens[j].end - tokens[j].begin);
      if (w == "but" || w == ";" || w == ":") from = j + 1;
    }
    const Extent content = extent(a.content);
    if (content.empty() || content.lo >= tokens[c].begin || content.lo < tokens[from].begin)
      a.content.spans.assign(1, Span{tokens[from].begin, tokens[c - 2].end});
  }
}

// Sorts out[first..] by where the cue begins, keeping the order of ties (std::stable_sort, but a document's
// few statements by insertion: stable_sort's buffer was an allocation per call).
void by_cue(std::vector<Attribution>& out, size_t first) {
  auto less = [](const Attribution& a, const Attribution& b) { return extent(a.cue).lo < extent(b.cue).lo; };
  if (out.size() - first > 32) {
    std::stable_sort(out.begin() + std::ptrdiff_t(first), out.end(), less);
    return;
  }
  for (size_t i = first + 1; i < out.size(); ++i) {
    if (!less(out[i], out[i - 1])) continue;
    Attribution moving = std::move(out[i]);
    size_t j = i;
    for (; j > first && less(moving, out[j - 1]); --j) out[j] = std::move(out[j - 1]);
    out[j] = std::move(moving);
  }
}

void finish_attributions(const AttributionInput& given, std::vector<Attribution>& out, size_t first) {
  // The rules ask "which token begins at byte b?" ~13 times a statement: by the caller's token index, or by
  // one built here (a pass over the tokens) when none was given.
  AttributionInput in = given;
  TokenIndex own;
  if (!in.token_index) {
    own.build(in.tokens, in.text.size());
    in.token_index = &own;
  }
  const std::string_view text = in.text;
  split_coordinated(in, out, first);
  split_participle(in, out, first);
  out.erase(std::remove_if(out.begin() + std::ptrdiff_t(first), out.end(),
                           [&](const Attribution& a) {
                             return physical_attack(in, a) || adjective_cue(in, a) || other_sense(in, a) ||
                                    name_part_cue(in, a);
                           }),
            out.end());
  layout_attributions(in, out, first);
  // Keep the order of the cues.
  by_cue(out, first);
  // Where the text's lines start (the dateline rule's question; one memchr pass).
  std::vector<uint32_t> line_starts{0};
  for (const char* p = text.data(); p != nullptr;) {
    p = static_cast<const char*>(std::memchr(p, '\n', size_t(text.data() + text.size() - p)));
    if (p) line_starts.push_back(uint32_t(++p - text.data()));
  }
  for (size_t k = first; k < out.size(); ++k) {
    trim_cue(text, out[k]);
    adverb_into_cue(in, out[k]);
    preposition_into_cue(in, out[k]);
    clause_after_cue_is_content(in, out[k]);
    figure_before_content(in, out[k]);
    trim_source_participle(in, out[k]);
    trim_source_trailing_participle(in, out[k]);
    trim_source_noun_of_saying(in, out[k]);
    trim_dateline(text, line_starts, out[k]);
    trim_non_source_words(in, out[k]);
    according_to_without_content(in, out[k]);
    cut_coordinated_predicate(in, out[k]);
    cut_trailing_adjunct(in, out[k]);
    asked_before_the_answer(in, out[k]);
    if (passive_cue_source(in, out[k])) continue;
    source_from_subject(in, out[k]);
    source_before_cue(in, out[k]);
  }
  merge_cue_phrase(in, out, first);
  document_findings(in, out, first);
  quote_of_another_cue(in, out, first);
  source_after_another_cue(in, out, first);
  inverted_source(in, out, first);
  continuation_quote(in, out, first);
  content_after_colon(in, out, first);
  for (size_t k = first; k < out.size(); ++k) {
    noun_cue_after_determiner(in, out[k]);
    modifier_before_noun_cue(in, out[k]);
    noun_cue_complement(in, out[k]);
  }
  dismissive_participle(in, out, first);
  by_cue(out, first);

  // Nesting: a cue inside another attribution's content, or right after it ("mentioned that intelligence
  // reports | indicate ..."): the inner one is nested, and the outer content runs to the inner one's end.
  for (size_t k = first; k < out.size(); ++k) {
    Attribution& a = out[k];
    a.nested_in = -1;
    const Extent cue = extent(a.cue);
    if (cue.empty()) continue;
    uint32_t best = UINT32_MAX;
    for (size_t o = first; o < out.size(); ++o) {
      if (o == k) continue;
      const Extent c = extent(out[o].content), oc = extent(out[o].cue);
      if (c.empty() || oc.empty() || oc.lo >= cue.lo) continue;  // the outer cue comes first
      const bool inside = cue.lo >= c.lo && cue.lo < c.hi;
      const bool adjacent = cue.lo >= c.hi && only_space(text, c.hi, cue.lo) &&
                            std::any_of(a.source.spans.begin(), a.source.spans.end(),
                                        [&](const Span& sp) { return c.contains(sp); });
      if ((inside || adjacent) && c.hi - c.lo < best) {
        best = c.hi - c.lo;
        a.nested_in = int32_t(o - first);
      }
    }
    if (a.nested_in >= 0) {
      Attribution& outer = out[first + size_t(a.nested_in)];
      const Extent inner = extent(a.content);
      if (!inner.empty() && !outer.content.spans.empty() && inner.hi > outer.content.spans.back().end)
        outer.content.spans.back().end = inner.hi;
    }
  }
  // Source parts: a nested statement's source lies inside its outer content; another statement's source does
  // not lie inside some other content. Parts that break this go when others remain.
  for (size_t k = first; k < out.size(); ++k) {
    Attribution& a = out[k];
    if (a.source.spans.size() < 2) continue;
    std::vector<Span> keep;
    for (const Span& s : a.source.spans) {
      bool ok = true;
      if (a.nested_in >= 0) {
        ok = extent(out[first + size_t(a.nested_in)].content).contains(s);
      } else {
        for (size_t o = first; o < out.size(); ++o)
          if (o != k && extent(out[o].content).contains(s)) ok = false;
      }
      if (ok) keep.push_back(s);
    }
    if (!keep.empty()) a.source.spans = std::move(keep);
    // One speaker (PolNeAR's sources are one span): parts only a comma apart are one, an apposition ("Donald
    // Trump, | her Republican opponent"); of several left, the one nearest the cue ("The group | also views
    // Obama, ... Bill Clinton": not "Bill Clinton").
    std::sort(a.source.spans.begin(), a.source.spans.end(),
              [](const Span& x, const Span& y) { return x.begin < y.begin; });
    for (size_t p = 1; p < a.source.spans.size();) {
      Span& prev = a.source.spans[p - 1];
      const Span cur = a.source.spans[p];
      bool apposition = cur.begin >= prev.end;
      for (uint32_t k = prev.end; k < cur.begin && apposition; ++k)
        apposition = text[k] == ',' || text[k] == ' ';
      if (!apposition) {
        ++p;
        continue;
      }
      prev.end = cur.end;
      a.source.spans.erase(a.source.spans.begin() + std::ptrdiff_t(p));
    }
    if (a.source.spans.size() > 1 && !a.cue.empty()) {
      const Extent cue = extent(a.cue);
      auto distance = [&](const Span& sp) {
        return sp.end <= cue.lo ? cue.lo - sp.end : sp.begin >= cue.hi ? sp.begin - cue.hi : 0u;
      };
      const Span nearest =
          *std::min_element(a.source.spans.begin(), a.source.spans.end(),
                            [&](const Span& x, const Span& y) { return distance(x) < distance(y); });
      a.source.spans.assign(1, nearest);
    }
  }
  // A statement without a source in the same sentence as the one before ("..., insisting that ...") shares
  // its source.
  for (size_t k = first + 1; k < out.size(); ++k) {
    Attribution& a = out[k];
    const Attribution& prev = out[k - 1];
    if (!a.source.empty() || prev.source.empty() || a.cue.empty() || prev.cue.empty()) continue;
    const uint32_t lo = extent(prev.cue).hi, hi = extent(a.cue).lo;
    bool same_sentence = true;
    for (const Sentence& s : in.sentences)
      if (s.begin > lo && s.begin <= hi) same_sentence = false;
    if (same_sentence && hi >= lo) a.source = prev.source;
  }
  // A participle without a source ("Earlier, Zelensky highlighted ..., asserting that ..."): the subject is
  // the sentence's first actor mention before the cue that no other statement's content holds.
  for (size_t k = first; k < out.size(); ++k) {
    Attribution& a = out[k];
    if (!a.source.empty() || a.cue.empty()) continue;
    const Span cue = a.cue.spans.front();
    std::string_view word = text.substr(cue.begin, cue.end - cue.begin);
    if (word.size() < 5 || !word.ends_with("ing")) continue;
    uint32_t sentence_begin = 0, sentence_end = uint32_t(text.size());
    for (const Sentence& st : in.sentences)
      if (st.begin <= cue.begin) sentence_begin = st.begin, sentence_end = st.end;
    auto held = [&](const Mention& m) {
      for (size_t o = first; o < out.size(); ++o)
        if (o != k && extent(out[o].content).contains(Span{m.begin, m.end})) return true;
      return false;
    };
    for (const Mention& m : in.mentions) {
      if (m.begin < sentence_begin || m.end > cue.begin || !m.resolved || held(m)) continue;
      a.source.spans.push_back(Span{m.begin, m.end});
      break;
    }
    if (!a.source.empty()) continue;
    // A participle opening the sentence ("Citing new polls, Clinton said ..."): the subject follows the
    // participle's clause, after its comma: the next statement's source there, else the first actor there.
    bool opens = true;
    for (uint32_t at = sentence_begin; at < cue.begin && opens; ++at)
      opens = text[at] == ' ' || text[at] == '"' || text[at] == '\n';
    if (!opens) continue;
    const size_t comma = text.find(',', cue.end);
    if (comma == std::string_view::npos || comma >= sentence_end) continue;
    for (size_t o = k + 1; o < out.size() && a.source.empty(); ++o) {
      const Extent oc = extent(out[o].cue);
      if (oc.lo > comma && oc.lo < sentence_end && !out[o].source.empty() && extent(out[o].source).lo > comma)
        a.source = out[o].source;
    }
    for (const Mention& m : in.mentions) {
      if (!a.source.empty()) break;
      if (m.begin <= comma || m.end > sentence_end || !m.resolved || held(m)) continue;
      if (m.begin > comma + 2 &&
          text.substr(comma + 1, m.begin - comma - 1).find_first_not_of(' ') != std::string_view::npos)
        break;  // only an actor right after the comma is the subject
      a.source.spans.push_back(Span{m.begin, m.end});
    }
  }
  drop_bare_participles(in, out, first);
  // A comma between the source and its cue is the source's ("Another critic, Laurence H. Tribe, | likened":
  // PolNeAR's train sources end with it 886 times, it stands between them 143 times).
  for (size_t k = first; k < out.size(); ++k) {
    Attribution& a = out[k];
    if (a.source.empty() || a.cue.empty()) continue;
    Span& last = *std::max_element(a.source.spans.begin(), a.source.spans.end(),
                                   [](const Span& x, const Span& y) { return x.end < y.end; });
    const uint32_t cue = extent(a.cue).lo;
    if (last.end >= cue) continue;
    uint32_t k2 = last.end;
    while (k2 < cue && text[k2] == ' ') ++k2;
    if (k2 >= cue || text[k2] != ',') continue;
    uint32_t after = k2 + 1;
    while (after < cue && text[after] == ' ') ++after;
    if (after == cue) last.end = k2 + 1;
  }

  for (size_t k = first; k < out.size(); ++k) {
    Attribution& a = out[k];
    // The content's start (for the stance) and its parts (for negation), without joining them.
    const std::string_view content_start =
        a.content.empty() ? std::string_view()
                          : text.substr(a.content.spans.front().begin,
                                        std::min<uint32_t>(
                                            a.content.spans.front().end - a.content.spans.front().begin, 80));
    // Direct: the content opens or closes with a quotation mark.
    a.direct = false;
    for (const Span& s : a.content.spans) {
      if (s.end <= s.begin) continue;
      if (quote_char_at(text, s.begin) || (s.end >= 1 && text[s.end - 1] == '"') ||
          (s.end >= 3 && quote_char_at(text, s.end - 3)))
        a.direct = true;
    }
    a.stance = cue_stance(role_text(text, a.cue), content_start);
    if (a.stance == Stance::assert_ && dismissive_naming(in, a)) a.stance = Stance::deny;
    // "when asked about the talks", "if asked": a reporter's question to the speaker, no appeal.
    if (a.stance == Stance::appeal && !a.cue.spans.empty()) {
      const uint32_t at = a.cue.spans.front().begin;
      const std::string_view cue = text.substr(at, a.cue.spans.front().end - at);
      const size_t t = first_token_at(in, at);
      static constexpr std::string_view kWhen[] = {"when", "if", "once", "as"};
      if ((cue.starts_with("asked") || cue.starts_with("Asked")) && t > 0 &&
          word_in(text, in.tokens[t - 1], kWhen))
        a.stance = Stance::question;
      // "was asked about the talks": a question too.
      if (cue.find("ask") != std::string_view::npos && cue.ends_with(" about")) a.stance = Stance::question;
    }
    a.negated = false;
    for (const Span& sp : a.content.spans)
      a.negated |= content_negated(text.substr(sp.begin, sp.end - sp.begin));
    // The source's actor: the last resolved mention inside the source (the head of "Foreign ministry
    // spokesperson Lin Jian"), else the last mention there.
    // A place after "in" or "at" is where the speaker is, not who: "U.S. officials in Moscow" is USAGOV,
    // unless the head has no country of its own ("Officials in Beijing": CHNGOV).
    a.source_mention = -1;
    int32_t fallback = -1, head = -1;  // head: the last resolved mention with a country not after "in"/"at"
    bool located = false;              // the last resolved mention comes after "in" or "at"
    for (const Span& s : a.source.spans) {
      // (the mentions starting in the span: they are in text order)
      const auto from = std::lower_bound(in.mentions.begin(), in.mentions.end(), s.begin,
                                         [](const Mention& x, uint32_t at) { return x.begin < at; });
      for (size_t m = size_t(from - in.mentions.begin()); m < in.mentions.size(); ++m) {
        const Mention& mention = in.mentions[m];
        if (mention.begin >= s.end) break;
        if (mention.end > s.end) continue;
        fallback = int32_t(m);
        if (!mention.resolved) continue;
        a.source_mention = int32_t(m);
        located = mention.begin >= s.begin + 3 &&
                  (text.substr(mention.begin - 3, 3) == "in " || text.substr(mention.begin - 3, 3) == "at ");
        if (!located && !mention.actor.country.empty()) head = int32_t(m);
      }
    }
    if (located && head >= 0) a.source_mention = head;
    if (a.source_mention < 0) a.source_mention = fallback;
    // A relative pronoun ("the Syrian Observatory for Human Rights, which said", "Ms Lee, who told", "two
    // Republican lawmakers who told"): the actor named right before it — after a comma for "which" and for
    // a "who" after an organisation ("declined to tell BuzzFeed News who had told him" asks), never a place
    // for "who" ("an activist in Raqqa who posted").
    if (a.source.spans.size() == 1 && a.source_mention < 0) {
      const Span s = a.source.spans.front();
      const std::string_view w = text.substr(s.begin, s.end - s.begin);
      if (w == "who" || w == "which" || w == "that") {
        for (size_t m = 0; m < in.mentions.size() && in.mentions[m].begin < s.begin; ++m) {
          const Mention& mention = in.mentions[m];
          if (mention.end > s.begin) continue;
          bool adjacent = true, comma = false;
          for (uint32_t at = mention.end; at < s.begin && adjacent; ++at) {
            adjacent = text[at] == ' ' || text[at] == ',';
            comma |= text[at] == ',';
          }
          if (!adjacent) continue;
          const bool place = mention.type == "GPE" || mention.type == "LOC";
          const bool person = mention.type == "PERSON" || mention.type == "AGENT";
          if (w == "who" && (place || (!comma && !person))) continue;
          if (w == "which" && !comma) continue;
          if (w == "that" && comma)
            continue;  // ("the video posted by ISIS, also known as the Islamic State, that shows")
          a.source_mention = int32_t(m);
        }
      }
    }
    // "He added", "she said" after a statement of a person: the speaker goes on. The nearest earlier
    // statement, within the two sentences before, whose source is a person is this one's source ("David
    // Cameron said: '… David Haines …' He added": Cameron; the nearest person named, Haines, is inside the
    // quotation). Only when there is no such statement does the pronoun's own reference stand.
    if (a.source.spans.size() == 1) {
      const Span s = a.source.spans.front();
      const std::string_view w = text.substr(s.begin, s.end - s.begin);
      if (w == "he" || w == "He" || w == "she" || w == "She") {
        const uint32_t here = sentence_index(in.sentences, extent(a.cue).lo);
        for (size_t j = k; j-- > first;) {
          const Attribution& b = out[j];
          if (sentence_index(in.sentences, extent(b.cue).lo) + 2 < here) break;
          // (its source's mention, or a person named inside its source: "Philip Balboni, the chief executive
          // and a founder of GlobalPost," has GlobalPost's mention)
          int32_t person = b.source_mention >= 0 && one_person(in, in.mentions[size_t(b.source_mention)])
                               ? b.source_mention
                               : -1;
          for (size_t m = 0; person < 0 && m < in.mentions.size(); ++m) {
            const Mention& mention = in.mentions[m];
            if (mention.type == "PERSON" && extent(b.source).contains(Span{mention.begin, mention.end}))
              person = int32_t(m);
          }
          if (person < 0) continue;
          // Not a speaker of the other sex, when the source says so ("Mr", "Ms", "spokeswoman", "she").
          const int8_t sex = source_sex(text, b.source), wanted = (w[0] | 0x20) == 's' ? 1 : 2;
          if (sex != 0 && sex != wanted) continue;
          a.source_mention = person;
          break;
        }
      } else if (w == "it" || w == "It" || w == "they" || w == "They") {
        // "It said" after "The company said", "they added" after "Officials said": the nearest earlier
        // statement, within the two sentences before, whose source is an actor that is not one person —
        // one (no plural noun last) for "it", several (a plural noun last: "Officials", "the rebels") for
        // "they".
        const bool plural = w.size() == 4;
        // (not an expletive "it": "It is also possible that", "it seems")
        static constexpr std::string_view kExpletive[] = {
            "is", "was", "'s", "seems", "seemed", "appears", "appeared", "sounds", "sounded", "looks"};
        const size_t after = first_token_at(in, s.end);
        const bool expletive =
            !plural && after < in.tokens.size() && word_in(text, in.tokens[after], kExpletive);
        const uint32_t here = expletive ? 0 : sentence_index(in.sentences, extent(a.cue).lo);
        for (size_t j = k; !expletive && j-- > first;) {
          const Attribution& b = out[j];
          if (sentence_index(in.sentences, extent(b.cue).lo) + 2 < here) break;
          if (b.source_mention < 0 || b.source.spans.empty()) continue;
          const Mention& named = in.mentions[size_t(b.source_mention)];
          if (named.type == "PERSON" || one_person(in, named)) continue;
          // (the last word of its source, without a trailing comma)
          const Span bs = b.source.spans.back();
          std::string_view src = text.substr(bs.begin, bs.end - bs.begin);
          while (!src.empty() && (src.back() == ',' || src.back() == ' ')) src.remove_suffix(1);
          const size_t space = src.rfind(' ');
          const std::string_view last = space == std::string_view::npos ? src : src.substr(space + 1);
          // (a plural common noun: lower case, or an agent's capitalized at the sentence's start:
          // "Officials"; a name ending in "s" is one: "the United States", "Reuters")
          const bool several = last.size() > 3 && last.back() == 's' && last[last.size() - 2] != 's' &&
                               ((last[0] >= 'a' && last[0] <= 'z') || named.type == "AGENT");
          if (several != plural) continue;
          a.source_mention = b.source_mention;
          break;
        }
      }
    }
  }
  // "I" or "we" inside a quotation: the quoted speaker ("'I condemn this attack,' Merkel said": Merkel;
  // Lavrov said: "We demand that NATO withdraw": Lavrov). The statement is the one whose quoted content
  // holds the cue, the narrowest if several; its speaker may be a first person too (a quote inside a quote),
  // then the one whose quote holds that one, at most a few levels up.
  auto first_person = [&](const Attribution& a) {
    if (a.source.spans.size() != 1 || a.source_mention >= 0) return false;
    const Span s = a.source.spans.front();
    const std::string_view w = text.substr(s.begin, s.end - s.begin);
    return w == "I" || w == "we" || w == "We";
  };
  auto quoting = [&](size_t k) -> int32_t {  // the direct statement whose content holds k's cue, or -1
    const Extent cue = extent(out[k].cue);
    int32_t best = -1;
    uint32_t best_size = UINT32_MAX;
    for (size_t o = first; o < out.size(); ++o) {
      if (o == k || !out[o].direct) continue;
      for (const Span& c : out[o].content.spans) {
        if (cue.lo >= c.begin && cue.hi <= c.end && c.end - c.begin < best_size)
          best = int32_t(o), best_size = c.end - c.begin;
      }
    }
    return best;
  };
  for (size_t k = first; k < out.size(); ++k) {
    if (!first_person(out[k])) continue;
    int32_t o = quoting(k);
    for (int level = 0; o >= 0 && level < 3 && first_person(out[size_t(o)]); ++level) o = quoting(size_t(o));
    if (o >= 0 && out[size_t(o)].source_mention >= 0) out[k].source_mention = out[size_t(o)].source_mention;
  }
}

}  // namespace claimtrace
