// Golden files: every input under tests/golden/inputs/ is read and processed; its records must equal
// tests/golden/expected/<input name>.jsonl. Regenerate after an intended change with
//   UPDATE_GOLDEN=1 ./build/tests/claimtrace_tests --gtest_filter='Golden*'
// and review the diff before committing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "claimtrace/pipeline.h"
#include "test_util.h"

using namespace claimtrace;
namespace fs = std::filesystem;

namespace {

std::string role_text(const std::string& text, const RoleSpans& r) {
  std::string out;
  for (const Span& s : r.spans) out += (out.empty() ? "" : " | ") + text.substr(s.begin, s.end - s.begin);
  return out;
}

std::string records_for(const std::string& path, std::string& human) {
  DocumentReader reader({path}, ReadOptions{});
  Pipeline pipeline;
  Scratch scratch;
  std::vector<Document> docs;
  std::vector<Reject> rejects;
  std::string out;
  while (reader.next_batch(docs, rejects, 64, 1 << 20)) {
  }
  for (const auto& r : rejects) out += "REJECT " + std::string(error_code_name(r.code)) + "\n";
  for (auto& d : docs) {
    d.origin = fs::path(d.origin).filename().string();  // no machine-specific paths in golden files
    Record rec;
    pipeline.process(std::move(d), scratch, rec);
    std::string json;
    write_record_json(rec, JsonOptions{false, false}, json);
    out += json + "\n";
    for (const auto& s : rec.sentences) {
      human +=
          "[" + std::to_string(s.paragraph) + "] " + rec.doc.text.substr(s.begin, s.end - s.begin) + "\n";
    }
    for (const auto& m : rec.mentions) {
      human += "  mention " + rec.doc.text.substr(m.begin, m.end - m.begin) + " = " + m.type + " " +
               (m.resolved ? m.actor.code : "?") + " (" + mention_source_name(m.source) + ")\n";
    }
    for (size_t k = 0; k < rec.attributions.size(); ++k) {
      const Attribution& a = rec.attributions[k];
      human += "  attribution " + std::to_string(k) + ": [" + role_text(rec.doc.text, a.source) + "] " +
               stance_name(a.stance) + " via [" + role_text(rec.doc.text, a.cue) + "] [" +
               role_text(rec.doc.text, a.content) + "]" + (a.direct ? " direct" : "") +
               (a.negated ? " negated" : "") +
               (a.nested_in >= 0 ? " nested_in=" + std::to_string(a.nested_in) : std::string()) + "\n";
    }
  }
  return out;
}

// The seed article through the default pipeline.
Record process_seed(const std::string& text) {
  Pipeline pipeline;
  Scratch scratch;
  Record rec;
  Document d;
  d.id = "seed";
  d.text = text;
  pipeline.process(std::move(d), scratch, rec);
  return rec;
}

}  // namespace

TEST(Golden, EveryInputMatchesItsExpectedRecords) {
  const fs::path inputs = test_util::source_path("tests/golden/inputs");
  const fs::path expected_dir = test_util::source_path("tests/golden/expected");
  const bool update = std::getenv("UPDATE_GOLDEN") != nullptr;
  int checked = 0;
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(inputs)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& in : files) {
    std::string human;
    std::string got = records_for(in.string(), human);
    fs::path want_path = expected_dir / (in.filename().string() + ".jsonl");
    if (update) {
      test_util::write_file(want_path.string(), got);
      test_util::write_file((expected_dir / (in.filename().string() + ".review.txt")).string(), human);
      continue;
    }
    ASSERT_TRUE(fs::exists(want_path)) << "no expected file for " << in << " (run with UPDATE_GOLDEN=1)";
    std::string want = test_util::read_file(want_path.string());
    if (got != want) {
      size_t at = 0;
      while (at < got.size() && at < want.size() && got[at] == want[at]) ++at;
      size_t from = at > 80 ? at - 80 : 0;
      ADD_FAILURE() << in.filename() << " differs from " << want_path.filename() << " at byte " << at
                    << "\n  want: ..." << want.substr(from, 160) << "\n  got:  ..." << got.substr(from, 160)
                    << "\nsentences now:\n"
                    << human;
    }
    ++checked;
  }
  if (!update) {
    EXPECT_GE(checked, 3);
  }
}

