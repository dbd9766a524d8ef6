#include <gtest/gtest.h>

#include <random>

#include "claimtrace/actors.h"
#include "claimtrace/pipeline.h"
#include "pipeline_util.h"
#include "test_util.h"

using namespace claimtrace;

namespace {

const ActorLexicon& test_lexicon() {
  static const ActorLexicon lex = [] {
    auto r = ActorLexicon::parse(test_util::read_file(test_util::source_path("tests/data/actors-test.tsv")),
                                 "actors-test.tsv");
    EXPECT_TRUE(r.ok()) << r.error().to_string();
    return std::move(r).value();
  }();
  return lex;
}

std::shared_ptr<const LexiconMatcher> test_matcher() {
  static auto m = LexiconMatcher::compile(test_lexicon());
  EXPECT_TRUE(m.ok());
  return m.value();
}

// Mentions of `text` with the test lexicon (no NER), as "text=CODE/type/source" strings.
std::vector<std::string> mentions_of(const std::string& text, const std::vector<NamedSpan>& names = {},
                                     std::string_view date = "") {
  Document d;
  d.text = text;
  Pipeline plain;  // segmentation only: mentions are built here with the test lexicon
  Scratch scratch;
  Record rec;
  plain.process(std::move(d), scratch, rec);
  LexiconMatcher::Scratch ms;
  std::vector<LexiconMatch> matches;
  test_matcher()->match(text, ms, matches);
  std::vector<Mention> out;
  MentionOptions o;
  o.date = date;
  build_mentions(text, rec.tokens, rec.sentences, rec.paragraphs, matches, names, test_lexicon(), o, out);
  std::vector<std::string> s;
  for (const auto& m : out) {
    s.push_back(text.substr(m.begin, m.end - m.begin) + "=" + (m.resolved ? m.actor.code : "?") + "/" +
                m.type + "/" + mention_source_name(m.source));
  }
  return s;
}

}  // namespace

TEST(ActorLexicon, ParsesAndGroupsAliases) {
  const auto& lex = test_lexicon();
  EXPECT_EQ(lex.entries().size(), 25u);
  size_t trump = 0;
  for (const auto& a : lex.aliases()) {
    if (a.phrase == "Trump") trump = a.entries.size();
    if (a.phrase == "government") {
      EXPECT_TRUE(a.caseless);
    }
    if (a.phrase == "US") {
      EXPECT_FALSE(a.caseless);
    }
  }
  EXPECT_EQ(trump, 2u);
}

TEST(ActorLexicon, PicksTheOfficeHolderOfTheDate) {
  const auto& lex = test_lexicon();
  const ActorAlias* trump = nullptr;
  for (const auto& a : lex.aliases()) {
    if (a.phrase == "Trump") trump = &a;
  }
  ASSERT_NE(trump, nullptr);
  EXPECT_EQ(lex.entries()[lex.pick(*trump, "2018-06-01")].id, "p.trump-1");
  EXPECT_EQ(lex.entries()[lex.pick(*trump, "2025-04-09")].id, "p.trump");
  EXPECT_EQ(lex.entries()[lex.pick(*trump, "")].id, "p.trump");
}

TEST(ActorLexicon, ErrorsNameTheLine) {
  auto bad = ActorLexicon::parse("claimtrace-actors 1\nX\tcountry\tX\n", "a.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "a.tsv:2");
  auto header = ActorLexicon::parse("actors 2\n", "a.tsv");
  ASSERT_FALSE(header.ok());
  EXPECT_EQ(header.error().where, "a.tsv:1");
  auto kind = ActorLexicon::parse("claimtrace-actors 1\nX\tplanet\tX\t\t\tGPE\tX\tX\t\t\n", "a.tsv");
  ASSERT_FALSE(kind.ok());
  EXPECT_NE(kind.error().message.find("unknown kind"), std::string::npos);
  auto dup = ActorLexicon::parse(
      "claimtrace-actors 1\nX\tcountry\tX\t\t\tGPE\tX\tX\t\t\nX\tcountry\tX\t\t\tGPE\tX\tX\t\t\n", "a.tsv");
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().where, "a.tsv:3");
}

