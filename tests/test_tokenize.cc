#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/text.h"

namespace claimtrace {
namespace {

std::vector<Token> tok(std::string_view text) {
  std::vector<Token> out;
  tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, out);
  return out;
}

// "text/kind" for each token, space separated: easy to read in a failing assertion.
std::string render(std::string_view text) {
  std::string s;
  for (const Token& t : tok(text)) {
    if (!s.empty()) s += ' ';
    s += std::string(text.substr(t.begin, t.end - t.begin)) + "/" + token_kind_name(t.kind);
  }
  return s;
}

// Token texts only.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> v;
  for (const Token& t : tok(text)) v.emplace_back(text.substr(t.begin, t.end - t.begin));
  return v;
}

std::string read_article() {
  std::ifstream in(CLAIMTRACE_SOURCE_DIR "/examples/article-chinese-nationals.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Tokenize, WordsAndPunctuation) {
  EXPECT_EQ(render("Hello, world!"), "Hello/word ,/punct world/word !/punct");
  EXPECT_EQ(render("  (yes)  "), "(/punct yes/word )/punct");
  EXPECT_EQ(render("end.Then"), "end/word ./punct Then/word");
  EXPECT_EQ(render(""), "");
  EXPECT_EQ(render(" \t\r\n"), "");
}

TEST(Tokenize, InnerHyphensAndApostrophes) {
  EXPECT_EQ(render("dual-use O'Neill rock'n'roll COVID-19 F-16s G7"),
            "dual-use/word O'Neill/word rock'n'roll/word COVID-19/word F-16s/word G7/word");
  EXPECT_EQ(render("well- known -x a--b"),
            "well/word -/punct known/word -/punct x/word a/word -/punct -/punct b/word");
  EXPECT_EQ(render("O\u2019Neill Jones' x\u2010y"), "O\u2019Neill/word Jones/word '/punct x\u2010y/word");
}

TEST(Tokenize, AbbreviationPatternKeepsFinalPeriod) {
  EXPECT_EQ(render("the U.S. and U.N. e.g. 10 a.m. U.S.A."),
            "the/word U.S./word and/word U.N./word e.g./word 10/number a.m./word U.S.A./word");
  // Plain words (titles, sentence ends) get the period as its own token.
  EXPECT_EQ(render("Mr. Smith left."), "Mr/word ./punct Smith/word left/word ./punct");
  // A single initial is not the pattern; neither is "U.S" without the final period.
  EXPECT_EQ(render("J. Smith"), "J/word ./punct Smith/word");
  EXPECT_EQ(render("U.S"), "U/word ./punct S/word");
  EXPECT_EQ(render("U.S.,"), "U.S./word ,/punct");
}

TEST(Tokenize, Numbers) {
  EXPECT_EQ(render("155 1.5 3,000 1,200.50 2025-04-09 10:30 9/11"),
            "155/number 1.5/number 3,000/number 1,200.50/number 2025-04-09/number 10:30/number 9/11/number");
  EXPECT_EQ(render("rose 5. By 3,000, then 1.5%"),
            "rose/word 5/number ./punct By/word 3,000/number ,/punct then/word 1.5/number %/symbol");
  EXPECT_EQ(render("$1.2 billion"), "$/symbol 1.2/number billion/word");
  EXPECT_EQ(render("1990s 5G 20th 4-year-old 1,000-strong"),
            "1990s/word 5G/word 20th/word 4-year-old/word 1,000-strong/word");
  EXPECT_EQ(render("-5 .5"), "-/punct 5/number ./punct 5/number");
  EXPECT_EQ(render("\u0661\u0662\u0663"), "\u0661\u0662\u0663/number");  // Arabic-Indic digits
}

TEST(Tokenize, Clitics) {
  EXPECT_EQ(render("Russia's"), "Russia/word 's/clitic");
  EXPECT_EQ(render("Russia\u2019s"), "Russia/word \u2019s/clitic");
  EXPECT_EQ(render("don't can't won't DON'T"),
            "do/word n't/clitic ca/word n't/clitic wo/word n't/clitic DO/word "
            "N'T/clitic");
  EXPECT_EQ(render("we're I'll they've he'd I'm"),
            "we/word 're/clitic I/word 'll/clitic they/word 've/clitic he/word 'd/clitic I/word 'm/clitic");
  EXPECT_EQ(render("O'Neill's 1990's"), "O'Neill/word 's/clitic 1990/number 's/clitic");
  EXPECT_EQ(render("Russia's."), "Russia/word 's/clitic ./punct");
  // Not clitics: an apostrophe followed by more letters, or a lone "n't".
  EXPECT_EQ(render("D'Angelo y'all n't"), "D'Angelo/word y'all/word n't/word");
}

TEST(Tokenize, UnicodePunctuationAndSymbols) {
  EXPECT_EQ(render("\u201cYes\u201d \u2014 no\u2026 \u00abnon\u00bb"),
            "\u201c/punct Yes/word \u201d/punct \u2014/punct no/word \u2026/punct \u00ab/punct non/word "
            "\u00bb/punct");
  EXPECT_EQ(render("\u20ac5 \u00a3 $ % + = ~ \u2030 \u00b2"),
            "\u20ac/symbol 5/number \u00a3/symbol $/symbol %/symbol +/symbol =/symbol ~/symbol \u2030/symbol "
            "\u00b2/symbol");
  EXPECT_EQ(render("\u2018quoted\u2019"), "\u2018/punct quoted/word \u2019/punct");
  EXPECT_EQ(render("caf\u00e9 na\u0131ve Stra\u00dfe \u041c\u043e\u0441\u043a\u0432\u0430"),
            "caf\u00e9/word na\u0131ve/word Stra\u00dfe/word \u041c\u043e\u0441\u043a\u0432\u0430/word");
  // Combining marks stay in the word; a mark after a symbol stays with the symbol.
  EXPECT_EQ(render("cafe\u0301 \u2764\ufe0f"), "cafe\u0301/word \u2764\ufe0f/symbol");
}

TEST(Tokenize, UnicodeWhitespaceSeparates) {
  EXPECT_EQ(words("a\u00a0b\u2003c\u3000d\u2028e\u202ff\u200bg\ufeffh\tI\nj"),
            (std::vector<std::string>{"a", "b", "c", "d", "e", "f", "g", "h", "I", "j"}));
}

TEST(Tokenize, InvalidUtf8IsSingleByteSymbols) {
  const std::string text =
      "a\xff"
      "b \xe2\x80 c\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80";
  const std::vector<Token> t = tok(text);
  std::vector<std::string> got;
  for (const Token& x : t)
    got.push_back(std::string(token_kind_name(x.kind)) + ":" + std::to_string((x.end - x.begin)));
  EXPECT_EQ(got, (std::vector<std::string>{"word:1", "symbol:1", "word:1", "symbol:1", "symbol:1", "word:1",
                                           "symbol:1", "symbol:1", "symbol:1", "symbol:1", "symbol:1",
                                           "symbol:1", "symbol:1", "symbol:1", "symbol:1"}));
  // A truncated sequence at the very end of the range.
  EXPECT_EQ(render(std::string("x \xe2\x80", 4)), "x/word \xe2/symbol \x80/symbol");
}

TEST(Tokenize, RangeIsRespectedAndOffsetsAreAbsolute) {
  const std::string text = "skip this. Russia's troops! skip";
  std::vector<Token> out{Token{0, 4, TokenKind::word}};  // appended to, not replaced
  tokenize(text, Span{11, 27}, out);
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(text.substr(out[1].begin, (out[1].end - out[1].begin)), "Russia");
  EXPECT_EQ(out[1].begin, 11u);
  EXPECT_EQ(text.substr(out[2].begin, (out[2].end - out[2].begin)), "'s");
  EXPECT_EQ(text.substr(out[4].begin, (out[4].end - out[4].begin)), "!");
  EXPECT_EQ(out[4].end, 27u);
  // A word cut by the range end stops there.
  out.clear();
  tokenize(text, Span{11, 14}, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0], (Token{11, 14, TokenKind::word}));
}

