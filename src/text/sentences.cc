// claimtrace — abbreviation resource and sentence splitter.
//
// Sentence rules (within one paragraph, over its tokens):
//   * a sentence ends at a terminator run: . ! ? … ‼ ⁇ ⁈ ⁉ 。 ！ ？ (several in a row: "?!", "..."), or at a
//   word
//     token that ends with a period ("U.S.", "e.g."), together with the closing quotes and brackets right
//     after it (" and ' only when touching the previous token; ” ’ » › ) ] } always);
//   * no break when the next token starts with a lower-case letter, is , ; : , is a number followed by a
//     lower-case word ("p. 5 of"), or is a word or number glued to the terminator ("N.C.", "<CKGH.HK>");
//   * after a single period: no break after an abbreviation (the word touching the period) unless the
//     resource flags it "final" and the next word is a common sentence starter ("in the U.S. The" breaks,
//     "U.S. President" does not); no break after a single-letter initial ("J. R. Smith") unless a sentence
//     starter follows; otherwise break;
//   * after ! ? … or a run of several terminators: break (unless one of the no-break rules above applies);
//     a quotation closed by the terminator followed by a capitalized attribution ("We won." Smith said)
//     does not break either;
//   * the paragraph end always ends the last sentence. Every token belongs to exactly one sentence; a
//     sentence spans its first token's begin to its last token's end.
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>

#include "claimtrace/text.h"

extern const char embedded_abbreviations[];
extern const unsigned long embedded_abbreviations_size;

namespace claimtrace {

namespace {

constexpr std::string_view kHeader = "claimtrace-abbreviations 1";
constexpr size_t kMaxAbbreviation = 32;

void ascii_lower(std::string_view in, std::string& out) {
  out.assign(in);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

Error resource_error(std::string_view name, size_t line, std::string message) {
  return Error{ErrorCode::resource, std::string(name) + ":" + std::to_string(line), std::move(message)};
}

}  // namespace

Result<Abbreviations> Abbreviations::parse(std::string_view text, std::string_view name) {
  Abbreviations result;
  size_t line_no = 0;
  size_t pos = 0;
  std::string key;
  while (pos < text.size() || line_no == 0) {
    ++line_no;
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      if (line.empty() && text.size() == 0) return resource_error(name, 1, "empty resource: missing header");
      if (line != kHeader) {
        if (line.starts_with("claimtrace-abbreviations "))
          return resource_error(
              name, 1,
              "unsupported version '" + std::string(line) + "', expected '" + std::string(kHeader) + "'");
        return resource_error(name, 1, "bad header, expected '" + std::string(kHeader) + "'");
      }
      continue;
    }
    const size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;  // blank line or comment
    if (first != 0) return resource_error(name, line_no, "leading white space before the abbreviation");
    std::string_view word = line;
    std::string_view flag;
    if (const size_t tab = line.find('\t'); tab != std::string_view::npos) {
      word = line.substr(0, tab);
      flag = line.substr(tab + 1);
    }
    for (char c : word) {
      if (static_cast<unsigned char>(c) <= ' ' || c == '#' || c == 0x7F)
        return resource_error(name, line_no,
                              "bad abbreviation '" + std::string(word) +
                                  "': white space, control characters and '#' are not allowed");
    }
    if (word.back() == '.')
      return resource_error(name, line_no, "abbreviation '" + std::string(word) + "' must not end with '.'");
    if (word.size() > kMaxAbbreviation)
      return resource_error(name, line_no,
                            "abbreviation longer than " + std::to_string(kMaxAbbreviation) + " bytes");
    const bool final_ok = flag == "final";
    if (!flag.empty() && !final_ok)
      return resource_error(name, line_no, "unknown flag '" + std::string(flag) + "' (expected 'final')");
    if (line.find('\t') != std::string_view::npos && flag.empty())
      return resource_error(name, line_no, "missing flag after tab");
    ascii_lower(word, key);
    if (!result.always_.insert(key).second)
      return resource_error(name, line_no, "duplicate abbreviation '" + std::string(word) + "'");
    if (final_ok) result.final_ok_.insert(key);
  }
  return result;
}

const Abbreviations& Abbreviations::builtin() {
  static const Abbreviations a = [] {
    auto r =
        Abbreviations::parse({embedded_abbreviations, embedded_abbreviations_size}, "data/abbreviations.txt");
    if (!r.ok()) {  // a build defect: the resource is checked by the tests
      std::fprintf(stderr, "claimtrace: %s: %s\n", r.error().where.c_str(), r.error().message.c_str());
      std::abort();
    }
    return std::move(r).value();
  }();
  return a;
}

namespace {
// Lower-cased lookup key without allocation for short words (SSO); false for words that cannot match.
bool lookup(const std::unordered_set<std::string>& set, std::string_view word) {
  if (word.empty() || word.size() > kMaxAbbreviation || set.empty()) return false;
  std::array<char, kMaxAbbreviation> buf;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return set.contains(std::string(buf.data(), word.size()));
}
}  // namespace

bool Abbreviations::is_abbreviation(std::string_view word) const { return lookup(always_, word); }
bool Abbreviations::is_sentence_final_ok(std::string_view word) const { return lookup(final_ok_, word); }

namespace {

// Capitalized words that usually open a sentence and rarely continue a name: after a "final" abbreviation or
// an initial, one of these starts a new sentence ("in the U.S. The ...").
constexpr std::string_view kStarters[] = {
    "a",         "after",   "all",    "also",  "although", "an",   "and",     "another", "as",
    "at",        "because", "before", "both",  "but",      "by",   "despite", "during",  "each",
    "earlier",   "even",    "for",    "from",  "he",       "her",  "here",    "his",     "how",
    "however",   "i",       "if",     "in",    "it",       "its",  "last",    "later",   "many",
    "meanwhile", "more",    "most",   "no",    "not",      "now",  "on",      "one",     "only",
    "other",     "our",     "over",   "she",   "since",    "so",   "some",    "such",    "that",
    "the",       "their",   "then",   "there", "these",    "they", "this",    "those",   "though",
    "thus",      "to",      "under",  "until", "we",       "what", "when",    "where",   "whether",
    "which",     "while",   "who",    "why",   "with",     "yet",  "you",
};

// Verbs of attribution: `"We won." Smith said` continues the sentence.
constexpr std::string_view kSpeechVerbs[] = {"said", "says", "asked", "told", "added", "wrote", "replied"};

bool in_list(std::string_view word, const std::string_view* begin, const std::string_view* end) {
  if (word.size() > 16) return false;
  char buf[16];
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view lower(buf, word.size());
  for (const std::string_view* w = begin; w != end; ++w)
    if (*w == lower) return true;
  return false;
}

int32_t first_cp(std::string_view s) {
  if (s.empty()) return -1;
  utf8proc_int32_t cp = -1;
  if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                       static_cast<utf8proc_ssize_t>(s.size()), &cp) < 0)
    return -1;
  return cp;
}