TEST(LexiconMatcher, BoundariesCaseAndTypographicApostrophes) {
  LexiconMatcher::Scratch s;
  std::vector<LexiconMatch> out;
  const std::string text =
      "USAID and the US met. Russia\xE2\x80\x99s GOVERNMENT; C\xC3\xB4te? Cote d\xE2\x80\x99Ivoire. usa";
  test_matcher()->match(text, s, out);
  std::vector<std::string> got;
  for (const auto& m : out) got.push_back(text.substr(m.begin, m.end - m.begin));
  EXPECT_EQ(got, (std::vector<std::string>{"US", "Russia", "GOVERNMENT", "Cote d\xE2\x80\x99Ivoire"}));
}

TEST(LexiconMatcher, AgreesWithTheNaiveReferenceOnGeneratedText) {
  // Random text built from alias pieces, partial words, punctuation and multibyte characters.
  const auto& lex = test_lexicon();
  std::vector<std::string> pieces = {" ",         " ",  ". ", "'s ", "\xE2\x80\x99", "-", "x",
                                     "Z\xC3\xBC", "\n", "ab", "S"};
  for (const auto& a : lex.aliases()) {
    pieces.push_back(a.phrase);
    std::string upper = a.phrase;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    pieces.push_back(upper);
    pieces.push_back(a.phrase.substr(0, a.phrase.size() / 2 + 1));
  }
  std::mt19937 rng(42);
  LexiconMatcher::Scratch s;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    std::vector<LexiconMatch> fast, slow;
    test_matcher()->match(text, s, fast);
    naive_lexicon_match(lex, text, slow);
    ASSERT_EQ(fast, slow) << "text: " << text;
  }
}

TEST(LexiconMatcher, TheBuiltinDatabaseIsPrecompiledAndMatchesAsACompiledOne) {
  // The test binary links the database the build compiled (claimtrace_actor_db): builtin() reads it instead
  // of compiling, and it finds what a database compiled now finds.
  auto builtin = LexiconMatcher::builtin();
  ASSERT_TRUE(builtin.ok()) << builtin.error().to_string();
  EXPECT_TRUE(builtin.value()->precompiled());
  auto compiled = LexiconMatcher::compile(ActorLexicon::builtin());
  ASSERT_TRUE(compiled.ok());
  EXPECT_FALSE(compiled.value()->precompiled());
  const std::string text =
      test_util::read_file(test_util::source_path("examples/article-chinese-nationals.txt"));
  LexiconMatcher::Scratch s1, s2;
  std::vector<LexiconMatch> a, b;
  builtin.value()->match(text, s1, a);
  compiled.value()->match(text, s2, b);
  EXPECT_GT(a.size(), 20u);
  EXPECT_EQ(a, b);
}

TEST(LexiconMatcher, APrecompiledDatabaseOfAnotherLexiconIsIgnored) {
  auto builtin = LexiconMatcher::builtin();
  ASSERT_TRUE(builtin.ok());
  const std::string other = builtin.value()->serialize();
  const std::string own = test_matcher()->serialize();
  ASSERT_GT(own.size(), 16u);
  // Another lexicon's database, a damaged one, nothing: compiled; its own: read.
  std::string damaged = own;
  damaged[damaged.size() / 2] ^= 0x55;
  damaged.resize(damaged.size() - 7);
  const std::string text = "The U.S. government and Russian forces met in Beijing; the Kremlin said nothing.";
  std::vector<LexiconMatch> reference;
  naive_lexicon_match(test_lexicon(), text, reference);
  ASSERT_FALSE(reference.empty());
  const std::string* none = nullptr;
  for (const std::string* bytes : {&other, static_cast<const std::string*>(&damaged), none, &own}) {
    auto m = LexiconMatcher::compile(test_lexicon(), bytes ? std::string_view(*bytes) : std::string_view());
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m.value()->precompiled(), bytes == &own);
    LexiconMatcher::Scratch s;
    std::vector<LexiconMatch> found;
    m.value()->match(text, s, found);
    EXPECT_EQ(found, reference);
  }
}