TEST(Tokenize, SeedArticle) {
  const std::string text = read_article();
  ASSERT_FALSE(text.empty());
  const std::vector<Token> t = tok(text);
  auto str = [&](const Token& x) { return text.substr(x.begin, (x.end - x.begin)); };
  bool russia_clitic = false, us = false, dual_use = false, number_155 = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (str(t[i]) == "Russia" && i + 1 < t.size() && str(t[i + 1]) == "\u2019s") {
      EXPECT_EQ(t[i + 1].kind, TokenKind::clitic);
      EXPECT_EQ(t[i].end, t[i + 1].begin);
      russia_clitic = true;
    }
    if (str(t[i]) == "U.S.") us = t[i].kind == TokenKind::word;
    if (str(t[i]) == "dual-use") dual_use = true;
    if (str(t[i]) == "155") number_155 = t[i].kind == TokenKind::number;
    EXPECT_NE(str(t[i]), "Ukraine's");
    EXPECT_NE(str(t[i]), "U");
  }
  EXPECT_TRUE(russia_clitic);
  EXPECT_TRUE(us);
  EXPECT_TRUE(dual_use);
  EXPECT_TRUE(number_155);
}

// --- Property: spans are increasing, disjoint, non-empty, free of white space and cover every other byte.
// ---

// The Unicode white space the tokenizer skips (Z*, NEL, ZWSP, BOM) at text[i], as a byte length, or 0.
size_t unicode_space_len(std::string_view s, size_t i) {
  static const std::vector<std::string> spaces = {"\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003",
                                                  "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009",
                                                  "\u200a", "\u202f", "\u205f", "\u3000", "\u2028", "\u2029",
                                                  "\u0085", "\u200b", "\ufeff"};
  for (const std::string& sp : spaces)
    if (s.substr(i, sp.size()) == sp) return sp.size();
  return 0;
}

