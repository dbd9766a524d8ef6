// Quantities: numeric claims on our own sentences (through the whole pipeline, so tokens, sentences,
// mentions and attributions are the real ones), the seed article, exclusions and odd input.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "claimtrace/pipeline.h"
#include "claimtrace/quantities.h"
#include "test_util.h"

namespace claimtrace {
namespace {

const Pipeline& pipeline() {
  static const Pipeline p;
  return p;
}

struct Extracted {
  Record r;
  std::vector<Quantity> q;
  std::string text(Span s) const { return r.doc.text.substr(s.begin, s.size()); }
};

Extracted run(const std::string& text, bool keep_duplicates = false) {
  Extracted out;
  Scratch scratch;
  Document d;
  d.text = text;
  pipeline().process(std::move(d), scratch, out.r);
  find_quantities(quantity_input(out.r, keep_duplicates), out.q);
  return out;
}

// The only quantity of `text` (fails when there is not exactly one).
Quantity one(const std::string& text, Extracted* keep = nullptr) {
  Extracted r = run(text);
  EXPECT_EQ(r.q.size(), 1u) << text;
  Quantity q = r.q.empty() ? Quantity{} : r.q[0];
  if (keep) *keep = std::move(r);
  return q;
}

std::string describe(const Extracted& r) {
  std::string s;
  for (const Quantity& q : r.q)
    s += "[" + r.text(q.span) + "|" + r.text(q.number) + "|" + std::to_string(q.value) + "|" +
         qualifier_name(q.qualifier) + "|" + r.text(q.unit) + "|" + q.unit_kind + "] ";
  return s;
}

// --- The seed-like cases ---------------------------------------------------------------------------------

TEST(Quantities, AtLeast155ChineseNationals) {
  Extracted r;
  const Quantity q =
      one("Zelensky claimed that at least 155 Chinese nationals are fighting alongside Russian forces in "
          "Ukraine.",
          &r);
  EXPECT_EQ(r.text(q.span), "at least 155 Chinese nationals");
  EXPECT_EQ(r.text(q.number), "155");
  EXPECT_EQ(q.value, 155);
  EXPECT_EQ(q.high, 155);
  EXPECT_EQ(q.qualifier, Qualifier::at_least);
  EXPECT_EQ(r.text(q.unit), "Chinese nationals");
  EXPECT_EQ(q.unit_kind, "count");
  EXPECT_FALSE(q.vague);
  EXPECT_EQ(q.sentence, 0u);
  ASSERT_GE(q.mention, 0);
  EXPECT_EQ(r.r.mentions[q.mention].actor.code, "CHN");
  // The statement: whichever attribution's content holds the number (the pipeline finds Zelensky's claim).
  int32_t expected = -1;
  for (size_t a = 0; a < r.r.attributions.size(); ++a)
    for (const Span& c : r.r.attributions[a].content.spans)
      if (c.begin <= q.number.begin && c.end >= q.number.end) expected = static_cast<int32_t>(a);
  EXPECT_EQ(q.statement, expected);
  if (q.statement >= 0) {
    const Attribution& a = r.r.attributions[q.statement];
    ASSERT_GE(a.source_mention, 0);
    EXPECT_EQ(r.r.mentions[a.source_mention].actor.country, "UKR");
  }
}

TEST(Quantities, TwoChineseFighters) {
  Extracted r;
  const Quantity q = one("Officials said two Chinese fighters were captured near the front.", &r);
  EXPECT_EQ(r.text(q.span), "two Chinese fighters");
  EXPECT_EQ(r.text(q.number), "two");
  EXPECT_EQ(q.value, 2);
  EXPECT_EQ(q.qualifier, Qualifier::exact);
  EXPECT_EQ(r.text(q.unit), "Chinese fighters");
  ASSERT_GE(q.mention, 0);
  EXPECT_EQ(r.r.mentions[q.mention].actor.code, "CHN");
}

TEST(Quantities, SeveralInOneSentenceInTextOrder) {
  Extracted r =
      run("The ministry said over 3,000 Russian soldiers and about 40 North Korean troops died last week.");
  ASSERT_EQ(r.q.size(), 2u) << describe(r);
  EXPECT_EQ(r.text(r.q[0].span), "over 3,000 Russian soldiers");
  EXPECT_EQ(r.q[0].value, 3000);
  EXPECT_EQ(r.q[0].qualifier, Qualifier::more_than);
  EXPECT_EQ(r.text(r.q[1].span), "about 40 North Korean troops");
  EXPECT_EQ(r.q[1].qualifier, Qualifier::about);
  ASSERT_GE(r.q[0].mention, 0);
  ASSERT_GE(r.q[1].mention, 0);
  EXPECT_EQ(r.r.mentions[r.q[0].mention].actor.code, "RUSMIL");
  EXPECT_EQ(r.r.mentions[r.q[1].mention].actor.code, "PRKMIL");
  EXPECT_LT(r.q[0].span.end, r.q[1].span.begin);
}

TEST(Quantities, StatementIsTheAttributionHoldingTheNumber) {
  Extracted r = run("Heavy rain fell on Tuesday. The governor said 14 bridges were destroyed by the floods.");
  ASSERT_EQ(r.q.size(), 1u) << describe(r);
  EXPECT_EQ(r.q[0].sentence, 1u);
  EXPECT_EQ(r.text(r.q[0].unit), "bridges");
  for (size_t a = 0; a < r.r.attributions.size(); ++a)
    for (const Span& c : r.r.attributions[a].content.spans)
      if (c.begin <= r.q[0].number.begin && c.end >= r.q[0].number.end) {
        EXPECT_GE(r.q[0].statement, 0);
      }
  if (r.q[0].statement >= 0) {
    const auto& spans = r.r.attributions[r.q[0].statement].content.spans;
    bool holds = false;
    for (const Span& c : spans) holds |= c.begin <= r.q[0].number.begin && c.end >= r.q[0].number.end;
    EXPECT_TRUE(holds);
  }
}

TEST(Quantities, StatementFromHandMadeAttributions) {
  // Attributions given directly: the innermost content holding the number wins.
  const std::string text = "The envoy said the mayor claimed 12 shelters were full.";
  std::vector<Token> tokens;
  tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
  std::vector<Sentence> sentences{{0, static_cast<uint32_t>(text.size()), 0}};
  std::vector<Paragraph> paragraphs{{0, static_cast<uint32_t>(text.size()), -1}};
  std::vector<Attribution> atts(3);
  atts[0].content.spans = {Span{15, 54}};  // "the mayor claimed 12 shelters were full"
  atts[1].content.spans = {Span{33, 54}};  // "12 shelters were full"
  atts[2].content.spans = {Span{0, 10}};
  QuantityInput in{text, tokens, sentences, paragraphs, {}, atts, false};
  std::vector<Quantity> out;
  find_quantities(in, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].value, 12);
  EXPECT_EQ(out[0].statement, 1);
  EXPECT_EQ(out[0].mention, -1);
}

// --- Qualifiers -------------------------------------------------------------------------------------------

struct QualCase {
  const char* text;
  const char* span;
  double value;
  Qualifier qualifier;
};

TEST(Quantities, Qualifiers) {
  const QualCase cases[] = {
      {"At least 9 ferries were delayed.", "At least 9 ferries", 9, Qualifier::at_least},
      {"No fewer than 40 drones were launched.", "No fewer than 40 drones", 40, Qualifier::at_least},
      {"A minimum of 12 ships took part.", "A minimum of 12 ships", 12, Qualifier::at_least},
      {"Ten or more ministers resigned.", "Ten or more ministers", 10, Qualifier::at_least},
      {"More than 300 soldiers crossed the river.", "More than 300 soldiers", 300, Qualifier::more_than},
      {"Over 3,000 troops arrived.", "Over 3,000 troops", 3000, Qualifier::more_than},
      {"Upwards of 70 tanks were seen.", "Upwards of 70 tanks", 70, Qualifier::more_than},
      {"In excess of 500 families fled.", "In excess of 500 families", 500, Qualifier::more_than},
      {"About 40 engineers stayed.", "About 40 engineers", 40, Qualifier::about},
      {"Around 25 journalists attended.", "Around 25 journalists", 25, Qualifier::about},
      {"Approximately 90 trucks waited.", "Approximately 90 trucks", 90, Qualifier::about},
      {"Roughly 15 villages lost power.", "Roughly 15 villages", 15, Qualifier::about},
      {"Some 200 volunteers joined.", "Some 200 volunteers", 200, Qualifier::about},
      {"Nearly 80 boats sank.", "Nearly 80 boats", 80, Qualifier::about},
      {"Almost 60 wells dried up.", "Almost 60 wells", 60, Qualifier::about},
      {"At most 30 inspectors will be admitted.", "At most 30 inspectors", 30, Qualifier::at_most},
      {"No more than 10 observers were allowed.", "No more than 10 observers", 10, Qualifier::at_most},
      {"A maximum of 8 aircraft may land.", "A maximum of 8 aircraft", 8, Qualifier::at_most},
      {"Fewer than 50 residents remained.", "Fewer than 50 residents", 50, Qualifier::fewer_than},
      {"Less than 20 shops reopened.", "Less than 20 shops", 20, Qualifier::fewer_than},
      {"Under 100 delegates voted.", "Under 100 delegates", 100, Qualifier::fewer_than},
      {"Up to 400 workers may lose their jobs.", "Up to 400 workers", 400, Qualifier::up_to},
      {"As many as 35 sailors were rescued.", "As many as 35 sailors", 35, Qualifier::up_to},
      {"Inspectors counted 155 ballots.", "155 ballots", 155, Qualifier::exact},
  };
  for (const QualCase& c : cases) {
    Extracted r = run(c.text);
    ASSERT_EQ(r.q.size(), 1u) << c.text << " → " << describe(r);
    EXPECT_EQ(r.text(r.q[0].span), c.span) << c.text;
    EXPECT_EQ(r.q[0].value, c.value) << c.text;
    EXPECT_EQ(r.q[0].high, c.value) << c.text;
    EXPECT_EQ(r.q[0].qualifier, c.qualifier) << c.text << " got " << qualifier_name(r.q[0].qualifier);
  }
}

TEST(Quantities, QualifierNames) {
  EXPECT_STREQ(qualifier_name(Qualifier::exact), "exact");
  EXPECT_STREQ(qualifier_name(Qualifier::about), "about");
  EXPECT_STREQ(qualifier_name(Qualifier::at_least), "at_least");
  EXPECT_STREQ(qualifier_name(Qualifier::more_than), "more_than");
  EXPECT_STREQ(qualifier_name(Qualifier::at_most), "at_most");
  EXPECT_STREQ(qualifier_name(Qualifier::fewer_than), "fewer_than");
  EXPECT_STREQ(qualifier_name(Qualifier::up_to), "up_to");
  EXPECT_STREQ(qualifier_name(Qualifier::range), "range");
}

// --- Ranges -----------------------------------------------------------------------------------------------

struct RangeCase {
  const char* text;
  const char* span;
  const char* number;
  double lo, hi;
  const char* unit_kind;
};

TEST(Quantities, Ranges) {
  const RangeCase cases[] = {
      {"Between 10 and 20 drones were shot down.", "Between 10 and 20 drones", "10 and 20", 10, 20, "count"},
      {"Crews found 10-20 drones in the field.", "10-20 drones", "10-20", 10, 20, "count"},
      {"Crews found 10 to 20 drones in the field.", "10 to 20 drones", "10 to 20", 10, 20, "count"},
      {"Crews found 10 \xE2\x80\x93 20 drones in the field.", "10 \xE2\x80\x93 20 drones",
       "10 \xE2\x80\x93 20", 10, 20, "count"},
      {"The fleet grew from 30 to 40 buses.", "from 30 to 40 buses", "30 to 40", 30, 40, "count"},
      {"Two or three helicopters circled.", "Two or three helicopters", "Two or three", 2, 3, "count"},
      {"Between two and five monitors stayed.", "Between two and five monitors", "two and five", 2, 5,
       "count"},
      {"Officials expect 1 to 2 million visitors.", "1 to 2 million visitors", "1 to 2 million", 1e6, 2e6,
       "count"},
      {"The plan costs $5-10 billion.", "$5-10 billion", "5-10 billion", 5e9, 1e10, "money"},
      {"Buyers paid $40 to $55 for each seat.", "$40 to $55", "40 to $55", 40, 55, "money"},
      {"Prices rose 10-15% this year.", "10-15%", "10-15", 10, 15, "percent"},
  };
  for (const RangeCase& c : cases) {
    Extracted r = run(c.text);
    ASSERT_EQ(r.q.size(), 1u) << c.text << " → " << describe(r);
    const Quantity& q = r.q[0];
    EXPECT_EQ(r.text(q.span), c.span) << c.text;
    EXPECT_EQ(r.text(q.number), c.number) << c.text;
    EXPECT_EQ(q.value, c.lo) << c.text;
    EXPECT_EQ(q.high, c.hi) << c.text;
    EXPECT_EQ(q.qualifier, Qualifier::range) << c.text;
    EXPECT_EQ(q.unit_kind, c.unit_kind) << c.text;
  }
}

// --- Word numbers and vague amounts -----------------------------------------------------------------------

struct WordCase {
  const char* text;
  const char* number;
  double value;
  bool vague;
  const char* unit;
};

TEST(Quantities, WordNumbers) {
  const WordCase cases[] = {
      {"Seven tankers waited offshore.", "Seven", 7, false, "tankers"},
      {"The convoy had twenty-five lorries.", "twenty-five", 25, false, "lorries"},
      {"Some said one hundred and fifty pilgrims arrived.", "one hundred and fifty", 150, false, "pilgrims"},
      {"Rescuers freed a dozen miners.", "a dozen", 12, false, "miners"},
      {"Rescuers freed two dozen miners.", "two dozen", 24, false, "miners"},
      {"Dozens of farmers protested.", "Dozens", 24, true, "farmers"},
      {"Hundreds of students marched.", "Hundreds", 100, true, "students"},
      {"Thousands of households lost heating.", "Thousands", 1000, true, "households"},
      {"Tens of thousands of protesters filled the square.", "Tens of thousands", 1e4, true, "protesters"},
      {"Hundreds of thousands of refugees crossed.", "Hundreds of thousands", 1e5, true, "refugees"},
      {"The agency reached a million subscribers.", "a million", 1e6, false, "subscribers"},
      {"The agency registered 1.2 million refugees.", "1.2 million", 1.2e6, false, "refugees"},
      {"The app gained 3 billion downloads.", "3 billion", 3e9, false, "downloads"},
      {"Several hundred fishermen were stranded.", "Several hundred", 300, true, "fishermen"},
      {"The march drew a few thousand supporters.", "a few thousand", 2000, true, "supporters"},
      {"The regiment lost two thousand five hundred horses.", "two thousand five hundred", 2500, false,
       "horses"},
  };
  for (const WordCase& c : cases) {
    Extracted r = run(c.text);
    ASSERT_EQ(r.q.size(), 1u) << c.text << " → " << describe(r);
    const Quantity& q = r.q[0];
    EXPECT_EQ(r.text(q.number), c.number) << c.text;
    EXPECT_DOUBLE_EQ(q.value, c.value) << c.text;
    EXPECT_EQ(q.vague, c.vague) << c.text;
    EXPECT_EQ(r.text(q.unit), c.unit) << c.text;
    EXPECT_EQ(q.qualifier, Qualifier::exact) << c.text;
  }
}

// --- Money, percent, measures -----------------------------------------------------------------------------

struct KindCase {
  const char* text;
  const char* span;
  double value;
  const char* unit;
  const char* unit_kind;
  const char* currency;
};

TEST(Quantities, MoneyPercentAndMeasures) {
  const KindCase cases[] = {
      {"The donors pledged $5 million on Friday.", "$5 million", 5e6, "$", "money", "USD"},
      {"The donors pledged 5 million dollars on Friday.", "5 million dollars", 5e6, "dollars", "money",
       "USD"},
      {"The bank lent \xE2\x82\xAC"
       "3bn to the utility.",
       "\xE2\x82\xAC"
       "3bn",
       3e9, "\xE2\x82\xAC", "money", "EUR"},
      {"The club paid \xC2\xA3"
       "40m for the striker.",
       "\xC2\xA3"
       "40m",
       4e7, "\xC2\xA3", "money", "GBP"},
      {"The fund holds US$200 in cash.", "US$200", 200, "US$", "money", "USD"},
      {"A loan of USD 20 million was signed.", "USD 20 million", 2e7, "USD", "money", "USD"},
      {"The bid was 165 million Canadian dollars.", "165 million Canadian dollars", 1.65e8,
       "Canadian dollars", "money", ""},
      {"Output may reach one mln barrels.", "one mln barrels", 1e6, "barrels", "other", ""},
      {"Tickets cost 200 yuan each.", "200 yuan", 200, "yuan", "money", "CNY"},
      {"The grant was 7 million US dollars.", "7 million US dollars", 7e6, "US dollars", "money", "USD"},
      {"Turnout fell to 15% in the north.", "15%", 15, "%", "percent", ""},
      {"Turnout fell to 15 percent in the north.", "15 percent", 15, "percent", "percent", ""},
      {"Turnout fell by 2.5 per cent in the north.", "2.5 per cent", 2.5, "per cent", "percent", ""},
      {"The talks lasted five years in total.", "five years", 5, "years", "duration", ""},
      {"The column advanced 40 km overnight.", "40 km", 40, "km", "distance", ""},
      {"The column advanced 10km overnight.", "10km", 10, "km", "distance", ""},
      {"The ridge lies 500m above the valley.", "500m", 500, "m", "distance", ""},
      {"Inspectors seized 12 tonnes of fuel.", "12 tonnes", 12, "tonnes", "other", ""},
      {"They announced a 10-day ceasefire.", "10-day", 10, "day", "duration", ""},
      {"They announced a three-day truce.", "three-day", 3, "day", "duration", ""},
      {"A 3,000-strong force moved north.", "3,000-strong force", 3000, "force", "count", ""},
  };
  for (const KindCase& c : cases) {
    Extracted r = run(c.text);
    ASSERT_EQ(r.q.size(), 1u) << c.text << " → " << describe(r);
    const Quantity& q = r.q[0];
    EXPECT_EQ(r.text(q.span), c.span) << c.text;
    EXPECT_DOUBLE_EQ(q.value, c.value) << c.text;
    EXPECT_EQ(r.text(q.unit), c.unit) << c.text;
    EXPECT_EQ(q.unit_kind, c.unit_kind) << c.text;
    EXPECT_EQ(q.currency, c.currency) << c.text;
  }
}

TEST(Quantities, UnitStopsAtVerbsAndParticiples) {
  Extracted r =
      run("Police said 40 killed and 155 wounded soldiers were evacuated, while 12 of the medics stayed.");
  ASSERT_EQ(r.q.size(), 3u) << describe(r);
  EXPECT_EQ(r.q[0].value, 40);
  EXPECT_EQ(r.q[0].unit.size(), 0u);  // "killed" is a verb here
  EXPECT_EQ(r.q[0].unit_kind, "other");
  EXPECT_EQ(r.text(r.q[1].unit), "wounded soldiers");
  EXPECT_EQ(r.text(r.q[2].unit), "medics");
  EXPECT_EQ(r.text(r.q[2].span), "12 of the medics");
}

TEST(Quantities, TheUnitAfterMoreOrAdditional) {
  Extracted r = run("Up to 500 more troops could follow. Exports rose 500 more than expected.");
  ASSERT_EQ(r.q.size(), 2u) << describe(r);
  EXPECT_EQ(r.text(r.q[0].unit), "troops");
  EXPECT_EQ(r.text(r.q[0].span), "Up to 500 more troops");
  EXPECT_EQ(r.q[1].unit.size(), 0u);  // "more than": a comparison, no unit
}

// --- Exclusions -------------------------------------------------------------------------------------------

TEST(Quantities, DatesYearsTimesOrdinalsAndLabelsAreNotAmounts) {
  const char* texts[] = {
      "The law changed in 2024 after a long debate.",
      "The decree was signed on 2025-04-09 in the capital.",
      "The meeting starts at 10:30 on Monday.",
      "The meeting starts at 10 a.m. on Monday.",
      "The meeting starts at 9pm on Monday.",
      "The first convoy left on Monday.",
      "The 3rd brigade and the 21st battalion withdrew.",
      "Prices doubled in the 1990s.",
      "The vote is set for April 9 in the capital.",
      "The vote is set for 9 May in the capital.",
      "NATO invoked Article 5 once.",
      "Resolution 2231 was endorsed.",
      "He moved into No. 10 quietly.",
      "One of the guards fled.",
      "No one was hurt in the blast.",
      "The rivals thanked one another.",
      "The F-16 jets landed safely.",
      "A Boeing 747 landed safely.",
      "Apple unveiled the iPhone 6 on Tuesday.",
      "The firm sold the new Audi 80 in Europe.",
      "The 2022-2023 season was cut short.",
      "Officials compared 2014 to 2022 in the report.",
      "",
  };
  for (const char* t : texts) {
    Extracted r = run(t);
    EXPECT_TRUE(r.q.empty()) << t << " → " << describe(r);
  }
}

// A bare number after a name is part of the name ("Boeing 747", above); after a place it is a table's row,
// and numbers with separators or a unit stay.
TEST(Quantities, NumbersAfterPlacesOrWithSeparatorsStay) {
  EXPECT_EQ(run("Quotas were cut for Spain 192 and Malta 500 this year.").q.size(), 2u);
  EXPECT_EQ(run("Net income rose to 614,000 from Net 449,000 last year.").q.size(), 2u);
  EXPECT_EQ(run("A Boeing 747 carrying 300 passengers landed.").q.size(), 1u);
}

TEST(Quantities, YearLikeFiguresStayWhenClearlyAmounts) {
  Quantity q = one("At least 2000 people fled the town.");
  EXPECT_EQ(q.value, 2000);
  EXPECT_EQ(q.qualifier, Qualifier::at_least);
  q = one("The repair cost $2024 in total.");
  EXPECT_EQ(q.value, 2024);
  EXPECT_EQ(q.unit_kind, "money");
  q = one("The grant rose by 2,000 tonnes.");
  EXPECT_EQ(q.value, 2000);
}

// --- Paragraph duplicates, the seed article ---------------------------------------------------------------

TEST(Quantities, DuplicateParagraphsSkipped) {
  const std::string text =
      "Officials said 12 drones were downed overnight.\n\nA later update followed.\n\n"
      "Officials said 12 drones were downed overnight.";
  Extracted r = run(text);
  ASSERT_EQ(r.q.size(), 1u) << describe(r);
  EXPECT_EQ(r.q[0].value, 12);
  Extracted k = run(text, /*keep_duplicates=*/true);
  ASSERT_EQ(k.q.size(), 2u) << describe(k);
  EXPECT_GT(k.q[1].span.begin, k.q[0].span.begin);
}

TEST(Quantities, SeedArticle) {
  Extracted r = run(test_util::read_file(test_util::source_path("examples/article-chinese-nationals.txt")));
  bool found155 = false;
  int fighters = 0;
  for (const Quantity& q : r.q) {
    if (q.value == 155) {
      found155 = true;
      EXPECT_EQ(q.qualifier, Qualifier::at_least);
      EXPECT_EQ(r.text(q.unit), "Chinese nationals");
      ASSERT_GE(q.mention, 0);
      EXPECT_EQ(r.r.mentions[q.mention].actor.code, "CHN");
    }
    if (q.value == 2 && r.text(q.unit) == "Chinese fighters") {
      ++fighters;
      EXPECT_EQ(q.qualifier, Qualifier::exact);
      ASSERT_GE(q.mention, 0);
      EXPECT_EQ(r.r.mentions[q.mention].actor.code, "CHN");
    }
    // Nothing from the duplicated paragraphs, nothing that is not an amount ("first", "two" only).
    EXPECT_LT(r.r.paragraphs[r.r.sentences[q.sentence].paragraph].duplicate_of, 0);
  }
  EXPECT_TRUE(found155) << describe(r);
  EXPECT_EQ(fighters, 2) << describe(r);  // "capture of two Chinese fighters", "the two Chinese fighters"
  EXPECT_EQ(r.q.size(), 3u) << describe(r);
}

// --- Odd input --------------------------------------------------------------------------------------------

TEST(Quantities, OddInputNeverCrashes) {
  std::vector<Quantity> out;
  find_quantities(QuantityInput{}, out);
  EXPECT_TRUE(out.empty());

  // Tokens and sentences past the text end, a paragraph index out of range.
  const std::string text = "about 12";
  std::vector<Token> tokens{{0, 5, TokenKind::word}, {6, 8, TokenKind::number}, {8, 40, TokenKind::number}};
  std::vector<Sentence> sentences{{0, 50, 7}};
  find_quantities(QuantityInput{text, tokens, sentences, {}, {}, {}, false}, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].value, 12);
  EXPECT_EQ(out[0].qualifier, Qualifier::about);
  EXPECT_LE(out[0].span.end, text.size());

