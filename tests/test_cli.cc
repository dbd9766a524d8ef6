// End to end through the claimtrace binary: verbs, exit status, summaries, stdin.
#include <gtest/gtest.h>

#include "test_util.h"

using namespace claimtrace::test_util;

namespace {
size_t count_lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }
}  // namespace

TEST(Cli, ExtractStreamsRecordsForTheExamples) {
  auto r = run_cli("extract " + source_path("examples") + " --threads 2");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_GE(count_lines(r.out), 1u);
  EXPECT_NE(r.out.find("\"id\":\"article-chinese-nationals\""), std::string::npos);
  EXPECT_NE(r.err.find("rejected 0"), std::string::npos) << r.err;
}

TEST(Cli, RejectsGiveExitThreeAndAReconciledSummary) {
  TempDir t;
  write_file(t.file("in/a.txt"), "Beijing denied it.");
  write_file(t.file("in/b.txt"), "Beijing denied it.");  // same text, other id: a duplicate
  write_file(t.file("in/c.txt"), "");
  write_file(t.file("in/d.jsonl"), "{\"id\":\"j\",\"text\":\"Fine.\"}\nnot json\n");
  auto r = run_cli("extract " + t.file("in") + " " + t.file("nope.txt"));
  EXPECT_EQ(r.status, 3) << r.err;
  EXPECT_EQ(count_lines(r.out), 2u);
  EXPECT_NE(r.err.find("read 6 documents"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("stored 2, duplicates 1, rejected 3 (empty: 1, malformed_json: 1, not_found: 1)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(t.file("in/d.jsonl") + ":2: malformed JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(t.file("nope.txt") + ": no such file or directory"), std::string::npos) << r.err;

  auto allowed = run_cli("extract --allow-rejects --quiet " + t.file("in"));
  EXPECT_EQ(allowed.status, 0) << allowed.err;
  EXPECT_EQ(allowed.err.find("stored"), std::string::npos);  // --quiet: no summary
}

TEST(Cli, StdinAndLines) {
  TempDir t;
  write_file(t.file("feed.txt"), "One article.\nAnother article.\n");
  auto r = run_cli("extract --lines -", t.file("feed.txt"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(count_lines(r.out), 2u);
  auto whole = run_cli("extract -", t.file("feed.txt"));
  EXPECT_EQ(count_lines(whole.out), 1u);
  EXPECT_NE(whole.out.find("\"format\":\"txt\""), std::string::npos);
}

TEST(Cli, IngestTwiceStoresNothingTwice) {
  TempDir t;
  std::string db = t.file("c.db");
  auto first = run_cli("ingest " + source_path("examples") + " --db " + db);
  EXPECT_EQ(first.status, 0) << first.err;
  EXPECT_NE(first.err.find("duplicates 0"), std::string::npos) << first.err;
  auto second = run_cli("ingest " + source_path("examples") + " --db " + db);
  EXPECT_EQ(second.status, 0) << second.err;
  EXPECT_NE(second.err.find("stored 0"), std::string::npos) << second.err;
  auto stats = run_cli("stats --db " + db);
  EXPECT_EQ(stats.status, 0) << stats.err;
  EXPECT_NE(stats.out.find("runs           2"), std::string::npos) << stats.out;
}

TEST(Cli, ClearErrors) {
  auto no_db = run_cli("stats --db /nonexistent/dir/x.db");
  EXPECT_EQ(no_db.status, 1);
  EXPECT_NE(no_db.err.find("no such store"), std::string::npos);
  auto bad_format = run_cli("extract --input-format pdf " + source_path("examples"));
  EXPECT_EQ(bad_format.status, 1);
  EXPECT_NE(bad_format.err.find("unknown input format 'pdf'"), std::string::npos);
  auto no_verb = run_cli("");
  EXPECT_NE(no_verb.status, 0);
}

TEST(Cli, InvalidUtf8IsKeptAndWarnedAboutByOffset) {
  TempDir t;
  write_file(t.file("latin1.txt"), "Caf\xE9 owners said prices rose.");  // Latin-1 é: not UTF-8
  auto r = run_cli("extract " + t.file("latin1.txt"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"Caf\\u001a owners"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("{\"code\":\"invalid_utf8\",\"offset\":3,"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("stored 1"), std::string::npos);
}

TEST(Cli, EvalAttributionOnAFixture) {
  auto r = run_cli("eval attribution --polnear " + source_path("tests/data/brat-attribution"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("relation"), std::string::npos) << r.out;
  auto missing = run_cli("eval attribution --polnear /nonexistent/polnear");
  EXPECT_NE(missing.status, 0);
  EXPECT_NE(missing.err.find("no such directory"), std::string::npos) << missing.err;
}

TEST(Cli, EvalAttributionAgreementOnAFixture) {
  // article-a's second annotator has one of the first one's two statements, its cue only ("said"; no source,
  // no content): cue P 1/1, R 1/2.
  auto r = run_cli("eval attribution --agreement --polnear " + source_path("tests/data/brat-attribution"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("1 articles with several annotators, 1 annotator pairs"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("cue        100.0   50.0   66.7    100.0   50.0   66.7         1       0       1"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("the built-in model against the first annotator"), std::string::npos) << r.out;
  auto both = run_cli("eval attribution --agreement --baseline --polnear " +
                      source_path("tests/data/brat-attribution"));
  EXPECT_EQ(both.status, 2);
  auto two = run_cli("eval attribution --polnear a --polnear b");
  EXPECT_EQ(two.status, 2);
  EXPECT_NE(two.err.find("one --polnear directory"), std::string::npos) << two.err;
}

TEST(Cli, EvalNerOnAFixture) {
  TempDir t;
  write_file(t.file("tiny.conll"),
             "-DOCSTART- -X- -X- O\n\nMaria NNP B-NP B-PER\nSilva NNP I-NP I-PER\nvisited VBD B-VP O\n"
             "Lisbon NNP B-NP B-LOC\n. . O O\n");
  auto r = run_cli("eval ner --conll " + t.file("tiny.conll"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("overall"), std::string::npos) << r.out;
  auto tagged = run_cli("ner --conll " + t.file("tiny.conll"));
  EXPECT_EQ(tagged.status, 0);
  EXPECT_NE(tagged.out.find("Maria NNP B-NP B-PER "), std::string::npos) << tagged.out;
}
