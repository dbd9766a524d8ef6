// Stance (FNC-1) and check-worthiness: CSV reader, FNC scorer, model files, the built-in classifiers on
// hand-written examples, and the CLI verbs. None of this needs ../shared.
#include <gtest/gtest.h>

#include <thread>

#include "claimtrace/stance.h"
#include "test_util.h"

using namespace claimtrace;
using namespace claimtrace::test_util;

namespace {

TEST(StanceCsv, QuotesNewlinesAndCrlf) {
  auto rows = parse_csv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n", "t.csv");
  ASSERT_TRUE(rows.ok()) << rows.error().to_string();
  ASSERT_EQ(rows.value().size(), 3u);
  EXPECT_EQ(rows.value()[1].fields, (std::vector<std::string>{"x, y", "say \"hi\"", "two\nlines"}));
  EXPECT_EQ(rows.value()[1].line, 2u);
  EXPECT_EQ(rows.value()[2].line, 4u);  // the row after a field holding a newline
  EXPECT_EQ(rows.value()[2].fields, (std::vector<std::string>{"last", "", ""}));
}

TEST(StanceCsv, CrlfInsideAQuotedFieldAndNoFinalNewline) {
  auto rows = parse_csv("\xEF\xBB\xBFid,text\r\n1,\"a\r\nb\"", "t.csv");
  ASSERT_TRUE(rows.ok());
  ASSERT_EQ(rows.value().size(), 2u);
  EXPECT_EQ(rows.value()[0].fields[0], "id");  // BOM skipped
  EXPECT_EQ(rows.value()[1].fields[1], "a\nb");
}

TEST(StanceCsv, ErrorsNameFileLineAndReason) {
  auto r = parse_csv("a,b\n1,\"open\nstill open", "bad.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, "bad.csv:2");
  EXPECT_NE(r.error().message.find("unterminated"), std::string::npos);
  auto r2 = parse_csv("a,b\n\"x\"y,2\n", "bad2.csv");
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.error().where, "bad2.csv:2");
  EXPECT_NE(r2.error().message.find("after a closing quote"), std::string::npos);
}

TEST(StanceCsv, FncFiles) {
  auto s = parse_fnc_stances("header\n\"A, headline\",12,agree\nOther,7,unrelated\n", "split.csv");
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  ASSERT_EQ(s.value().size(), 2u);
  EXPECT_EQ(s.value()[0].headline, "A, headline");
  EXPECT_EQ(s.value()[0].body_id, 12);
  EXPECT_EQ(s.value()[0].stance, FncStance::agree);
  EXPECT_TRUE(s.value()[0].has_stance);
  auto u = parse_fnc_stances("Headline,Body ID\nNo label,3\n", "h.csv");
  ASSERT_TRUE(u.ok());
  EXPECT_FALSE(u.value()[0].has_stance);
  auto bad = parse_fnc_stances("Headline,Body ID,Stance\nX,3,maybe\n", "h.csv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "h.csv:2");
  auto badid = parse_fnc_stances("Headline,Body ID,Stance\nX,three,agree\n", "h.csv");
  ASSERT_FALSE(badid.ok());
  auto b = parse_fnc_bodies("Body ID,articleBody\n3,\"Line one.\n\nLine two, with a comma.\"\n", "b.csv");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b.value().at(3), "Line one.\n\nLine two, with a comma.");
}

TEST(StanceScore, OfficialRuleOnAHandMadeExample) {
  FncScore sc;
  sc.add(FncStance::agree, FncStance::agree);          // 1.0
  sc.add(FncStance::disagree, FncStance::discuss);     // 0.25 (related, wrong label)
  sc.add(FncStance::discuss, FncStance::unrelated);    // 0
  sc.add(FncStance::unrelated, FncStance::unrelated);  // 0.25
  sc.add(FncStance::unrelated, FncStance::agree);      // 0
  EXPECT_DOUBLE_EQ(sc.score(), 1.5);
  EXPECT_DOUBLE_EQ(sc.max_score(), 3.5);  // 3 related x 1.0 + 2 unrelated x 0.25
  EXPECT_NEAR(sc.relative(), 1.5 / 3.5, 1e-12);
  EXPECT_DOUBLE_EQ(sc.f1(FncStance::agree), 2.0 / 3.0);  // tp 1, gold 1, predicted 2
  EXPECT_DOUBLE_EQ(sc.f1(FncStance::unrelated), 0.5);    // tp 1, gold 2, predicted 2
}

const char* const kHeadline = "Mayor of Springfield resigns after bribery scandal";
// Hand-written news-length bodies (FNC bodies are a few hundred words; very short ones are off-distribution).
const char* const kAgree =
    "The mayor of Springfield resigned on Tuesday after weeks of pressure over a bribery scandal that has"
    " shaken city hall. The city council confirmed the resignation in an official statement and announced"
    " that the deputy mayor will take over until a special election is held in the spring. Investigators "
    "found evidence that a construction firm paid bribes to win contracts for the new bridge and the bus "
    "depot. In a short letter read out at the council meeting, the mayor said he was stepping down to "
    "spare the city a long fight. Council members welcomed the decision. Prosecutors said the "
    "investigation into the contracts will continue and that more arrests are possible. The former mayor "
    "has not commented further. His lawyer said his client will cooperate with investigators.";
const char* const kDisagree =
    "Stories that the mayor of Springfield resigned over a bribery scandal are false, city officials said"
    " on Tuesday. A spokesman for the mayor denied the claims and called the story a hoax that had spread"
    " on social media from a fake news site. The mayor has not resigned and will not resign, he said, and"
    " he remains in office. The spokesman dismissed the bribery allegations as baseless and fabricated "
    "and said no investigation has been opened. There is no evidence that any bribes were paid, he added."
    " The council also rejected the report, saying the mayor chaired its meeting on Monday evening as "
    "usual. The fake article, which used a doctored photo, has been removed.";
const char* const kHedged =
    "The mayor of Springfield may resign over a bribery scandal, according to unconfirmed reports in "
    "local media on Tuesday. Sources close to city hall told a local newspaper that the mayor was "
    "considering stepping down, but this could not be independently verified. The mayor's office did not "
    "respond to requests for comment. The reports claim that a construction firm allegedly paid bribes to"
    " win city contracts. It is unclear whether prosecutors have opened an investigation. Some council "
    "members reportedly said that they would call for a vote if the allegations were true. Others said it"
    " was too early to say what would happen. The story is developing and details remain unclear.";
const char* const kUnrelated =
    "Biologists have found a new species of tiny frog in the rain forests of Borneo. The frog lives in "
    "leaf litter on the forest floor and sings only at night, the team wrote in a journal article.";

TEST(StanceModel, BuiltinOnHandWrittenPairs) {
  const StanceModel& m = StanceModel::builtin();
  ASSERT_FALSE(m.empty());
  StanceScratch s;
  EXPECT_EQ(m.classify(kHeadline, kUnrelated, s).label, FncStance::unrelated);
  EXPECT_EQ(m.classify(kHeadline, kAgree, s).label, FncStance::agree);
  EXPECT_EQ(m.classify(kHeadline, kDisagree, s).label, FncStance::disagree);
  EXPECT_EQ(m.classify(kHeadline, kHedged, s).label, FncStance::discuss);
  const StanceResult r = m.classify(kHeadline, kAgree, s);
  float sum = 0;
  for (float v : r.scores) sum += v;
  EXPECT_NEAR(sum, 1.0f, 1e-4);
}

TEST(StanceModel, SharedBetweenThreadsWithOwnScratch) {
  const StanceModel& m = StanceModel::builtin();
  const char* const bodies[] = {kAgree, kDisagree, kHedged, kUnrelated};
  StanceScratch s;
  std::vector<FncStance> expected;
  for (const char* b : bodies) expected.push_back(m.classify(kHeadline, b, s).label);
  std::vector<int> mismatches(2, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t)
    threads.emplace_back([&, t] {
      StanceScratch mine;
      for (int round = 0; round < 20; ++round)
        for (size_t k = 0; k < 4; ++k)
          if (m.classify(kHeadline, bodies[(k + t) % 4], mine).label != expected[(k + t) % 4])
            ++mismatches[t];
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches[0] + mismatches[1], 0);
}

TEST(StanceModel, FileRoundTripAndRejects) {
  const StanceModel& m = StanceModel::builtin();
  const std::string bytes = m.serialize();
  auto back = StanceModel::load(bytes);
  ASSERT_TRUE(back.ok()) << back.error().to_string();
  EXPECT_EQ(back.value().serialize(), bytes);
  StanceScratch s;
  EXPECT_EQ(back.value().classify(kHeadline, kDisagree, s).label, m.classify(kHeadline, kDisagree, s).label);
  std::string bad_magic = bytes;
  bad_magic[0] = 'X';
  EXPECT_FALSE(StanceModel::load(bad_magic).ok());
  std::string bad_version = bytes;
  bad_version[8] = 99;
  auto v = StanceModel::load(bad_version);
  ASSERT_FALSE(v.ok());
  EXPECT_NE(v.error().message.find("version"), std::string::npos);
  EXPECT_FALSE(StanceModel::load(bytes.substr(0, bytes.size() - 5)).ok());
  EXPECT_FALSE(StanceModel::load(bytes + "x").ok());
}

TEST(StanceModel, TrainsOnATinySetDeterministically) {
  std::unordered_map<int64_t, std::string> bodies{{1, kAgree}, {2, kDisagree}, {3, kUnrelated}};
  std::vector<StancePair> train;
  auto add = [&](const char* h, int64_t id, FncStance st) {
    StancePair p;
    p.headline = h;
    p.body_id = id;
    p.stance = st;
    p.has_stance = true;
    train.push_back(p);
  };
  add(kHeadline, 1, FncStance::agree);
  add(kHeadline, 2, FncStance::disagree);
  add(kHeadline, 3, FncStance::unrelated);
  add("New frog species found in Borneo", 3, FncStance::agree);
  add("New frog species found in Borneo", 1, FncStance::unrelated);
  StanceTrainOptions opt;
  auto a = train_stance(train, bodies, opt, nullptr);
  auto b = train_stance(train, bodies, opt, nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a.value().serialize(), b.value().serialize());
  bodies.erase(2);
  EXPECT_FALSE(train_stance(train, bodies, opt, nullptr).ok());  // a missing body is an error
}

TEST(Checkworthy, FactualNumericClaimAboveCourtesy) {
  const CheckworthyModel& m = CheckworthyModel::builtin();
  ASSERT_FALSE(m.empty());
  const double claim = m.score("Unemployment fell to 4.1 percent last year, the lowest rate since 2001.");
  const double claim2 =
      m.score("We have lost 70,000 factories since China entered the World Trade Organization.");
  const double thanks = m.score("Thank you very much.");
  const double greet = m.score("Good evening, everybody.");
  EXPECT_GT(claim, thanks);
  EXPECT_GT(claim, greet);
  EXPECT_GT(claim2, thanks);
  EXPECT_GE(thanks, 0.0);
  EXPECT_LE(claim, 1.0);
}

TEST(Checkworthy, FileRoundTripAndRejects) {
  const CheckworthyModel& m = CheckworthyModel::builtin();
  const std::string bytes = m.serialize();
  auto back = CheckworthyModel::load(bytes);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value().serialize(), bytes);
  std::string bad = bytes;
  bad[1] = 'X';
  EXPECT_FALSE(CheckworthyModel::load(bad).ok());
  bad = bytes;
  bad[8] = 7;
  EXPECT_FALSE(CheckworthyModel::load(bad).ok());
  EXPECT_FALSE(CheckworthyModel::load(bytes.substr(0, 20)).ok());
}

TEST(Checkworthy, CheckThatReaderAndRankingMetrics) {
  auto d = parse_checkthat("1\tA\tHello there.\t0\n2\tB\tTaxes rose 5%.\t1\r\n\n3\tA\tThanks.\t0\n", "d.tsv");
  ASSERT_TRUE(d.ok()) << d.error().to_string();
  ASSERT_EQ(d.value().size(), 3u);
  EXPECT_EQ(d.value()[1].label, 1);
  EXPECT_EQ(d.value()[2].line, 3u);
  auto bad = parse_checkthat("1\tA\tHello\t0\nx\tB\ttext\t1\n", "d.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "d.tsv:2");
  // positives at ranks 1 and 3: AP = (1/1 + 2/3) / 2
  EXPECT_NEAR(average_precision({0.9, 0.8, 0.7, 0.1}, {1, 0, 1, 0}), (1.0 + 2.0 / 3.0) / 2, 1e-12);
  EXPECT_DOUBLE_EQ(average_precision({0.5, 0.4}, {0, 0}), 0.0);
  EXPECT_DOUBLE_EQ(precision_at({0.9, 0.8, 0.7, 0.1}, {1, 0, 1, 0}, 2), 0.5);
}

TEST(StanceCli, StanceEvalAndClearErrors) {
  TempDir tmp;
  write_file(tmp.file("bodies.csv"), std::string("Body ID,articleBody\n1,\"") + kAgree + "\"\n2,\"" +
                                         kDisagree + "\"\n3,\"" + kUnrelated + "\"\n");
  write_file(tmp.file("heads.csv"), std::string("Headline,Body ID\n") + kHeadline + ",1\n" + kHeadline +
                                        ",3\n\"Quoted, headline\",2\n");
  auto r = run_cli("stance --headlines " + tmp.file("heads.csv") + " --bodies " + tmp.file("bodies.csv"));
  ASSERT_EQ(r.status, 0) << r.err;
  auto out = parse_fnc_stances(r.out, "out");
  ASSERT_TRUE(out.ok()) << r.out;
  ASSERT_EQ(out.value().size(), 3u);
  EXPECT_EQ(out.value()[1].stance, FncStance::unrelated);
  EXPECT_EQ(out.value()[2].headline, "Quoted, headline");

  write_file(tmp.file("gold.csv"), std::string("Headline,Body ID,Stance\n") + kHeadline + ",1,agree\n" +
                                       kHeadline + ",3,unrelated\n" + kHeadline + ",2,disagree\n");
  auto e = run_cli("eval stance --stances " + tmp.file("gold.csv") + " --bodies " + tmp.file("bodies.csv"));
  ASSERT_EQ(e.status, 0) << e.err;
  EXPECT_NE(e.out.find("FNC-1 score"), std::string::npos);
  EXPECT_NE(e.out.find("macro F1"), std::string::npos);

  auto missing =
      run_cli("eval stance --stances " + tmp.file("none.csv") + " --bodies " + tmp.file("bodies.csv"));
  EXPECT_NE(missing.status, 0);
  EXPECT_NE(missing.err.find("none.csv"), std::string::npos);
  auto nodata = run_cli("eval checkworthy --data " + tmp.file("nowhere"));
  EXPECT_NE(nodata.status, 0);
  EXPECT_NE(nodata.err.find("not found"), std::string::npos);
  write_file(tmp.file("broken.csv"), "Headline,Body ID\n\"never closed,1\n");
  auto broken =
      run_cli("stance --headlines " + tmp.file("broken.csv") + " --bodies " + tmp.file("bodies.csv"));
  EXPECT_NE(broken.status, 0);
  EXPECT_NE(broken.err.find("broken.csv:2"), std::string::npos);
}

TEST(StanceCli, CheckworthyWritesLineAndScore) {
  TempDir tmp;
  write_file(tmp.file("d.tsv"),
             "1\tA\tThank you very much.\t0\n2\tB\tWe cut taxes by 20 percent in 2017.\t1\n");
  auto r = run_cli("checkworthy --checkthat " + tmp.file("d.tsv"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("1\t", 0), 0u);
  EXPECT_NE(r.out.find("\n2\t"), std::string::npos);
}

}  // namespace

namespace {

TEST(StanceCsv, RandomInputNeverCrashes) {
  const char alphabet[] = {',', '"', '\n', '\r', 'a', ' ', '1'};
  uint64_t state = 42;
  for (int round = 0; round < 3000; ++round) {
    std::string bytes;
    const size_t len = (state >> 40) % 40;
    for (size_t k = 0; k < len; ++k) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      bytes.push_back(alphabet[(state >> 33) % sizeof(alphabet)]);
    }
    auto rows = parse_csv(bytes, "r.csv");
    if (!rows.ok()) {
      EXPECT_EQ(rows.error().where.rfind("r.csv:", 0), 0u);
    }
    (void)parse_fnc_stances(bytes, "r.csv");
    (void)parse_fnc_bodies(bytes, "r.csv");
    (void)parse_checkthat(bytes, "r.tsv");
  }
}

TEST(StanceModel, EveryTruncationIsRejected) {
  const std::string bytes = StanceModel::builtin().serialize();
  for (size_t n = 0; n < bytes.size(); n += 7919)
    EXPECT_FALSE(StanceModel::load(bytes.substr(0, n)).ok()) << n;
  const std::string cw = CheckworthyModel::builtin().serialize();
  for (size_t n = 0; n < cw.size(); n += 4099)
    EXPECT_FALSE(CheckworthyModel::load(cw.substr(0, n)).ok()) << n;
}

}  // namespace
