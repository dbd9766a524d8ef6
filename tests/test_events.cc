// Events: the verb lexicon, the event finder on our own sentences, the PLOVER reader and scorer on our own
// fixture, and the exports.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "claimtrace/events.h"
#include "claimtrace/export.h"
#include "claimtrace/pipeline.h"
#include "pipeline_util.h"
#include "test_util.h"

namespace claimtrace {
namespace {

Record process(const std::string& text, const std::string& date = "2025-04-09") {
  return test_util::process_text(text, "t", date);
}

// With the events that have no actor on either side, which the pipeline drops by default: for the tests of
// how a verb is read, whoever does it ("12 soldiers had been killed", "the union vowed to fight").
Record process_all(const std::string& text) {
  PipelineOptions options;
  options.keep_actorless_events = true;
  return test_util::process_text(text, "t", "2025-04-09", options);
}

const Event* find_type(const Record& r, std::string_view type) {
  for (const Event& e : r.events)
    if (e.type == type) return &e;
  return nullptr;
}

// The source and target codes of the first event of a type in the text, "source -> target" (an empty side:
// "-"), or "(no TYPE)".
std::string sides(const std::string& text, std::string_view type) {
  const Record r = process(text);
  const Event* e = find_type(r, type);
  if (!e) return "(no " + std::string(type) + ")";
  auto code = [](const EventActor& a) { return a.code.empty() ? std::string("-") : a.code; };
  return code(e->source) + " -> " + code(e->target);
}

// Each event of the record as "TYPE/cameo", or as "TYPE/sentence" (by_sentence), in order.
std::vector<std::string> event_codes(const Record& r, bool by_sentence = false) {
  std::vector<std::string> out;
  for (const Event& e : r.events)
    out.push_back(e.type + "/" + (by_sentence ? std::to_string(e.sentence) : e.cameo));
  return out;
}

TEST(VerbLexicon, BuiltinLoadsAndMapsCodes) {
  const VerbLexicon& lex = VerbLexicon::builtin();
  EXPECT_GT(lex.forms(), 5000u);
  EXPECT_GT(lex.patterns(), 3000u);
  EXPECT_EQ(lex.plover_type("112"), "DISAPPROVE");
  EXPECT_EQ(lex.plover_type("173"), "COERCE");
  EXPECT_EQ(lex.plover_type("190"), "FIGHT");
  EXPECT_EQ(lex.plover_type("0356"), "AGREE");
  EXPECT_EQ(lex.plover_type("010"), "");  // a statement is no event
}

TEST(VerbLexicon, ErrorsNameTheLine) {
  auto r = VerbLexicon::parse("claimtrace-verbs 1\nV\tsays\n", "v.tsv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::resource);
  EXPECT_EQ(r.error().where, "v.tsv:2");
  EXPECT_FALSE(VerbLexicon::parse("claimtrace-verbs 9\n", "v.tsv").ok());
  auto ok = VerbLexicon::parse("claimtrace-verbs 1\n# c\nV\tshelled\tshell\t195\nT\t19\tFIGHT\n", "v.tsv");
  ASSERT_TRUE(ok.ok()) << ok.error().to_string();
  EXPECT_EQ(ok.value().plover_type("195"), "FIGHT");
}

TEST(Events, VerbsStatementsAndActorsInOwnText) {
  Record r = process(
      "Russian forces shelled Kharkiv on Monday.\n\n"
      "The Ukrainian government accused Moscow of targeting civilians.\n\n"
      "Germany will provide air defence systems to Ukraine.\n\n"
      "Poland and Lithuania agreed to hold joint exercises.");
  const Event* shell = find_type(r, "FIGHT");
  ASSERT_NE(shell, nullptr);
  EXPECT_EQ(shell->source.country, "RUS");
  EXPECT_EQ(shell->target.country, "UKR");  // Kharkiv
  EXPECT_EQ(shell->date, "2025-04-07");     // "on Monday" before the document's Wednesday, 2025-04-09
  EXPECT_TRUE(shell->date_in_text);
  const Event* accuse = find_type(r, "DISAPPROVE");
  ASSERT_NE(accuse, nullptr);
  EXPECT_EQ(accuse->mode, "verbal");
  EXPECT_EQ(accuse->source.code, "UKRGOV");
  EXPECT_EQ(accuse->target.code, "RUSGOV");
  EXPECT_GE(accuse->statement, 0);
  bool intent = false, joint = false;
  for (const Event& e : r.events) {
    intent |= e.type == "AGREE" && e.source.country == "DEU" && e.target.country == "UKR";
    joint |= e.type == "AGREE" && e.source.country == "POL" && e.target.country == "LTU";
  }
  EXPECT_TRUE(intent);  // "will provide": a promise of aid is AGREE
  EXPECT_TRUE(joint);   // "Poland and Lithuania agreed"
}

// An office of a place is the subject, with the place's country and its own sector ("the ambassador of France
// met" is FRAGOV's); of a list of places, the office in each place (below).
TEST(Events, AnOfficeOfAPlaceIsTheSubject) {
  EXPECT_EQ(sides("The ambassador of France met the Iranian president on Wednesday.", "CONSULT"),
            "FRAGOV -> IRNGOV");
}

TEST(Events, AnAgentOfAListOfPlacesIsTheAgentInEachPlace) {
  // An office of a list of places: each place's government, as the subject and as the target.
  auto codes = [](const Record& r, const char* type, bool source) {
    std::vector<std::string> out;
    for (const Event& e : r.events)
      if (e.type == type) out.push_back(source ? e.source.code : e.target.code);
    return out;
  };
  Record r = process("The foreign ministers of France and Italy criticized Iran on Wednesday.");
  EXPECT_EQ(codes(r, "DISAPPROVE", true), (std::vector<std::string>{"FRAGOV", "ITAGOV"}));
  EXPECT_EQ(codes(r, "DISAPPROVE", false), (std::vector<std::string>{"IRN", "IRN"}));
  r = process("Russia condemned the ambassadors of France, Italy and Germany on Friday.");
  EXPECT_EQ(codes(r, "DISAPPROVE", false), (std::vector<std::string>{"FRAGOV", "ITAGOV", "DEUGOV"}));
  // Any agent located "in" the places: police in each.
  r = process("Police in London and Brussels were investigating the theft.");
  EXPECT_EQ(codes(r, "INVESTIGATE", true), (std::vector<std::string>{"GBRCOP", "BELCOP"}));
  // A list of places not after an agent keeps the places' codes.
  r = process("France and Italy criticized Iran on Wednesday.");
  EXPECT_EQ(codes(r, "DISAPPROVE", true), (std::vector<std::string>{"FRA", "ITA"}));
}

TEST(Events, AidReceivedFromAGiverIsTheGiversEvent) {
  EXPECT_EQ(sides("Ukraine received weapons from the United States on Monday.", "AID"), "USA -> UKR");
  // Without "from", the dictionary's reading stands: the subject is the source.
  EXPECT_EQ(sides("Ukraine received weapons from its allies on Monday.", "AID").substr(0, 3), "UKR");
}

TEST(Events, APlaceBeforeWithIsTheSceneNotTheTarget) {
  EXPECT_EQ(sides("Turkish President Tayyip Erdogan met in Ankara with the Iraqi prime minister.", "CONSULT"),
            "TURGOV -> IRQGOV");
  // No actor after "with": the place stays the target.
  EXPECT_EQ(sides("Police arrested two men in Paris with links to the group.", "COERCE"), "FRA -> FRAGOV");
}

TEST(Events, NoTargetInsideALaterSubordinateClause) {
  // "after" opening a clause (a finite verb follows): its subject is not what Japan agreed to.
  EXPECT_NE(sides("Japan agreed to buy more wheat after the United States had threatened tariffs.", "AGREE"),
            "JPN -> USA");
  // "after" as a preposition: the search goes on past it.
  EXPECT_EQ(sides("Japan agreed to buy more wheat from the United States after talks.", "AGREE"),
            "JPN -> USA");
  // A sanction answers the clause's subject: it stays the target.
  EXPECT_EQ(sides("Washington imposed sanctions because Iran had failed to keep the agreement.", "COERCE"),
            "USAGOV -> IRN");
}

TEST(Events, PutAndSetAreParticiplesAfterBeen) {
  EXPECT_EQ(sides("A US national has been put under investigation in Italy for her role in rioting.",
                  "INVESTIGATE"),
            "ITA -> USA");
}

TEST(Events, APassiveArrestInACountryIsThatStates) {
  EXPECT_EQ(sides("Two British journalists were detained in Iran on Monday.", "COERCE"), "IRN -> GBRMED");
  // An agent after "by" stays the source.
  EXPECT_EQ(sides("Two British journalists were detained by Iraqi police in Iran on Monday.", "COERCE"),
            "IRQCOP -> GBRMED");
}

TEST(Events, NounsNeedAVerbUse) {
  // "forces" and "conflict" are verbs in the dictionary too; here they are nouns.
  Record r = process("Russian forces are deployed near the conflict zone.");
  for (const Event& e : r.events) {
    const std::string t = r.doc.text.substr(e.trigger.begin, e.trigger.end - e.trigger.begin);
    EXPECT_NE(t, "forces");
    EXPECT_NE(t, "conflict");
  }
}

TEST(Events, DomesticEventsTakeTheNamedSidesCountry) {
  // No target named: the target is the source's country, marked inferred (no mention).
  Record r = process("Thousands of Iraqis demonstrated in the capital on Friday.");
  const Event* e = find_type(r, "PROTEST");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.country, "IRQ");
  EXPECT_EQ(e->target.country, "IRQ");
  EXPECT_TRUE(e->target.inferred);
  EXPECT_LT(e->target.mention, 0);
  // A subject without a country ("opposition leaders"): the source is the target's country.
  r = process("Opposition leaders agreed to postpone the rally in Baku until November.");
  e = find_type(r, "AGREE");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->source.inferred);
  EXPECT_EQ(e->source.country, "AZE");
  // A protest with no subject found ("people" is no actor): the protesters are the country's.
  r = process("Thousands of people protested in Belgrade against the government on Saturday.");
  e = find_type(r, "PROTEST");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->source.inferred);
  EXPECT_EQ(e->source.country, "SRB");
  // No subject at all ("the capture of X"): nothing inferred.
  r = process("Following the capture of two Chinese fighters, officials spoke to reporters.");
  e = find_type(r, "COERCE");
  ASSERT_NE(e, nullptr);
  EXPECT_LT(e->source.mention, 0);
  EXPECT_FALSE(e->source.inferred);
  EXPECT_TRUE(e->source.code.empty());
  // Both sides named: nothing inferred.
  r = process("The Ukrainian government accused Moscow of targeting civilians.");
  for (const Event& x : r.events) EXPECT_FALSE(x.source.inferred || x.target.inferred);
  // The record says so.
  std::string json;
  write_record_json(process("Thousands of Iraqis demonstrated in the capital on Friday."), {}, json);
  EXPECT_NE(json.find("\"mention\":null,\"inferred\":true"), std::string::npos) << json;
}