  // Random bytes, digits, currency signs and number words through the real tokenizer.
  std::mt19937 rng(7);
  const char* pieces[] = {"$",       "\xE2\x82\xAC", "12",   "3,000",   "-",      "to",   "and",
                          "between", "at least",     "one",  "twenty-", "dozens", "of",   "tens",
                          "a",       "million",      "%",    ".",       "\xFF",   "\xC3", "bn",
                          "1.",      "0:3",          "2025", "-strong", " ",      " ",    "\n",
                          "m",       "US",           "or",   "more"};
  for (int iter = 0; iter < 3000; ++iter) {
    std::string t;
    const int n = static_cast<int>(rng() % 16);
    for (int k = 0; k < n; ++k) {
      t += pieces[rng() % std::size(pieces)];
      if (rng() % 2) t += ' ';
    }
    if (rng() % 4 == 0) t += static_cast<char>(rng() % 256);
    std::vector<Token> tk;
    tokenize(t, Span{0, static_cast<uint32_t>(t.size())}, tk);
    std::vector<Sentence> ss{{0, static_cast<uint32_t>(t.size()), 0}};
    std::vector<Paragraph> ps{{0, static_cast<uint32_t>(t.size()), -1}};
    std::vector<Quantity> q;
    find_quantities(QuantityInput{t, tk, ss, ps, {}, {}, false}, q);
    for (const Quantity& x : q) {
      EXPECT_LE(x.span.begin, x.span.end);
      EXPECT_LE(x.span.end, t.size());
      EXPECT_LE(x.span.begin, x.number.begin);
      EXPECT_LE(x.number.end, x.span.end);
      EXPECT_LE(x.value, x.high);
    }
  }
}

}  // namespace
}  // namespace claimtrace
