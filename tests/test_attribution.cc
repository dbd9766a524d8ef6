// Attributions: the PolNeAR gold reader (on made-up fixtures in tests/data/brat-attribution), the scorer on
// hand-made cases, the baseline rule.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attribution/features.h"
#include "claimtrace/attribution.h"
#include "claimtrace/pipeline.h"
#include "pipeline_util.h"
#include "test_util.h"

namespace claimtrace {
namespace {

using test_util::source_path;
using test_util::TempDir;
using test_util::write_file;

std::string fixture_dir() { return source_path("tests/data/brat-attribution"); }

// The bytes of `needle` in `text` (its nth occurrence).
Span find(const std::string& text, const std::string& needle, int nth = 0) {
  size_t at = std::string::npos;
  for (int i = 0; i <= nth; ++i) at = text.find(needle, at == std::string::npos ? 0 : at + 1);
  EXPECT_NE(at, std::string::npos) << needle;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

std::string span_text(const std::string& text, const RoleSpans& r) {
  std::string s;
  for (const Span& x : r.spans) {
    if (!s.empty()) s += '|';
    s += text.substr(x.begin, x.size());
  }
  return s;
}

RoleSpans role(std::vector<Span> spans) { return RoleSpans{std::move(spans)}; }

// --- Reader ----------------------------------------------------------------------------------------------

TEST(PolNearReader, ReadsFixtureWithByteOffsetsAndFirstAnnotator) {
  PolnearNotes notes;
  auto r = read_polnear(fixture_dir(), &notes);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  const auto& articles = r.value();
  ASSERT_EQ(articles.size(), 2u);  // article-c has no .ann
  EXPECT_EQ(articles[0].id, "article-a");
  EXPECT_EQ(articles[1].id, "article-b");
  EXPECT_EQ(notes.ann_files, 3u);
  EXPECT_EQ(notes.other_annotators, 1u);  // article-a_bbbb.ann is not read
  EXPECT_EQ(notes.texts_without_ann, 1u);
  EXPECT_EQ(notes.unreferenced_spans, 1u);  // the Discuss span
  EXPECT_EQ(notes.empty_events, 1u);        // article-b's E2 (trigger only)
  EXPECT_EQ(notes.multiline_spans, 1u);
  EXPECT_EQ(notes.text_mismatches, 0u);

  // article-a: from the first annotator's file (two attributions; the second file has one, without source).
  const GoldArticle& a = articles[0];
  ASSERT_EQ(a.attributions.size(), 2u);
  const Attribution& a0 = a.attributions[0];
  // "é" and "ë" are two bytes each: code-point offsets 22..26 are bytes 24..28.
  ASSERT_EQ(a0.source.spans.size(), 1u);
  EXPECT_EQ(a0.source.spans[0], find(a.text, "Café owner Zoë Martin"));
  EXPECT_EQ(a0.cue.spans[0], (Span{24, 28}));
  EXPECT_EQ(span_text(a.text, a0.cue), "said");
  EXPECT_EQ(span_text(a.text, a0.content), "the rent is too high");
  const Attribution& a1 = a.attributions[1];
  EXPECT_EQ(span_text(a.text, a1.source), "she");
  EXPECT_EQ(span_text(a.text, a1.cue), "told");
  // Discontinuous content, curly quotes (three bytes each) included.
  ASSERT_EQ(a1.content.spans.size(), 2u);
  EXPECT_EQ(a1.content.spans[0], find(a.text, "\xE2\x80\x9CWe cannot stay,\xE2\x80\x9D"));
  EXPECT_EQ(a1.content.spans[1], find(a.text, "\xE2\x80\x9Cunless the council helps.\xE2\x80\x9D"));
  EXPECT_FALSE(a1.direct);  // PolNeAR has no direct/indirect label

  // article-b: a content span over a blank line (its .ann text runs over three lines).
  const GoldArticle& b = articles[1];
  ASSERT_EQ(b.attributions.size(), 1u);
  EXPECT_EQ(span_text(b.text, b.attributions[0].source), "The mayor");
  EXPECT_EQ(span_text(b.text, b.attributions[0].content), "Buses will run late.\n\nThe");
}

TEST(PolNearReader, AgreementArticlesKeepEveryAnnotator) {
  auto r = read_polnear_agreement(fixture_dir());
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r.value().size(), 1u);  // article-b has one annotator, article-c none
  const AnnotatedArticle& a = r.value()[0];
  EXPECT_EQ(a.id, "article-a");
  ASSERT_EQ(a.annotations.size(), 2u);
  EXPECT_EQ(a.annotations[0].file, "article-a_aaaa.ann");  // the one read_polnear reads
  EXPECT_EQ(a.annotations[1].file, "article-a_bbbb.ann");
  EXPECT_EQ(a.annotations[0].attributions.size(), 2u);
  ASSERT_EQ(a.annotations[1].attributions.size(), 1u);
  const Attribution& b0 = a.annotations[1].attributions[0];
  EXPECT_TRUE(b0.source.spans.empty());  // Attribution-no-source
  EXPECT_EQ(span_text(a.text, b0.cue), "said");
  EXPECT_FALSE(read_polnear_agreement("/nonexistent/polnear/dev").ok());
}

TEST(PolNearReader, ParsesOneAnnotationFromMemory) {
  // "Zoë said no." — offsets in code points: "said" is 4..8, bytes 5..9.
  const std::string text = "Zo\xC3\xAB said no.";
  auto r = parse_brat_attributions(
      "T1\tSource 0 3\tZo\xC3\xAB\nT2\tCue 4 8\tsaid\nT3\tContent 9 12\tno.\n"
      "T4\tAttribution 4 8\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
      text, "mem.ann");
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  ASSERT_EQ(r.value().size(), 1u);
  EXPECT_EQ(span_text(text, r.value()[0].source), "Zo\xC3\xAB");
  EXPECT_EQ(r.value()[0].cue.spans[0], (Span{5, 9}));
  EXPECT_EQ(span_text(text, r.value()[0].content), "no.");
  auto bad = parse_brat_attributions("T1\tCue 4 80\tsaid\n", text, "mem.ann");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "mem.ann:1");
}

TEST(PolNearReader, MissingDirectory) {
  auto r = read_polnear("/nonexistent/polnear/dev");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::not_found);
  EXPECT_EQ(r.error().where, "/nonexistent/polnear/dev");
}

TEST(PolNearReader, ErrorsNameFileAndLine) {
  TempDir dir;
  write_file(dir.file("text/x.txt"), "Bo said no.\n");
  write_file(dir.file("attributions/x_0001.ann"), "T1\tCue 3 7\tsaid\nT2\tContent 8 40\tno.\n");
  auto r = read_polnear(dir.path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::resource);
  EXPECT_EQ(r.error().where, dir.file("attributions/x_0001.ann") + ":2");

  write_file(dir.file("attributions/x_0001.ann"),
             "T1\tCue 3 7\tsaid\nE1\tAttribution:T1 Cue:T1 Content:T9\n");
  r = read_polnear(dir.path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().where, dir.file("attributions/x_0001.ann") + ":2");
  EXPECT_NE(r.error().message.find("T9"), std::string::npos);

  write_file(dir.file("attributions/x_0001.ann"), "T1\tCue 3 7\tsaid\nE1\tAttribution:T1 Speaker:T1\n");
  r = read_polnear(dir.path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("Speaker"), std::string::npos);

  write_file(dir.file("attributions/x_0001.ann"), "T1\tCue 3 7\tsaid\n");
  write_file(dir.file("attributions/y_0001.ann"), "T1\tCue 3 7\tsaid\n");  // no y.txt
  r = read_polnear(dir.path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::io);
  EXPECT_EQ(r.error().where, dir.file("attributions/y_0001.ann"));
}

// --- Scorer ------------------------------------------------------------------------------------------------

TEST(AttributionScore, ScorerTokens) {
  std::string text = "Zo\xC3\xAB's 3,000 \xE2\x80\x94 ok_go!";
  std::vector<Span> toks;
  score_tokens(text, toks);
  std::vector<std::string> words;
  for (const Span& t : toks) words.push_back(text.substr(t.begin, t.size()));
  EXPECT_EQ(words, (std::vector<std::string>{"Zo\xC3\xAB", "'", "s", "3", ",", "000", "\xE2\x80\x94", "ok_go",
                                             "!"}));
}

// "Ann said the plan is dead." — 7 tokens: Ann said the plan is dead .
TEST(AttributionScore, ExactVersusTokenVersusRelation) {
  std::string text = "Ann said the plan is dead.";
  Attribution g;
  g.source = role({find(text, "Ann")});
  g.cue = role({find(text, "said")});
  g.content = role({find(text, "the plan is dead")});
  Attribution p = g;
  p.content = role({find(text, "the plan is dead.")});  // one token too many
  AttributionScore s;
  score_attributions(text, {g}, {p}, s);
  EXPECT_EQ(s.articles, 1u);
  EXPECT_EQ(s.gold, 1u);
  EXPECT_EQ(s.predicted, 1u);
  EXPECT_EQ(s.source_exact.tp, 1);
  EXPECT_EQ(s.cue_exact.tp, 1);
  EXPECT_EQ(s.content_exact.tp, 0);
  EXPECT_EQ(s.content_exact.fp, 1);
  EXPECT_EQ(s.content_exact.fn, 1);
  EXPECT_EQ(s.content_token.tp, 4);
  EXPECT_EQ(s.content_token.fp, 1);
  EXPECT_EQ(s.content_token.fn, 0);
  EXPECT_DOUBLE_EQ(s.content_token.f1(), 8.0 / 9.0);  // P 4/5, R 1
  EXPECT_EQ(s.relation.tp, 1);                        // 4 shared >= 0.5 x 5

  // Accumulates (micro-average): a second article where nothing is predicted.
  score_attributions(text, {g}, {}, s);
  EXPECT_EQ(s.articles, 2u);
  EXPECT_EQ(s.cue_exact.fn, 1);
  EXPECT_EQ(s.cue_token.tp, 1);
  EXPECT_EQ(s.cue_token.fn, 1);
  EXPECT_DOUBLE_EQ(s.relation.recall(), 0.5);
  EXPECT_DOUBLE_EQ(s.relation.precision(), 1.0);
}

