// claimtrace — text model: spans, paragraphs, sentences, tokens, normalization with a map back to the
// original.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "claimtrace/result.h"

namespace claimtrace {

// Every offset is a byte offset into the document text as given: [begin, end).
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

struct Paragraph {
  uint32_t begin = 0;
  uint32_t end = 0;
  int32_t duplicate_of = -1;  // index of the earlier paragraph this one repeats, or -1
  bool operator==(const Paragraph&) const = default;
};

struct Sentence {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t paragraph = 0;  // index into the paragraphs array
  bool operator==(const Sentence&) const = default;
};

enum class TokenKind : uint8_t {
  word,    // letters (and marks), possibly with inner digits, hyphens or apostrophes: "dual-use", "O'Neill"
  number,  // digits with inner separators: "155", "1.5", "3,000", "2025-04-09"
  punct,   // one punctuation character (ASCII or Unicode: “ ” ’ — …)
  symbol,  // other single characters ($ % € + = ...)
  clitic,  // English clitics split PTB-style: "'s", "n't", "'re", "'ll", "'ve", "'d", "'m"
};

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::word;
  bool operator==(const Token&) const = default;
};

const char* token_kind_name(TokenKind kind);

// A per-document note: invalid UTF-8, repaired input, truncated field ...
struct Warning {
  std::string code;     // stable, snake_case: "invalid_utf8", ...
  uint32_t offset = 0;  // byte offset into the text
  std::string message;
};

// --- UTF-8 -----------------------------------------------------------------------------------------------
// Decodes one code point at text[i]. Returns its length in bytes (>= 1) and sets cp; on an invalid or
// truncated sequence returns 1 and sets cp = -1 (the byte is opaque: offsets still point into the original).
int utf8_decode(std::string_view text, size_t i, int32_t& cp);
// Byte offsets of every invalid byte (each reported once, in order).
std::vector<uint32_t> invalid_utf8_offsets(std::string_view text);
// Word characters: letters (L*), numbers (N*) and '_' — Python's \w — and, with `marks`, combining marks (M*)
// too (for word boundaries inside accented words). Invalid (cp < 0) is never a word character.
bool is_word_codepoint(int32_t cp, bool marks);

// --- Normalization ----------------------------------------------------------------------------------------
// NFKC + case folding, typographic quotes/dashes/spaces folded to ASCII, invalid bytes become U+FFFD.
// The normalized text never replaces the original: `to_original[i]` is the original byte offset of normalized
// byte i (size: text.size() + 1, the last entry is the original length), so any normalized span maps back.
struct Normalized {
  std::string text;
  std::vector<uint32_t> to_original;
  Span original_span(size_t nbegin, size_t nend) const {
    return Span{to_original[nbegin], to_original[nend]};
  }
};
void normalize(std::string_view original, Normalized& out);
// The ASCII character a typographic quote, dash or space folds to ('\'', '"', '-', ' '), or -1.
int fold_typographic(int32_t cp);

// --- Segmentation -----------------------------------------------------------------------------------------
// Paragraphs: blocks separated by blank lines when the text has any; otherwise one paragraph per non-empty
// line. Leading/trailing white space is excluded from each paragraph span.
void split_paragraphs(std::string_view text, std::vector<Paragraph>& out);

// Tokens of text[range.begin, range.end), appended to out.
void tokenize(std::string_view text, Span range, std::vector<Token>& out);

// "Which token begins at or after byte b?" in constant time, for the stages that ask it many times per
// document (the attribution rules ~13 times a statement). For each block of 2^kBlockBits bytes of the text,
// the first token beginning in or after it; a look-up starts there and steps over the block's few earlier
// tokens.
// Tokens must ascend by begin (as tokenize makes them). The index refers to the tokens it was built over:
// rebuild it for another document (the buffer is reused); it must not outlive them.
class TokenIndex {
 public:
  static constexpr uint32_t kBlockBits = 3;  // 8 bytes: ~1.5 tokens of news text
  void build(std::span<const Token> tokens, size_t text_size);
  // The index of the first token with begin >= at (tokens.size() if none): std::lower_bound by begin.
  size_t first_at(uint32_t at) const {
    const size_t b = at >> kBlockBits;
    size_t t = b < block_.size() ? block_[b] : tokens_.size();
    while (t < tokens_.size() && tokens_[t].begin < at) ++t;
    return t;
  }

 private:
  std::span<const Token> tokens_;
  std::vector<uint32_t> block_;
};

// Abbreviations that do not end a sentence. A versioned resource: data/abbreviations.txt (first line
// "claimtrace-abbreviations 1"), compiled into the binary; immutable once built, shared by all threads.
class Abbreviations {
 public:
  // Parses the resource text; `name` is used in error messages ("name:line: reason").
  static Result<Abbreviations> parse(std::string_view resource_text, std::string_view name);
  // The compiled-in data/abbreviations.txt.
  static const Abbreviations& builtin();
  // `word` is the token before the period, as written ("Sept", "U.S", "gen"); matching is case-insensitive.
  bool is_abbreviation(std::string_view word) const;
  // Abbreviations that may end a sentence ("Inc.", "Co.", "Jr.", "U.S.") only when the next word starts one.
  bool is_sentence_final_ok(std::string_view word) const;

 private:
  std::unordered_set<std::string> always_;  // lower-cased, without the final period
  std::unordered_set<std::string> final_ok_;
};

// Sentences of one paragraph, from its tokens: tokens[first_token, end_token) as produced by tokenize over
// the paragraph span. Handles abbreviations, initials ("J. R. R."), numbers ("1.5"), quotation marks and
// brackets (a closing quote or bracket after the final period belongs to the sentence).
void split_sentences(std::string_view text, const std::vector<Token>& tokens, size_t first_token,
                     size_t end_token, uint32_t paragraph_index, const Abbreviations& abbreviations,
                     std::vector<Sentence>& out);

}  // namespace claimtrace
