// claimtrace — tokenizer: words, numbers, PTB-style clitics, one token per other non-space character.
//
// Rules (byte offsets into the original text, never copied):
//   * white space separates tokens: ASCII \t \n \v \f \r and space, Unicode Z* (incl. U+00A0), U+0085, and
//   the
//     invisible separators U+200B (zero width space) and U+FEFF (BOM / ZWNBSP).
//   * word: letters and marks (Unicode L*, M*, plus ZWJ/ZWNJ/soft hyphen), with inner digits ("G7"), inner
//     hyphens followed by a letter or digit ("dual-use", "COVID-19"), inner apostrophes (' or U+2019)
//     followed by a letter ("O'Neill"). A run of single ASCII letters each followed by a period ("U.S.",
//     "e.g.", "a.m.") is one word including its final period; any other period is a punct token of its own.
//   * number: decimal digits with inner separators . , : - / each followed by a digit ("1.5", "3,000",
//     "2025-04-09", "10:30"). Digits directly followed by letters ("1990s", "5G") or a hyphenated compound
//     ("4-year-old", "1,000-strong") make a word instead.
//   * clitic: 's 're 'll 've 'd 'm and n't at the end of a word (either apostrophe), split PTB-style:
//     "Russia's" -> "Russia" "'s", "don't" -> "do" "n't", "can't" -> "ca" "n't"; also "1990's" -> "1990"
//     "'s".
//   * every other character is one token: punct for Unicode P* (ASCII ! " # & ' ( ) * , - . / : ; ? @ [ \ ] _
//     { }), symbol for the rest ($ % + < = > ^ ` | ~, S*, controls, No/Nl, private use; % and per-mille signs
//     are symbols). Combining marks right after such a character stay in its token. Each invalid UTF-8 byte
//     is a one-byte symbol token.
// Hot path: one table lookup per ASCII byte; utf8proc is consulted only for non-ASCII characters.
#include <utf8proc.h>

#include <algorithm>

#include "claimtrace/text.h"

namespace claimtrace {

const char* token_kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::word:
      return "word";
    case TokenKind::number:
      return "number";
    case TokenKind::punct:
      return "punct";
    case TokenKind::symbol:
      return "symbol";
    case TokenKind::clitic:
      return "clitic";
  }
  return "?";
}