TEST(AttributionScore, ExactSpanTrimsWhiteSpaceAndComparesSortedSpanLists) {
  std::string text = "Ann said  the plan is dead , and the rest  .";
  Attribution g;
  g.cue = role({find(text, "said")});
  g.content = role({find(text, "the plan is dead"), find(text, "the rest")});
  Attribution p;
  p.cue = role({find(text, " said  ")});                                         // white space trimmed
  p.content = role({find(text, "the rest  "), find(text, "the plan is dead")});  // order does not matter
  AttributionScore s;
  score_attributions(text, {g}, {p}, s);
  EXPECT_EQ(s.cue_exact.tp, 1);
  EXPECT_EQ(s.content_exact.tp, 1);

  // One span over both pieces is not the same span list; touching spans are one span.
  Attribution q;
  q.content = role({Span{find(text, "the plan").begin, find(text, "the rest").end}});
  Attribution r;
  Span whole = find(text, "the plan is dead");
  r.content =
      role({Span{whole.begin, whole.begin + 4}, Span{whole.begin + 4, whole.end}, find(text, "the rest")});
  AttributionScore s2;
  score_attributions(text, {g}, {q, r}, s2);
  EXPECT_EQ(s2.content_exact.tp, 1);
  EXPECT_EQ(s2.content_exact.fp, 1);
  EXPECT_EQ(s2.content_exact.fn, 0);
  // Empty roles are not counted by the exact score (the gold has no source).
  EXPECT_EQ(s2.source_exact.tp + s2.source_exact.fp + s2.source_exact.fn, 0);
  // A shared source: two gold attributions, one predicted → matched one to one.
  Attribution g2 = g, g3 = g;
  g2.source = g3.source = role({find(text, "Ann")});
  Attribution p2;
  p2.source = role({find(text, "Ann")});
  AttributionScore s3;
  score_attributions(text, {g2, g3}, {p2}, s3);
  EXPECT_EQ(s3.source_exact.tp, 1);
  EXPECT_EQ(s3.source_exact.fn, 1);
  EXPECT_EQ(s3.source_token.tp, 1);  // token level: the token carries the label once
  EXPECT_EQ(s3.source_token.fn, 0);
}

TEST(AttributionScore, HalfTokenRuleCountsCharactersNotBytes) {
  // "éab" is one token of 3 characters (4 bytes); "é" alone is 2 bytes (half the bytes) but 1 character.
  std::string text =
      "x \xC3\xA9"
      "ab y";
  const uint32_t b = 2;  // the token's first byte
  auto token_tp = [&](Span predicted_span) {
    Attribution g, p;
    g.content = role({Span{b, b + 4}});
    p.content = role({predicted_span});
    AttributionScore s;
    score_attributions(text, {g}, {p}, s);
    return s.content_token.tp;
  };
  EXPECT_EQ(token_tp(Span{b, b + 2}), 0);      // "é": 1 of 3 characters
  EXPECT_EQ(token_tp(Span{b, b + 3}), 1);      // "éa": 2 of 3
  EXPECT_EQ(token_tp(Span{b + 2, b + 4}), 1);  // "ab": 2 of 3
  // Exactly half counts: "ab" of "abcd".
  std::string t2 = "abcd";
  Attribution g, p;
  g.content = role({Span{0, 4}});
  p.content = role({Span{0, 2}});
  AttributionScore s;
  score_attributions(t2, {g}, {p}, s);
  EXPECT_EQ(s.content_token.tp, 1);
  EXPECT_EQ(s.content_exact.tp, 0);
  EXPECT_EQ(s.relation.tp, 1);
}

TEST(AttributionScore, RelationNeedsEveryRoleBothEmptyMatches) {
  std::string text = "Ann said the plan is dead.";
  Attribution g;  // no source
  g.cue = role({find(text, "said")});
  g.content = role({find(text, "the plan is dead")});
  Attribution p = g;
  AttributionScore s;
  score_attributions(text, {g}, {p}, s);
  EXPECT_EQ(s.relation.tp, 1);  // both sources empty

  p.source = role({find(text, "Ann")});
  AttributionScore s2;
  score_attributions(text, {g}, {p}, s2);
  EXPECT_EQ(s2.relation.tp, 0);  // predicted source, none in the gold
  EXPECT_EQ(s2.relation.fp, 1);
  EXPECT_EQ(s2.relation.fn, 1);

  // Content shared 2 of max(4, 5) tokens: below half.
  Attribution q = g;
  q.content = role({find(text, "plan is dead.")});  // plan is dead . (4) vs the plan is dead (4): 3 shared
  AttributionScore s3;
  score_attributions(text, {g}, {q}, s3);
  EXPECT_EQ(s3.relation.tp, 1);
  q.content = role({find(text, "is dead.")});  // is dead . (3): 2 shared of max 4 → exactly half
  AttributionScore s4;
  score_attributions(text, {g}, {q}, s4);
  EXPECT_EQ(s4.relation.tp, 1);
  q.content = role({find(text, "dead.")});  // dead . (2): 1 shared of 4
  AttributionScore s5;
  score_attributions(text, {g}, {q}, s5);
  EXPECT_EQ(s5.relation.tp, 0);
}

TEST(AttributionScore, RelationGreedyOneToOneByDescendingOverlap) {
  // Tokens w0 .. w7; only contents (sources and cues empty everywhere).
  std::string text = "w0 w1 w2 w3 w4 w5 w6 w7";
  auto words = [&](int from, int to) {  // [from, to]
    return role({Span{static_cast<uint32_t>(3 * from), static_cast<uint32_t>(3 * to + 2)}});
  };
  Attribution ga, gb, pa, pb;
  ga.content = words(0, 3);
  gb.content = words(2, 5);
  pa.content = words(2, 5);  // ga: 2 shared of 4 (a match), gb: 4 shared
  pb.content = words(0, 2);  // ga: 3 shared of 4, gb: 1 shared of 4 (no match)
  // In gold order, ga would take pa and leave gb unmatched; by descending overlap: gb-pa, ga-pb.
  AttributionScore s;
  score_attributions(text, {ga, gb}, {pa, pb}, s);
  EXPECT_EQ(s.relation.tp, 2);
  EXPECT_EQ(s.relation.fp, 0);
  EXPECT_EQ(s.relation.fn, 0);
  // One prediction matching two gold attributions counts once.
  AttributionScore s2;
  score_attributions(text, {ga, gb}, {pa}, s2);
  EXPECT_EQ(s2.relation.tp, 1);
  EXPECT_EQ(s2.relation.fn, 1);
  EXPECT_DOUBLE_EQ(s2.relation.f1(), 2.0 / 3.0);
}

TEST(AttributionScore, PerfectOnFixture) {
  auto r = read_polnear(fixture_dir());
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  AttributionScore s;
  for (const GoldArticle& a : r.value()) score_attributions(a.text, a.attributions, a.attributions, s);
  EXPECT_EQ(s.gold, 3u);
  for (const PRF* p : {&s.source_exact, &s.cue_exact, &s.content_exact, &s.source_token, &s.cue_token,
                       &s.content_token, &s.relation}) {
    EXPECT_DOUBLE_EQ(p->f1(), 1.0);
  }
}

// --- Baseline ----------------------------------------------------------------------------------------------

// A text through the pipeline as a .txt document.
Record process(const std::string& text, bool attributions = true, bool actors = true) {
  PipelineOptions o;
  o.attributions = attributions;
  o.actors = actors;
  Pipeline pipeline(o);
  Scratch scratch;
  Record rec;
  Document doc;
  doc.text = text;
  doc.format = "txt";
  pipeline.process(std::move(doc), scratch, rec);
  return rec;
}

// The rules alone (finish_attributions) on one statement of `text` as a tagger would give it, its roles named
// by their text ("" for a source or a content: none).
std::vector<Attribution> finished(const std::string& text, const std::string& source, const std::string& cue,
                                  const std::string& content) {
  Attribution a;
  if (!source.empty()) a.source = role({find(text, source)});  // (none: "")
  a.cue = role({find(text, cue)});
  if (!content.empty()) a.content = role({find(text, content)});  // (none: "")
  std::vector<Attribution> out{a};
  Record r = process(text);
  finish_attributions(
      AttributionInput{r.doc.text, r.tokens, r.sentences, r.paragraphs, r.mentions, false, {}, false}, out);
  return out;
}

// How many statements the rules keep of one given as a tagger would (finished above): 0 when the rules drop
// it.
size_t kept(const std::string& text, const std::string& source, const std::string& cue,
            const std::string& content) {
  return finished(text, source, cue, content).size();
}

std::vector<Attribution> run_baseline(const std::string& text) {
  Record rec = process(text, false, false);
  std::vector<Attribution> out;
  baseline_attributions(rec.doc.text, rec.tokens, rec.sentences, out);
  return out;
}

TEST(AttributionBaseline, PreposedCue) {
  std::string text = "After the vote, Ann Lee said the plan is dead.";
  auto out = run_baseline(text);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].source), "Ann Lee");
  EXPECT_EQ(span_text(text, out[0].cue), "said");
  EXPECT_EQ(span_text(text, out[0].content), "the plan is dead");
  EXPECT_FALSE(out[0].direct);
}

TEST(AttributionBaseline, PostposedCueAndBareQuote) {
  std::string text =
      "\"We will win the seat,\" he said. The clerk told us nothing. \"Nobody expected this.\"\n\n"
      "The new rules are fair, according to the committee.";
  auto out = run_baseline(text);
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(span_text(text, out[0].content), "\"We will win the seat,\"");
  EXPECT_EQ(span_text(text, out[0].source), "he");
  EXPECT_EQ(span_text(text, out[0].cue), "said");
  EXPECT_TRUE(out[0].direct);
  EXPECT_EQ(span_text(text, out[1].source), "The clerk");
  EXPECT_EQ(span_text(text, out[1].cue), "told");
  EXPECT_EQ(span_text(text, out[1].content), "us nothing");
  EXPECT_TRUE(out[2].source.empty());
  EXPECT_TRUE(out[2].cue.empty());
  EXPECT_EQ(span_text(text, out[2].content), "\"Nobody expected this.\"");
  EXPECT_TRUE(out[2].direct);
  EXPECT_EQ(span_text(text, out[3].cue), "according to");
  EXPECT_EQ(span_text(text, out[3].source), "the committee");
  EXPECT_EQ(span_text(text, out[3].content), "The new rules are fair");
}

// --- The trained model -------------------------------------------------------------------------------------

TEST(AttributionModel, FileRoundTripsAndBadFilesAreNamed) {
  const std::string bytes = AttributionModel::builtin().serialize();
  auto again = AttributionModel::load(bytes, "copy");
  ASSERT_TRUE(again.ok()) << again.error().to_string();
  EXPECT_EQ(again.value().serialize(), bytes);

  auto bad_magic = AttributionModel::load("CTNER\x01\x00\x00\x00", "x.bin");
  ASSERT_FALSE(bad_magic.ok());
  EXPECT_EQ(bad_magic.error().code, ErrorCode::resource);
  EXPECT_EQ(bad_magic.error().where, "x.bin");
  EXPECT_NE(bad_magic.error().message.find("magic"), std::string::npos);

  std::string future = bytes;
  future[6] = 9;  // the version, little-endian
  auto bad_version = AttributionModel::load(future, "future.bin");
  ASSERT_FALSE(bad_version.ok());
  EXPECT_NE(bad_version.error().message.find("version 9"), std::string::npos);

  for (size_t cut : {size_t(12), bytes.size() / 2, bytes.size() - 1}) {
    auto truncated = AttributionModel::load(std::string_view(bytes).substr(0, cut), "cut.bin");
    EXPECT_FALSE(truncated.ok()) << cut;
  }
  // The cue gate's reaches (one byte per opener, before the trailer) above kGateReach are refused.
  std::string far = bytes;
  far[far.size() - 5] = 9;
  auto bad_reach = AttributionModel::load(far, "far.bin");
  ASSERT_FALSE(bad_reach.ok());
  EXPECT_NE(bad_reach.error().message.find("reach 9"), std::string::npos) << bad_reach.error().message;
}

