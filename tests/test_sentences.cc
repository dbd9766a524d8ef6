#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimtrace/text.h"

namespace claimtrace {
namespace {

using Strings = std::vector<std::string>;

// The sentences of `text` taken as one paragraph.
Strings split(std::string_view text, const Abbreviations& abbreviations = Abbreviations::builtin()) {
  std::vector<Token> tokens;
  tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
  std::vector<Sentence> sentences;
  split_sentences(text, tokens, 0, tokens.size(), 0, abbreviations, sentences);
  Strings out;
  for (const Sentence& s : sentences) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::string read_article() {
  std::ifstream in(CLAIMTRACE_SOURCE_DIR "/examples/article-chinese-nationals.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Strings lines(const std::string& text) {
  Strings v;
  std::stringstream ss(text);
  for (std::string line; std::getline(ss, line);)
    if (!line.empty()) v.push_back(line);
  return v;
}

TEST(Sentences, SeedArticleFirstParagraph) {
  const Strings paragraphs = lines(read_article());
  ASSERT_EQ(paragraphs.size(), 9u);
  const Strings s = split(paragraphs[0]);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(
      s[0],
      "Zelensky has put forth a controversial claim stating that at least 155 Chinese nationals are fighting "
      "alongside Russian forces in Ukraine.");
  EXPECT_TRUE(s[1].starts_with("This assertion follows"));
  EXPECT_TRUE(s[2].starts_with("While addressing journalists"));
  EXPECT_TRUE(s[2].ends_with("passport details."));
}

TEST(Sentences, SeedArticleUsGovernmentIsNotSplit) {
  const Strings paragraphs = lines(read_article());
  ASSERT_GE(paragraphs.size(), 4u);
  const Strings s = split(paragraphs[3]);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(
      s[1],
      "Meanwhile, the U.S. government has expressed concern about the involvement of Chinese soldiers on the "
      "battlefield.");
  for (const std::string& p : paragraphs) EXPECT_EQ(split(p).size(), 3u) << p;
}

TEST(Sentences, SeedArticleWithSplitParagraphsAndIndices) {
  // The whole article through the library's own paragraph splitter; sentence paragraph indices are kept.
  const std::string text = read_article();
  std::vector<Paragraph> paragraphs;
  split_paragraphs(text, paragraphs);
  ASSERT_EQ(paragraphs.size(), 9u);
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    const size_t first = tokens.size();
    tokenize(text, Span{paragraphs[p].begin, paragraphs[p].end}, tokens);
    split_sentences(text, tokens, first, tokens.size(), p, Abbreviations::builtin(), sentences);
  }
  ASSERT_EQ(sentences.size(), 27u);
  for (size_t i = 0; i < sentences.size(); ++i) EXPECT_EQ(sentences[i].paragraph, i / 3);
}

TEST(Sentences, TitlesAndMonths) {
  EXPECT_EQ(
      split("Mr. Smith met Dr. Jones and Gen. Mark Milley on Sept. 11. They talked for an hour."),
      (Strings{"Mr. Smith met Dr. Jones and Gen. Mark Milley on Sept. 11.", "They talked for an hour."}));
  EXPECT_EQ(split("Sen. Warren and Rep. Ocasio-Cortez spoke. Prof. Lee did not."),
            (Strings{"Sen. Warren and Rep. Ocasio-Cortez spoke.", "Prof. Lee did not."}));
  EXPECT_EQ(split("It happened in Sept. The markets fell."),  // a "final" month before a sentence starter
            (Strings{"It happened in Sept.", "The markets fell."}));
  EXPECT_EQ(split("MR. SMITH WENT HOME."), (Strings{"MR. SMITH WENT HOME."}));  // case-insensitive
}

TEST(Sentences, Initials) {
  EXPECT_EQ(split("J. R. Smith arrived. He left early."),
            (Strings{"J. R. Smith arrived.", "He left early."}));
  EXPECT_EQ(split("The author J.R.R. Tolkien wrote it. J. A. Smith agreed."),
            (Strings{"The author J.R.R. Tolkien wrote it.", "J. A. Smith agreed."}));
  EXPECT_EQ(split("He backed Plan B. The rest did not."),
            (Strings{"He backed Plan B.", "The rest did not."}));
  EXPECT_EQ(split("So did I. Nobody else did."), (Strings{"So did I.", "Nobody else did."}));
}

TEST(Sentences, NumbersAndLowercaseContinuations) {
  EXPECT_EQ(
      split("Growth was 1.5 percent in 2024. Prices rose 3.2 percent. Sales hit $1,200.50 each."),
      (Strings{"Growth was 1.5 percent in 2024.", "Prices rose 3.2 percent.", "Sales hit $1,200.50 each."}));
  EXPECT_EQ(split("See p. 5 of the report. Visit reuters.com today."),
            (Strings{"See p. 5 of the report.", "Visit reuters.com today."}));
  EXPECT_EQ(split("Some fruit, e.g. apples, i.e. the red ones. It works."),
            (Strings{"Some fruit, e.g. apples, i.e. the red ones.", "It works."}));
  EXPECT_EQ(split("It ranked No. 10 in the world."), (Strings{"It ranked No. 10 in the world."}));
}

TEST(Sentences, GluedTokensDoNotStartASentence) {
  EXPECT_EQ(split("Sen. Jesse Helms (R-N.C.) spoke. Shares of Hutchison <HWHH.HK> rose. Wm. Wrigley agreed."),
            (Strings{"Sen. Jesse Helms (R-N.C.) spoke.", "Shares of Hutchison <HWHH.HK> rose.",
                     "Wm. Wrigley agreed."}));
}

TEST(Sentences, CompanyAndCountryAbbreviations) {
  EXPECT_EQ(split("The plan was approved in the U.S. The vote was close."),
            (Strings{"The plan was approved in the U.S.", "The vote was close."}));
  EXPECT_EQ(split("U.S. President Joe Biden spoke. The U.K. Treasury agreed."),
            (Strings{"U.S. President Joe Biden spoke.", "The U.K. Treasury agreed."}));
  EXPECT_EQ(split("Shares of Apple Inc. rose. They sold Acme Corp. Analysts cheered."),
            (Strings{"Shares of Apple Inc. rose.", "They sold Acme Corp. Analysts cheered."}));
  EXPECT_EQ(split("He joined Acme Corp. In May he quit."),
            (Strings{"He joined Acme Corp.", "In May he quit."}));
  EXPECT_EQ(
      split("Apple Inc., the maker, grew. It met at 10 a.m. The talks ended at 5 p.m. Tuesday."),
      (Strings{"Apple Inc., the maker, grew.", "It met at 10 a.m.", "The talks ended at 5 p.m. Tuesday."}));
}

TEST(Sentences, QuotesBelongToTheirSentence) {
  EXPECT_EQ(split("He said, \"We will not.\" Then he left."),
            (Strings{"He said, \"We will not.\"", "Then he left."}));
  EXPECT_EQ(split("He said, \u201cWe will not.\u201d Then he left."),
            (Strings{"He said, \u201cWe will not.\u201d", "Then he left."}));
  EXPECT_EQ(split("She said: 'It is over.' He agreed."), (Strings{"She said: 'It is over.'", "He agreed."}));
  // A quote opening the next sentence is not a closing quote.
  EXPECT_EQ(split("He left. \"We won,\" she said."), (Strings{"He left.", "\"We won,\" she said."}));
  // Question inside a quotation followed by the speaker: one sentence.
  EXPECT_EQ(split("\u201cWhy?\u201d he asked. \u201cWe won.\u201d Lin Jian said."),
            (Strings{"\u201cWhy?\u201d he asked.", "\u201cWe won.\u201d Lin Jian said."}));
}

TEST(Sentences, Brackets) {
  EXPECT_EQ(
      split("He left (for good.) Then she came. (She was late.) It rained [again.] Fine."),
      (Strings{"He left (for good.)", "Then she came.", "(She was late.)", "It rained [again.]", "Fine."}));
  EXPECT_EQ(split("Prices rose (see chart). Then fell."),
            (Strings{"Prices rose (see chart).", "Then fell."}));
}

TEST(Sentences, QuestionAndExclamation) {
  EXPECT_EQ(split("Why? Because! Really?! Yes!!! No."),
            (Strings{"Why?", "Because!", "Really?!", "Yes!!!", "No."}));
  EXPECT_EQ(split("Is it true? we asked."), (Strings{"Is it true? we asked."}));
  EXPECT_EQ(split("\"Why?\", he asked."), (Strings{"\"Why?\", he asked."}));
}

TEST(Sentences, Ellipsis) {
  EXPECT_EQ(split("He paused\u2026 Then he spoke. And then... nothing. Wait... What?"),
            (Strings{"He paused\u2026", "Then he spoke.", "And then... nothing.", "Wait...", "What?"}));
  EXPECT_EQ(split("He said \u2026 the plan works."), (Strings{"He said \u2026 the plan works."}));
}

TEST(Sentences, MultibytePunctuation) {
  EXPECT_EQ(split("Er kam\u2026 Dann ging er\uff01 Fertig\uff1f Ja\u3002 \u00abOui.\u00bb Non."),
            (Strings{"Er kam\u2026", "Dann ging er\uff01", "Fertig\uff1f", "Ja\u3002", "\u00abOui.\u00bb",
                     "Non."}));
  EXPECT_EQ(
      split(
          "\u041e\u043d \u043f\u0440\u0438\u0448\u0451\u043b. \u041e\u043d\u0430 \u0443\u0448\u043b\u0430."),
      (Strings{"\u041e\u043d \u043f\u0440\u0438\u0448\u0451\u043b.",
               "\u041e\u043d\u0430 \u0443\u0448\u043b\u0430."}));
}

TEST(Sentences, InvalidUtf8DoesNotCrash) {
  const std::string text = "Bad \xff\xfe bytes. More \xe2\x80 here! \xc3";
  const Strings s = split(text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0], "Bad \xff\xfe bytes.");
  EXPECT_EQ(s[2], "\xc3");
}

TEST(Sentences, NoTerminatorOrEmpty) {
  EXPECT_EQ(split("a headline without a period"), (Strings{"a headline without a period"}));
  EXPECT_EQ(split("   "), Strings{});
  EXPECT_EQ(split("."), (Strings{"."}));
  EXPECT_EQ(split("Trailing space.  "), (Strings{"Trailing space."}));
}

TEST(Sentences, TokenRangeAndParagraphIndex) {
  const std::string text = "First one. Second one! Third";
  std::vector<Token> tokens;
  tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
  std::vector<Sentence> out{Sentence{0, 1, 9}};                                       // appended to
  split_sentences(text, tokens, 3, tokens.size(), 7, Abbreviations::builtin(), out);  // from "Second"
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[1], (Sentence{11, 22, 7}));
  EXPECT_EQ(out[2], (Sentence{23, 28, 7}));
  out.clear();
  split_sentences(text, tokens, 2, 2, 0, Abbreviations::builtin(), out);
  EXPECT_TRUE(out.empty());
}

TEST(Sentences, SpansPartitionTheTokens) {
  const Strings texts = {
      read_article(),
      "He said, \"We will not.\" Then he left... (Really?!) \u201cYes,\u201d she said. U.S. "
      "officials met Mr. J. R. Smith at 10 a.m. The end",
      "\xff. \xfe! . ? \u2026 \u201d ) ] '. \"", "Inc. Co. Corp. The. A. B. C. e.g. The U.S.! U.S.? (U.S.)"};
  for (const std::string& text : texts) {
    std::vector<Token> tokens;
    tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
    std::vector<Sentence> sentences;
    split_sentences(text, tokens, 0, tokens.size(), 0, Abbreviations::builtin(), sentences);
    size_t t = 0;
    for (const Sentence& s : sentences) {
      ASSERT_LT(t, tokens.size());
      EXPECT_EQ(s.begin, tokens[t].begin);
      while (t < tokens.size() && tokens[t].end <= s.end) ++t;
      EXPECT_EQ(s.end, tokens[t - 1].end);
      EXPECT_LT(s.begin, s.end);
    }
    EXPECT_EQ(t, tokens.size()) << text;
  }
}

// --- The abbreviation resource ---

TEST(SentencesAbbreviations, BuiltinResource) {
  const Abbreviations& a = Abbreviations::builtin();
  EXPECT_EQ(&a, &Abbreviations::builtin());  // parsed once
  for (const char* w :
       {"Mr", "mr", "MR", "Dr", "Gen", "Sept", "U.S", "u.s", "e.g", "Inc", "Calif", "vs", "etc"})
    EXPECT_TRUE(a.is_abbreviation(w)) << w;
  for (const char* w : {"Inc", "Co", "Corp", "Ltd", "Jr", "U.S", "U.K", "U.N", "a.m", "p.m", "etc", "Sept"})
    EXPECT_TRUE(a.is_sentence_final_ok(w)) << w;
  for (const char* w : {"Mr", "Dr", "Gen", "e.g", "vs"}) EXPECT_FALSE(a.is_sentence_final_ok(w)) << w;
  for (const char* w : {"the", "Russia", "", "U.S.", "Mr."}) EXPECT_FALSE(a.is_abbreviation(w)) << w;
}

TEST(SentencesAbbreviations, ParseEntriesFlagsCommentsAndCrlf) {
  auto r = Abbreviations::parse(
      "claimtrace-abbreviations 1\r\n# comment\r\n\r\nFoo\r\nBar\tfinal\r\n   \r\n  # indented comment\nX.Y",
      "t");
  ASSERT_TRUE(r.ok()) << r.error().where << " " << r.error().message;
  const Abbreviations& a = r.value();
  EXPECT_TRUE(a.is_abbreviation("foo"));
  EXPECT_FALSE(a.is_sentence_final_ok("FOO"));
  EXPECT_TRUE(a.is_abbreviation("BAR"));
  EXPECT_TRUE(a.is_sentence_final_ok("bar"));
  EXPECT_TRUE(a.is_abbreviation("x.y"));
  EXPECT_FALSE(a.is_abbreviation("comment"));
  EXPECT_FALSE(a.is_abbreviation("Mr"));
  // A custom list changes the splitter.
  EXPECT_EQ(split("Ask Foo. Bar.", a), (Strings{"Ask Foo. Bar."}));
  EXPECT_EQ(split("Ask Foo. Bar.", Abbreviations::builtin()), (Strings{"Ask Foo.", "Bar."}));
  EXPECT_TRUE(Abbreviations::parse("claimtrace-abbreviations 1", "t").ok());
}

void expect_error(std::string_view text, const std::string& where, const std::string& message_part) {
  auto r = Abbreviations::parse(text, "abbr.txt");
  ASSERT_FALSE(r.ok()) << text;
  EXPECT_EQ(r.error().code, ErrorCode::resource);
  EXPECT_EQ(r.error().where, where) << text;
  EXPECT_NE(r.error().message.find(message_part), std::string::npos) << r.error().message;
}

TEST(SentencesAbbreviations, ParseErrorsNameTheLine) {
  expect_error("", "abbr.txt:1", "missing header");
  expect_error("Mr\nDr\n", "abbr.txt:1", "bad header");
  expect_error("\nclaimtrace-abbreviations 1\n", "abbr.txt:1", "bad header");
  expect_error("claimtrace-abbreviations 2\nMr\n", "abbr.txt:1", "unsupported version");
  expect_error("claimtrace-abbreviations 1\nMr\n\nDr.\n", "abbr.txt:4", "must not end with '.'");
  expect_error("claimtrace-abbreviations 1\nMr\nSt Louis\n", "abbr.txt:3", "white space");
  expect_error("claimtrace-abbreviations 1\n# c\nInc\tfinal\nCo\tfinl\n", "abbr.txt:4", "unknown flag");
  expect_error("claimtrace-abbreviations 1\nInc\t\n", "abbr.txt:2", "missing flag");
  expect_error("claimtrace-abbreviations 1\nMr\nmr\n", "abbr.txt:3", "duplicate");
  expect_error("claimtrace-abbreviations 1\n  Mr\n", "abbr.txt:2", "leading white space");
  expect_error("claimtrace-abbreviations 1\nMr # mister\n", "abbr.txt:2", "white space");
}

}  // namespace
}  // namespace claimtrace