TEST(Events, DatesFromTheSentenceWhenExplicit) {
  auto words = [](std::initializer_list<const char*> ws) {
    std::vector<std::string> v;
    for (const char* w : ws) v.emplace_back(w);
    return v;
  };
  // 2025-04-10 was a Thursday.
  EXPECT_EQ(event_date(words({"police", "arrested", "them", "on", "tuesday"}), "2025-04-10"), "2025-04-08");
  EXPECT_EQ(event_date(words({"on", "thursday"}), "2025-04-10"), "2025-04-10");
  EXPECT_EQ(event_date(words({"on", "april", "3"}), "2025-04-10"), "2025-04-03");
  EXPECT_EQ(event_date(words({"on", "15", "october"}), "2025-04-10"), "2024-10-15");  // not in the future
  EXPECT_EQ(event_date(words({"on", "dec", ".", "30", ",", "2023"}), "2025-04-10"), "2023-12-30");
  EXPECT_EQ(event_date(words({"on", "february", "24", ",", "2022"}), ""), "2022-02-24");
  EXPECT_EQ(event_date(words({"yesterday"}), "2025-03-01"), "2025-02-28");
  EXPECT_EQ(event_date(words({"on", "tuesday"}), ""), "");                         // nothing to count from
  EXPECT_EQ(event_date(words({"they", "may", "10", "times"}), "2025-04-10"), "");  // "may" is a modal here
  EXPECT_EQ(event_date(words({"on", "may", "10", ","}), "2025-06-01"), "2025-05-10");
  EXPECT_EQ(event_date(words({"no", "date", "here"}), "2025-04-10"), "");
  Record r = process("Police arrested 20 protesters in Ankara, Turkey on Tuesday.", "2025-04-10");
  const Event* e = find_type(r, "COERCE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date, "2025-04-08");
  EXPECT_TRUE(e->date_in_text);
  r = process("Police arrested 20 protesters in Ankara, Turkey.", "2025-04-10");
  e = find_type(r, "COERCE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->date, "2025-04-10");
  EXPECT_FALSE(e->date_in_text);
}

TEST(Events, EventNounsTakeTheirArgumentsPrepositions) {
  Record r = process("Thousands joined demonstrations against the new law in Belgrade, Serbia.");
  EXPECT_NE(find_type(r, "PROTEST"), nullptr);
  // A verb pattern that codes the phrase already: its noun is not a second event.
  r = process("The United Nations opened an investigation into the killings in Myanmar.");
  size_t investigations = 0;
  for (const Event& x : r.events) investigations += x.type == "INVESTIGATE";
  EXPECT_EQ(investigations, 1u);
}

TEST(Events, EnvoysSummonedInspectorsSentArrestsAndInvestigationsAsStatements) {
  // Summoning an envoy is a diplomatic protest (the dictionary's "summon" alone is a consultation).
  Record r = process("Chile summoned the Peruvian ambassador over the border incident.");
  const Event* e = find_type(r, "DISAPPROVE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.country, "CHL");
  EXPECT_EQ(e->target.country, "PER");
  EXPECT_EQ(find_type(r, "CONSULT"), nullptr);
  // Sending inspectors is an investigation, not aid.
  r = process("The European Union dispatched inspectors to Moldova to review the election.");
  EXPECT_NE(find_type(r, "INVESTIGATE"), nullptr);
  EXPECT_EQ(find_type(r, "AID"), nullptr);
  // An arrest is COERCE, though the dictionary's block of "seize" codes "... area" as an occupation.
  r = process("Peruvian soldiers arrested 40 farmers in a sweep of the border area.");
  EXPECT_NE(find_type(r, "COERCE"), nullptr);
  EXPECT_EQ(find_type(r, "FIGHT"), nullptr);
  // "is investigating alleged ...": the tagger may read an accusation, but the verb is an investigation.
  r = process("Kenya is investigating alleged abuses by its police officers in Nairobi.");
  EXPECT_NE(find_type(r, "INVESTIGATE"), nullptr);
  EXPECT_EQ(find_type(r, "DISAPPROVE"), nullptr);
}

TEST(Events, InternationalActorsWithoutACountryTakePart) {
  // An armed group or an NGO has no country; it is still an event's source (IMG..., NGO..., like IGO...).
  Record r = process("Al-Qaeda threatened to strike Kenya again.");
  const Event* e = find_type(r, "THREATEN");
  ASSERT_NE(e, nullptr);
  EXPECT_TRUE(e->source.code.starts_with("IMG")) << e->source.code;
  EXPECT_EQ(e->target.country, "KEN");
}

TEST(Events, ACountryActingOnItsOwnNationalsIsADomesticEvent) {
  // The target is the first other mention after the verb; a mention of another kind with the subject's code
  // counts ("the Hungarian minority": NORP, the subject a GPE), not one of the same kind.
  Record r = process("Hungary will allow the Hungarian minority in Austria to vote.");
  const Event* e = find_type(r, "AGREE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.country, "HUN");
  EXPECT_EQ(e->target.country, "HUN") << e->target.code;
  Record again = process("Hungary will allow Hungary's exiles in Austria to return home.");
  e = find_type(again, "AGREE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->target.country, "AUT") << e->target.code;
}

TEST(Events, CoordinatedActorsAreDistributedOverTheEvent) {
  // Every source of a coordination with every target of its own, as PETRARCH and TABARI code them.
  auto pairs = [](const Record& r, const std::string& type) {
    std::vector<std::string> out;
    for (const Event& e : r.events)
      if (e.type == type) out.push_back(e.source.country + ">" + e.target.country);
    std::sort(out.begin(), out.end());
    return out;
  };
  Record r = process("Jordan, Egypt and Britain condemned Syria and Iran on Monday.");
  EXPECT_EQ(pairs(r, "DISAPPROVE"),
            (std::vector<std::string>{"EGY>IRN", "EGY>SYR", "GBR>IRN", "GBR>SYR", "JOR>IRN", "JOR>SYR"}));
  // "and the" joins too; a member named twice is one actor.
  // (Signing is a paired code of the dictionary, 057:057: each side signs with the other.)
  r = process("Kenya signed an agreement with Uganda and the Tanzania to build a railway.");
  ASSERT_FALSE(r.events.empty());
  EXPECT_EQ(pairs(r, r.events.front().type),
            (std::vector<std::string>{"KEN>TZA", "KEN>UGA", "TZA>KEN", "UGA>KEN"}));
  // Commas alone are as often an apposition: no coordination without an "and".
  r = process("Poland, Lithuania's neighbour, condemned Belarus on Monday.");
  EXPECT_EQ(pairs(r, "DISAPPROVE").size(), 1u);
  // A joint event (one coordination, no target of its own): each side with the other, the first as the
  // source first (the record's primary event).
  r = process("Poland and Lithuania agreed to hold joint exercises.");
  EXPECT_EQ(pairs(r, "AGREE"), (std::vector<std::string>{"LTU>POL", "POL>LTU"}));
  ASSERT_FALSE(r.events.empty());
  EXPECT_EQ(r.events.front().source.country, "POL");
  // Modifiers of the second actor after "and" ("and neighbouring", "and its ally").
  r = process("Russia and neighbouring Belarus condemned Poland on Monday.");
  EXPECT_EQ(pairs(r, "DISAPPROVE"), (std::vector<std::string>{"BLR>POL", "RUS>POL"}));
  r = process("Russia and its ally Belarus condemned Poland on Monday.");
  EXPECT_EQ(pairs(r, "DISAPPROVE"), (std::vector<std::string>{"BLR>POL", "RUS>POL"}));
  // A joint event across modifiers: the first is the source, the second the target.
  r = process("Israel and the newly elected Palestinian leadership agreed to resume talks.");
  EXPECT_EQ(pairs(r, "AGREE"), (std::vector<std::string>{"ISR>PSE", "PSE>ISR"}));
  // The same when the only other actor is where it happened.
  r = process("Armenia and Azerbaijan signed a peace agreement in Washington on Friday.");
  ASSERT_FALSE(r.events.empty());
  EXPECT_EQ(pairs(r, r.events.front().type), (std::vector<std::string>{"ARM>AZE", "AZE>ARM"}));
  // A verb after "and" joins two clauses, not two actors.
  r = process("Russia condemned Ukraine and criticized Poland on Monday.");
  EXPECT_EQ(pairs(r, "DISAPPROVE"), (std::vector<std::string>{"RUS>POL", "RUS>UKR"}));
  for (const Event& e : r.events) EXPECT_NE(e.source.country, e.target.country);
}

TEST(Events, ANounThatACueCriticizesIsNotTheSpeakersDoing) {
  // The first event of `type` as "source>target" countries ("" for a side not found), or "no event".
  auto sides = [](const std::string& text, std::string_view type) {
    const Record r = process(text);
    const Event* e = find_type(r, type);
    return e ? e->source.country + ">" + e->target.country : std::string("no event");
  };
  // "condemned the attack on Ukraine": France did not attack Ukraine; nobody is named as the attacker.
  EXPECT_EQ(sides("France condemned the attack on Ukraine on Monday.", "FIGHT"), ">UKR");
  // The actor after "by" is.
  EXPECT_EQ(sides("France condemned the attack on Ukraine by Russia on Monday.", "FIGHT"), "RUS>UKR");
  // A possessive or an adjective of the actor is nearer than the cue: that actor's doing.
  EXPECT_EQ(sides("France condemned the Russian attack on Ukraine on Monday.", "FIGHT"), "RUS>UKR");
  // Other verbs keep their subject: it takes part in the talks.
  const std::string talks = sides("Japan agreed to reopen talks with China on Monday.", "CONSULT");
  if (talks != "no event") EXPECT_EQ(talks.substr(0, 4), "JPN>");
}

TEST(Events, IrregularPastsAfterAnAuxiliaryOrASubjectAreVerbs) {
  // Without a parser, a past that does not end in -ed is a verb after a perfect auxiliary (an adverb between
  // allowed), a pronoun or an actor; after a noun or a determiner it is a participle modifying it.
  auto trigger = [](const Record& r, std::string_view word) -> const Event* {
    for (const Event& e : r.events)
      if (r.doc.text.substr(e.trigger.begin, e.trigger.end - e.trigger.begin) == word) return &e;
    return nullptr;
  };
  Record r = process("Ethiopia has broken relations with Libya.");
  const Event* e = trigger(r, "broken");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.country, "ETH");
  EXPECT_EQ(e->target.country, "LBY");
  r = process("Ukraine has already sent troops to Poland.");
  e = trigger(r, "sent");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.country, "UKR");
  EXPECT_EQ(e->target.country, "POL");
  r = process("They fought Russian forces near Kharkiv.");
  EXPECT_NE(trigger(r, "fought"), nullptr);
  r = process("The letter sent to Libya was short.");
  EXPECT_EQ(trigger(r, "sent"), nullptr);
}

TEST(Events, AnAppealsAddresseeBeforeItsContentIsTheTarget) {
  // "urged China on Tuesday | to stop the drills": the content holds no actor; the addressee between the cue
  // and the content is the target (not the source's own country by the domestic convention).
  Record r = process("The United States urged China on Tuesday to stop the drills.");
  const Event* e = find_type(r, "DEMAND");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.country, "USA");
  EXPECT_EQ(e->target.country, "CHN");
  EXPECT_FALSE(e->target.inferred);
}

TEST(Events, APlainReportingVerbIsSpeechNotAnAction) {
  // The dictionary codes "add" and "claim" as actions; as the cue of an assertion they are speech.
  auto has_trigger = [](const Record& r, std::string_view word) {
    for (const Event& e : r.events)
      if (r.doc.text.substr(e.trigger.begin, e.trigger.end - e.trigger.begin) == word) return true;
    return false;
  };
  Record r = process_all("He added that 12 soldiers had been killed in Kharkiv.");
  EXPECT_FALSE(has_trigger(r, "added"));
  EXPECT_TRUE(has_trigger(r, "killed"));
  r = process("Ukraine claims to have shot down 40 Russian drones.");
  EXPECT_FALSE(has_trigger(r, "claims"));
  // A phrase of the dictionary stays an action: "declared a ceasefire", "reiterated its demand".
  r = process("Kyiv declared a unilateral ceasefire on Monday.");
  EXPECT_TRUE(has_trigger(r, "declared"));
  r = process("Poland reiterated its demand that Russia withdraw its troops.");
  EXPECT_TRUE(has_trigger(r, "reiterated"));
}

TEST(Events, AVerbAfterANameEndingInIngIsAVerb) {
  // "-ed" right after an "-ing" verb is an adjective ("investigating alleged abuses"); after a name that ends
  // so it is the verb: "Beijing expelled ...".
  Record r = process("Beijing expelled two American diplomats on Monday.");
  bool expelled = false;
  for (const Event& e : r.events)
    expelled |= r.doc.text.substr(e.trigger.begin, e.trigger.end - e.trigger.begin) == "expelled" &&
                e.source.country == "CHN" && e.target.country == "USA";
  EXPECT_TRUE(expelled);
}

// The dictionary's generic codes of violence: a state's military killing is FIGHT, militiamen attacking
// refugees ASSAULT; a specific code (bombing) stays.
TEST(Events, WhoUsedForceTellsFightFromAssault) {
  Record r = process(
      "Syrian troops killed four farmers near the border.\n\n"
      "Sudanese militiamen attacked Chadian refugees near the camp.\n\n"
      "Syrian rebels killed two soldiers in Aleppo.");
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[0].type, "FIGHT");  // killed (180) by SYRMIL
  EXPECT_EQ(r.events[0].cameo, "190");
  EXPECT_EQ(r.events[1].type, "ASSAULT");  // attacked (190) by militiamen (UAF) on refugees (REF)
  EXPECT_EQ(r.events[1].cameo, "180");
  EXPECT_EQ(r.events[2].type, "ASSAULT");  // killed (180) by rebels: as the dictionary has it
  EXPECT_EQ(r.events[2].cameo, "180");
}

// Patterns of our own over the dictionary's blocks, and the gold's types where the 2021 table moved a code.
TEST(Events, ArmsObserversDemonstrationsAndEmergencies) {
  Record r = process(
      "Iran sent arms to Syria last year.\n\n"
      "Turkish police prevented a demonstration in Ankara.\n\n"
      "Georgia received a team of observers from the OSCE.\n\n"
      "Egypt lifted the state of emergency in Sinai.");
  ASSERT_EQ(r.events.size(), 4u);
  EXPECT_EQ(r.events[0].cameo, "072");  // military aid
  EXPECT_EQ(r.events[0].type, "AID");
  EXPECT_EQ(r.events[0].target.country, "SYR");
  EXPECT_EQ(r.events[1].cameo, "1721");  // "prevent" is in the block of "delay", not of "blame"
  EXPECT_EQ(r.events[1].type, "COERCE");
  EXPECT_EQ(r.events[2].cameo, "0862");  // receive inspectors
  EXPECT_EQ(r.events[2].type, "RETREAT");
  EXPECT_EQ(r.events[3].cameo, "0814");  // ease a state of emergency: CONCEDE, as the gold codes it
  EXPECT_EQ(r.events[3].type, "CONCEDE");
}

// A country named before "border" or "frontier" says where the event happened, not to whom.
TEST(Events, ACountryNamingABorderIsNoTarget) {
  Record r = process(
      "Iraqi troops shelled villages near the Iranian border.\n\n"
      "Iraqi troops shelled villages in Iran.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].source.country, "IRQ");
  EXPECT_EQ(r.events[0].target.mention, -1);     // not the border's country
  EXPECT_EQ(r.events[0].target.country, "IRQ");  // a domestic event, as one side is named
  EXPECT_EQ(r.events[1].target.country, "IRN");
}

// "were engaged in", "were involved in": taking part, not a passive; the subject is the doer.
TEST(Events, TakingPartInIsNoPassive) {
  Record r = process("Libyan forces were engaged in heavy fighting in Chad.");
  ASSERT_FALSE(r.events.empty());
  EXPECT_EQ(r.events[0].source.country, "LBY");
  EXPECT_EQ(r.events[0].target.country, "TCD");
}

// What a request's target is asked to do is its content, not a second event ("called on Sweden to
// extradite"), as when "to" follows the verb ("threatened to ban").
TEST(Events, ARequestsContentIsNoEventOfItsOwn) {
  Record r = process("Turkey called on Sweden to extradite Kurdish militants.");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].type, "DEMAND");
  EXPECT_EQ(r.events[0].source.country, "TUR");
  EXPECT_EQ(r.events[0].target.country, "SWE");
}