TEST(Golden, SeedArticleShape) {
  // The facts the foundation promises about the seed article, independent of the golden bytes.
  std::string text =
      test_util::read_file(test_util::source_path("tests/golden/inputs/article-chinese-nationals.txt"));
  ASSERT_EQ(text, test_util::read_file(test_util::source_path("examples/article-chinese-nationals.txt")));
  Record rec = process_seed(text);
  ASSERT_EQ(rec.paragraphs.size(), 9u);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(rec.paragraphs[i].duplicate_of, -1);
  }
  for (int i = 5; i < 9; ++i) {
    EXPECT_EQ(rec.paragraphs[i].duplicate_of, i - 4);
  }
  // Every sentence lies inside its paragraph; sentences are ordered and disjoint.
  for (size_t i = 0; i < rec.sentences.size(); ++i) {
    const auto& s = rec.sentences[i];
    const auto& p = rec.paragraphs[s.paragraph];
    EXPECT_GE(s.begin, p.begin);
    EXPECT_LE(s.end, p.end);
    if (i) {
      EXPECT_GE(s.begin, rec.sentences[i - 1].end);
    }
  }
  // "the U.S. government has expressed concern" stays inside one sentence.
  size_t us = text.find("the U.S. government");
  bool inside = false;
  for (const auto& s : rec.sentences) inside |= (s.begin <= us && s.end > us + 20);
  EXPECT_TRUE(inside);
}

TEST(Golden, SeedArticleStatements) {
  // The statements of the seed article the issue names, with their stances, independent of the golden bytes.
  std::string text = test_util::read_file(test_util::source_path("examples/article-chinese-nationals.txt"));
  Record rec = process_seed(text);
  // The attribution whose cue contains `cue` (and whose source contains `source`, when given).
  auto find = [&](std::string_view cue, std::string_view source = {}) -> const Attribution* {
    for (const Attribution& a : rec.attributions) {
      if (role_text(text, a.cue).find(cue) == std::string::npos) continue;
      if (!source.empty() && role_text(text, a.source).find(source) == std::string::npos) continue;
      return &a;
    }
    return nullptr;
  };
  auto actor = [&](const Attribution* a) -> std::string {
    int32_t m = a ? a->source_mention : -1;
    while (m >= 0 && !rec.mentions[size_t(m)].resolved) m = rec.mentions[size_t(m)].ref;
    return m >= 0 ? rec.mentions[size_t(m)].actor.code : "(none)";
  };
  // Zelensky's claim: the statement whose content is "that at least 155 Chinese nationals are fighting ...",
  // whatever the cue's bounds ("claim stating", "stating", "put forth a controversial claim stating").
  const Attribution* claim = nullptr;
  for (const Attribution& a : rec.attributions)
    if (!claim && role_text(text, a.content).find("at least 155 Chinese nationals") != std::string::npos)
      claim = &a;
  ASSERT_NE(claim, nullptr);
  EXPECT_EQ(claim->stance, Stance::assert_);
  EXPECT_EQ(actor(claim), "UKRGOV");
  EXPECT_LT(claim->cue.spans.front().begin, text.find("that at least 155"));

  const Attribution* urged = find("urged");
  ASSERT_NE(urged, nullptr);
  EXPECT_EQ(urged->stance, Stance::appeal);
  EXPECT_EQ(actor(urged), "CHNGOV");

  const Attribution* reiterated = find("reiterated", "Lin Jian");
  ASSERT_NE(reiterated, nullptr);
  EXPECT_EQ(actor(reiterated), "CHNGOV");
  const Attribution* remarked = find("remarked");
  ASSERT_NE(remarked, nullptr);
  EXPECT_EQ(actor(remarked), "CHNGOV");

  const Attribution* denied = find("denied", "Beijing");
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(denied->stance, Stance::deny);
  EXPECT_EQ(actor(denied), "CHNGOV");

  const Attribution* accused = find("accused", "Zelensky");
  ASSERT_NE(accused, nullptr);
  EXPECT_EQ(accused->stance, Stance::accuse);
  EXPECT_NE(role_text(text, accused->content).find("Moscow"), std::string::npos);

  const Attribution* called = find("called", "Zelensky");
  ASSERT_NE(called, nullptr);
  EXPECT_EQ(called->stance, Stance::appeal);
  EXPECT_NE(role_text(text, called->content).find("international support"), std::string::npos);

  const Attribution* concern = find("concern");
  ASSERT_NE(concern, nullptr);
  EXPECT_EQ(concern->stance, Stance::concern);
  EXPECT_EQ(actor(concern), "USAGOV");

  // "neither instigates nor participates": negated.
  bool negated = false;
  for (const Attribution& a : rec.attributions)
    if (role_text(text, a.content).find("neither instigates") != std::string::npos) negated = a.negated;
  EXPECT_TRUE(negated);

  // "Zelensky mentioned that intelligence reports indicate ...": two relations, the second inside the first.
  const Attribution* indicate = find("indicate", "intelligence reports");
  const Attribution* mentioned = find("mentioned", "Zelensky");
  ASSERT_NE(indicate, nullptr);
  ASSERT_NE(mentioned, nullptr);
  ASSERT_GE(indicate->nested_in, 0);
  EXPECT_EQ(&rec.attributions[size_t(indicate->nested_in)], mentioned);

  // Nothing from the repeated paragraphs 6-9.
  for (const Attribution& a : rec.attributions) {
    for (const Span& s : a.cue.spans) EXPECT_LT(s.begin, rec.paragraphs[5].begin) << "a cue in a duplicate";
  }
}