namespace {

// Character classes. ASCII bytes map straight through kAscii; non-ASCII characters go through classify_high.
enum Cls : uint8_t {
  kSpace,
  kLetter,   // letters
  kMark,     // combining marks and joiners: part of a word, or attached to the previous single-char token
  kDigit,    // decimal digits
  kApos,     // ' and U+2019: inner apostrophe / clitic start, otherwise punct
  kHyphen,   // - U+2010 U+2011: inner hyphen, otherwise punct
  kPeriod,   // .
  kNumSep,   // , : /  (inner number separators, otherwise punct)
  kPunct,    // other punctuation
  kSymbol,   // everything else
  kInvalid,  // an invalid UTF-8 byte (symbol token)
  kHigh,     // a byte >= 0x80: needs decoding
};

constexpr bool is_word_cls(uint8_t c) { return c == kLetter || c == kMark || c == kDigit; }

struct AsciiTable {
  uint8_t cls[256];
  bool alnum[256];  // ASCII letters and digits: the inner loop of words and numbers
  constexpr AsciiTable() : cls(), alnum() {
    for (int c = 0; c < 256; ++c) {
      cls[c] = c >= 0x80 ? kHigh : kSymbol;
      alnum[c] = false;
    }
    for (int c = 'a'; c <= 'z'; ++c) cls[c] = kLetter, alnum[c] = true;
    for (int c = 'A'; c <= 'Z'; ++c) cls[c] = kLetter, alnum[c] = true;
    for (int c = '0'; c <= '9'; ++c) cls[c] = kDigit, alnum[c] = true;
    for (char c : {'\t', '\n', '\v', '\f', '\r', ' '}) cls[static_cast<uint8_t>(c)] = kSpace;
    for (char c : {'!', '"', '#', '&', '(', ')', '*', ';', '?', '@', '[', '\\', ']', '_', '{', '}'})
      cls[static_cast<uint8_t>(c)] = kPunct;
    cls[static_cast<uint8_t>('\'')] = kApos;
    cls[static_cast<uint8_t>('-')] = kHyphen;
    cls[static_cast<uint8_t>('.')] = kPeriod;
    cls[static_cast<uint8_t>(',')] = kNumSep;
    cls[static_cast<uint8_t>(':')] = kNumSep;
    cls[static_cast<uint8_t>('/')] = kNumSep;
    // $ % + < = > ^ ` | ~ and control characters stay kSymbol.
  }
};
constexpr AsciiTable kTable;

inline bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

// Strict UTF-8 (Unicode Table 3-7: no overlongs, surrogates or code points above U+10FFFF). Returns the
// length of the character at s[0] (n bytes available, s[0] >= 0x80) and sets cp, or returns 1 with cp = -1.
inline int decode_high(const uint8_t* s, size_t n, int32_t& cp) {
  const uint8_t b0 = s[0];
  cp = -1;
  if (b0 < 0xC2) return 1;
  if (b0 < 0xE0) {
    if (n < 2 || !is_cont(s[1])) return 1;
    cp = ((b0 & 0x1F) << 6) | (s[1] & 0x3F);
    return 2;
  }
  if (b0 < 0xF0) {
    if (n < 3) return 1;
    const uint8_t lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
    if (s[1] < lo || s[1] > hi || !is_cont(s[2])) return 1;
    cp = ((b0 & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    return 3;
  }
  if (b0 < 0xF5) {
    if (n < 4) return 1;
    const uint8_t lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
    if (s[1] < lo || s[1] > hi || !is_cont(s[2]) || !is_cont(s[3])) return 1;
    cp = ((b0 & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
    return 4;
  }
  return 1;
}

uint8_t classify_cp(int32_t cp) {
  switch (cp) {
    case 0x0085:
    case 0x200B:
    case 0xFEFF:
      return kSpace;  // NEL, zero width space, BOM
    case 0x00AD:
    case 0x200C:
    case 0x200D:
      return kMark;  // soft hyphen, ZWNJ, ZWJ
    case 0x2019:
      return kApos;  // right single quotation mark, typographic apostrophe
    case 0x2010:
    case 0x2011:
      return kHyphen;  // hyphen, non-breaking hyphen
    case 0x066A:
    case 0x2030:
    case 0x2031:
      return kSymbol;  // Arabic percent, per mille, per ten thousand
    default:
      break;
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return kMark;
    case UTF8PROC_CATEGORY_ND:
      return kDigit;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_PO:
      return kPunct;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return kSpace;
    default:
      return kSymbol;
  }
}

struct CharInfo {
  uint8_t cls;
  uint8_t len;
};

class Tokenizer {
 public:
  Tokenizer(std::string_view text, uint32_t end, std::vector<Token>& out)
      : p_(reinterpret_cast<const uint8_t*>(text.data())), end_(end), out_(out) {}

  void run(uint32_t i) {
    while (i < end_) {
      const uint8_t cls = kTable.cls[p_[i]];
      switch (cls) {
        case kSpace:
          ++i;
          break;
        case kLetter:
          i = word_start(i);
          break;
        case kDigit:
          i = number(i);
          break;
        case kSymbol:
          i = single(i, 1, TokenKind::symbol);
          break;
        case kHigh:
          i = high(i);
          break;
        default:
          i = single(i, 1, TokenKind::punct);
          break;  // ASCII punctuation
      }
    }
  }

 private:
  // Class and byte length of the character at j (j < end_), or {kSpace, 0} at the end of the range.
  CharInfo at(uint32_t j) const {
    if (j >= end_) return {kSpace, 0};
    const uint8_t c = kTable.cls[p_[j]];
    if (c != kHigh) [[likely]]
      return {c, 1};
    return at_high(j);
  }

  [[gnu::noinline]] CharInfo at_high(uint32_t j) const {
    int32_t cp;
    const int len = decode_high(p_ + j, end_ - j, cp);
    if (cp < 0) return {kInvalid, 1};
    return {classify_cp(cp), static_cast<uint8_t>(len)};
  }

  void emit(uint32_t b, uint32_t e, TokenKind kind) { out_.push_back(Token{b, e, kind}); }

  uint32_t high(uint32_t i) {
    const CharInfo c = at(i);
    switch (c.cls) {
      case kSpace:
        return i + c.len;
      case kLetter:
      case kMark:
        return word(i, i + c.len);
      case kDigit:
        return number(i);
      case kInvalid:
      case kSymbol:
        return single(i, c.len, TokenKind::symbol);
      default:
        return single(i, c.len, TokenKind::punct);
    }
  }

  // One punct / symbol character, with any combining marks that follow it.
  uint32_t single(uint32_t i, uint32_t len, TokenKind kind) {
    uint32_t e = i + len;
    while (e < end_ && p_[e] >= 0x80) {
      const CharInfo c = at(e);
      if (c.cls != kMark) break;
      e += c.len;
    }
    emit(i, e, kind);
    return e;
  }

  // A word starting with an ASCII letter at i: first the "U.S." / "e.g." pattern of single letters + periods.
  uint32_t word_start(uint32_t i) {
    uint32_t k = i;
    int letters = 0;
    while (k + 1 < end_ && p_[k + 1] == '.' && kTable.cls[p_[k]] == kLetter) {
      ++letters;
      k += 2;
      if (k >= end_ || kTable.cls[p_[k]] != kLetter) break;
    }
    if (letters >= 2) {
      emit(i, k, TokenKind::word);
      return k;
    }
    return word(i, i + 1);
  }

  // A word that started at `start`; [start, j) is already part of it.
  uint32_t word(uint32_t start, uint32_t j) {
    for (;;) {
      while (j < end_ && kTable.alnum[p_[j]]) ++j;
      if (j >= end_) break;
      const uint8_t b = kTable.cls[p_[j]];
      if (b != kHigh && b != kHyphen && b != kApos) break;  // the common case: space or punctuation
      const CharInfo c = at(j);
      if (is_word_cls(c.cls)) {
        j += c.len;
        continue;
      }
      if (c.cls == kHyphen) {
        const CharInfo n = at(j + c.len);
        if (!is_word_cls(n.cls)) break;
        j += c.len + n.len;
        continue;
      }
      if (c.cls == kApos) {
        const uint32_t a = j + c.len;
        const CharInfo n = at(a);
        if (n.cls != kLetter) break;
        if (const uint32_t r = clitic(start, j, a)) return r;
        j = a + n.len;
        continue;
      }
      break;
    }
    emit(start, j, TokenKind::word);
    return j;
  }

  // An apostrophe at [apos, a) inside the word starting at `start`, a letter at a: if a clitic ends the word
  // there, emits the word and the clitic and returns the end; otherwise returns 0.
  uint32_t clitic(uint32_t start, uint32_t apos, uint32_t a) {
    uint32_t r = a;
    while (r < end_ && r - a < 3 && kTable.cls[p_[r]] == kLetter) ++r;
    const uint32_t n = r - a;
    if (n == 0 || n > 2 || is_word_cls(at(r).cls)) return 0;
    const char c0 = static_cast<char>(p_[a] | 0x20);
    const char c1 = n == 2 ? static_cast<char>(p_[a + 1] | 0x20) : 0;
    const bool pronoun_clitic =
        n == 1 ? (c0 == 's' || c0 == 'd' || c0 == 'm')
               : ((c0 == 'r' && c1 == 'e') || (c0 == 'l' && c1 == 'l') || (c0 == 'v' && c1 == 'e'));
    if (pronoun_clitic) {
      emit(start, apos, TokenKind::word);
      emit(apos, r, TokenKind::clitic);
      return r;
    }
    if (n == 1 && c0 == 't' && apos >= start + 2 && (p_[apos - 1] | 0x20) == 'n') {
      emit(start, apos - 1, TokenKind::word);
      emit(apos - 1, r, TokenKind::clitic);
      return r;
    }
    return 0;
  }

  static bool is_num_sep(uint8_t c) { return c == '.' || c == ',' || c == ':' || c == '-' || c == '/'; }

  uint32_t digits(uint32_t j) {
    for (;;) {
      while (j < end_ && kTable.cls[p_[j]] == kDigit) ++j;
      if (j >= end_ || p_[j] < 0x80) return j;
      const CharInfo c = at(j);
      if (c.cls != kDigit) return j;
      j += c.len;
    }
  }

  uint32_t number(uint32_t start) {
    uint32_t j = digits(start);
    bool separated = false;
    while (j + 1 < end_ && is_num_sep(p_[j]) && kTable.cls[p_[j + 1]] == kDigit) {
      j = digits(j + 1);
      separated = true;
    }
    const CharInfo c = at(j);
    if (!separated && (c.cls == kLetter || c.cls == kMark)) return word(start, j + c.len);  // "1990s", "5G"
    if (c.cls == kHyphen && at(j + c.len).cls == kLetter) return word(start, j);            // "4-year-old"
    if (c.cls == kApos) {                                                                   // "1990's"
      const uint32_t a = j + c.len;
      if (a < end_ && (p_[a] | 0x20) == 's' && !is_word_cls(at(a + 1).cls)) {
        emit(start, j, TokenKind::number);
        emit(j, a + 1, TokenKind::clitic);
        return a + 1;
      }
    }
    emit(start, j, TokenKind::number);
    return j;
  }

  const uint8_t* p_;
  uint32_t end_;
  std::vector<Token>& out_;
};

}  // namespace

void tokenize(std::string_view text, Span range, std::vector<Token>& out) {
  const uint32_t end = static_cast<uint32_t>(std::min<size_t>(range.end, text.size()));
  if (range.begin >= end) return;
  Tokenizer(text, end, out).run(range.begin);
}

void TokenIndex::build(std::span<const Token> tokens, size_t text_size) {
  tokens_ = tokens;
  const size_t blocks = (text_size >> kBlockBits) + 1;
  block_.resize(blocks);
  size_t t = 0;
  for (size_t b = 0; b < blocks; ++b) {
    while (t < tokens.size() && tokens[t].begin < (b << kBlockBits)) ++t;
    block_[b] = uint32_t(t);
  }
}

}  // namespace claimtrace