TEST(Mentions, ComposedAgentsResolveToCountryAndSector) {
  auto m = mentions_of(
      "Russian forces are recruiting Chinese nationals. North Korean soldiers were captured. "
      "The U.S. government said China's foreign ministry and Chinese fighters were involved.");
  EXPECT_EQ(m, (std::vector<std::string>{
                   "Russian forces=RUSMIL/ORG/composed", "Chinese nationals=CHN/NORP/composed",
                   "North Korean soldiers=PRKMIL/ORG/composed", "U.S. government=USAGOV/ORG/composed",
                   "China's foreign ministry=CHNGOV/ORG/composed", "Chinese fighters=CHN/NORP/composed"}));
}

TEST(Mentions, AWordBetweenAPlaceAndAnAgentIsAModifierNotAVerb) {
  // A lower-case word may stand between the head and the agent ("Russian armed forces", "U.S. trade
  // officials", "U.S. backed forces"); after a place's name a word in "-ed" is as often the verb.
  auto m = mentions_of("Russia deployed troops near Ukraine. U.S. trade officials met Chinese armed forces.");
  EXPECT_EQ(m, (std::vector<std::string>{
                   "Russia=RUS/GPE/lexicon", "troops=MIL/AGENT/lexicon", "Ukraine=UKR/GPE/lexicon",
                   "U.S. trade officials=USAGOV/ORG/composed", "Chinese armed forces=CHNMIL/ORG/composed"}));
  m = mentions_of("They fought U.S. backed forces.");
  EXPECT_EQ(m, (std::vector<std::string>{"U.S. backed forces=USAMIL/ORG/composed"}));
}

TEST(Mentions, CapitalsAndSeatsStandForGovernments) {
  auto m = mentions_of("Beijing denied it. Moscow and the Kremlin said nothing about Donetsk.");
  EXPECT_EQ(m, (std::vector<std::string>{"Beijing=CHNGOV/GPE/lexicon", "Moscow=RUSGOV/GPE/lexicon",
                                         "Kremlin=RUSGOV/ORG/lexicon", "Donetsk=UKR/GPE/lexicon"}));
}

TEST(Mentions, TitlesGiveUnknownPeopleTheirActor) {
  const std::string text =
      "China rejected the claim. Foreign ministry spokesperson Wei Dong said so. Wei added more.";
  size_t p = text.find("Wei Dong"), q = text.find("Wei added");
  auto m = mentions_of(
      text, {NamedSpan{uint32_t(p), uint32_t(p + 8), "PER"}, NamedSpan{uint32_t(q), uint32_t(q + 3), "PER"}});
  EXPECT_EQ(
      m, (std::vector<std::string>{"China=CHN/GPE/lexicon", "Foreign ministry spokesperson=CHNGOV/ORG/title",
                                   "Wei Dong=CHNGOV/PERSON/title", "Wei=CHNGOV/PERSON/surname"}));
}

// A bare title before a known person is that person's, not the story's country ("President Zelensky" in a
// story about China).
TEST(Mentions, TheTitleOfAKnownPersonIsThatPersons) {
  auto m =
      mentions_of("China rejected the claim. The minister will meet President Zelensky.", {}, "2025-04-09");
  EXPECT_EQ(m, (std::vector<std::string>{"China=CHN/GPE/lexicon", "minister=GOV/AGENT/lexicon",
                                         "President=UKRGOV/ORG/title", "Zelensky=UKRGOV/PERSON/lexicon"}));
}

// A title composed on an international organisation keeps the organisation's actor, and so does the person it
// names: not the story's main country (a bare agent takes that one, above).
TEST(Mentions, AnInternationalTitleKeepsItsOrganisation) {
  const std::string text = "Russia protested. NATO spokesman Mark Orin said Russia was wrong.";
  size_t p = text.find("Mark Orin");
  auto m = mentions_of(text, {NamedSpan{uint32_t(p), uint32_t(p + 9), "PER"}});
  EXPECT_EQ(m, (std::vector<std::string>{"Russia=RUS/GPE/lexicon", "NATO spokesman=IGOWSTNAT/ORG/composed",
                                         "Mark Orin=IGOWSTNAT/PERSON/title", "Russia=RUS/GPE/lexicon"}));
  // In apposition too; a national one takes the sector of the agent it speaks for.
  const std::string t2 =
      "Russia protested. Mark Orin, a NATO spokesman, disagreed. Ivan Petrov, a Russian "
      "spokesman for the military, agreed.";
  size_t a = t2.find("Mark Orin"), b = t2.find("Ivan Petrov");
  auto m2 = mentions_of(
      t2, {NamedSpan{uint32_t(a), uint32_t(a + 9), "PER"}, NamedSpan{uint32_t(b), uint32_t(b + 11), "PER"}});
  EXPECT_EQ(m2, (std::vector<std::string>{
                    "Russia=RUS/GPE/lexicon", "Mark Orin=IGOWSTNAT/PERSON/title",
                    "NATO spokesman=IGOWSTNAT/ORG/composed", "Ivan Petrov=RUSMIL/PERSON/title",
                    "Russian spokesman=RUSGOV/ORG/composed", "military=RUSMIL/ORG/definite"}));
}