// A noun inside a phrase the dictionary coded is no second event ("lodged a protest with": 110, not also
// 140); a protest delivered is an official complaint (114), one staged a demonstration (140).
TEST(Events, APhrasesNounAndADeliveredProtest) {
  Record r = process(
      "Japan lodged a protest with China over the incursion.\n\n"
      "France issued a protest to Iran.\n\n"
      "Students staged a protest against the government in Dhaka.");
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[0].type, "DISAPPROVE");
  EXPECT_EQ(r.events[0].cameo, "110");
  EXPECT_EQ(r.events[1].type, "DISAPPROVE");
  EXPECT_EQ(r.events[1].cameo, "114");
  EXPECT_EQ(r.events[1].target.country, "IRN");
  EXPECT_EQ(r.events[2].type, "PROTEST");
}

// An event with no actor on either side is dropped unless the options keep it; "I" in a quote is its speaker,
// so the quoted condemnation is the speaker's.
TEST(Events, AnEventWithoutActorsIsDroppedByDefault) {
  const std::string text = "The lamppost was blasted across the street.";
  EXPECT_TRUE(process(text).events.empty()) << testing::PrintToString(event_codes(process(text)));
  const Record all = process_all(text);
  ASSERT_EQ(all.events.size(), 1u) << testing::PrintToString(event_codes(all));
  EXPECT_LT(all.events[0].source.mention, 0);
  EXPECT_LT(all.events[0].target.mention, 0);
  const Record quote = process("\"I condemn this attack,\" Merkel said.");
  const Event* e = find_type(quote, "DISAPPROVE");
  ASSERT_NE(e, nullptr) << testing::PrintToString(event_codes(quote));
  EXPECT_EQ(e->source.code, "DEUGOV");
}

