// Claims across articles: anaphors, key terms, linking statements of several articles into claims with
// positions and figures, the store round trip and the CLI — on texts written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "claimtrace/claims.h"
#include "claimtrace/pipeline.h"
#include "claimtrace/store.h"
#include "pipeline_util.h"
#include "test_util.h"

namespace claimtrace {
namespace {

Record process(const std::string& id, const std::string& text, const std::string& date) {
  return test_util::process_text(text, id, date);
}

// Three short stories of our own: a claim, its denial (by anaphor and by negation), and an unrelated one.
const char* kClaim =
    "Ukraine's President Volodymyr Zelensky said on Monday that at least 40 North Korean soldiers were "
    "fighting alongside Russian forces near Kursk.\n"
    "He said the soldiers had been trained in Russia.";
const char* kDenial =
    "North Korea's foreign ministry on Wednesday denied the allegations, calling them a smear.\n"
    "A ministry spokesman said that no North Korean soldiers were fighting alongside Russian forces near "
    "Kursk.\n"
    "Ukraine's defence ministry said that about 60 North Korean soldiers were fighting near Kursk.";
const char* kOther =
    "The city council said on Tuesday that the new tram line would open in September after a delay of two "
    "years.\n"
    "The mayor said the tram line would cut traffic in the old town.";

ClaimCorpus corpus_of_three() {
  ClaimCorpus c;
  c.add(process("claim", kClaim, "2025-03-03"));
  c.add(process("other", kOther, "2025-03-04"));
  c.add(process("denial", kDenial, "2025-03-05"));
  return c;
}

const Claim* claim_with(const ClaimBoard& b, const ClaimCorpus& c, std::string_view words) {
  for (const Claim& claim : b.claims)
    for (int32_t s : claim.statements)
      if (c.statements[s].content_text.find(words) != std::string::npos) return &claim;
  return nullptr;
}

TEST(Claims, Anaphors) {
  EXPECT_TRUE(is_anaphoric_content("the allegations"));
  EXPECT_TRUE(is_anaphoric_content("such claims as baseless"));
  EXPECT_TRUE(is_anaphoric_content("allegations that its troops fired first"));
  EXPECT_TRUE(is_anaphoric_content("them \"groundless\""));
  EXPECT_TRUE(is_anaphoric_content("it was concerned by the reports"));
  EXPECT_FALSE(is_anaphoric_content("that the tram line would open in September"));
  EXPECT_FALSE(is_anaphoric_content("that it would raise taxes next year on imported cars"));
  EXPECT_FALSE(is_anaphoric_content(""));
}

TEST(Claims, TermsStemAndCarryActors) {
  ClaimStatement s;
  s.content_text = "that 40 North Korean soldiers are fighting near the border";
  s.content_actors = {"PRKMIL"};
  s.content_countries = {"PRK"};
  s.content_actor_texts = {"North Korean soldiers"};
  std::vector<std::string> terms;
  claim_terms(s, terms);
  auto has = [&](const std::string& t) { return std::find(terms.begin(), terms.end(), t) != terms.end(); };
  EXPECT_FALSE(has("40"));  // figures vary within a claim
  EXPECT_TRUE(has("soldier"));
  EXPECT_TRUE(has("fight"));
  EXPECT_TRUE(has("border"));
  EXPECT_TRUE(has("@PRKMIL"));
  EXPECT_TRUE(has("@PRK"));
  EXPECT_FALSE(has("that"));
  EXPECT_FALSE(has("the"));
  // Same claim worded differently shares its terms.
  ClaimStatement t;
  t.content_text = "a soldier fights near borders";
  std::vector<std::string> other;
  claim_terms(t, other);
  EXPECT_NE(std::find(other.begin(), other.end(), "fight"), other.end());
  EXPECT_NE(std::find(other.begin(), other.end(), "border"), other.end());
}

TEST(Claims, LinksAcrossArticlesWithPositionsAndFigures) {
  ClaimCorpus corpus = corpus_of_three();
  ASSERT_GE(corpus.statements.size(), 5u);
  ClaimBoard board = build_claims(corpus, ClaimOptions{});
  const Claim* fighting = claim_with(board, corpus, "40 North Korean soldiers");
  ASSERT_NE(fighting, nullptr);
  // The denial by anaphor, the negated counter-statement and the later figure join the same claim.
  EXPECT_EQ(claim_with(board, corpus, "no North Korean soldiers"), fighting);
  EXPECT_EQ(claim_with(board, corpus, "about 60 North Korean"), fighting);
  std::vector<std::string> asserting, denying;
  for (const ClaimPosition& p : fighting->positions) {
    if (p.position == "ASSERT") asserting.push_back(p.actor);
    if (p.position == "DENY") denying.push_back(p.actor);
  }
  EXPECT_NE(std::find(asserting.begin(), asserting.end(), "UKRGOV"), asserting.end());
  // North Korea's foreign ministry denies; "a ministry spokesman" has no country of its own (GOV).
  EXPECT_NE(std::find(denying.begin(), denying.end(), "PRKGOV"), denying.end());
  for (const auto& a : denying) EXPECT_NE(a.substr(0, 3), "UKR") << a;
  // Figures: 40 (at least) first, then about 60, by date.
  ASSERT_GE(fighting->figures.size(), 2u);
  EXPECT_EQ(corpus.figures[fighting->figures.front().figure].value, 40);
  EXPECT_EQ(corpus.figures[fighting->figures.front().figure].qualifier, "at_least");
  EXPECT_EQ(corpus.figures[fighting->figures.back().figure].value, 60);
  EXPECT_EQ(fighting->first_seen, "2025-03-03");
  EXPECT_EQ(corpus.docs[fighting->first_doc].id, "claim");
  EXPECT_GE(fighting->sources, 2);
  // Article stance from positions: the first article agrees, the denial article holds both sides.
  for (const ClaimArticle& a : fighting->articles) {
    if (corpus.docs[a.doc].id == "claim") {
      EXPECT_EQ(a.stance, "agree");
    }
    EXPECT_NE(corpus.docs[a.doc].id, "other");
  }
  // The tram story is a claim of its own.
  const Claim* tram = claim_with(board, corpus, "tram line would open");
  ASSERT_NE(tram, nullptr);
  EXPECT_NE(tram, fighting);
  // Deterministic.
  ClaimBoard again = build_claims(corpus, ClaimOptions{});
  std::string a, b;
  write_claims_json(corpus, board, a);
  write_claims_json(corpus, again, b);
  EXPECT_EQ(a, b);
}

// A pronoun or surname source of a person without a code is that person on the board, by the name first
// written ("he" is no actor; "Oberholtzer" is "Mark Oberholtzer").
TEST(Claims, APronounSourceIsThePersonNamedBefore) {
  ClaimCorpus corpus;
  corpus.add(process("plumber",
                     "Mark Oberholtzer, who owns a plumbing company in Texas City, said the pickup truck had "
                     "been sold at an auction in 2013.\n"
                     "\"The pickup truck was sold at an auction in 2013,\" he said.\n"
                     "Oberholtzer said the pickup truck was sold at an auction in 2013.",
                     "2025-03-03"));
  bool named = false, surname = false;
  for (const ClaimStatement& s : corpus.statements) {
    if (s.source_text == "he") named = s.source_name == "Mark Oberholtzer";
    if (s.source_text == "Oberholtzer") surname = s.source_name == "Mark Oberholtzer";
  }
  EXPECT_TRUE(named);
  EXPECT_TRUE(surname);
  ClaimBoard board = build_claims(corpus, ClaimOptions{});
  size_t positions = 0;
  for (const Claim& claim : board.claims)
    for (const ClaimPosition& p : claim.positions) {
      EXPECT_NE(p.actor, "") << p.source_text;
      ++positions;
    }
  EXPECT_GE(positions, 1u);
}

TEST(Claims, FirstSeenByTheInstantAndActorsByTheirMainPosition) {
  // The same claim on one day: 18:05 in Beijing (10:05 UTC) is later than 06:00 UTC.
  ClaimCorpus c;
  c.add(process("late", "The ministry said that at least 40 North Korean soldiers were fighting near Kursk.",
                "2025-04-09T18:05:00+08:00"));
  c.add(process(
      "early",
      "Ukraine's defence ministry said that at least 40 North Korean soldiers were fighting near Kursk.",
      "2025-04-09T06:00:00Z"));
  c.add(process("denial", kDenial, "2025-04-10T08:00:00Z"));
  ClaimBoard board = build_claims(c, ClaimOptions{});
  const Claim* fighting = claim_with(board, c, "40 North Korean soldiers");
  ASSERT_NE(fighting, nullptr);
  EXPECT_EQ(c.docs[fighting->first_doc].id, "early");
  EXPECT_EQ(fighting->first_seen, "2025-04-09");
  // One line per actor, under the position it takes most.
  std::set<std::string> seen;
  for (const ClaimActor& a : fighting->actors) {
    EXPECT_TRUE(seen.insert(a.actor).second) << a.actor;
    int32_t total = 0;
    for (auto& [pos, n] : a.counts) total += n;
    EXPECT_EQ(total, a.statements);
    EXPECT_EQ(a.position, a.counts.front().first);
    if (a.actor == "PRKGOV") {
      EXPECT_EQ(a.position, "DENY");
    }
  }
  EXPECT_TRUE(seen.count("PRKGOV"));
}

TEST(Claims, HooksForArticleStanceAndCheckworthiness) {
  ClaimCorpus corpus = corpus_of_three();
  ClaimOptions options;
  int calls = 0;
  options.article_stance = [&](std::string_view claim, std::string_view body) {
    ++calls;
    bool denies = body.find("denied") != std::string_view::npos;
    (void)claim;
    return ArticleStance{denies ? "disagree" : "discuss", 0.75};
  };
  options.checkworthy = [](std::string_view s) { return s.find("40") != std::string_view::npos ? 0.9 : 0.1; };
  ClaimBoard board = build_claims(corpus, options);
  EXPECT_GT(calls, 0);
  const Claim* fighting = claim_with(board, corpus, "40 North Korean soldiers");
  ASSERT_NE(fighting, nullptr);
  EXPECT_DOUBLE_EQ(fighting->checkworthy, 0.9);
  bool saw_disagree = false;
  for (const ClaimArticle& a : fighting->articles) {
    EXPECT_EQ(a.method, "classifier");
    if (corpus.docs[a.doc].id == "denial") saw_disagree = a.stance == "disagree";
  }
  EXPECT_TRUE(saw_disagree);
}

TEST(Claims, StoreRoundTripMatchesRecords) {
  test_util::TempDir t;
  auto store = SqliteStore::open(t.file("c.db"));
  ASSERT_TRUE(store) << store.error().to_string();
  ClaimCorpus from_records;
  ASSERT_TRUE(store.value()->begin_batch());
  for (auto [id, text, date] :
       {std::tuple{"claim", kClaim, "2025-03-03"}, std::tuple{"other", kOther, "2025-03-04"},
        std::tuple{"denial", kDenial, "2025-03-05"}}) {
    Record r = process(id, text, date);
    from_records.add(r);
    ASSERT_TRUE(store.value()->write(r, "{}"));
  }
  ASSERT_TRUE(store.value()->end_batch());
  ClaimCorpus from_store;
  ASSERT_TRUE(store.value()->claim_corpus(from_store));
  ASSERT_EQ(from_store.docs.size(), 3u);
  ASSERT_EQ(from_store.statements.size(), from_records.statements.size());
  for (size_t i = 0; i < from_store.statements.size(); ++i) {
    EXPECT_EQ(from_store.statements[i].content_text, from_records.statements[i].content_text);
    EXPECT_EQ(from_store.statements[i].content_spans, from_records.statements[i].content_spans);
    EXPECT_EQ(from_store.statements[i].source_code, from_records.statements[i].source_code);
    EXPECT_EQ(from_store.statements[i].content_actors, from_records.statements[i].content_actors);
  }
  EXPECT_EQ(from_store.figures.size(), from_records.figures.size());
  std::string a, b;
  write_claims_json(from_store, build_claims(from_store, {}), a);
  write_claims_json(from_records, build_claims(from_records, {}), b);
  EXPECT_EQ(a, b);
  ClaimBoard board = build_claims(from_store, {});
  ASSERT_TRUE(store.value()->save_claims(from_store, board));
  ASSERT_TRUE(store.value()->save_claims(from_store, board));  // replaces, does not add
}

TEST(Claims, CliBoardOverTheExamples) {
  test_util::TempDir t;
  std::string db = t.file("c.db");
  auto ingest = test_util::run_cli("ingest " + test_util::source_path("examples") + " --db " + db);
  ASSERT_EQ(ingest.status, 0) << ingest.err;
  auto board = test_util::run_cli("claims --db " + db);
  ASSERT_EQ(board.status, 0) << board.err;
  EXPECT_NE(board.out.find("claim 1: "), std::string::npos) << board.out;
  EXPECT_NE(board.out.find("asserts"), std::string::npos) << board.out;
  EXPECT_NE(board.out.find("denies"), std::string::npos) << board.out;
  // The syndicated copy of the seed article is a near-copy (the stories table of ingest), one story with it.
  EXPECT_NE(board.out.find("(near-copy of article-chinese-nationals"), std::string::npos) << board.out;
  auto json = test_util::run_cli("claims --json --no-save --db " + db);
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_EQ(json.out.rfind("{\"claim\":1,", 0), 0u) << json.out.substr(0, 200);
  auto missing = test_util::run_cli("claims --db " + t.file("none.db"));
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("no such store"), std::string::npos);
}

}  // namespace
}  // namespace claimtrace