// A lone agent word before a lower-case word modifies it ("military activities", "army base"), but not when
// it is plural or the word is a past tense: the subject of a verb ("soldiers opened fire", "police
// arrested").
TEST(Mentions, AnAgentBeforeAVerbIsAnActor) {
  auto m = mentions_of(
      "Soldiers opened fire. Refugees fled. The military launched a raid. Military activities grew.");
  EXPECT_EQ(m, (std::vector<std::string>{"Soldiers=MIL/AGENT/lexicon", "Refugees=REF/AGENT/lexicon",
                                         "military=MIL/AGENT/lexicon"}));
}

// Two aliases of one actor that overlap are one mention ("Chinese President Mei" and "Mei Lanshan", as
// "Chinese President Xi" and "Xi Jinping" in data/actors.tsv).
TEST(Mentions, OverlappingAliasesOfOneActorAreOneMention) {
  auto m = mentions_of("Chinese President Mei Lanshan met the envoy. President Mei Lanshan left.", {},
                       "2025-04-09");
  EXPECT_EQ(m, (std::vector<std::string>{"Chinese President Mei Lanshan=CHNGOV/PERSON/lexicon",
                                         "President Mei Lanshan=CHNGOV/PERSON/lexicon"}));
}

TEST(Mentions, PronounsAndDefiniteDescriptions) {
  auto m = mentions_of(
      "Zelensky said he had proof. Lin Jian answered. The spokesperson said his country was neutral.");
  EXPECT_EQ(m,
            (std::vector<std::string>{"Zelensky=UKRGOV/PERSON/lexicon", "he=UKRGOV/PERSON/pronoun",
                                      "Lin Jian=CHNGOV/PERSON/lexicon", "spokesperson=CHNGOV/PERSON/definite",
                                      "his=CHNGOV/PERSON/pronoun"}));
}

// A bare agent "in", "at" or "from" a place takes the place's country and keeps its own sector; an agent with
// a country keeps it; "opposition from" is no agent there.
TEST(Mentions, AnAgentInAPlaceTakesItsCountry) {
  const std::string text =
      "Protesters in Cairo demanded his resignation. Officials in Beijing declined. Refugees from Syria "
      "arrived. U.S. officials in Moscow met Lavrov. The plan met opposition from Madrid.";
  const Record r = test_util::process_text(text);
  auto code_of = [&](const std::string& word) {
    for (const Mention& m : r.mentions)
      if (text.substr(m.begin, m.end - m.begin) == word) return m.actor.code;
    return std::string("(none)");
  };
  EXPECT_EQ(code_of("Protesters"), "EGYOPP");
  EXPECT_EQ(code_of("Officials"), "CHNGOV");
  EXPECT_EQ(code_of("Refugees"), "SYRREF");
  EXPECT_EQ(code_of("U.S. officials"), "USAGOV");
  EXPECT_EQ(code_of("Cairo"), "EGYGOV");  // (the place itself keeps its code)
  // "opposition from" a place is the act of opposing, by the place (its government here), not its opposition.
  EXPECT_EQ(code_of("opposition"), "OPP");
  EXPECT_EQ(code_of("Madrid"), "ESPGOV");
}