bool starts_lower(std::string_view s) {
  if (s.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'a' && c <= 'z';
  const int32_t cp = first_cp(s);
  return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool starts_upper(std::string_view s) {
  if (s.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const int32_t cp = first_cp(s);
  if (cp < 0) return false;
  const auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

// One upper-case letter ("J"): an initial when followed by a period.
bool is_single_capital(std::string_view s) {
  if (s.size() == 1) return s[0] >= 'A' && s[0] <= 'Z';
  if (s.size() > 4 || static_cast<unsigned char>(s[0]) < 0x80) return false;
  utf8proc_int32_t cp = -1;
  const auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &cp);
  return len == static_cast<utf8proc_ssize_t>(s.size()) && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

enum class Term { none, period, strong, abbrev_word };

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens, size_t first, size_t end,
           const Abbreviations& abbreviations)
      : text_(text), tokens_(tokens), first_(first), end_(end), abbr_(abbreviations) {}

  std::string_view str(size_t t) const {
    const Token& tok = tokens_[t];
    return text_.substr(tok.begin, tok.end - tok.begin);
  }
  bool touching(size_t t) const { return t > first_ && tokens_[t - 1].end == tokens_[t].begin; }

  Term terminator(size_t t) const {
    const Token& tok = tokens_[t];
    const std::string_view s = str(t);
    if (tok.kind == TokenKind::word) return s.size() > 1 && s.back() == '.' ? Term::abbrev_word : Term::none;
    if (tok.kind != TokenKind::punct) return Term::none;
    if (s == ".") return Term::period;
    if (s == "!" || s == "?" || s == "\u2026" || s == "\u203C" || s == "\u2047" || s == "\u2048" ||
        s == "\u2049" || s == "\u3002" || s == "\uFF01" || s == "\uFF1F" || s == "\uFF0E")
      return Term::strong;
    return Term::none;
  }

  bool is_closer(size_t t) const {
    if (tokens_[t].kind != TokenKind::punct) return false;
    const std::string_view s = str(t);
    if (s == "\"" || s == "'") return touching(t);  // ambiguous quotes: closing only when attached
    return s == ")" || s == "]" || s == "}" || s == "\u201D" || s == "\u2019" || s == "\u00BB" ||
           s == "\u203A" || s == "\uFF09" || s == "\u300D" || s == "\u300F";
  }

  bool is_opener(size_t t) const {
    if (tokens_[t].kind != TokenKind::punct) return false;
    const std::string_view s = str(t);
    return s == "\"" || s == "'" || s == "(" || s == "[" || s == "{" || s == "\u201C" || s == "\u2018" ||
           s == "\u00AB" || s == "\u2039";
  }

  // tokens_[t] is an initial: a single capital followed by a touching period, or a "J.R." word.
  bool is_initial(size_t t) const {
    if (t >= end_ || tokens_[t].kind != TokenKind::word) return false;
    const std::string_view s = str(t);
    if (s.size() > 2 && s.back() == '.') return true;
    return is_single_capital(s) && t + 1 < end_ && str(t + 1) == "." && touching(t + 1);
  }

  // The next sentence plainly starts at tokens_[t]: (opening quotes/brackets, then) a capitalized starter
  // word.
  bool starts_sentence(size_t t) const {
    while (t < end_ && is_opener(t)) ++t;
    if (t >= end_ || tokens_[t].kind != TokenKind::word) return false;
    const std::string_view s = str(t);
    return starts_upper(s) && in_list(s, std::begin(kStarters), std::end(kStarters));
  }

  // `"We won." Smith said`: up to three capitalized words, then a verb of attribution.
  bool attribution_follows(size_t t) const {
    for (size_t k = t; k < end_ && k < t + 4; ++k) {
      if (tokens_[k].kind != TokenKind::word) return false;
      const std::string_view s = str(k);
      if (k > t && in_list(s, std::begin(kSpeechVerbs), std::end(kSpeechVerbs))) return true;
      if (!starts_upper(s)) return false;
    }
    return false;
  }

  // Break after the terminator run tokens_[t, r) (closers included); tokens_[r] exists.
  bool should_break(size_t t, Term term, bool run, bool closed_quote, size_t r) const {
    const std::string_view next = str(r);
    if (tokens_[r].kind == TokenKind::word && starts_lower(next)) return false;
    if (tokens_[r].kind == TokenKind::punct && (next == "," || next == ";" || next == ":")) return false;
    // "(R-N.C.)", "<CKGH.HK>", "example.com": a word glued to the terminator does not start a sentence.
    if (tokens_[r].begin == tokens_[r - 1].end &&
        (tokens_[r].kind == TokenKind::word || tokens_[r].kind == TokenKind::number))
      return false;
    if (tokens_[r].kind == TokenKind::number && r + 1 < end_ && tokens_[r + 1].kind == TokenKind::word &&
        starts_lower(str(r + 1)))
      return false;
    if (closed_quote && attribution_follows(r)) return false;
    if (run || term == Term::strong) return true;
    if (term == Term::abbrev_word) {  // "U.S.", "e.g.", "J.R."
      const std::string_view w = str(t).substr(0, str(t).size() - 1);
      if (abbr_.is_abbreviation(w) && !abbr_.is_sentence_final_ok(w)) return false;
      return starts_sentence(r) && !is_initial(r);
    }
    // A single period: look at the word it is attached to.
    if (touching(t) && tokens_[t - 1].kind == TokenKind::word) {
      const std::string_view w = str(t - 1);
      if (abbr_.is_abbreviation(w)) return abbr_.is_sentence_final_ok(w) && starts_sentence(r);
      if (is_single_capital(w)) {
        if (is_initial(r)) return false;  // "J. R. Smith"
        if (w != "I") return starts_sentence(r);
      }
    }
    return true;
  }

  void run(uint32_t paragraph, std::vector<Sentence>& out) {
    size_t begin = first_;
    size_t t = first_;
    while (t < end_) {
      const Term term = terminator(t);
      if (term == Term::none) {
        ++t;
        continue;
      }
      size_t r = t + 1;
      bool run = false;
      while (r < end_ && terminator(r) != Term::none && tokens_[r].kind == TokenKind::punct) {
        run = true;
        ++r;
      }
      bool closed_quote = false;
      while (r < end_ && is_closer(r)) {
        const std::string_view s = str(r);
        closed_quote |= s != ")" && s != "]" && s != "}";
        ++r;
      }
      if (r >= end_) break;
      if (should_break(t, term, run, closed_quote, r)) {
        out.push_back(Sentence{tokens_[begin].begin, tokens_[r - 1].end, paragraph});
        begin = r;
      }
      t = r;
    }
    if (begin < end_) out.push_back(Sentence{tokens_[begin].begin, tokens_[end_ - 1].end, paragraph});
  }

 private:
  std::string_view text_;
  const std::vector<Token>& tokens_;
  size_t first_;
  size_t end_;
  const Abbreviations& abbr_;
};

}  // namespace

void split_sentences(std::string_view text, const std::vector<Token>& tokens, size_t first_token,
                     size_t end_token, uint32_t paragraph_index, const Abbreviations& abbreviations,
                     std::vector<Sentence>& out) {
  end_token = std::min(end_token, tokens.size());
  if (first_token >= end_token) return;
  Splitter(text, tokens, first_token, end_token, abbreviations).run(paragraph_index, out);
}

}  // namespace claimtrace
