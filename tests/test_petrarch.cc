// The PETRARCH2 suite: readers of the records XML and the PETRARCH dictionary formats, the exact-coding score
// and `claimtrace eval events --petrarch` (fixtures in tests/data/petrarch/, written for these tests).
#include <gtest/gtest.h>

#include <algorithm>

#include "claimtrace/petrarch.h"
#include "claimtrace/pipeline.h"
#include "test_util.h"

using namespace claimtrace;
using namespace claimtrace::test_util;

namespace {

std::string fixture(const std::string& name) {
  return test_util::read_file(source_path("tests/data/petrarch/" + name));
}

const ActorAlias* alias_of(const ActorLexicon& lex, const std::string& phrase) {
  for (const ActorAlias& a : lex.aliases())
    if (a.phrase == phrase) return &a;
  return nullptr;
}

}  // namespace

TEST(PetrarchRecords, ReadsEnvironmentRecordsCodingsAndText) {
  auto r = read_petrarch_records(source_path("tests/data/petrarch/records.xml"));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const PetrarchRecords& recs = r.value();
  EXPECT_EQ(recs.environment.verbfile, "verbs.txt");
  EXPECT_EQ(recs.environment.actorfile, "actors.txt");
  EXPECT_EQ(recs.environment.agentfile, "agents.txt");
  EXPECT_EQ(recs.environment.discardfile, "discards.txt");
  ASSERT_EQ(recs.records.size(), 3u);  // the commented-out <Sentence> is skipped
  const PetrarchRecord& a = recs.records[0];
  EXPECT_EQ(a.id, "FIX-01");
  EXPECT_EQ(a.category, "VERB");
  EXPECT_EQ(a.date, "2020-03-15");
  EXPECT_EQ(a.text, "Valdoria praised Kestria & its neighbours on Monday.");
  ASSERT_EQ(a.codings.size(), 1u);
  EXPECT_EQ(a.codings[0].source, "VAL");
  EXPECT_EQ(a.codings[0].target, "KES");
  EXPECT_EQ(a.codings[0].event, "042");
  EXPECT_FALSE(a.noevents);
  const PetrarchRecord& b = recs.records[1];  // single quotes and spaces around '='
  EXPECT_EQ(b.id, "FIX-02");
  EXPECT_EQ(b.date, "2020-03-16");
  EXPECT_EQ(b.codings.size(), 2u);
  EXPECT_TRUE(recs.records[2].noevents);
  EXPECT_EQ(petrarch_gold_triples(b), (std::vector<std::string>{"KES VALGOV 174", "VALGOV KES 173"}));
}

TEST(PetrarchRecords, ErrorsNameTheLine) {
  auto mismatched =
      parse_petrarch_records("<Validation>\n<Sentence date=\"20200101\" id=\"A\">\n</Text>\n", "x.xml");
  ASSERT_FALSE(mismatched.ok());
  EXPECT_EQ(mismatched.error().where, "x.xml:3");
  EXPECT_NE(mismatched.error().message.find("does not match <Sentence> of line 2"), std::string::npos)
      << mismatched.error().message;

  auto unquoted = parse_petrarch_records("<Validation>\n\n<Sentence date=20200101 id=\"A\">", "y.xml");
  ASSERT_FALSE(unquoted.ok());
  EXPECT_EQ(unquoted.error().to_string(), "y.xml:3: attribute 'date' of <Sentence> is not quoted");

  auto bad_date =
      parse_petrarch_records("<Validation>\n<Sentence date=\"2020\" id=\"A\"></Sentence>", "z.xml");
  ASSERT_FALSE(bad_date.ok());
  EXPECT_EQ(bad_date.error().where, "z.xml:2");

  auto coding = parse_petrarch_records(
      "<Validation>\n<Sentence date=\"20200101\" id=\"A\">\n<EventCoding sourcecode=\"X\"/>", "w.xml");
  ASSERT_FALSE(coding.ok());
  EXPECT_EQ(coding.error().where, "w.xml:3");

  auto open = parse_petrarch_records("<Validation>\n<!-- never closed\n", "v.xml");
  ASSERT_FALSE(open.ok());
  EXPECT_EQ(open.error().to_string(), "v.xml:2: unterminated comment <!--");

  EXPECT_EQ(read_petrarch_records("/nonexistent/records.xml").error().code, ErrorCode::not_found);

  auto empty = parse_petrarch_records(
      "<Validation><Sentence date=\"20200101\" id=\"A\"/><Sentence date=\"20200102\" id=\"B\"/></Validation>",
      "u.xml");
  ASSERT_TRUE(empty.ok()) << empty.error().to_string();
  ASSERT_EQ(empty.value().records.size(), 2u);
  EXPECT_TRUE(empty.value().records[0].noevents);
}