TEST(AttributionModel, FindsReportedSpeechInOwnText) {
  // Our own sentences, not from PolNeAR: the usual shapes of reported speech in wire copy.
  const std::string text =
      "The finance minister said on Tuesday that the budget would be balanced by 2027.\n\n"
      "\"We will not raise taxes,\" the minister told reporters.\n\n"
      "According to the central bank, inflation slowed in May.";
  Record rec = process(text);
  ASSERT_GE(rec.attributions.size(), 3u);
  const Attribution& a = rec.attributions[0];
  EXPECT_EQ(span_text(text, a.cue), "said");
  EXPECT_EQ(span_text(text, a.source), "The finance minister");
  EXPECT_NE(span_text(text, a.content).find("the budget would be balanced"), std::string::npos);
  EXPECT_FALSE(a.direct);
  bool quote = false, according = false;
  for (const Attribution& x : rec.attributions) {
    if (span_text(text, x.cue) == "told") {
      quote = true;
      EXPECT_TRUE(x.direct);
      EXPECT_TRUE(x.negated);  // "will not raise"
      EXPECT_EQ(span_text(text, x.source), "the minister");
    }
    if (span_text(text, x.cue).find("According") != std::string::npos) {
      according = true;
      EXPECT_NE(span_text(text, x.source).find("central bank"), std::string::npos);
    }
  }
  EXPECT_TRUE(quote);
  EXPECT_TRUE(according);
  // Off: nothing.
  EXPECT_TRUE(process(text, false).attributions.empty());
}

TEST(AttributionRules, WireDatelineIsNotPartOfTheSource) {
  const std::string text =
      "OSLO, March 3 - The Norwegian foreign minister said on Monday that talks would resume next week.\n\n"
      "ROME (Example Wire) - Italy's interior ministry said the border would stay open.";
  Record rec = process(text);
  std::vector<std::string> sources;
  for (const Attribution& a : rec.attributions) sources.push_back(span_text(text, a.source));
  auto has = [&](const std::string& s) {
    return std::find(sources.begin(), sources.end(), s) != sources.end();
  };
  EXPECT_TRUE(has("The Norwegian foreign minister")) << testing::PrintToString(sources);
  EXPECT_TRUE(has("Italy's interior ministry")) << testing::PrintToString(sources);
  // Nor of a content that opens the story.
  const std::string lede =
      "KYIV, March 3 (Example Wire) - Russian forces shelled the port overnight, Ukrainian officials said.";
  auto out = finished(lede, "Ukrainian officials", "said",
                      "KYIV, March 3 (Example Wire) - Russian forces shelled the port overnight");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(lede, out[0].content), "Russian forces shelled the port overnight");
  // Nor of a source the tagger began inside the agency's name.
  const std::string agency = "KYIV (Example Wire) - Ukraine's foreign minister said talks would resume.";
  out = finished(agency, "Example Wire) - Ukraine's foreign minister", "said", "talks would resume");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(agency, out[0].source), "Ukraine's foreign minister");
}

// "rejected calls by X": X made the calls; the speaker is the subject before the cue. But "claims by Ukraine"
// as a cue of its own are Ukraine's.
TEST(AttributionRules, TheAuthorOfTheRejectedCallsIsNoSpeaker) {
  const std::string text = "The US on Thursday rejected calls by Kofi Annan to adopt the reforms.";
  auto out = finished(text, "Kofi Annan", "rejected calls", "to adopt the reforms");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].source), "US");  // the subject before the cue (its mention)
  const std::string own = "Russia dismissed claims by Ukraine that the plant was shelled.";
  out = finished(own, "Ukraine", "claims", "that the plant was shelled");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(own, out[0].source), "Ukraine");
}

// "According to X, …" with no content from the tagger: the rest of the sentence is the content, whether the
// tagger ran the source over the comma or stopped at it.
TEST(AttributionRules, AccordingToXTheRestOfTheSentence) {
  const std::string text = "According to the foreign ministry, Chinese citizens have been recruited online.";
  const auto out = finished(text, "the foreign ministry", "According to", "");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].content), "Chinese citizens have been recruited online");
}

// A reporter's question opening the sentence ends at the comma; the answer after it is a statement of its
// own.
TEST(AttributionRules, AskedBeforeTheAnswer) {
  const std::string text =
      "Asked whether China would impose sanctions, the spokesman said Beijing was opposed.";
  const auto out = finished(text, "", "Asked", "whether China would impose sanctions, the spokesman said");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].content), "whether China would impose sanctions");
}

TEST(AttributionRules, ANameWithADashIsNoDateline) {
  // The rule alone, on a source as a tagger would give it: "Smith - Jones Ltd" is a company, not a dateline.
  const std::string text = "Smith - Jones Ltd said profits rose.";
  const auto out = finished(text, "Smith - Jones Ltd", "said", "profits rose");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].source), "Smith - Jones Ltd");
}

TEST(AttributionRules, AnAttackOnAPlaceIsNoStatement) {
  const std::string text =
      "Russia attacked Ukraine on Monday.\n\n"
      "The senator attacked Russia over its sanctions policy.\n\n"
      "The senator attacked the plan as reckless.";
  Record rec = process(text);
  std::vector<std::string> contents;
  for (const Attribution& a : rec.attributions) {
    EXPECT_NE(span_text(text, a.source), "Russia");  // "Russia attacked Ukraine": physical, not verbal
    if (span_text(text, a.cue) == "attacked") contents.push_back(span_text(text, a.content));
  }
  EXPECT_EQ(contents.size(), 2u) << testing::PrintToString(contents);  // the two verbal attacks stay
  // A force or a post attacked, or armed attackers: physical too (the rule alone, as a tagger gives them).
  EXPECT_EQ(
      kept("Gunmen attacked a police station in Kirkuk.", "Gunmen", "attacked", "a police station in Kirkuk"),
      0u);
  EXPECT_EQ(kept("The group attacked an army patrol near the border.", "The group", "attacked",
                 "an army patrol near the border"),
            0u);
  EXPECT_EQ(kept("The senator attacked the governor over the budget.", "The senator", "attacked",
                 "the governor over the budget"),
            1u);
  // A cue phrase with the noun ("launched an attack on"), its place after it: physical too; on a person it
  // stays verbal.
  EXPECT_EQ(kept("Gunmen launched an attack on Kirkuk.", "Gunmen", "launched an attack on", "Kirkuk"), 0u);
  EXPECT_EQ(kept("Gunmen launched an attack on Kirkuk.", "Gunmen", "launched an attack", "on Kirkuk"), 0u);
  EXPECT_EQ(
      kept("Clinton launched an attack on Donald Trump.", "Clinton", "launched an attack on", "Donald Trump"),
      1u);
}

TEST(AttributionRules, EpigraphsAndTranscriptLines) {
  const std::string text =
      "\xE2\x80\x9CThe new bridge will change how we live here.\xE2\x80\x9D \xE2\x80\x95 Maria Lopez\n\n"
      "HOST: Welcome back to the program tonight.\n\n"
      "MAYOR SMITH: Thank you, it is good to be here.\n\n"
      "Note that the meeting ended early: nobody objected.";
  Record rec = process(text);
  bool epigraph = false, host = false, mayor = false;
  for (const Attribution& a : rec.attributions) {
    const std::string src = span_text(text, a.source), cue = span_text(text, a.cue);
    if (src == "Maria Lopez") {
      epigraph = true;
      EXPECT_EQ(cue, "\xE2\x80\x95");
      EXPECT_TRUE(a.direct);
      EXPECT_EQ(span_text(text, a.content).rfind("\xE2\x80\x9CThe new bridge", 0), 0u);
    }
    if (src == "HOST") {
      host = true;
      EXPECT_EQ(cue, ":");
      // The rule's content is the rest of the paragraph; the tagger's, when it finds the colon, stops before
      // the final period.
      EXPECT_EQ(span_text(text, a.content).rfind("Welcome back to the program tonight", 0), 0u);
    }
    if (src == "MAYOR SMITH") mayor = true;
    EXPECT_NE(src, "Note that the meeting ended early");  // a colon in running text is no transcript
  }
  EXPECT_TRUE(epigraph);
  EXPECT_TRUE(host);
  EXPECT_TRUE(mayor);
}

// The statements the default pipeline finds in `text`, as the strings of their roles, in order.
struct Said {
  std::string cue, source, content;
};
std::vector<Said> statements(const std::string& text) {
  std::vector<Said> out;
  for (const Attribution& a : process(text).attributions)
    out.push_back({span_text(text, a.cue), span_text(text, a.source), span_text(text, a.content)});
  return out;
}
// The statements whose cue is `cue`.
std::vector<Said> with_cue(const std::vector<Said>& all, const std::string& cue) {
  std::vector<Said> out;
  for (const Said& s : all)
    if (s.cue == cue) out.push_back(s);
  return out;
}
std::string describe(const std::vector<Said>& all) {
  std::string out;
  for (const Said& s : all) out += "[" + s.source + "] [" + s.cue + "] [" + s.content + "]\n";
  return out;
}

TEST(AttributionRules, EpigraphsWithNestedQuotesNoBreakSpacesAndAStatementInside) {
  const std::string text =
      // A no-break space before the dash, a quotation inside the quotation, a statement inside it, an
      // initial.
      "\xE2\x80\x9CShe calls it \xE2\x80\x9Chome\xE2\x80\x9D and he said it twice on the radio."
      "\xE2\x80\x9D\xC2\xA0\xE2\x80\x95 Ana M. Ruiz\xC2\xA0\n"
      // A closing mark typed for the opening one at the start of the line.
      "\xE2\x80\x9DThe river is rising faster than last spring.\xE2\x80\x9D \xE2\x80\x95 Tomas Berg\n";
  const auto all = statements(text);
  std::vector<std::string> sources;
  for (const Said& s : with_cue(all, "\xE2\x80\x95")) sources.push_back(s.source);
  EXPECT_EQ(sources, (std::vector<std::string>{"Ana M. Ruiz", "Tomas Berg"})) << describe(all);
}

TEST(AttributionRules, ParticipleAfterACueIsASecondStatementOfTheSameSource) {
  const std::string text =
      "\"The harbour will reopen on Monday,\" the port director said, adding that repairs would take a "
      "week.\n\n"
      "The minister said the budget was balanced, arguing that revenue had grown.\n\n"
      "The agency said on Friday that the cause was unknown, declining to give details.\n\n"
      "Citing new polls, Clinton told reporters the race was tightening.";
  const auto all = statements(text);
  const auto adding = with_cue(all, "adding"), arguing = with_cue(all, "arguing"),
             citing = with_cue(all, "Citing");
  ASSERT_EQ(adding.size(), 1u) << describe(all);
  EXPECT_EQ(adding[0].source, "the port director");
  EXPECT_EQ(adding[0].content, "that repairs would take a week");
  ASSERT_EQ(arguing.size(), 1u) << describe(all);
  EXPECT_EQ(arguing[0].source, "The minister");
  EXPECT_EQ(arguing[0].content, "that revenue had grown");
  // The first statements' contents end before the comma.
  for (const Said& s : with_cue(all, "said")) {
    EXPECT_EQ(s.content.find("arguing"), std::string::npos) << s.content;
    EXPECT_EQ(s.content.find("declining"), std::string::npos) << s.content;
  }
  // A participle opening the sentence: its subject follows the comma.
  ASSERT_EQ(citing.size(), 1u) << describe(all);
  EXPECT_EQ(citing[0].source, "Clinton");
}