// "of" (or "of the") a place composes an office only ("the ambassador of France", "the trade ministers of the
// Philippines"), not another agent, which "of" may tie to what it is about or who holds it ("the protesters
// of Israel", "the prisoners of Israel"), nor an office of something the place only begins ("the president of
// Japan's largest chipmaker", "of Siam Commercial Bank", "vice president of U.S. operations", "of the
// Abidjan-based bank").
// A known name coded with a country and no sector takes the sector of a title of its country right before it;
// a name with a sector of its own keeps it.
TEST(Mentions, ATitleGivesASectorlessNameItsSector) {
  const std::string text =
      "Syrian army commander Maher al-Assad visited Tehran. Maher al-Assad left. Syrian army commander "
      "Bashar "
      "al-Assad spoke.";
  const Record r = test_util::process_text(text);
  std::vector<std::string> codes;
  for (const Mention& m : r.mentions) {
    const std::string t = text.substr(m.begin, m.end - m.begin);
    if (t == "Maher al-Assad" || t == "Bashar al-Assad") codes.push_back(t + "=" + m.actor.code);
  }
  EXPECT_EQ(codes, (std::vector<std::string>{"Maher al-Assad=SYRMIL", "Maher al-Assad=SYR",
                                             "Bashar al-Assad=SYRGOV"}));
}

TEST(Mentions, AnOfficeOfACountryTakesItsCountry) {
  const std::string text =
      "The ambassador of France left. The government of Japan agreed. The protesters of Israel left. The "
      "trade "
      "ministers of the Philippines met. The president of Japan's largest chipmaker resigned. The vice "
      "president "
      "of U.S. operations quit. Later the president of the Abidjan-based bank spoke.";
  const Record r = test_util::process_text(text);
  auto code_of = [&](const std::string& word, size_t from = 0) {
    for (const Mention& m : r.mentions)
      if (m.begin >= from && text.substr(m.begin, m.end - m.begin) == word) return m.actor.code;
    return std::string("(none)");
  };
  EXPECT_EQ(code_of("ambassador"), "FRAGOV");
  EXPECT_EQ(code_of("government"), "JPNGOV");
  EXPECT_EQ(code_of("protesters"), "OPP");
  EXPECT_EQ(code_of("ministers"), "PHLGOV");
  EXPECT_EQ(code_of("president"), "GOV");
  EXPECT_EQ(code_of("vice president"), "GOV");
  EXPECT_EQ(code_of("president", text.find("Later")), "GOV");
}

TEST(Mentions, DuplicateParagraphsAreSkippedByDefault) {
  auto m = mentions_of("Beijing denied it.\nMoscow agreed.\nBeijing denied it.\n");
  EXPECT_EQ(m, (std::vector<std::string>{"Beijing=CHNGOV/GPE/lexicon", "Moscow=RUSGOV/GPE/lexicon"}));
}

TEST(Mentions, OfficeHolderByDocumentDate) {
  const std::string text = "Trump spoke.";
  Document d;
  LexiconMatcher::Scratch ms;
  std::vector<LexiconMatch> matches;
  test_matcher()->match(text, ms, matches);
  std::vector<Token> tokens;
  tokenize(text, Span{0, uint32_t(text.size())}, tokens);
  std::vector<Sentence> sentences{{0, uint32_t(text.size()), 0}};
  std::vector<Paragraph> paragraphs{{0, uint32_t(text.size()), -1}};
  std::vector<Mention> out;
  MentionOptions o;
  o.date = "2019-03-01";
  build_mentions(text, tokens, sentences, paragraphs, matches, {}, test_lexicon(), o, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].actor.id, "p.trump-1");
}

// The actor code of the mention that ends with `name` ("President Bush" for "Bush"), "?" when unresolved.
static std::string code_of_mention(const Record& rec, std::string_view text, std::string_view name) {
  for (const Mention& m : rec.mentions)
    if (text.substr(m.begin, m.end - m.begin).ends_with(name)) return m.resolved ? m.actor.code : "?";
  return "(none)";
}