TEST(PetrarchActors, ActorsAndAgentsBecomeAnActorLexicon) {
  auto lex = petrarch_actor_lexicon(fixture("actors.txt"), "actors.txt", fixture("agents.txt"), "agents.txt");
  ASSERT_TRUE(lex.ok()) << lex.error().to_string();
  const ActorLexicon& l = lex.value();
  // Names match case-insensitively: lower-case aliases; '_' is a space; +synonyms share the entry.
  const ActorAlias* val = alias_of(l, "valdoria");
  ASSERT_NE(val, nullptr);
  EXPECT_TRUE(val->caseless);
  const ActorEntry& v = l.entries()[val->entries.at(0)];
  EXPECT_EQ(v.code, "VAL");
  EXPECT_EQ(v.country, "VAL");
  EXPECT_EQ(v.kind, "country");
  const ActorAlias* syn = alias_of(l, "kestrian");
  ASSERT_NE(syn, nullptr);
  EXPECT_EQ(l.entries()[syn->entries.at(0)].code, "KES");
  // Several codes in one entry are kept whole (the score gives one triple per code).
  const ActorAlias* isles = alias_of(l, "morvane isles");
  ASSERT_NE(isles, nullptr);
  EXPECT_EQ(l.entries()[isles->entries.at(0)].code, "MRV/QRT");
  // Date-restricted codes: picked by the document date ('>': after the day, '<': before it).
  const ActorAlias* telk = alias_of(l, "zoran telk");
  ASSERT_NE(telk, nullptr);
  ASSERT_EQ(telk->entries.size(), 2u);
  EXPECT_EQ(l.entries()[l.pick(*telk, "2020-05-01")].code, "VALGOV");
  EXPECT_EQ(l.entries()[l.pick(*telk, "2018-05-01")].code, "VALMIL");
  EXPECT_EQ(l.entries()[l.pick(*telk, "2019-01-01")].code, "VALGOV");  // neither: the open-ended one
  // Agents: the code without '~' as sector; plurals generated unless {}; substitution sets expanded.
  const ActorAlias* govs = alias_of(l, "governments");
  ASSERT_NE(govs, nullptr);
  EXPECT_EQ(l.entries()[govs->entries.at(0)].kind, "agent");
  EXPECT_EQ(l.entries()[govs->entries.at(0)].sector, "GOV");
  EXPECT_NE(alias_of(l, "harbour sailor"), nullptr);
  EXPECT_NE(alias_of(l, "harbour sailors"), nullptr);
  EXPECT_EQ(alias_of(l, "harbour sailorses"), nullptr);  // {}: no generated plural
}