TEST(AttributionRules, CoordinatedClauseWithItsOwnSpeakerIsAStatementOfItsOwn) {
  const std::string text =
      "The mayor said that the repairs were not finished, and residents complained that the water was "
      "still brown.\n\n"
      "The inspector told reporters the crane had been checked twice, but he said nobody had signed the "
      "log.\n\n"
      "The minister called for calm on Sunday, as well, saying that the army would stay in its barracks.\n\n"
      "The council said the budget was balanced, and the report shows a surplus.\n\n"
      "The coach said \u201Cwe were tired, but the players said they wanted to go on.\u201D";
  const auto all = statements(text);
  const auto complained = with_cue(all, "complained"), saying = with_cue(all, "saying");
  // Inside a quotation the quoted speaker's words are not split.
  bool coach = false;
  for (const Said& s : with_cue(all, "said")) {
    if (s.source != "The coach") continue;
    coach = true;
    EXPECT_NE(s.content.find("players said"), std::string::npos) << s.content;
  }
  EXPECT_TRUE(coach) << describe(all);
  ASSERT_EQ(complained.size(), 1u) << describe(all);
  EXPECT_EQ(complained[0].source, "residents");
  EXPECT_EQ(complained[0].content, "that the water was still brown");
  for (const Said& s : with_cue(all, "said")) {
    if (s.source == "he") {
      EXPECT_EQ(s.content, "nobody had signed the log");
      continue;
    }
    // The first statements end before the comma; "the report shows" is a noun and a verb, no speaker.
    EXPECT_EQ(s.content.find("complained"), std::string::npos) << s.content;
    if (s.source == "The council")
      EXPECT_NE(s.content.find("the report shows"), std::string::npos) << s.content;
  }
  bool he_said = false;
  for (const Said& s : with_cue(all, "said")) he_said |= s.source == "he";
  EXPECT_TRUE(he_said) << describe(all);
  for (const Said& s : with_cue(all, "told"))
    EXPECT_EQ(s.content.find("but"), std::string::npos) << s.content;
  // A participle after a later comma of the content ("..., as well, saying that ...").
  ASSERT_EQ(saying.size(), 1u) << describe(all);
  EXPECT_EQ(saying[0].source, "The minister");
  EXPECT_EQ(saying[0].content, "that the army would stay in its barracks");
}

TEST(AttributionRules, AdverbsBeforeACueAreTheCues) {
  const std::string text =
      "The senator cynically dismissed the report as a partisan stunt.\n\n"
      "The ministry incorrectly stated that the bridge had been inspected.\n\n"
      "World leaders almost universally condemned the launch.\n\n"
      "Prices rose sharply, the agency said.";
  const auto all = statements(text);
  const auto dismissed = with_cue(all, "cynically dismissed"), stated = with_cue(all, "incorrectly stated"),
             condemned = with_cue(all, "almost universally condemned"), said = with_cue(all, "said");
  ASSERT_EQ(dismissed.size(), 1u) << describe(all);
  EXPECT_EQ(dismissed[0].source, "The senator");
  ASSERT_EQ(stated.size(), 1u) << describe(all);
  EXPECT_EQ(stated[0].source, "The ministry");
  ASSERT_EQ(condemned.size(), 1u) << describe(all);
  EXPECT_EQ(condemned[0].source, "World leaders");
  // An adverb of the content before the cue stays there.
  ASSERT_EQ(said.size(), 1u) << describe(all);
  EXPECT_EQ(said[0].content, "Prices rose sharply");
}

TEST(AttributionRules, APrepositionOpeningTheContentIsTheCues) {
  const std::string text =
      "The minister appealed for calm in the capital.\n\n"
      "The agency warned of higher prices next winter.\n\n"
      "The company promised on Monday that it would repay the loans.";
  const auto all = statements(text);
  const auto appealed = with_cue(all, "appealed for"), warned = with_cue(all, "warned of");
  ASSERT_EQ(appealed.size(), 1u) << describe(all);
  EXPECT_EQ(appealed[0].content, "calm in the capital");
  ASSERT_EQ(warned.size(), 1u) << describe(all);
  EXPECT_EQ(warned[0].content.find("higher prices"), 0u) << describe(all);
  // Not a time after the cue.
  for (const Said& s : all) EXPECT_EQ(s.cue.find("promised on"), std::string::npos) << describe(all);
}

TEST(AttributionRules, ANounCuesContentIsItsComplementNotTheSentencesVerb) {
  const std::string text =
      "Fears of a rise in interest rates were fanned by the central bank decision.\n\n"
      "Criticism of the ministry is rare in the capital.\n\n"
      "Fears of a new tax the council is preparing were fanned by the minister.\n\n"
      "Speculation about how the central bank will act has grown.";
  const auto all = statements(text);
  std::vector<std::string> contents;
  for (const Said& s : all)
    if (s.cue == "Fears of" || s.cue == "Criticism of" || s.cue == "Speculation about")
      contents.push_back(s.content);
  ASSERT_EQ(contents.size(), 4u) << describe(all);
  EXPECT_EQ(contents[0], "a rise in interest rates");
  EXPECT_EQ(contents[1], "the ministry");
  // A relative clause or a question of the phrase's own is not cut at its verb.
  EXPECT_NE(contents[2].find("the council is preparing"), std::string::npos) << contents[2];
  EXPECT_NE(contents[3].find("will act"), std::string::npos) << contents[3];
}

TEST(AttributionRules, ContentEndsBeforeTheSourcesNextAction) {
  const std::string text =
      "The governor has promised a veto and attempted to persuade members of both parties.\n\n"
      "The council said that rents rose and stabilized later.\n\n"
      "The minister announced that taxes would fall but warned that the deficit remained large.\n\n"
      "The firm called the charges unfounded and fabricated by rivals.";
  const auto all = statements(text);
  const auto promised = with_cue(all, "has promised"), said = with_cue(all, "said"),
             announced = with_cue(all, "announced");
  ASSERT_EQ(promised.size(), 1u) << describe(all);
  EXPECT_EQ(promised[0].content, "a veto");
  // A clause keeps its own coordinated verbs; "fabricated by" is a participle.
  ASSERT_EQ(said.size(), 1u) << describe(all);
  EXPECT_NE(said[0].content.find("stabilized"), std::string::npos) << said[0].content;
  // A reporting verb after "but" is the source's next statement, even in a clause.
  ASSERT_EQ(announced.size(), 1u) << describe(all);
  EXPECT_EQ(announced[0].content, "that taxes would fall");
  for (const Said& s : all) {
    if (s.content.find("charges") != std::string::npos) {
      EXPECT_NE(s.content.find("fabricated"), std::string::npos) << s.content;
    }
  }
}

TEST(AttributionRules, AnIrregularReportingVerbAfterAndIsTheSourcesNextStatement) {
  // "said" is "say" through a FORMS line of data/cues.tsv: the first content ends before "and said", and the
  // second statement is the source's own, not one nested in the first content.
  const std::string text =
      "The mayor criticized the plan and said he expected long delays.\n\n"
      "The senator bemoaned the unrest in the city and said he thought that drugs were a big factor.";
  const auto all = statements(text);
  const auto criticized = with_cue(all, "criticized"), bemoaned = with_cue(all, "bemoaned");
  ASSERT_EQ(criticized.size(), 1u) << describe(all);
  EXPECT_EQ(criticized[0].content, "the plan");
  ASSERT_EQ(bemoaned.size(), 1u) << describe(all);
  EXPECT_EQ(bemoaned[0].content, "the unrest in the city");
  size_t said = 0;
  for (const Attribution& a : process(text).attributions) {
    if (span_text(text, a.cue) != "said") continue;
    ++said;
    EXPECT_EQ(a.nested_in, -1) << span_text(text, a.content);
  }
  EXPECT_EQ(said, 2u) << describe(all);
  EXPECT_EQ(cue_stance("swore", "to fight the bill"), Stance::promise);
  EXPECT_EQ(cue_stance("told", "reporters it would fail"), Stance::assert_);
}

TEST(AttributionRules, AQuotationInASentenceWithItsOwnCueIsThatStatements) {
  const std::string text =
      "Most families prefer neighborhood schools, said Ana Ruiz, a senior researcher at the institute. "
      "\u201CNobody wants to bus their kids to a magnet school. What they want is a good school "
      "nearby,\u201D "
      "Ruiz said. Tom Becker, president of the teachers union, which represents city educators, said he "
      "hopes "
      "the day of action sends a message that \u201Ccommunities are standing up for their public "
      "schools.\u201D";
  const auto all = statements(text);
  bool becker = false;
  for (const Attribution& a : process(text).attributions) {
    const std::string source = span_text(text, a.source), content = span_text(text, a.content);
    if (source == "Ruiz") {
      EXPECT_EQ(content.find("communities"), std::string::npos) << describe(all);
    }
    if (source.starts_with("Tom Becker")) {
      becker = true;
      EXPECT_EQ(a.nested_in, -1) << describe(all);
      EXPECT_NE(content.find("communities"), std::string::npos) << describe(all);
    }
  }
  EXPECT_TRUE(becker) << describe(all);
}

TEST(AttributionScore, TheUnivocalViewDropsACueInsideAnotherContentsSpanNotInItsGap) {
  // Outer content [20, 40) and [60, 90); a cue at 45 lies in the gap (the inner statement's source and cue,
  // which the outer content skips), one at 70 inside a span.
  auto make = [](uint32_t cue, std::vector<Span> content) {
    Attribution a;
    a.cue = role({Span{cue, cue + 4}});
    a.content = role(std::move(content));
    return a;
  };
  std::vector<Attribution> out = {make(10, {Span{20, 40}, Span{60, 90}}), make(45, {Span{50, 58}}),
                                  make(70, {Span{75, 88}})};
  attribution_detail::univocal_view(out, 0);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].cue.spans.front().begin, 10u);
  EXPECT_EQ(out[1].cue.spans.front().begin, 45u);
}

TEST(AttributionRules, AParticipleClauseAfterTheSpeakersNameIsNotTheSpeaker) {
  const std::string text =
      "President Obama, dedicating the new museum on the Mall, said it would tell an American story.\n\n"
      "Mining companies, including Patriot, said the rules would cost jobs.";
  const auto all = statements(text);
  const auto said = with_cue(all, "said");
  ASSERT_EQ(said.size(), 2u) << describe(all);
  EXPECT_EQ(said[0].source, "President Obama");
  // "including" is a preposition: the apposition stays.
  EXPECT_NE(said[1].source.find("including Patriot"), std::string::npos) << describe(all);
}