// The built-in lexicon knows past office-holders: a named leader keeps their own country in a story about
// another one (a title alone would take the story's main country), whatever the article's date.
TEST(BuiltinLexicon, PastOfficeHoldersKeepTheirCountry) {
  const std::string text =
      "Russia rejected the plan on Monday. President Bush threatened further steps against Russia, and "
      "Chancellor Kohl and President Mitterrand urged talks with Yeltsin.";
  for (const char* published : {"", "1992-06-01", "2024-01-01"}) {
    const Record rec = test_util::process_text(text, "t", published);
    EXPECT_EQ(code_of_mention(rec, text, "Bush"), "USAGOV") << published;
    EXPECT_EQ(code_of_mention(rec, text, "Kohl"), "DEUGOV") << published;
    EXPECT_EQ(code_of_mention(rec, text, "Mitterrand"), "FRAGOV") << published;
    EXPECT_EQ(code_of_mention(rec, text, "Yeltsin"), "RUSGOV") << published;
  }
}

// Each mention of a text through the default pipeline that the lexicon or a title resolved, "text=CODE".
static std::vector<std::string> coded_of(const std::string& text) {
  const Record rec = test_util::process_text(text);
  std::vector<std::string> out;
  for (const Mention& m : rec.mentions)
    if (m.resolved) out.push_back(text.substr(m.begin, m.end - m.begin) + "=" + m.actor.code);
  return out;
}

// An office's title or agent after a country's name, adjective or capital with the capitalized words of a
// department or an institution between (after a possessive, lower-case ones too) is that country's, not the
// story's main country's; the mentions keep their spans.
TEST(BuiltinLexicon, OfficeWordsBetweenACountryAndAnAgent) {
  EXPECT_EQ(
      coded_of("Canada's budget passed. Saudi Arabian Oil Minister Hisham Nazer said so. British "
               "Agriculture Minister John MacGregor spoke. Brazil's Central Bank governor Francisco Gros "
               "said so. Ecuador's deputy energy minister Fernando Santos left. The U.S. District Court "
               "ruled."),
      (std::vector<std::string>{"Canada=CAN", "Saudi Arabian=SAU", "Minister=SAUGOV", "Hisham Nazer=SAUGOV",
                                "British=GBR", "Minister=GBRGOV", "John MacGregor=GBRGOV", "Brazil=BRA",
                                "governor=BRAGOV", "Francisco Gros=BRAGOV", "Ecuador=ECU", "minister=ECUGOV",
                                "Fernando Santos=ECUGOV", "U.S.=USA", "Court=USAJUD"}));
  // Not a company's or an association's name, not across sentences, not after a capitalized word (the
  // country's word is part of a name), not an agent word used as an adjective: the story's country (Canada).
  const std::string lead = "Canada's budget passed. Canada's plan was approved. ";
  for (const auto& [rest, title] : std::vector<std::pair<std::string, std::string>>{
           {"Japan's Toyota Motor president Shoichiro Toyoda agreed.", "president"},
           {"It traded with Japan. Trade Minister Paul Roy spoke.", "Minister"},
           {"Pan American Airways president John Smith agreed.", "president"}}) {
    const std::string text = lead + rest;
    EXPECT_EQ(code_of_mention(test_util::process_text(text), text, title), "CANGOV") << rest;
  }
  const std::string text = lead + "Ukraine's first official disclosure came.";
  EXPECT_EQ(code_of_mention(test_util::process_text(text), text, "official"), "(none)");
}

// A bare title takes the country mentioned most before it; on a tie, the story's first (a lead names its
// subject first), not the place the last sentence happened to name.
TEST(BuiltinLexicon, TheContextCountryOnATieIsTheFirstMentioned) {
  const std::string text =
      "Philippine Finance Secretary Jaime Ongpin met bankers in New York. President Aquino took power a year "
      "ago.";
  const Record rec = test_util::process_text(text);
  EXPECT_EQ(code_of_mention(rec, text, "President"), "PHLGOV");
}

// Armed groups of the wire archives resolve to their country's rebel or militia code (ISO countries).
TEST(BuiltinLexicon, ArmedGroupsOfTheArchives) {
  const std::string text = "FARC and the Tamil Tigers rejected the talks; UNITA shelled the town.";
  const Record rec = test_util::process_text(text);
  EXPECT_EQ(code_of_mention(rec, text, "FARC"), "COLREB");
  EXPECT_EQ(code_of_mention(rec, text, "Tamil Tigers"), "LKAREB");
  EXPECT_EQ(code_of_mention(rec, text, "UNITA"), "AGOREB");
}