TEST(PetrarchActors, ErrorsNameFileAndLine) {
  auto no_code =
      petrarch_actors_tsv("VALDORIA [VAL]\n\nKESTRIA\n+KESTRIAN\nMORVANE [MRV]\n", "a.txt", "", "g.txt");
  ASSERT_FALSE(no_code.ok());
  EXPECT_EQ(no_code.error().to_string(), "a.txt:3: actor 'KESTRIA' has no [CODE]");
  auto bad_date = petrarch_actors_tsv("VALDORIA [VAL]\nKESTRIA [KES <2020]\n", "a.txt", "", "g.txt");
  ASSERT_FALSE(bad_date.ok());
  EXPECT_EQ(bad_date.error().where, "a.txt:2");
  auto open = petrarch_actors_tsv("VALDORIA [VAL\n", "a.txt", "", "g.txt");
  ASSERT_FALSE(open.ok());
  EXPECT_EQ(open.error().to_string(), "a.txt:1: a code '[' without ']'");
  auto agent = petrarch_actors_tsv("", "a.txt", "GOVERNMENT [~GOV]\nOFFICIAL\n", "g.txt");
  ASSERT_FALSE(agent.ok());
  EXPECT_EQ(agent.error().to_string(), "g.txt:2: an agent without [~CODE]");
  auto set = petrarch_actors_tsv("", "a.txt", "!CREW! = SAILOR\nDOCK_!HANDS! [~LAB]\n", "g.txt");
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.error().where, "g.txt:2");
}

TEST(PetrarchVerbs, ConvertsFormsPatternsSynsetsAndPairedCodes) {
  auto tsv = petrarch_verbs_tsv(fixture("verbs.txt"), "verbs.txt");
  ASSERT_TRUE(tsv.ok()) << tsv.error().to_string();
  const std::string& t = tsv.value();
  EXPECT_EQ(t.rfind("claimtrace-verbs 1\n", 0), 0u);
  EXPECT_NE(t.find("V\tpraised\tpraise\t042\n"), std::string::npos);  // regular forms
  EXPECT_NE(t.find("V\tpraises\tpraise\t042\n"), std::string::npos);
  EXPECT_NE(t.find("V\tarrested\tarrest\t173:174\n"), std::string::npos);  // a paired code, kept whole
  EXPECT_NE(t.find("V\tseize\tarrest\t171\n"), std::string::npos);         // the verb's own code
  EXPECT_NE(t.find("P\tpraise\t043\t\tfishing_boats|traders from\n"), std::string::npos) << t;  // synset
  EXPECT_NE(t.find("P\tarrest\t\tnever\t\n"), std::string::npos);  // [---]: matches, codes nothing
  EXPECT_NE(t.find("T\t043\t"), std::string::npos);
  EXPECT_NE(t.find("T\t173:174\t"), std::string::npos);
  auto lex = petrarch_verb_lexicon(fixture("verbs.txt"), "verbs.txt");
  ASSERT_TRUE(lex.ok()) << lex.error().to_string();
  EXPECT_EQ(lex.value().patterns(), 2u);
  EXPECT_FALSE(lex.value().plover_type("042").empty());
}

TEST(PetrarchVerbs, ErrorsNameFileAndLine) {
  auto synset = petrarch_verbs_tsv("--- PRAISE [042] ---\nPRAISE\n- * &NOWHERE [043]\n", "v.txt");
  ASSERT_FALSE(synset.ok());
  EXPECT_EQ(synset.error().to_string(), "v.txt:3: unknown synset &NOWHERE");
  auto no_code = petrarch_verbs_tsv("--- PRAISE [042] ---\nPRAISE\n\n- * WARMLY\n", "v.txt");
  ASSERT_FALSE(no_code.ok());
  EXPECT_EQ(no_code.error().to_string(), "v.txt:4: a pattern without [code]");
  auto header = petrarch_verbs_tsv("--- PRAISE ---\n", "v.txt");
  ASSERT_FALSE(header.ok());
  EXPECT_EQ(header.error().where, "v.txt:1");
}

TEST(PetrarchDiscards, PhrasesOnWordBoundaries) {
  const auto phrases = parse_petrarch_discards(fixture("discards.txt"));
  EXPECT_EQ(phrases, (std::vector<std::string>{"chess olympiad", "yacht race"}));
  EXPECT_TRUE(petrarch_discarded("After the Chess  Olympiad ended.", phrases));
  EXPECT_FALSE(petrarch_discarded("The chess olympiads.", phrases));
}