TEST(AttributionRules, AColonAfterTheCueIntroducesTheContent) {
  const std::string text =
      "The governor added:\n\n"
      "It is typical of the senator. She has no plan for the state, and the voters know it.\n\n"
      "The mayor added: the bridge will reopen in June.";
  const auto all = statements(text);
  const auto added = with_cue(all, "added:");
  ASSERT_EQ(added.size(), 2u) << describe(all);
  EXPECT_EQ(added[0].content,
            "It is typical of the senator. She has no plan for the state, and the voters know it.");
  EXPECT_EQ(added[1].content.find("the bridge will reopen in June"), 0u) << describe(all);
}

TEST(AttributionRules, AVerbOfTheLexiconInASenseThatIsNoStatement) {
  const std::string text =
      "Shares of the company declined 3 pct to 45 dlrs in heavy trading.\n\n"
      "Exports declined sharply in March.\n\n"
      "He committed suicide in June after being jailed for three years.\n\n"
      "The company appealed the ruling to the Supreme Court.\n\n"
      "A spokesman declined to comment on the report.\n\n"
      "The union appealed to members to stay calm.\n\n"
      "The minister committed to cutting the deficit.";
  const auto all = statements(text);
  std::vector<std::string> cues;
  for (const Said& s : all) cues.push_back(s.cue);
  EXPECT_EQ(cues, (std::vector<std::string>{"declined", "appealed", "committed"})) << describe(all);
  const auto declined = with_cue(all, "declined");
  ASSERT_EQ(declined.size(), 1u) << describe(all);
  EXPECT_EQ(declined[0].source, "A spokesman");
  // Preferred stock; the demand of economics.
  const std::string shares =
      "The company issued series A preferred stock worth 8.50 dlrs.\n\n"
      "The August budget had forecast domestic demand would contribute 0.75 points to growth.";
  for (const Said& s : statements(shares)) {
    EXPECT_NE(s.cue, "preferred") << describe(statements(shares));
    EXPECT_NE(s.cue, "demand") << describe(statements(shares));
  }
}

// The rule alone, on statements as a tagger gives them: recalling an envoy or a product is a withdrawal,
// releasing hostages sets people free, a clash with the police is a fight; recalling that something happened,
// releasing a statement and clashing over a policy are statements.
TEST(AttributionRules, RecallingAnEnvoyReleasingHostagesOrClashingWithPoliceIsNoStatement) {
  EXPECT_EQ(
      kept("Venezuela recalled its envoy from Madrid.", "Venezuela", "recalled", "its envoy from Madrid"),
      0u);
  EXPECT_EQ(kept("The carmaker recalled 300,000 vehicles in March.", "The carmaker", "recalled",
                 "300,000 vehicles in March"),
            0u);
  EXPECT_EQ(kept("The group released four hostages on Saturday.", "The group", "released",
                 "four hostages on Saturday"),
            0u);
  EXPECT_EQ(kept("The ministry released a statement on Saturday.", "The ministry", "released",
                 "a statement on Saturday"),
            1u);
  EXPECT_EQ(kept("Protesters clashed with the police in Tbilisi.", "Protesters", "clashed",
                 "with the police in Tbilisi"),
            0u);
  EXPECT_EQ(
      kept("The move follows a rate increase on Monday.", "The move", "follows", "a rate increase on Monday"),
      0u);
  EXPECT_EQ(kept("The minister, who asked not to be named, left.", "who", "asked", "not to be named"), 0u);
  EXPECT_EQ(kept("The minister recalled that the talks had failed.", "The minister", "recalled",
                 "that the talks had failed"),
            1u);
  EXPECT_EQ(kept("The senator clashed with the governor over the budget.", "The senator", "clashed",
                 "with the governor over the budget"),
            1u);
}

// The rule alone: a capitalized cue after a capitalized word in running prose is part of a name; a headline's
// Title Case verb, a verb capitalized after an abbreviation and a sentence's first word are cues.
TEST(AttributionRules, ACapitalizedCueInsideANameIsNoStatement) {
  EXPECT_EQ(
      kept("American Express Co's stock fell sharply on Monday, reflecting disappointment in its plans.",
           "American", "Express", "Co's stock fell sharply on Monday"),
      0u);
  EXPECT_EQ(kept("Shares of Federal Express Corp rose two dlrs in heavy trading on the exchange today.",
                 "Federal", "Express", "Corp rose two dlrs"),
            0u);
  EXPECT_EQ(kept("Bellwether County Says Trump Should Win GOP Nomination", "Bellwether County", "Says",
                 "Trump Should Win GOP Nomination"),
            1u);
  EXPECT_EQ(kept("The U.S. Has said it will not allow Iran to use the missiles in the strait.", "The U.S.",
                 "Has said", "it will not allow Iran to use the missiles in the strait"),
            1u);
  EXPECT_EQ(kept("Murphy, the head of Right to Rise USA, Tweeted on Friday that the ad was a success.",
                 "Murphy, the head of Right to Rise USA,", "Tweeted", "that the ad was a success"),
            1u);
}

// The rule alone: an accounting charge and a further fall are no accusation and no refusal; an accusation
// and a refusal of further comment are.
TEST(AttributionRules, AnAccountingChargeOrAFurtherFallIsNoStatement) {
  EXPECT_EQ(
      kept("Net includes a 750,000 dlrs charge for restructuring.", "Net", "charge", "for restructuring"),
      0u);
  EXPECT_EQ(
      kept("The company took a one-time charge of 12 mln dlrs.", "The company", "charge", "of 12 mln dlrs"),
      0u);
  EXPECT_EQ(kept("The bank will take a charge against earnings in the quarter.", "The bank", "charge",
                 "against earnings in the quarter"),
            0u);
  EXPECT_EQ(
      kept("Prosecutors dropped the charge that he had lied.", "Prosecutors", "charge", "that he had lied"),
      1u);
  EXPECT_EQ(
      kept("Investors will sell if interest rates decline further.", "interest rates", "decline", "further"),
      0u);
  EXPECT_EQ(kept("The ministry declined further comment on the talks.", "The ministry", "declined",
                 "further comment on the talks"),
            1u);
}

// The rule alone, on statements as a tagger gives them in business news: an adjective after an adverb, a
// company's dividend, a measure that showed a change, a dealer's quote and a discovery are no statements; a
// document's finding and a verdict are.
TEST(AttributionRules, BusinessSensesOfReportingVerbsAreNoStatements) {
  EXPECT_EQ(kept("Banner Industries said it completed the previously announced purchase of Rexnord Inc.", "",
                 "previously announced", "purchase of Rexnord Inc"),
            0u);
  EXPECT_EQ(kept("The guaranteed notes will be redeemed on May 15.", "", "guaranteed", "notes"), 0u);
  EXPECT_EQ(kept("Northeast Savings said its board declared an initial quarterly dividend of 15 cts.",
                 "its board", "declared", "an initial quarterly dividend of 15 cts"),
            0u);
  EXPECT_EQ(kept("The president declared that the war was over.", "The president", "declared",
                 "that the war was over"),
            1u);
  EXPECT_EQ(kept("Industrial trade showed a surplus of 1.4 billion francs in March.", "Industrial trade",
                 "showed", "a surplus of 1.4 billion francs in March"),
            0u);
  EXPECT_EQ(kept("Official figures showed a rise of three pct in exports.", "Official figures", "showed",
                 "a rise of three pct in exports"),
            1u);
  EXPECT_EQ(kept("Its stock closed at 5-5/8 bid and 5-3/4 offered.", "", "offered", "5-3/4"), 0u);
  EXPECT_EQ(kept("The bodies of the youths were found lying together near the road.", "", "found",
                 "lying together near the road"),
            0u);
  EXPECT_EQ(kept("He was found guilty of fraud.", "", "found", "guilty of fraud"), 1u);
  EXPECT_EQ(kept("CTS said it charged an additional 2.8 mln dlrs in special expenses.", "it", "charged",
                 "an additional 2.8 mln dlrs in special expenses"),
            0u);
}

// "he said" after a statement of a named person: the speaker goes on, even when a nearer name stands inside
// the quotation and neither has a code.
TEST(AttributionRules, APronounSpeakerContinuesThePreviousSpeaker) {
  const std::string text =
      "Mark Oberholtzer, who owns a plumbing company in Texas City, said the truck had been his until "
      "2013. \"How it ended up with Peter Wilkins, I'll never know,\" he said.";
  Record r = process(text);
  const Attribution* he = nullptr;
  for (const Attribution& a : r.attributions)
    if (span_text(text, a.source) == "he") he = &a;
  ASSERT_NE(he, nullptr) << r.attributions.size();
  ASSERT_GE(he->source_mention, 0);
  const Mention& m = r.mentions[size_t(he->source_mention)];
  EXPECT_EQ(text.substr(m.begin, m.end - m.begin), "Mark Oberholtzer");
  // Not a speaker the source gives the other sex: "he" skips "Ms Anna Berg".
  const std::string two =
      "Mr Peter Wilkins said the truck had been sold in 2013. Ms Anna Berg said the auction was held in "
      "Houston. \"I never saw it again,\" he said.";
  Record r2 = process(two);
  he = nullptr;
  for (const Attribution& a : r2.attributions)
    if (span_text(two, a.source) == "he") he = &a;
  ASSERT_NE(he, nullptr);
  ASSERT_GE(he->source_mention, 0);
  const Mention& m2 = r2.mentions[size_t(he->source_mention)];
  EXPECT_EQ(two.substr(m2.begin, m2.end - m2.begin), "Peter Wilkins");
}

// "I" or "we" inside a quotation is its speaker, whether the speaker comes after the quote or before it;
// outside a quotation it stays unresolved.
TEST(AttributionRules, AFirstPersonInsideAQuoteIsTheSpeaker) {
  auto speaker = [](const std::string& text, const std::string& pronoun) {
    Record r = process(text);
    for (const Attribution& a : r.attributions)
      if (span_text(text, a.source) == pronoun) {
        if (a.source_mention < 0) return std::string("(none)");
        const Mention& m = r.mentions[size_t(a.source_mention)];
        return text.substr(m.begin, m.end - m.begin) + "/" + m.actor.code;
      }
    return std::string("(no statement)");
  };
  EXPECT_EQ(speaker("\"I condemn this attack,\" Merkel said.", "I"), "Merkel/DEUGOV");
  EXPECT_EQ(speaker("Lavrov said: \"We demand that NATO withdraw its troops from our borders.\"", "We"),
            "Lavrov/RUSGOV");
  EXPECT_EQ(speaker("Merkel spoke in Berlin. I said that the plan would fail.", "I"), "(none)");
}

// A relative pronoun's source is the actor named right before it; not a place for "who", and not without a
// comma for "which" ("the report which said").
TEST(AttributionRules, ARelativePronounSourceIsTheActorBeforeIt) {
  auto source_of = [](const std::string& text, const std::string& pronoun) {
    Record r = process(text);
    for (const Attribution& a : r.attributions)
      if (span_text(text, a.source) == pronoun && a.source_mention >= 0) {
        const Mention& m = r.mentions[size_t(a.source_mention)];
        return text.substr(m.begin, m.end - m.begin);
      }
    return std::string();
  };
  EXPECT_EQ(source_of("The report was welcomed by Human Rights Watch, which said that twelve people had been "
                      "killed.",
                      "which"),
            "Human Rights Watch");
  EXPECT_EQ(
      source_of("The plan drew criticism from Republican lawmakers who said that it would cost too much.",
                "who"),
      "lawmakers");
  EXPECT_EQ(source_of("An activist in Raqqa who said that the city was shelled posted the pictures.", "who"),
            "");
}