void check_properties(std::string_view text) {
  SCOPED_TRACE(::testing::Message() << "text: " << text.substr(0, 80));
  const std::vector<Token> t = tok(text);
  std::vector<bool> covered(text.size(), false);
  uint32_t prev_end = 0;
  for (const Token& x : t) {
    ASSERT_LT(x.begin, x.end);
    ASSERT_LE(prev_end, x.begin);
    ASSERT_LE(x.end, text.size());
    prev_end = x.end;
    for (uint32_t i = x.begin; i < x.end; ++i) {
      const char c = text[i];
      ASSERT_FALSE(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
          << "white space inside token at " << i;
      covered[i] = true;
    }
    if (x.kind == TokenKind::clitic) {
      ASSERT_TRUE((x.end - x.begin) >= 2 && (x.end - x.begin) <= 5);
    }
  }
  for (size_t i = 0; i < text.size();) {
    if (covered[i]) {
      ++i;
      continue;
    }
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      ++i;
      continue;
    }
    const size_t n = unicode_space_len(text, i);
    ASSERT_GT(n, 0u) << "byte " << i << " (0x" << std::hex << (static_cast<unsigned>(c) & 0xFF)
                     << ") is neither white space nor in a token";
    i += n;
  }
}

TEST(TokenizeProperty, SpansCoverAllNonWhitespace) {
  check_properties(read_article());
  check_properties(
      "He said, \"We will not.\" Then he left... (Really?!) \u201cYes,\u201d she said \u2014 ok\u2026");
  check_properties("U.S. e.g. a.m.-p.m. 1,200.50, 2025-04-09T10:30Z $5bn 50% don't Russia\u2019s O'Neill'");
  check_properties(
      "caf\u00e9\u0301 \u00a0 \u3000\u6f22\u5b57 \ud55c\uad6d\uc5b4 "
      "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 "
      "\U0001F600\u200d\U0001F4BB \xff\xfe\xc3 \xe2\x82 end");
  check_properties(std::string("nul\0byte\x01\x7f", 10));
  check_properties("''' --- ... ,,, ''s 's n't 'n't -'s x-'s x'-y");

  // Random strings over fragments that exercise every rule boundary (fixed seed: reproducible).
  const std::vector<std::string> pieces = {
      "a",      "Z",        "s",      "t",      "n",      "U",      "1",   "0",    ".",
      ",",      ":",        "/",      "-",      "'",      "\u2019", " ",   "\n",   "\u00a0",
      "\u2010", "\u201c",   "\u2026", "\u0301", "\u00e9", "$",      "%",   "\xff", "\xe2",
      "\x80",   "\xf0\x9f", "\t",     "\u0661", "\u200d", "e.g.",   "n't", "'s"};
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 24);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    check_properties(s);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

TEST(TokenizeProperty, TokenizingParagraphRangesMatchesWhole) {
  // Splitting a text at white space and tokenizing the pieces gives the same tokens as the whole text.
  const std::string text = read_article();
  const std::vector<Token> whole = tok(text);
  std::vector<Token> pieces;
  uint32_t b = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      tokenize(text, Span{b, i}, pieces);
      b = i + 1;
    }
  }
  EXPECT_EQ(whole, pieces);
}

// The token index against the slow, obviously correct answer (std::lower_bound by begin) at every byte of
// the seed article, a text of tokens separated by long runs of spaces and of multi-byte characters, and none.
TEST(TokenIndex, MatchesBinarySearchAtEveryByte) {
  const std::string texts[] = {read_article(), "a" + std::string(40, ' ') + "b  “c”—d\n\n\n\n\n\n\n\n\n\n e",
                               "", std::string(17, ' ')};
  for (const std::string& text : texts) {
    const std::vector<Token> tokens = tok(text);
    TokenIndex index;
    index.build(tokens, text.size());
    for (uint32_t at = 0; at <= text.size() + 20; ++at) {
      const size_t expected =
          size_t(std::lower_bound(tokens.begin(), tokens.end(), at,
                                  [](const Token& t, uint32_t b) { return t.begin < b; }) -
                 tokens.begin());
      ASSERT_EQ(index.first_at(at), expected) << "byte " << at << " of a text of " << text.size();
    }
  }
}

// Rebuilt for another document, the index answers for the new tokens only.
TEST(TokenIndex, RebuiltForAnotherDocument) {
  const std::string long_text = read_article(), short_text = "Kyiv said so.";
  const std::vector<Token> a = tok(long_text), b = tok(short_text);
  TokenIndex index;
  index.build(a, long_text.size());
  index.build(b, short_text.size());
  EXPECT_EQ(index.first_at(0), 0u);
  EXPECT_EQ(index.first_at(5), 1u);
  EXPECT_EQ(index.first_at(6), 2u);
  EXPECT_EQ(index.first_at(1000), b.size());
}

}  // namespace
}  // namespace claimtrace