TEST(PetrarchScore, ExactMatchIsSetEqualityOfTriples) {
  auto event = [](std::string s, std::string t, std::string code) {
    Event e;
    e.source.code = std::move(s);
    e.target.code = std::move(t);
    e.cameo = std::move(code);
    return e;
  };
  PetrarchRecord gold;
  gold.id = "R1";
  gold.category = "VERB";
  gold.codings = {{"VAL", "KES", "042"}, {"VAL", "QRT", "042"}};
  PetrarchScore score;
  score.keep_mismatches = 5;
  // A multi-code target gives one triple per code; duplicates and events without a target do not count.
  EXPECT_TRUE(score_petrarch(
      gold, {event("VAL", "KES/QRT", "042"), event("VAL", "KES", "042"), event("VAL", "", "111")}, score));
  EXPECT_FALSE(score_petrarch(gold, {event("VAL", "KES", "042"), event("KES", "VAL", "111")}, score));
  PetrarchRecord none;
  none.id = "R2";
  none.category = "ERROR";
  none.noevents = true;
  EXPECT_TRUE(score_petrarch(none, {}, score));
  EXPECT_FALSE(score_petrarch(none, {event("VAL", "KES", "042")}, score));
  EXPECT_EQ(score.records, 4u);
  EXPECT_EQ(score.exact, 2u);
  EXPECT_EQ(score.by_category["VERB"], (std::pair<size_t, size_t>{1, 2}));
  EXPECT_EQ(score.by_category["ERROR"], (std::pair<size_t, size_t>{1, 2}));
  EXPECT_EQ(score.tp, 3u);
  EXPECT_EQ(score.fp, 2u);
  EXPECT_EQ(score.fn, 1u);
  ASSERT_EQ(score.mismatches.size(), 2u);
  EXPECT_EQ(score.mismatches[0].ours, (std::vector<std::string>{"KES VAL 111", "VAL KES 042"}));
}

TEST(PetrarchPipeline, FixtureLexiconsCodeTheFixtureSentences) {
  auto actors =
      petrarch_actor_lexicon(fixture("actors.txt"), "actors.txt", fixture("agents.txt"), "agents.txt");
  auto verbs = petrarch_verb_lexicon(fixture("verbs.txt"), "verbs.txt");
  ASSERT_TRUE(actors.ok() && verbs.ok());
  PipelineOptions options;
  options.lexicon = &actors.value();
  options.verbs = &verbs.value();
  auto pipeline = Pipeline::create(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.error().to_string();
  Scratch scratch;
  Record record;
  Document doc;
  doc.id = "d";
  doc.text = "The Valdoria government arrested traders from Kestria.";
  doc.published = "2020-03-16";
  doc.format = "txt";
  pipeline.value().process(std::move(doc), scratch, record);
  // The paired code 173:174: the source arrests the target, and the target the source in return.
  EXPECT_EQ(petrarch_triples(record.events), (std::vector<std::string>{"KES VALGOV 174", "VALGOV KES 173"}));
}

TEST(PetrarchCli, EvalEventsPetrarchOnTheFixture) {
  auto r = run_cli("eval events --petrarch " + source_path("tests/data/petrarch/records.xml") + " --verbose");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("3 records (1 discarded)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("coded exactly  3 / 3  (100.0%)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("per category: DISCARD 1/1 PATTERN 1/1 VERB 1/1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("P 100.0  R 100.0  F1 100.0  (tp 3, fp 0, fn 0)"), std::string::npos) << r.out;

  auto missing = run_cli("eval events --petrarch /nonexistent/PETR.UnitTest.records.xml");
  EXPECT_NE(missing.status, 0);
  EXPECT_NE(missing.err.find("/nonexistent/PETR.UnitTest.records.xml: no such file"), std::string::npos)
      << missing.err;
  TempDir t;
  write_file(t.file("records.xml"), fixture("records.xml"));  // the dictionaries are not next to it
  auto no_dict = run_cli("eval events --petrarch " + t.file("records.xml"));
  EXPECT_NE(no_dict.status, 0);
  EXPECT_NE(no_dict.err.find(t.file("verbs.txt")), std::string::npos) << no_dict.err;
}