// "It said" and "they said" continue the nearest earlier statement of one actor that is not a person, and of
// several.
TEST(AttributionRules, ItAndTheyContinueThePreviousSourceOfTheirNumber) {
  const std::string text =
      "Human Rights Watch said on Monday that the prison held 300 people. Officials said the prison was "
      "closed. It said that the guards had beaten the prisoners. They said the report was false.";
  Record r = process(text);
  std::vector<std::string> sources;
  for (const Attribution& a : r.attributions) {
    const std::string src = span_text(text, a.source);
    if (src != "It" && src != "They") continue;
    ASSERT_GE(a.source_mention, 0) << src;
    const Mention& m = r.mentions[size_t(a.source_mention)];
    sources.push_back(src + "=" + text.substr(m.begin, m.end - m.begin));
  }
  EXPECT_EQ(sources, (std::vector<std::string>{"It=Human Rights Watch", "They=Officials"}));
}

TEST(AttributionRules, AStudyOrReportThatFindsSomethingIsASource) {
  const std::string text =
      "A 2014 study by a law professor found 31 incidents of voter impersonation out of a billion "
      "ballots.\n\n"
      "A Government Accountability Office report released last year found that the agency could not trace "
      "the money.\n\n"
      "The bodies were found in a field near the border.";
  const auto all = statements(text);
  const auto found = with_cue(all, "found");
  ASSERT_EQ(found.size(), 2u) << describe(all);
  EXPECT_EQ(found[0].source, "A 2014 study by a law professor");
  EXPECT_EQ(found[0].content, "31 incidents of voter impersonation out of a billion ballots");
  EXPECT_EQ(found[1].source, "A Government Accountability Office report released last year");
  EXPECT_EQ(found[1].content, "that the agency could not trace the money");
  // The document noun is the subject, not a cue of its own.
  EXPECT_TRUE(with_cue(all, "report").empty()) << describe(all);
  // The verbs of finding the taggers list (the pipeline's path) give the rules the same statements as the
  // rules' own pass over the tokens (extract()'s path).
  {
    Record r = process(text);
    const AttributionInput in{r.doc.text, r.tokens, r.sentences, r.paragraphs, r.mentions, false, {}, false};
    AttributionScratch scratch;
    std::vector<Attribution> own;
    AttributionModel::builtin().extract(in, scratch, own);
    ASSERT_EQ(own.size(), r.attributions.size());
    for (size_t k = 0; k < own.size(); ++k) {
      EXPECT_EQ(span_text(text, own[k].source), span_text(text, r.attributions[k].source));
      EXPECT_EQ(span_text(text, own[k].cue), span_text(text, r.attributions[k].cue));
      EXPECT_EQ(span_text(text, own[k].content), span_text(text, r.attributions[k].content));
    }
  }
  // Inside another statement, the source does not run back over the outer cue.
  const std::string nested = "The minister says a new study found that exports fell sharply last year.";
  const auto inner = with_cue(statements(nested), "found");
  ASSERT_EQ(inner.size(), 1u) << describe(statements(nested));
  EXPECT_EQ(inner[0].source, "a new study");
}

// A reporting verb's base form inside a content is a nested statement only where it can be a verb: after a
// plural subject, a pronoun, a modal or an adverb ("analysts say", "would flatly reject"); a noun there ("a
// drone attack on", "the annual report on", "grave concern") is none.
TEST(AttributionRules, ABaseFormInsideAContentIsAVerbOnlyInAVerbsPlace) {
  const std::string text =
      "Officials said a drone attack on the grid killed two people.\n\n"
      "Officials said the annual report on inflation was late.\n\n"
      "Officials said that analysts say the deal will fail.\n\n"
      "Paris said France would flatly reject the reforms.";
  const auto all = statements(text);
  EXPECT_TRUE(with_cue(all, "attack").empty()) << describe(all);
  EXPECT_TRUE(with_cue(all, "report").empty()) << describe(all);
  EXPECT_EQ(with_cue(all, "say").size(), 1u) << describe(all);
  EXPECT_EQ(with_cue(all, "would flatly reject").size(), 1u) << describe(all);
}

TEST(AttributionRules, AQuotationOpeningTheNextSentenceGoesOnWithTheStatementBefore) {
  // (doubled single quotation marks, as some papers print them)
  const std::string text =
      "''It's anti-reform,'' said Doug Holtz-Eakin, president of the forum. ''She's layering on even more "
      "complexity.''\n\n"
      "The senator said the plan would fail. \u201CNobody will pay for it,\u201D her spokesman said.";
  const auto all = statements(text);
  const auto said = with_cue(all, "said");
  ASSERT_EQ(said.size(), 3u) << describe(all);
  EXPECT_EQ(said[0].content, "''It's anti-reform,''|''She's layering on even more complexity.''");
  // A quotation with a cue of its own is that statement's.
  EXPECT_EQ(said[1].content.find("Nobody"), std::string::npos) << describe(all);
}

TEST(AttributionRules, AnInvertedReportingVerbHasItsSpeakerAfterIt) {
  const std::string text =
      "Such an offering at a depressed price would mean more dilution to holders, noted Daniel Williams, "
      "analyst with a brokerage.\n\n"
      "The debates are not likely to alter the campaign, noted NBC's Dante Chinni.\n\n"
      "Ford Motor Co of Canada, 90 pct-owned by Ford Motor Co, said February car sales fell six pct to "
      "13,734 "
      "units from 14,589 units.";
  const auto all = statements(text);
  const auto noted = with_cue(all, "noted");
  ASSERT_EQ(noted.size(), 2u) << describe(all);
  EXPECT_EQ(noted[0].source, "Daniel Williams, analyst with a brokerage");
  EXPECT_EQ(noted[0].content, "Such an offering at a depressed price would mean more dilution to holders");
  EXPECT_EQ(noted[1].source, "NBC's Dante Chinni");
  // Not a clause after the verb: the usual order.
  const auto said = with_cue(all, "said");
  ASSERT_EQ(said.size(), 1u) << describe(all);
  EXPECT_EQ(said[0].source.find("Ford Motor Co of Canada"), 0u) << describe(all);
}

TEST(AttributionRules, AnInvertedSpeakerEndsBeforeAParticipleOfSaying) {
  const std::string text =
      "Raising the duty on steel would not serve the long-term interests of the European Union, said Karl "
      "Weber, head of the Industry Federation, adding that an open market should be encouraged.";
  const auto all = statements(text);
  const auto said = with_cue(all, "said"), adding = with_cue(all, "adding");
  ASSERT_EQ(said.size(), 1u) << describe(all);
  EXPECT_EQ(said[0].source, "Karl Weber, head of the Industry Federation");
  EXPECT_EQ(said[0].content,
            "Raising the duty on steel would not serve the long-term interests of the European Union");
  ASSERT_EQ(adding.size(), 1u) << describe(all);
  EXPECT_EQ(adding[0].source.find("Karl Weber"), 0u) << describe(all);
  // A passive at the sentence's end is no statement nested in the content ("should be encouraged.").
  EXPECT_TRUE(with_cue(all, "encouraged").empty()) << describe(all);
}

TEST(AttributionRules, ThePassivesAgentAfterByIsTheSpeaker) {
  const std::string text =
      "Oz has been called a charlatan by fellow physicians for promoting quack cures.\n\n"
      "The bill was passed by Congress with wide support.";
  const auto all = statements(text);
  const auto called = with_cue(all, "has been called"), passed = with_cue(all, "was passed");
  ASSERT_EQ(called.size(), 1u) << describe(all);
  EXPECT_EQ(called[0].source, "fellow physicians");
  EXPECT_EQ(called[0].content, "a charlatan");
  ASSERT_EQ(passed.size(), 1u) << describe(all);
  EXPECT_EQ(passed[0].source, "Congress");
}

TEST(AttributionRules, AccordingToSourceEndsAtTheComma) {
  const auto all = statements("According to Politico, both of these areas are highly populated with voters.");
  const auto according = with_cue(all, "According to");
  ASSERT_EQ(according.size(), 1u) << describe(all);
  EXPECT_EQ(according[0].source, "Politico");
  EXPECT_EQ(according[0].content, "both of these areas are highly populated with voters");
}

TEST(AttributionRules, APassiveCueHasNoSpeakerUnlessByNamesOne) {
  const auto all = statements(
      "President Lopez was also dubbed the architect of the reform.\n\n"
      "The minister was once asked about the budget.\n\n"
      "The statements were rated false by independent fact-checkers.\n\n"
      "Farmers were frustrated that the subsidies had been cut.");
  for (const Said& s : all) {
    // Who was dubbed or asked is not who spoke.
    EXPECT_EQ(s.source.find("Lopez"), std::string::npos) << s.cue;
    EXPECT_EQ(s.source.find("minister"), std::string::npos) << s.cue;
  }
  // A feeling: its subject feels it.
  const auto frustrated = with_cue(all, "were frustrated");
  ASSERT_EQ(frustrated.size(), 1u) << describe(all);
  EXPECT_EQ(frustrated[0].source, "Farmers");
}

// The rules alone (finish_attributions) on statements given as a tagger would give them, so that the test
// does not depend on what the model finds.
std::vector<Attribution> finish(const std::string& text, std::vector<Attribution> found) {
  Record r = process(text);
  finish_attributions(
      AttributionInput{r.doc.text, r.tokens, r.sentences, r.paragraphs, r.mentions, false, {}, false}, found);
  return found;
}
Attribution stated(const std::string& text, const char* source, const char* cue, const char* content) {
  Attribution a;
  if (*source) a.source = role({find(text, source)});
  a.cue = role({find(text, cue)});
  a.content = role({find(text, content)});
  return a;
}

// A source the tagger split around a passive cue: the part before is the subject, no speaker.
TEST(AttributionRules, APassiveSourceSplitAroundTheCue) {
  const std::string dubbed = "President Lopez was also dubbed the architect of the reform.";
  Attribution a = stated(dubbed, "President Lopez", "was also dubbed", "the architect");
  a.source.spans.push_back(find(dubbed, "of the reform"));
  std::vector<Attribution> out = finish(dubbed, {a});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].source.empty()) << span_text(dubbed, out[0].source);
}