// Declining to comment is CAMEO 011, a statement and no PLOVER event, and so is the verb of saying after
// it; refusing a thing stays a rejection.
TEST(Events, DecliningToCommentIsNoEvent) {
  for (const char* text :
       {"The Kremlin declined to comment on the report.",
        "A Russian Foreign Ministry spokesman refused to say whether Russia would respond.",
        "The Pentagon declined to give details of the operation.", "Israel declined further comment.",
        "He declined to reveal the amount of the offer."}) {
    const Record r = process(text);
    EXPECT_TRUE(r.events.empty()) << text << " " << testing::PrintToString(event_codes(r));
    EXPECT_FALSE(r.attributions.empty()) << text;  // (the statement stays)
  }
  for (const char* text :
       {"Iran refused to release the hostages.", "Russia refused to give up the islands."}) {
    const Record r = process(text);
    ASSERT_NE(find_type(r, "REJECT"), nullptr) << text << " " << testing::PrintToString(event_codes(r));
  }
}

// The finder skips the sentences where no event could have an actor; the reference: every event found with
// keep_actorless, minus those with no actor on either side. The same events, in the same order.
TEST(Events, SkippingActorlessSentencesChangesNothing) {
  const std::string text =
      "Shares rose sharply in early trading. Prices increased and analysts expected more gains.\n\n"
      "The company said it must seek the approval of its shareholders.\n\n"
      "\"We must defend our borders,\" the Russian defence minister said. \"We will attack if needed.\"\n\n"
      "A spokesman said the plan must now be re-evaluated. Officials in Beijing rejected the report.\n\n"
      "Militants attacked a convoy near the border. Ukrainian forces shelled Russian positions on Monday.\n\n"
      "The lamppost was blasted across the street. Protesters in Cairo demanded the resignation of the "
      "president.";
  const Record fast = process(text);
  const Record all = process_all(text);
  std::vector<std::string> reference, found;
  auto describe = [](const Event& e) {
    return e.type + "/" + e.cameo + "/" + std::to_string(e.trigger.begin) + "/" + e.source.code + ">" +
           e.target.code;
  };
  for (const Event& e : all.events)
    if (e.source.mention >= 0 || e.target.mention >= 0 || !e.source.code.empty() || !e.target.code.empty())
      reference.push_back(describe(e));
  for (const Event& e : fast.events) found.push_back(describe(e));
  EXPECT_EQ(found, reference);
  EXPECT_LT(found.size(), all.events.size());  // (some events had no actor)
  EXPECT_GE(found.size(), 4u);
}