TEST(Golden, SeedArticleEventsAndQuantities) {
  // The events and figures the issue names for the seed article, independent of the golden bytes.
  std::string text = test_util::read_file(test_util::source_path("examples/article-chinese-nationals.txt"));
  Record rec = process_seed(text);
  auto has = [&](std::string_view type, std::string_view src_country, std::string_view tgt_country) {
    for (const Event& e : rec.events)
      if (e.type == type && e.source.country == src_country && e.target.country == tgt_country) return true;
    return false;
  };
  EXPECT_TRUE(has("DISAPPROVE", "UKR", "RUS"));  // Zelensky accused Moscow
  EXPECT_TRUE(has("DISAPPROVE", "USA", "CHN"));  // the U.S. government has expressed concern
  EXPECT_TRUE(has("COERCE", "UKR", "CHN"));      // Ukraine's capture of two Chinese fighters
  EXPECT_TRUE(has("MOBILIZE", "RUS", "CHN"));    // Russian forces are recruiting Chinese nationals
  bool denial = false;
  for (const Event& e : rec.events) denial |= e.type == "REJECT" && e.source.code == "CHNGOV";
  EXPECT_TRUE(denial);  // Beijing has consistently denied
  for (const Event& e : rec.events)
    EXPECT_LT(e.trigger.begin, rec.paragraphs[5].begin) << "an event in a duplicate";

  // "at least 155 Chinese nationals", claimed by Zelensky; "two Chinese fighters".
  const Quantity* q155 = nullptr;
  size_t two = 0;
  for (const Quantity& q : rec.quantities) {
    if (q.value == 155) q155 = &q;
    if (q.value == 2 && text.substr(q.unit.begin, q.unit.end - q.unit.begin) == "Chinese fighters") ++two;
  }
  ASSERT_NE(q155, nullptr);
  EXPECT_EQ(q155->qualifier, Qualifier::at_least);
  EXPECT_EQ(text.substr(q155->unit.begin, q155->unit.end - q155->unit.begin), "Chinese nationals");
  ASSERT_GE(q155->mention, 0);
  EXPECT_EQ(rec.mentions[size_t(q155->mention)].actor.code, "CHN");
  ASSERT_GE(q155->statement, 0);
  const Attribution& claim = rec.attributions[size_t(q155->statement)];
  ASSERT_GE(claim.source_mention, 0) << "the figure's statement has no source actor";
  EXPECT_EQ(rec.mentions[size_t(claim.source_mention)].actor.code, "UKRGOV");
  EXPECT_GE(two, 1u);
}

TEST(Golden, SeedArticleActors) {
  // The actors the seed article must resolve, independent of the golden bytes.
  std::string text = test_util::read_file(test_util::source_path("examples/article-chinese-nationals.txt"));
  Record rec = process_seed(text);
  auto code_of = [&](std::string_view phrase) -> std::string {
    for (const auto& m : rec.mentions) {
      if (text.substr(m.begin, m.end - m.begin) == phrase) return m.resolved ? m.actor.code : "?";
    }
    return "(none)";
  };
  EXPECT_EQ(code_of("Zelensky"), "UKRGOV");
  EXPECT_EQ(code_of("Lin Jian"), "CHNGOV");
  EXPECT_EQ(code_of("Chinese government spokesperson"), "CHNGOV");
  EXPECT_EQ(code_of("Foreign ministry spokesperson"), "CHNGOV");
  EXPECT_EQ(code_of("Beijing"), "CHNGOV");
  EXPECT_EQ(code_of("Moscow"), "RUSGOV");
  EXPECT_EQ(code_of("Russian forces"), "RUSMIL");
  EXPECT_EQ(code_of("Chinese nationals"), "CHN");
  EXPECT_EQ(code_of("Chinese citizens"), "CHN");
  EXPECT_EQ(code_of("Chinese fighters"), "CHN");
  EXPECT_EQ(code_of("U.S. government"), "USAGOV");
  EXPECT_EQ(code_of("North Korean soldiers"), "PRKMIL");
  EXPECT_EQ(code_of("Donetsk region"), "UKR");
  for (const auto& m : rec.mentions) {
    EXPECT_LT(rec.paragraphs[rec.sentences[m.sentence].paragraph].duplicate_of, 0)
        << "mention in a duplicate";
  }
}