TEST(AttributionRules, ACuePhraseFoundInTwoPartsIsOneCue) {
  // "issued | a brief | statement saying": one cue, the phrase; the content is the second part's.
  const std::string text = "The union issued a brief statement saying that the strike would go on.";
  auto out = finish(
      text, {stated(text, "The union", "issued", "a brief statement saying that the strike would go on"),
             stated(text, "a brief", "statement saying", "that the strike would go on")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].cue), "issued a brief statement saying");
  EXPECT_EQ(span_text(text, out[0].source), "The union");
  EXPECT_EQ(span_text(text, out[0].content), "that the strike would go on");

  // A participle with its object is no saying: "tweets criticizing the mayor" are the content.
  const std::string verb = "The senator posted a dozen tweets criticizing the mayor.";
  out = finish(verb, {stated(verb, "The senator", "posted", "a dozen tweets criticizing the mayor"),
                      stated(verb, "", "criticizing", "the mayor")});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(span_text(verb, out[0].cue), "posted");

  // A subject between the two is a second speaker: "said the mayor believed that ..." stays two statements.
  const std::string two = "The clerk said the mayor, believing that the vote was lost, left early.";
  out = finish(two,
               {stated(two, "The clerk", "said", "the mayor, believing that the vote was lost, left early"),
                stated(two, "the mayor", "believing", "that the vote was lost")});
  EXPECT_EQ(out.size(), 2u);
}

TEST(AttributionRules, AnArticleBeforeANounCueIsNoSpeaker) {
  // The tagger found only "warning": "a stern" is the noun's phrase, and the cue runs back over the verb to
  // the nearest mention, the speaker.
  const std::string text = "The German government issued a stern warning that the sanctions would stay.";
  auto out = finish(text, {stated(text, "a stern", "warning", "that the sanctions would stay")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].cue), "issued a stern warning");
  EXPECT_NE(span_text(text, out[0].source).find("German government"), std::string::npos);
  EXPECT_EQ(span_text(text, out[0].content), "that the sanctions would stay");
  // Not without a clause or a quotation after it ("a stern warning to landlords": the noun and its object).
  const std::string light = "The German government issued a stern warning to Berlin's landlords.";
  out = finish(light, {stated(light, "a stern", "warning", "to Berlin's landlords")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(light, out[0].cue), "warning");
  // A possessive is the speaker: "his | claim that ..." stays.
  const std::string his = "Critics doubted his claim that the budget was balanced.";
  out = finish(his, {stated(his, "his", "claim", "that the budget was balanced")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(his, out[0].source), "his");
  EXPECT_EQ(span_text(his, out[0].cue), "claim");
}

TEST(AttributionRules, AModifierBeforeANounCueIsNotContent) {
  // "Earlier | claims by Kyiv highlighted ...": the tagger took the adjective before the noun cue as a first
  // content part; it is the noun's modifier.
  const std::string text = "Earlier claims by Kyiv highlighted clashes with Russian troops near Donetsk.";
  Attribution a;
  a.source = role({find(text, "Kyiv")});
  a.cue = role({find(text, "claims")});
  a.content =
      role({find(text, "Earlier"), find(text, "highlighted clashes with Russian troops near Donetsk")});
  auto out = finish(text, {a});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].content), "highlighted clashes with Russian troops near Donetsk");
  // A verb cue keeps what comes before it: '"We will stay," | said | the minister' has no noun of saying.
  const std::string quote = "Reform now, he urged the parliament in Kyiv on Monday.";
  Attribution b;
  b.source = role({find(quote, "he")});
  b.cue = role({find(quote, "urged")});
  b.content = role({find(quote, "Reform now"), find(quote, "the parliament in Kyiv")});
  out = finish(quote, {b});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(span_text(quote, out[0].content).find("Reform now"), std::string::npos);
}

TEST(AttributionRules, AFigureOpeningTheContentIsPartOfIt) {
  // "said | at least 155 Chinese | nationals fight ...": the tagger left the figure out of the content.
  const std::string text = "Kyiv said at least 155 Chinese nationals fight for Russia.";
  auto out = finish(text, {stated(text, "Kyiv", "said", "nationals fight for Russia")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].content), "at least 155 Chinese nationals fight for Russia");
  // "said about | 300 soldiers": the word of quantity that ended the cue is the figure's.
  const std::string about = "Seoul said about 300 soldiers had crossed.";
  out = finish(about, {stated(about, "Seoul", "said about", "300 soldiers had crossed")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(about, out[0].cue), "said");
  EXPECT_EQ(span_text(about, out[0].content), "about 300 soldiers had crossed");
  // Not a time or a place: "told | a news conference | the plan ..." has no figure.
  const std::string told = "The minister told a news conference the plan would pass.";
  out = finish(told, {stated(told, "The minister", "told", "the plan would pass")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(told, out[0].content), "the plan would pass");
}

TEST(AttributionRules, AClauseAfterTheCueReadAsASpeakerIsTheContent) {
  // "Kyiv said | many Chinese nationals fight for Russia", both parts taken as the speaker, no content.
  const std::string text = "Kyiv said many Chinese nationals fight for Russia.";
  Attribution a;
  a.source = role({find(text, "Kyiv"), find(text, "many Chinese nationals fight for Russia")});
  a.cue = role({find(text, "said")});
  auto out = finish(text, {a});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].source), "Kyiv");
  EXPECT_EQ(span_text(text, out[0].content), "many Chinese nationals fight for Russia");
  // A speaker after the cue with more after it is not a clause: "said Jim Stevens, who ...".
  const std::string more = "The company said Jim Stevens Junior Senior, who joined in May, will lead it.";
  Attribution b;
  b.source = role({find(more, "The company"), find(more, "Jim Stevens Junior Senior")});
  b.cue = role({find(more, "said")});
  out = finish(more, {b});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].content.spans.empty());
}

TEST(AttributionRules, ANounOfSayingBeforeANameIsNotTheSpeaker) {
  // "..., a claim Kyiv | rejected": "a claim" opens the relative clause; the speaker is Kyiv.
  const std::string text = "Moscow said its forces took two villages, a claim Kyiv rejected.";
  auto out = finish(text, {stated(text, "a claim Kyiv", "rejected", "its forces took two villages")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].source), "Kyiv");
  // Not before a lower-case word: "the report itself | said" keeps its words.
  const std::string itself = "The report itself said the figures were wrong.";
  out = finish(itself, {stated(itself, "The report itself", "said", "the figures were wrong")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(itself, out[0].source), "The report itself");
}

TEST(AttributionRules, CallingAClaimUntrueIsADenial) {
  // "Beijing called the allegations groundless": a denial; and "Beijing" before the cue is a name, not an
  // "-ing" verb that would make "called" an adjective.
  const std::string text = "Beijing called the allegations groundless.";
  auto out = finish(text, {stated(text, "Beijing", "called", "the allegations groundless")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].stance, Stance::deny);
  const std::string as = "The ministry dismissed the report as a fabrication.";
  out = finish(as, {stated(as, "The ministry", "dismissed", "the report as a fabrication")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].stance == Stance::deny || out[0].stance == Stance::reject);
  // Not when the last word is something else: "as a false start", "ambitious".
  const std::string start = "Critics called the plan a false start.";
  out = finish(start, {stated(start, "Critics", "called", "the plan a false start")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].stance, Stance::assert_);
}

TEST(AttributionModel, AConcernPhraseInThePastIsACueOfItsOwn) {
  // The backstop: "expressed concern over ..." is a statement (CONCERN) even when the tagger leaves it out,
  // as one-word stance verbs in the past are ("warned", "denied"). Not "called for": in news as often "the
  // plan called for" as an appeal.
  const std::string text =
      "The United States expressed concern over the reports of Chinese nationals fighting for Russia.";
  Record r = test_util::process_text(text);
  ASSERT_EQ(r.attributions.size(), 1u);
  const Attribution& a = r.attributions[0];
  auto words = [&](const RoleSpans& role) {
    std::string out;
    for (const Span& sp : role.spans) out += text.substr(sp.begin, sp.end - sp.begin);
    return out;
  };
  // (with the preposition that opens what it is about: PolNeAR's cues end with it)
  EXPECT_EQ(words(a.cue), "expressed concern over");
  EXPECT_EQ(words(a.content), "the reports of Chinese nationals fighting for Russia");
  EXPECT_EQ(a.stance, Stance::concern);
  EXPECT_EQ(words(a.source), "The United States");
  EXPECT_TRUE(attribution_detail::stance_phrase_past("voiced", "alarm") ||
              attribution_detail::stance_phrase_past("voiced", "concern"));
  EXPECT_FALSE(attribution_detail::stance_phrase_past("called", "for"));
  EXPECT_FALSE(attribution_detail::stance_phrase_past("express", "concern"));  // not in the past
}

TEST(AttributionRules, APlaceAfterInIsWhereTheSpeakerIsNotWho) {
  // "U.S. officials in Moscow said ...": the speaker's actor is the officials', not Moscow's; "Officials in
  // Beijing", whose head has no country, keep the place's.
  Record r = test_util::process_text(
      "U.S. officials in Moscow said the talks would resume. Officials in Beijing said the talks would "
      "resume.");
  ASSERT_EQ(r.attributions.size(), 2u);
  auto actor = [&](const Attribution& a) {
    return a.source_mention >= 0 ? r.mentions[size_t(a.source_mention)].actor.code : std::string();
  };
  EXPECT_EQ(actor(r.attributions[0]), "USAGOV");
  EXPECT_EQ(actor(r.attributions[1]), "CHNGOV");
}

TEST(AttributionRules, ADismissiveParticipleAfterAStatementIsADenialOfTheSameSpeaker) {
  // ", labeling such claims as unfounded": too far from the words that open cues for the tagger to score.
  const std::string text =
      "Beijing denied the reports about its arms exports to Moscow, labeling such claims as "
      "unfounded.";
  auto out =
      finish(text, {stated(text, "Beijing", "denied", "the reports about its arms exports to Moscow")});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(span_text(text, out[1].cue), "labeling");
  EXPECT_EQ(span_text(text, out[1].source), "Beijing");
  EXPECT_EQ(span_text(text, out[1].content), "such claims as unfounded");
  EXPECT_EQ(out[1].stance, Stance::deny);
  // Not without a word calling it untrue: ", labeling the exports as routine".
  const std::string routine =
      "Beijing denied the reports about its arms exports, labeling the trade as routine.";
  out = finish(routine, {stated(routine, "Beijing", "denied", "the reports about its arms exports")});
  EXPECT_EQ(out.size(), 1u);
}

TEST(AttributionRules, AParticipleAfterACommaIsNotPartOfTheSource) {
  // ", marking | Poland's first announcement": the participle is the clause's verb, the speaker Poland.
  const std::string text =
      "Trade resumed on Friday, marking Poland's first official announcement of new tariffs.";
  auto out =
      finish(text, {stated(text, "marking Poland's", "first official announcement of", "new tariffs")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].source), "Poland's");
  // An "-ing" adjective of the name stays ("visiting German minister").
  const std::string visit = "In Warsaw, visiting German minister Olaf Scholz said the talks would go on.";
  out =
      finish(visit, {stated(visit, "visiting German minister Olaf Scholz", "said", "the talks would go on")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(visit, out[0].source), "visiting German minister Olaf Scholz");
}