// A promise of force or of revenge is a threat ("vowed to retaliate", "vowed revenge"); a promise to fight a
// policy or to cut prices stays a promise.
TEST(Events, APromiseOfForceIsAThreat) {
  Record r = process_all(
      "Iran vowed to retaliate against Israel.\n\n"
      "Iran vowed revenge against Israel.\n\n"
      "The union vowed to fight the wage cuts.\n\n"
      "Hamas promised to release the hostages.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  EXPECT_EQ(types, (std::vector<std::string>{"THREATEN/0", "THREATEN/1", "AGREE/2", "AGREE/3"}))
      << testing::PrintToString(types);
}

// The dictionary's paired codes give the reverse event too ("visited": 042 visit, 043 host), and its reversed
// codes make the subject the target ("died in … custody": 184 by the custodian on the one who died).
TEST(Events, PairedAndReversedCodes) {
  Record r = process(
      "French President Emmanuel Macron visited Kyiv.\n\n"
      "A Palestinian prisoner died in Israeli police custody.");
  std::vector<std::string> sides;
  for (const Event& e : r.events) sides.push_back(e.cameo + " " + e.source.code + ">" + e.target.code);
  EXPECT_EQ(sides, (std::vector<std::string>{"042 FRAGOV>UKRGOV", "043 UKRGOV>FRAGOV", "184 ISRCOP>PSE"}))
      << testing::PrintToString(sides);
}

// An event noun's source is the actor before it, not a place it went to ("left for Moscow for talks"); a
// place is the source when no actor comes before it ("refugees in Turkey staged demonstrations").
TEST(Events, ANounsSourceIsNoPlaceItWentTo) {
  Record r = process(
      "Turkey's foreign minister left for Moscow on Wednesday for talks with Russian officials.\n\n"
      "Refugees in Turkey staged demonstrations against the Turkish government.");
  const Event* talks = find_type(r, "CONSULT");
  ASSERT_NE(talks, nullptr);
  EXPECT_EQ(talks->source.code, "TURGOV");
  EXPECT_EQ(talks->target.code, "RUSGOV");
  // (the refugees in Turkey are Turkey's: TURREF, the agent located by the actors stage)
  const Event* protest = find_type(r, "PROTEST");
  ASSERT_NE(protest, nullptr);
  EXPECT_EQ(protest->source.code, "TURREF");
  EXPECT_EQ(protest->source.country, "TUR");
}

// A state killing armed men is FIGHT (conventional force); killing civilians stays ASSAULT.
TEST(Events, AStateKillingArmedMenIsAFight) {
  Record r = process(
      "Israel killed a senior Hezbollah commander in Beirut.\n\n"
      "Israel killed three Palestinian civilians in Gaza.");
  EXPECT_EQ(event_codes(r, /*by_sentence=*/true), (std::vector<std::string>{"FIGHT/0", "ASSAULT/1"}))
      << testing::PrintToString(event_codes(r));
}

// Force by protesters is a riot (145), blocking by protesters or workers obstructs passage (144): PROTEST,
// not FIGHT or COERCE.
TEST(Events, ForceOrBlockingByProtestersIsAProtest) {
  Record r = process(
      "Egyptian demonstrators attacked the Israeli embassy.\n\n"
      "French paper workers blocked the roads to the port.\n\n"
      "Israeli troops attacked the embassy.");
  const std::vector<std::string> codes = event_codes(r);
  EXPECT_EQ(codes, (std::vector<std::string>{"PROTEST/145", "PROTEST/144", "FIGHT/190"}))
      << testing::PrintToString(codes);
}

// Property destroyed ("set fire to", "defaced": 1712) and a beating ("beat up": 182, not the dictionary's
// first code for "beat", 190), also in the present after an adverb of how one acts ("routinely beat up").
TEST(Events, ArsonDefacingAndBeatings) {
  Record r = process(
      "Israeli settlers set fire to Palestinian offices.\n\n"
      "Russian hackers have defaced Ukrainian government websites.\n\n"
      "Israeli soldiers routinely beat up Palestinian detainees.");
  const std::vector<std::string> codes = event_codes(r);
  EXPECT_EQ(codes, (std::vector<std::string>{"COERCE/1712", "COERCE/1712", "ASSAULT/182"}))
      << testing::PrintToString(codes);
}

// The wire's notes are no events: "asked not to be named", "requested anonymity", "requests for comment"; a
// request's addressee after "the" still takes its content ("asked the IAEA to send inspectors": one DEMAND).
TEST(Events, TheWiresNotesAreNoEvents) {
  Record r = process(
      "The minister, who asked not to be named, spoke to reporters.\n\n"
      "An official, who requested anonymity, spoke to reporters.\n\n"
      "The embassy did not respond to requests for comment.\n\n"
      "Iran asked the IAEA to send inspectors.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  EXPECT_EQ(types, (std::vector<std::string>{"DEMAND/3"})) << testing::PrintToString(types);
}

// "decline" is a refusal before "to" and a verb, or an object; before a figure, or without an object, a fall.
TEST(Events, AFallIsNoRefusal) {
  Record r = process(
      "Australian beef output is forecast to decline to 1.34 mln tonnes in 1987.\n\n"
      "Brazilian coffee exports declined sharply in March.\n\n"
      "Iran declined the offer from Iraq.\n\n"
      "Russia declined to attend the conference in Ukraine.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  EXPECT_EQ(std::count(types.begin(), types.end(), "REJECT/0"), 0) << testing::PrintToString(types);
  EXPECT_EQ(std::count(types.begin(), types.end(), "REJECT/1"), 0) << testing::PrintToString(types);
  EXPECT_GE(std::count(types.begin(), types.end(), "REJECT/2"), 1) << testing::PrintToString(types);
  EXPECT_GE(std::count(types.begin(), types.end(), "REJECT/3"), 1) << testing::PrintToString(types);
}

// A verbal attack (the statement the attribution rules kept) is DISAPPROVE; a physical one FIGHT.
TEST(Events, AVerbalAttackIsDisapproval) {
  Record r = process(
      "The senator attacked the plan as reckless.\n\n"
      "Russian forces attacked Kharkiv on Monday.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  EXPECT_GE(std::count(types.begin(), types.end(), "DISAPPROVE/0"), 1) << testing::PrintToString(types);
  EXPECT_EQ(std::count(types.begin(), types.end(), "FIGHT/0"), 0) << testing::PrintToString(types);
  EXPECT_GE(std::count(types.begin(), types.end(), "FIGHT/1"), 1) << testing::PrintToString(types);
  // The noun: a person's attacks on a person are verbal; an attack on a place is not.
  Record nouns = process_all(
      "The audience cheered Hillary Clinton's attacks on Donald Trump.\n\n"
      "Gunmen launched an attack on Kirkuk.");
  const std::vector<std::string> noun_types = event_codes(nouns, /*by_sentence=*/true);
  EXPECT_GE(std::count(noun_types.begin(), noun_types.end(), "DISAPPROVE/0"), 1)
      << testing::PrintToString(noun_types);
  EXPECT_EQ(std::count(noun_types.begin(), noun_types.end(), "FIGHT/0"), 0)
      << testing::PrintToString(noun_types);
  EXPECT_GE(std::count(noun_types.begin(), noun_types.end(), "FIGHT/1"), 1)
      << testing::PrintToString(noun_types);
}

// The campaign's words of force are criticism between persons or with a reason; a retort is a criticism of
// its target; "fired" with a person as object is a dismissal. Force on a place, or shots fired, stay FIGHT.
TEST(Events, WordsOfForceBetweenPersonsAreCriticism) {
  Record r = process(
      "Hillary Clinton attacked Donald Trump on Monday.\n\n"
      "Paul Ryan blasted the FBI for its handling of the case.\n\n"
      "Donald Trump fired his campaign manager Corey Lewandowski.\n\n"
      "Russian forces attacked Kharkiv on Monday.\n\n"
      "Syrian troops fired on protesters in Deraa.\n\n"
      "Russian soldiers fired two shots at the Ukrainian border guards.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  EXPECT_EQ(types,
            (std::vector<std::string>{"DISAPPROVE/0", "DISAPPROVE/1", "FIGHT/3", "FIGHT/4", "FIGHT/5"}))
      << testing::PrintToString(types);
}

// An "-ed" word between a number and a noun is an adjective: no accusation in "nine alleged militants", no
// statement either; "the six agreed to" is a verb.
TEST(Events, AnAdjectiveAfterANumberIsNoVerb) {
  const std::string text = "A US drone strike killed nine alleged al-Qaeda militants in Yemen.";
  const Record r = process(text);
  EXPECT_EQ(find_type(r, "DISAPPROVE"), nullptr) << testing::PrintToString(event_codes(r));
  EXPECT_NE(find_type(r, "FIGHT"), nullptr) << testing::PrintToString(event_codes(r));
  for (const Attribution& a : r.attributions)
    for (const Span& c : a.cue.spans) EXPECT_NE(text.substr(c.begin, c.end - c.begin), "alleged");
  const Record six = process_all("In February the six agreed to cooperate on exchange rates.");
  EXPECT_NE(find_type(six, "AGREE"), nullptr) << testing::PrintToString(event_codes(six));
}

// "call" alone names in news ("called it chaos", "what he called a disgrace"); a telephone call is an actor
// called, and then the end, a time or a preposition.
TEST(Events, CallingSomethingANameIsNoCall) {
  Record r = process(
      "Jacobs called Merkel the Chancellor of the Free World.\n\n"
      "A reporter for Agence France-Presse called it absolute chaos.\n\n"
      "President Biden called Zelensky.\n\n"
      "Obama called Putin on Monday.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  EXPECT_EQ(std::count(types.begin(), types.end(), "CONSULT/0"), 0) << testing::PrintToString(types);
  EXPECT_EQ(std::count(types.begin(), types.end(), "CONSULT/1"), 0) << testing::PrintToString(types);
  EXPECT_GE(std::count(types.begin(), types.end(), "CONSULT/2"), 1) << testing::PrintToString(types);
  // (not the dictionary's "call on", an appeal: "on" comes after the one called, before a day)
  EXPECT_GE(std::count(types.begin(), types.end(), "CONSULT/3"), 1) << testing::PrintToString(types);
  EXPECT_EQ(std::count(types.begin(), types.end(), "DEMAND/3"), 0) << testing::PrintToString(types);
}

// Verbs of all work are events only in a phrase of the dictionary; "going to" before a verb is the future;
// "released" frees people, not polls.
TEST(Events, VerbsOfAllWorkAreEventsOnlyInTheirPhrases) {
  Record r = process(
      "Russia will take the presidency of the council.\n\n"
      "Russia needs Ukraine.\n\n"
      "We are going to make Ukraine safe again.\n\n"
      "The poll, released by the Kremlin on Wednesday, showed support for the war.\n\n"
      "The rebels said they will release Prime Minister Mahendra Chaudhry.\n\n"
      "Rebels took control of the airport in Goma.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  for (const std::string& t : types)
    EXPECT_TRUE(t.ends_with("/4") || t.ends_with("/5")) << testing::PrintToString(types);
  EXPECT_TRUE(std::any_of(types.begin(), types.end(), [](const std::string& t) { return t.ends_with("/4"); }))
      << testing::PrintToString(types);
  EXPECT_TRUE(std::any_of(types.begin(), types.end(), [](const std::string& t) { return t.ends_with("/5"); }))
      << testing::PrintToString(types);
}

TEST(Events, ExpectationsLeadsAndDeathsAloneAreNoEvents) {
  Record r = process(
      "The sale of the Russian unit is expected to be completed in June.\n\n"
      "Clinton leads among young voters in Ohio.\n\n"
      "Before Justice Scalia died, the court had agreed to hear the case.\n\n"
      "Ukraine failed to reach agreement with Russia.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  for (const std::string& t : types)
    EXPECT_TRUE(t.ends_with("/2") || t.ends_with("/3")) << testing::PrintToString(types);
  EXPECT_GE(std::count(types.begin(), types.end(), "REJECT/3"), 1) << testing::PrintToString(types);
}

// Verbs of business and politics news that the dictionary codes bare (issue, improve, control, hope,
// introduce, increase …) are events only in its phrases: "increased aid to" stays.
TEST(Events, BareVerbsOfTheNewsAreNoEvents) {
  Record r = process(
      "Russia issued new government bonds on Monday.\n\n"
      "Germany improved its trade balance with France.\n\n"
      "The Ukrainian army controlled the city of Kupiansk.\n\n"
      "Russia hoped to win the war quickly.\n\n"
      "The Kremlin introduced new rules for Ukraine.\n\n"
      "The United States increased aid to Ukraine.\n\n"
      "The Pentagon tried to determine the authenticity of the video.\n\n"
      "Russia has been inconsistent when it comes to Ukraine.\n\n"
      "Putin will come to Ankara next week.\n\n"
      "Saudi Arabia will raise output to meet growing demand for oil.\n\n"
      "Putin met Erdogan in Ankara on Monday.\n\n"
      "The United States said it would not meet the demands of the hostage-takers in Iraq.\n\n"
      "The United States helped facilitate the rise of the Islamic State.\n\n"
      "Norway is willing to send material to help defend Saudi Arabia.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  // (sentence 11 also has the hostage-takers' demands, the noun)
  // (help to do something is no aid, unless an intent promises it: sentence 13 is AGREE)
  for (const std::string& t : types)
    EXPECT_TRUE(t == "AID/5" || t == "AGREE/8" || t == "CONSULT/10" || t.ends_with("/11") ||
                t.ends_with("/13"))
        << testing::PrintToString(types);
  for (const char* t : {"AID/5", "AGREE/8", "CONSULT/10", "REJECT/11", "AGREE/13"})
    EXPECT_EQ(std::count(types.begin(), types.end(), t), 1) << t << " " << testing::PrintToString(types);
}

TEST(Events, NecessityAndAimsAreNoEvents) {
  Record r = process(
      "It must be a mistake by the Russian army.\n\n"
      "The sanctions are aimed at Russia.\n\n"
      "Libya must hand over the suspects.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  for (const std::string& t : types) EXPECT_TRUE(t.ends_with("/2")) << testing::PrintToString(types);
  EXPECT_GE(std::count(types.begin(), types.end(), "DEMAND/2"), 1) << testing::PrintToString(types);
}

// "struggled to" is an effort, no fight; a struggle with someone is one.
TEST(Events, AStruggleToDoSomethingIsNoFight) {
  Record r = process(
      "Russia has struggled to respond to the sanctions.\n\n"
      "Russian troops struggled with Ukrainian soldiers near Kharkiv.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  EXPECT_EQ(std::count(types.begin(), types.end(), "FIGHT/0"), 0) << testing::PrintToString(types);
  EXPECT_GE(std::count(types.begin(), types.end(), "FIGHT/1"), 1) << testing::PrintToString(types);
}

// "when asked", "was asked about", "asked whether" are questions, no request; "asked Ukraine to withdraw" is
// one.
TEST(Events, AReportersQuestionIsNoRequest) {
  Record r = process(
      "The minister spoke to reporters in Kyiv when asked about the talks.\n\n"
      "Russia asked Ukraine to withdraw.\n\n"
      "The Russian minister was asked about the talks with Ukraine.\n\n"
      "Ukraine asked Russia whether the plant was safe.");
  const std::vector<std::string> types = event_codes(r, /*by_sentence=*/true);
  EXPECT_EQ(std::count(types.begin(), types.end(), "DEMAND/0"), 0) << testing::PrintToString(types);
  EXPECT_GE(std::count(types.begin(), types.end(), "DEMAND/1"), 1) << testing::PrintToString(types);
  EXPECT_EQ(std::count(types.begin(), types.end(), "DEMAND/2"), 0) << testing::PrintToString(types);
  EXPECT_EQ(std::count(types.begin(), types.end(), "DEMAND/3"), 0) << testing::PrintToString(types);
}

// In a direct quotation "we" or "I" before the verb is the speaker, and the target is inside the quotation
// ("… told reporters in Beijing": not Beijing).
TEST(Events, AQuotationsWeIsItsSpeaker) {
  Record r = process("\"We will attack Kyiv,\" the Russian foreign minister told reporters in Beijing.");
  const Event* e = find_type(r, "THREATEN");
  ASSERT_NE(e, nullptr) << r.events.size();
  EXPECT_EQ(e->source.code, "RUSGOV");
  EXPECT_EQ(e->target.country, "UKR");
}

// Recalling an envoy reduces relations (CAMEO 161, as the dictionary codes "recall ambassador"); not a
// statement of what one remembers.
TEST(Events, RecallingAnEnvoyReducesRelations) {
  Record r = process("Venezuela recalled its envoy from Spain on Monday.");
  const Event* e = find_type(r, "SANCTION");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->cameo, "161");
  EXPECT_EQ(e->source.country, "VEN");
  EXPECT_EQ(e->target.country, "ESP");
  for (const Attribution& a : r.attributions) EXPECT_NE(a.stance, Stance::assert_);
}

// A passive's target is the actor before it, unless that actor is the statement's source ("Germany said the
// agreement may have to be re-examined": Germany is no one's target); the actor after "by" is the source.
TEST(Events, AStatementsSourceIsNoPassivesTarget) {
  Record r = process_all(
      "Germany said the agreement may have to be re-examined.\n\n"
      "The Polish government said the deal was rejected.\n\n"
      "Ukrainian soldiers were attacked by Russian forces, Poland said.");
  ASSERT_EQ(r.events.size(), 3u);
  EXPECT_EQ(r.events[0].type, "INVESTIGATE");
  EXPECT_LT(r.events[0].target.mention, 0) << r.events[0].target.code;
  EXPECT_LT(r.events[1].target.mention, 0) << r.events[1].target.code;
  EXPECT_EQ(r.events[2].source.code, "RUSMIL");
  EXPECT_EQ(r.events[2].target.code, "UKRMIL");
}

// An intent ("willing to", "ready to") holds over a purpose clause within six words ("willing to send experts
// to help"): the promise of help is AGREE; the help given is AID.
TEST(Events, IntentReachesAPurposeClause) {
  Record r = process(
      "Germany is willing to send experts to help Ukraine.\n\n"
      "Germany sent experts to help Ukraine.");
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].type, "AGREE");
  EXPECT_EQ(r.events[0].source.country, "DEU");
  EXPECT_EQ(r.events[0].target.country, "UKR");
  EXPECT_EQ(r.events[1].type, "AID");
}

// An event noun takes its argument after a head noun of the effort too ("a mediation mission between").
TEST(Events, AnEventNounsArgumentAfterAnEffortNoun) {
  Record r = process("Qatar's mediation mission between Sudan and Chad stalled.");
  const Event* e = find_type(r, "CONSULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source.country, "QAT");
  EXPECT_EQ(e->target.country, "SDN");
}

TEST(Plover, ReadsAndScoresOwnFixture) {
  test_util::TempDir dir;
  const std::string path = dir.path() + "/gold.json";
  test_util::write_file(path, R"([
 {"id": "DOC", "event": "DOCUMENT", "eventText": "header"},
 {"id": "A", "date": "2001-02-03", "event": "FIGHT", "text": "Russian forces shelled Kharkiv on Monday.",
  "source": [{"actorText": "Russian forces", "code": "RUS"}], "target": [{"actorText": "Kharkiv", "code": "UKR"}]},
 {"id": "B", "date": "2001-02-03", "event": "AGREE", "text": "Poland and Lithuania agreed to hold joint exercises.",
  "source": [{"actorText": "Poland", "code": "POL"}, {"actorText": "Lithuania", "code": "LTU"}], "target": ""}
])");
  auto gold = read_plover(path);
  ASSERT_TRUE(gold.ok()) << gold.error().to_string();
  ASSERT_EQ(gold.value().size(), 2u);            // the DOCUMENT header is skipped
  EXPECT_EQ(gold.value()[1].target.size(), 2u);  // a joint event: its sources are its targets
  EventScore score;
  for (const PloverRecord& g : gold.value()) score_event(g, process(g.text, g.date).events, score);
  EXPECT_EQ(score.records, 2u);
  EXPECT_EQ(score.type_correct, 2u);
  EXPECT_EQ(score.triple_tp, 2.0);
  EXPECT_FALSE(read_plover(dir.path() + "/missing.json").ok());
  test_util::write_file(path, "{not json");
  EXPECT_EQ(read_plover(path).error().code, ErrorCode::malformed_json);
}

TEST(Export, RowsFromRecordAndFromJsonAgree) {
  Record r = process("The Ukrainian government accused Moscow of targeting civilians.");
  ASSERT_FALSE(r.events.empty());
  std::vector<EventRow> a, b;
  event_rows(r, a);
  std::string json;
  write_record_json(r, JsonOptions{}, json);
  ASSERT_TRUE(event_rows_from_json(json, b).ok());
  ASSERT_EQ(a.size(), b.size());
  for (size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].type, b[k].type);
    EXPECT_EQ(a[k].source_code, b[k].source_code);
    EXPECT_EQ(a[k].target_text, b[k].target_text);
    EXPECT_EQ(a[k].sentence, b[k].sentence);
  }
  std::string gdelt, csv, plover;
  write_export_row(ExportFormat::gdelt, a[0], 7, gdelt);
  EXPECT_EQ(std::count(gdelt.begin(), gdelt.end(), '\t'), 20);
  EXPECT_EQ(gdelt.substr(0, 11), "7\t20250409\t");
  EXPECT_NE(gdelt.find("\t112\t112\t11\t3\t-2.0\t"), std::string::npos);  // code, base, root, quad, Goldstein
  write_export_header(ExportFormat::csv, csv);
  write_export_row(ExportFormat::csv, a[0], 1, csv);
  EXPECT_EQ(csv.substr(0, 10), "id,doc_id,");
  EXPECT_NE(csv.find("\n1,t,2025-04-09,UKRGOV,UKR,GOV,"), std::string::npos);
  EventRow quoted = a[0];
  quoted.trigger = "said, \"no\"";
  std::string q;
  write_export_row(ExportFormat::csv, quoted, 2, q);
  EXPECT_NE(q.find(",\"said, \"\"no\"\"\","), std::string::npos);
  write_export_row(ExportFormat::plover, a[0], 1, plover);
  EXPECT_NE(plover.find("\"event\":\"DISAPPROVE\""), std::string::npos);
  EXPECT_FALSE(parse_export_format("xml").ok());
  EXPECT_FALSE(event_rows_from_json("[1,2]", b).ok());
}

}  // namespace
}  // namespace claimtrace