TEST(AttributionRules, AParticipleWithOnlyAShortObjectIsNoStatement) {
  // "While greeting | reporters": a verb and its object, no speaker found; it goes, and the indices of the
  // nesting after it follow.
  const std::string text =
      "While greeting reporters, the mayor said that engineers reported that the bridge would reopen.";
  auto out =
      finish(text, {stated(text, "", "greeting", "reporters"),
                    stated(text, "the mayor", "said", "that engineers reported that the bridge would reopen"),
                    stated(text, "engineers", "reported", "that the bridge would reopen")});
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(span_text(text, out[0].cue), "said");
  EXPECT_EQ(span_text(text, out[1].cue), "reported");
  EXPECT_EQ(out[1].nested_in, 0);
  // With a clause after it, a participle is a statement.
  const std::string clause = "The mayor left early, adding that the bridge would reopen.";
  out = finish(clause, {stated(clause, "", "adding", "that the bridge would reopen")});
  EXPECT_EQ(out.size(), 1u);
}

TEST(AttributionRules, ASourceBeforeAWeekday) {
  // "The ministry on Wednesday rejected ...": the subject before the weekday is the source.
  const std::string text = "The foreign ministry on Wednesday rejected a report that its staff had resigned.";
  auto out = finish(text, {stated(text, "", "rejected a report", "that its staff had resigned")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].source), "foreign ministry");
}

TEST(AttributionRules, ASourceIsOneSpan) {
  // Two parts only a comma apart are an apposition: one source.
  const std::string appo = "Dana Ruiz, the union's leader, said the strike would go on.";
  Attribution a = stated(appo, "Dana Ruiz", "said", "the strike would go on");
  a.source.spans.push_back(find(appo, "the union's leader"));
  auto out = finish(appo, {a});
  ASSERT_EQ(out.size(), 1u);
  ASSERT_EQ(out[0].source.spans.size(), 1u);
  // (with the comma before the cue: PolNeAR's sources keep it)
  EXPECT_EQ(span_text(appo, out[0].source), "Dana Ruiz, the union's leader,");
  // Parts far apart: the one next to the cue is the speaker.
  const std::string far = "The group also views the mayor and Bill Ortiz more favorably than last year.";
  a = stated(far, "The group", "also views", "the mayor and Bill Ortiz");
  a.source.spans.push_back(find(far, "Bill Ortiz"));
  out = finish(far, {a});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(far, out[0].source), "The group");
}

TEST(AttributionRules, AnAdjectiveIsNoCue) {
  // "investigating alleged abuses", "the reported deal": an "-ed" word after an "-ing" verb or a determiner.
  const std::string text = "Kenya is investigating alleged abuses, and the reported deal fell through.";
  auto out = finish(text, {stated(text, "Kenya", "alleged", "abuses"), stated(text, "", "reported", "deal")});
  EXPECT_TRUE(out.empty()) << out.size();
  // A verb stays: "Kenya alleged abuses".
  const std::string verb = "Kenya alleged abuses by the police.";
  out = finish(verb, {stated(verb, "Kenya", "alleged", "abuses by the police")});
  EXPECT_EQ(out.size(), 1u);
  // After a possessive ("Japan's alleged failure"), also when the cue took the possessive; not after a
  // pronoun, where 's is "has" ("who's called for").
  const std::string possessive =
      "They cited Japan's alleged failure. The minister's reported remarks angered him.";
  out = finish(possessive, {stated(possessive, "Japan", "alleged", "failure"),
                            stated(possessive, "The minister", "'s reported remarks angered", "him")});
  EXPECT_TRUE(out.empty()) << out.size();
  const std::string has = "It was Warren who's called for the change.";
  out = finish(has, {stated(has, "who", "'s called for", "the change")});
  EXPECT_EQ(out.size(), 1u);
  // After a preposition, with a lower-case noun after it ("compliance with established legal frameworks");
  // not before a clause or a name.
  const std::string prep = "They stressed compliance with established legal frameworks.";
  out = finish(prep, {stated(prep, "", "established", "legal frameworks")});
  EXPECT_TRUE(out.empty()) << out.size();
  const std::string clause = "It came with reported that the talks failed.";
  out = finish(clause, {stated(clause, "", "reported", "that the talks failed")});
  EXPECT_EQ(out.size(), 1u);
}

TEST(AttributionRules, ATimeAdverbOrAModalIsNotTheSpeaker) {
  const std::string text =
      "Putney later told reporters the video was unclear. Prime Minister Theresa May said the talks would go "
      "on. "
      "The rating, analysts said, will add depth to the market.";
  auto out = finish(text, {stated(text, "Putney later", "told", "reporters the video was unclear"),
                           stated(text, "Prime Minister Theresa May", "said", "the talks would go on"),
                           stated(text, "will", "add", "depth to the market")});
  std::vector<std::string> sources;
  for (const Attribution& a : out) sources.push_back(span_text(text, a.source));
  EXPECT_EQ(sources[0], "Putney");
  EXPECT_EQ(sources[1], "Prime Minister Theresa May");  // a name keeps its "May"
  for (const std::string& s : sources) EXPECT_NE(s, "will");
}

TEST(AttributionRules, ABeforeTheCueMakesItPassive) {
  // The rule alone: "was" between the source and the cue ("The minister was | once asked about ...").
  const std::string text = "The minister was once asked about the budget.";
  auto out = finish(text, {stated(text, "The minister", "once asked about", "the budget")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].source.empty()) << span_text(text, out[0].source);
}

TEST(AttributionRules, TheMediumOrTimeOfTheStatementIsNotItsContent) {
  // "attacked the mayor | in a series of late-night tweets": the phrase names the act, not what was said.
  const std::string text = "The senator attacked the mayor in a series of late-night tweets.";
  auto out =
      finish(text, {stated(text, "The senator", "attacked", "the mayor in a series of late-night tweets")});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(span_text(text, out[0].content), "the mayor");
  // After a verb of saying the content is a clause: the phrase is its own ("would continue through ...").
  const std::string said = "The clerk said a curfew would continue through the weekend.";
  out = finish(said, {stated(said, "The clerk", "said", "a curfew would continue through the weekend")});
  EXPECT_EQ(span_text(said, out[0].content), "a curfew would continue through the weekend");
  // A clause inside the content keeps its phrase.
  const std::string inner = "The union praised footage from when the mayor appeared on a morning show.";
  out = finish(inner, {stated(inner, "The union", "praised",
                              "footage from when the mayor appeared on a morning show")});
  EXPECT_EQ(span_text(inner, out[0].content), "footage from when the mayor appeared on a morning show");
}

TEST(AttributionModel, TrainerLearnsAFixtureItIsShown) {
  // Two own articles, each shown 3 times: the trainer must fit them (this fails if learning is broken).
  const std::string t1 = "Ann Lee said the plan is dead. The mayor denied the report on Friday.";
  const std::string t2 = "\"The bridge is safe,\" engineers told the council. Critics urged a new review.";
  auto gold = [](const std::string& text, const char* src, const char* cue, const char* con) {
    Attribution a;
    a.source = role({find(text, src)});
    a.cue = role({find(text, cue)});
    a.content = role({find(text, con)});
    return a;
  };
  std::vector<Record> recs{process(t1, false), process(t2, false)};
  std::vector<std::vector<Attribution>> golds{
      {gold(t1, "Ann Lee", "said", "the plan is dead"), gold(t1, "The mayor", "denied", "the report")},
      {gold(t2, "engineers", "told", "\"The bridge is safe,\""),
       gold(t2, "Critics", "urged", "a new review")}};
  std::vector<AttributionExample> train;
  for (int copy = 0; copy < 3; ++copy) {
    for (size_t k = 0; k < recs.size(); ++k) {
      const Record& r = recs[k];
      train.push_back(AttributionExample{
          AttributionInput{r.doc.text, r.tokens, r.sentences, r.paragraphs, r.mentions, false, {}, false},
          golds[k]});
    }
  }
  AttributionTrainOptions options;
  options.epochs = 5;
  auto model = train_attribution_model(train, {}, options, nullptr);
  ASSERT_TRUE(model.ok()) << model.error().to_string();
  AttributionScore score;
  AttributionScratch scratch;
  for (size_t k = 0; k < recs.size(); ++k) {
    std::vector<Attribution> out;
    model.value().find(train[k].input, scratch, out);
    score_attributions(recs[k].doc.text, golds[k], out, score);
  }
  EXPECT_DOUBLE_EQ(score.relation.f1(), 1.0);
  EXPECT_FALSE(train_attribution_model({}, {}, options, nullptr).ok());
}

TEST(AttributionRules, StanceFromCueAndContentStart) {
  EXPECT_EQ(cue_stance("said", "the plan is dead"), Stance::assert_);
  EXPECT_EQ(cue_stance("has consistently denied", "the allegations"), Stance::deny);
  EXPECT_EQ(cue_stance("rejected", "the allegations as baseless"), Stance::deny);
  EXPECT_EQ(cue_stance("rejected", "the offer"), Stance::reject);
  EXPECT_EQ(cue_stance("accused", "Moscow of training recruits"), Stance::accuse);
  EXPECT_EQ(cue_stance("called", "for international support"), Stance::appeal);
  EXPECT_EQ(cue_stance("called for", "international support"), Stance::appeal);
  EXPECT_EQ(cue_stance("urged", "all parties to talk"), Stance::appeal);
  EXPECT_EQ(cue_stance("has expressed concern about", "the soldiers"), Stance::concern);
  EXPECT_EQ(cue_stance("expressed its deep concern", "over the strikes"), Stance::concern);
  EXPECT_EQ(cue_stance("warned", "of more strikes"), Stance::concern);
  EXPECT_EQ(cue_stance("slammed", "the decision"), Stance::criticize);
  EXPECT_EQ(cue_stance("vowed", "to rebuild"), Stance::promise);
  EXPECT_EQ(cue_stance("asked", "whether the talks would resume"), Stance::question);
  EXPECT_EQ(cue_stance("asked", "the court to delay"), Stance::appeal);
  // A word longer than any pattern word matches none and takes no other word's place; the curly apostrophe
  // folds; words past the twelfth of the cue are not read.
  const std::string long_word(200, 'x');
  EXPECT_EQ(cue_stance(long_word + " denied", "it"), Stance::deny);
  EXPECT_EQ(cue_stance("expressed " + long_word + " concern", "over it"), Stance::concern);
  EXPECT_EQ(cue_stance("denied" + long_word, "it"), Stance::assert_);
  EXPECT_EQ(cue_stance("said", "isn\xE2\x80\x99t it"), Stance::assert_);
  EXPECT_EQ(cue_stance("a b c d e f g h i j k l denied", "it"), Stance::assert_);
  EXPECT_EQ(cue_stance("Denies", ""), Stance::deny);
}

TEST(AttributionRules, Negation) {
  EXPECT_TRUE(content_negated("that Chinese nationals are not fighting"));
  EXPECT_TRUE(content_negated("that the country neither instigates nor participates in the crisis"));
  EXPECT_TRUE(content_negated("it isn\xE2\x80\x99t true"));
  EXPECT_TRUE(content_negated("that he would never sign"));
  EXPECT_FALSE(content_negated("a notable knot of nothingness-free facts"));
  EXPECT_FALSE(content_negated("that the talks went well"));
}

}  // namespace
}  // namespace claimtrace
