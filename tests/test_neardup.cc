// Near-duplicate detection: MinHash + LSH + exact verification, compared with the exact all-pairs Jaccard
// reference on generated edits (insertions, deletions, substitutions, reordering, boilerplate).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "claimtrace/neardup.h"
#include "claimtrace/pipeline.h"
#include "dedup/neardup_gen.h"
#include "test_util.h"

using namespace claimtrace;
using namespace claimtrace::test_util;

namespace {

std::vector<uint32_t> shingles(std::string_view text, uint32_t k = 5) {
  std::vector<uint32_t> out;
  shingle_hashes(text, k, NearDupParams().seed(), out);
  return out;
}

NearDupParams params(double threshold, uint32_t bands = 20, uint32_t rows = 5) {
  NearDupOptions o;
  o.threshold = threshold;
  o.bands = bands;
  o.rows = rows;
  auto p = NearDupParams::create(o);
  EXPECT_TRUE(p.ok());
  return p.value();
}

// Texts of a generated corpus: originals and edited copies of them.
std::vector<std::string> corpus_texts(size_t n, uint64_t seed, double copy_fraction, double max_strength) {
  neardup_gen::CorpusSpec spec;
  spec.seed = seed;
  spec.copy_fraction = copy_fraction;
  spec.max_strength = max_strength;
  neardup_gen::Corpus corpus(spec);
  std::vector<std::string> texts;
  for (size_t i = 0; i < n; ++i) texts.push_back(corpus.text(i));
  return texts;
}

struct Agreement {
  size_t reference_pairs = 0;
  double recall = 0;     // reference pairs (exact J >= t) the index puts in one cluster
  double precision = 0;  // pairs the index puts in one cluster that the reference clustering also joins
};

// Clusters the texts with the index and compares them with the exact all-pairs reference.
Agreement compare_with_reference(const std::vector<std::string>& texts, const NearDupParams& p) {
  std::vector<std::string_view> views(texts.begin(), texts.end());
  NearDupIndex index(p);
  auto sketches = near_dup_sketches(views, p, 2);
  for (size_t i = 0; i < texts.size(); ++i) index.add(std::to_string(i), std::move(sketches[i]));

  std::vector<std::vector<uint32_t>> sets;
  for (const auto& t : texts) sets.push_back(shingles(t, p.shingle()));
  const auto ref = exact_pairs_all(sets, p.threshold());
  const auto ref_cluster = clusters_from_pairs(sets.size(), ref);

  Agreement a;
  a.reference_pairs = ref.size();
  size_t found = 0;
  for (auto [x, y] : ref) found += index.cluster(x) == index.cluster(y);
  a.recall = ref.empty() ? 1.0 : static_cast<double>(found) / static_cast<double>(ref.size());
  size_t together = 0, right = 0;
  for (uint32_t x = 0; x < texts.size(); ++x)
    for (uint32_t y = x + 1; y < texts.size(); ++y) {
      if (index.cluster(x) != index.cluster(y)) continue;
      ++together;
      right += ref_cluster[x] == ref_cluster[y];
    }
  a.precision = together ? static_cast<double>(right) / static_cast<double>(together) : 1.0;
  return a;
}

}  // namespace

TEST(NearDup, IdenticalTextsUpToCaseAndPunctuationHaveJaccardOne) {
  const std::string a = "The minister said on Tuesday that the new tariffs would take effect in March.";
  const std::string b = "the MINISTER said, on Tuesday, that the new tariffs would take effect in March!";
  EXPECT_EQ(shingles(a), shingles(b));
  EXPECT_EQ(shingles(a).size(), 10u);  // 14 words, 5-word shingles
  EXPECT_DOUBLE_EQ(jaccard(shingles(a), shingles(b)), 1.0);

  NearDupIndex index;
  auto first = index.add("a", a);
  auto second = index.add("b", b);
  EXPECT_EQ(first.duplicate_of, kNoDoc);
  EXPECT_EQ(first.cluster, 0u);
  EXPECT_EQ(second.duplicate_of, 0u);
  EXPECT_DOUBLE_EQ(second.similarity, 1.0);
  EXPECT_EQ(second.cluster, 0u);
  EXPECT_EQ(index.counters().near_duplicates, 1u);
}

TEST(NearDup, DisjointTextsHaveJaccardZeroAndStayApart) {
  const std::string a = "Farmers in the northern valley reported a late harvest after weeks of rain.";
  const std::string b =
      "A court in the capital postponed the hearing until the prosecutors filed more evidence.";
  EXPECT_DOUBLE_EQ(jaccard(shingles(a), shingles(b)), 0.0);
  NearDupIndex index;
  index.add("a", a);
  auto m = index.add("b", b);
  EXPECT_EQ(m.duplicate_of, kNoDoc);
  EXPECT_EQ(m.cluster, 1u);
  EXPECT_NE(index.cluster(0), index.cluster(1));
}

TEST(NearDup, ShortAndEmptyTexts) {
  EXPECT_EQ(shingles("two words").size(), 1u);  // fewer words than a shingle: one shingle of them all
  EXPECT_EQ(shingles("two words"), shingles("Two, words."));
  EXPECT_NE(shingles("two words"), shingles("words two"));
  EXPECT_TRUE(shingles("").empty());
  EXPECT_TRUE(shingles(" ,;. -- ").empty());
  EXPECT_DOUBLE_EQ(jaccard({}, {}), 0.0);
  NearDupIndex index;
  index.add("e1", "");
  auto m = index.add("e2", "...");
  EXPECT_EQ(m.duplicate_of, kNoDoc);  // no words: never anybody's near-duplicate
  EXPECT_EQ(index.cluster(1), 1u);
}

TEST(NearDup, JaccardCountsTheSetsExactly) {
  const std::vector<uint32_t> a{1, 2, 3, 4}, b{3, 4, 5, 6, 7, 8};
  EXPECT_DOUBLE_EQ(jaccard(a, b), 2.0 / 8.0);
  EXPECT_DOUBLE_EQ(jaccard(a, {}), 0.0);
  EXPECT_DOUBLE_EQ(jaccard(b, b), 1.0);
}

TEST(NearDup, TheThresholdDecides) {
  // b is a with a few words changed: its exact Jaccard j sits between 0.5 and 1.
  neardup_gen::Generator gen(7);
  const auto base = gen.article(1);
  neardup_gen::Rng r(3);
  const std::string a = gen.text(base), b = gen.text(gen.edit(base, 0.02, r));
  const double j = jaccard(shingles(a), shingles(b));
  ASSERT_GT(j, 0.5);
  ASSERT_LT(j, 1.0);
  {
    NearDupIndex index(params(j - 0.01));
    index.add("a", a);
    auto m = index.add("b", b);
    EXPECT_EQ(m.cluster, 0u) << j;
    EXPECT_NEAR(m.similarity, j, 1e-6);
  }
  {
    NearDupIndex index(params(std::min(1.0, j + 0.01)));
    index.add("a", a);
    auto m = index.add("b", b);
    EXPECT_EQ(m.cluster, 1u) << j;
    EXPECT_EQ(m.duplicate_of, kNoDoc);
  }
}

TEST(NearDup, ParametersAreValidated) {
  NearDupOptions o;
  EXPECT_TRUE(NearDupParams::create(o).ok());
  using Change = void (*)(NearDupOptions&);
  const std::vector<Change> changes = {
      [](NearDupOptions& x) { x.bands = 0; },       [](NearDupOptions& x) { x.rows = 0; },
      [](NearDupOptions& x) { x.shingle = 0; },     [](NearDupOptions& x) { x.threshold = 0; },
      [](NearDupOptions& x) { x.threshold = 1.5; }, [](NearDupOptions& x) { x.bands = 100, x.rows = 100; }};
  for (Change bad : changes) {
    NearDupOptions b;
    bad(b);
    auto p = NearDupParams::create(b);
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error().code, ErrorCode::usage);
  }
  // The default S-curve: steep below 0.8, so pairs at the threshold are nearly always candidates.
  NearDupParams d;
  EXPECT_EQ(d.num_hashes(), 100u);
  EXPECT_GT(d.candidate_probability(0.8), 0.999);
  EXPECT_LT(d.candidate_probability(0.3), 0.05);
  EXPECT_NEAR(d.s_curve_midpoint(), 0.549, 0.001);
}

TEST(NearDup, SketchesAreTheSameOnOneOrTwoThreads) {
  const auto texts = corpus_texts(64, 5, 0.5, 0.05);
  std::vector<std::string_view> views(texts.begin(), texts.end());
  NearDupParams p;
  auto one = near_dup_sketches(views, p, 1);
  auto two = near_dup_sketches(views, p, 2);
  ASSERT_EQ(one.size(), two.size());
  for (size_t i = 0; i < one.size(); ++i) {
    EXPECT_EQ(one[i].shingles, two[i].shingles);
    EXPECT_EQ(one[i].bands, two[i].bands);
    EXPECT_EQ(one[i].bands.size(), 20u);
  }
}

TEST(NearDup, InvertedReferenceEqualsAllPairs) {
  const auto texts = corpus_texts(300, 11, 0.5, 0.1);
  std::vector<std::vector<uint32_t>> sets;
  for (const auto& t : texts) sets.push_back(shingles(t));
  for (double t : {0.3, 0.5, 0.8, 0.95}) {
    auto all = exact_pairs_all(sets, t);
    EXPECT_EQ(exact_pairs_inverted(sets, t), all) << t;
    if (t == 0.8) {
      EXPECT_GT(all.size(), 20u);
    }
  }
}

TEST(NearDup, LshAgreesWithTheExactReferenceOnGeneratedEdits) {
  const auto texts = corpus_texts(400, 2026, 0.5, 0.05);
  for (double t : {0.7, 0.8, 0.9}) {
    Agreement a = compare_with_reference(texts, params(t));
    EXPECT_GE(a.reference_pairs, 10u) << t;  // the generated set holds near-duplicates at this threshold
    EXPECT_GE(a.recall, 0.9) << t;
    EXPECT_GE(a.precision, 0.9) << t;
  }
}

TEST(NearDup, CoarseBandingMissesPairsAndTheComparisonSeesIt) {
  // One band of 16 rows: a pair at J = 0.85 is a candidate with probability 0.85^16 ≈ 0.07.
  const auto texts = corpus_texts(400, 2026, 0.5, 0.05);
  Agreement a = compare_with_reference(texts, params(0.8, 1, 16));
  EXPECT_LT(a.recall, 0.9);
}

TEST(NearDup, KeepPairsAndCounters) {
  const auto texts = corpus_texts(200, 9, 0.5, 0.03);
  NearDupIndex index(NearDupParams(), true);
  for (size_t i = 0; i < texts.size(); ++i) index.add(std::to_string(i), texts[i]);
  const auto& c = index.counters();
  EXPECT_EQ(c.documents, 200u);
  EXPECT_EQ(index.pairs().size(), c.verified_pairs);
  EXPECT_GE(c.candidates, c.verified_pairs);
  for (const auto& [pair, j] : index.pairs()) {
    EXPECT_LT(pair.first, pair.second);
    EXPECT_GE(j, 0.8f);
    EXPECT_NEAR(j, jaccard(index.shingles(pair.first), index.shingles(pair.second)), 1e-6);
    EXPECT_EQ(index.cluster(pair.first), index.cluster(pair.second));
  }
  EXPECT_GT(index.memory_bytes(), 0u);
}

TEST(NearDupCli, PrintsIdTabClusterForEveryDocument) {
  TempDir t;
  neardup_gen::Generator gen(42);
  const auto base = gen.article(1), other = gen.article(2);
  neardup_gen::Rng r(1);
  write_file(t.file("in/a.txt"), gen.text(base));
  // A syndicated copy: the same article under a header line and a footer.
  write_file(t.file("in/b.txt"),
             "Syndicated by the wire service.\n\n" + gen.text(base) + "\n\nAll rights reserved.");
  write_file(t.file("in/c.txt"), gen.text(other));
  std::string edited = gen.text(gen.edit(base, 0.005, r)), escaped;
  for (char c : edited) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
  write_file(t.file("in/d.jsonl"), "{\"id\":\"d1\",\"text\":\"" + escaped + "\"}\n");
  auto res = run_cli("dedup " + t.file("in"));
  ASSERT_EQ(res.status, 0) << res.err;
  std::map<std::string, std::string> cluster;
  std::istringstream lines(res.out);
  std::string line;
  size_t n = 0;
  while (std::getline(lines, line)) {
    ++n;
    auto tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    EXPECT_EQ(line.find('\t', tab + 1), std::string::npos) << line;
    cluster[line.substr(0, tab)] = line.substr(tab + 1);
  }
  EXPECT_EQ(n, 4u);
  EXPECT_EQ(cluster["a"], "a");
  EXPECT_EQ(cluster["b"], "a");
  EXPECT_EQ(cluster["c"], "c");
  EXPECT_EQ(cluster["d1"], "a");
  EXPECT_NE(res.err.find("4 documents, 2 clusters, 3 documents in multi-document clusters"),
            std::string::npos)
      << res.err;
  EXPECT_NE(res.err.find("peak RSS"), std::string::npos) << res.err;

  // A strict threshold: the copy with boilerplate is no longer a near-duplicate.
  auto strict = run_cli("dedup --threshold 0.99 --quiet " + t.file("in"));
  ASSERT_EQ(strict.status, 0) << strict.err;
  EXPECT_NE(strict.out.find("b\tb\n"), std::string::npos) << strict.out;
  EXPECT_TRUE(strict.err.empty()) << strict.err;

  // stdin, and one article per line.
  auto one_line = [](std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    return s;
  };
  write_file(t.file("feed.txt"), one_line(gen.text(other)) + "\n" + one_line(gen.text(base)) + "\n" +
                                     one_line(gen.text(other)) + "\n");
  auto piped = run_cli("dedup --lines --quiet -", t.file("feed.txt"));
  ASSERT_EQ(piped.status, 0) << piped.err;
  std::istringstream pl(piped.out);
  std::vector<std::pair<std::string, std::string>> rows;
  while (std::getline(pl, line))
    rows.emplace_back(line.substr(0, line.find('\t')), line.substr(line.find('\t') + 1));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].second, rows[0].first);
  EXPECT_EQ(rows[1].second, rows[1].first);
  EXPECT_EQ(rows[2].second, rows[0].first);  // the repeated article joins the first one's cluster
}

TEST(NearDupCli, BadArgumentsAndRejects) {
  TempDir t;
  write_file(t.file("a.txt"), "Some words here.");
  auto bad = run_cli("dedup --threshold 1.5 " + t.file("a.txt"));
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.err.find("threshold must be in (0, 1]"), std::string::npos) << bad.err;
  auto bands = run_cli("dedup --bands 0 " + t.file("a.txt"));
  EXPECT_EQ(bands.status, 1);
  auto missing = run_cli("dedup " + t.file("a.txt") + " " + t.file("nope.txt"));
  EXPECT_EQ(missing.status, 3);
  EXPECT_NE(missing.err.find(t.file("nope.txt")), std::string::npos) << missing.err;
  EXPECT_EQ(missing.out, "a\ta\n");
}

TEST(NearDupCli, IngestStoresStoryClusters) {
  TempDir t;
  neardup_gen::Generator gen(43);
  const auto base = gen.article(5);
  write_file(t.file("in/a.txt"), gen.text(base));
  write_file(t.file("in/b.txt"), "Reprinted with permission.\n\n" + gen.text(base) + "\n\nSubscribe now.");
  write_file(t.file("in/c.txt"), gen.text(gen.article(6)));
  const std::string db = t.file("c.db");
  auto r = run_cli("ingest --threads 2 " + t.file("in") + " --db " + db);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("near_duplicates 1"), std::string::npos) << r.err;
  auto s = run_cli("stats --db " + db);
  ASSERT_EQ(s.status, 0) << s.err;
  EXPECT_NE(s.out.find("stories        1 clusters of near-duplicates (2 documents)"), std::string::npos)
      << s.out;

  const std::string db2 = t.file("d.db");
  auto off = run_cli("ingest --no-near-dups " + t.file("in") + " --db " + db2);
  ASSERT_EQ(off.status, 0) << off.err;
  EXPECT_EQ(off.err.find("near_duplicates"), std::string::npos) << off.err;
  auto s2 = run_cli("stats --db " + db2);
  EXPECT_NE(s2.out.find("stories        0 clusters"), std::string::npos) << s2.out;
}

TEST(NearDupCli, LaterIngestClustersWithStoredDocuments) {
  TempDir t;
  neardup_gen::Generator gen(47);
  const auto base = gen.article(5);
  write_file(t.file("first/a.txt"), gen.text(base));
  write_file(t.file("later/b.txt"), "Reprinted with permission.\n\n" + gen.text(base) + "\n\nSubscribe now.");
  const std::string db = t.file("c.db");
  auto r1 = run_cli("ingest " + t.file("first") + " --db " + db);
  ASSERT_EQ(r1.status, 0) << r1.err;
  auto r2 = run_cli("ingest " + t.file("later") + " --db " + db);
  ASSERT_EQ(r2.status, 0) << r2.err;
  EXPECT_NE(r2.err.find("1 stored documents indexed"), std::string::npos) << r2.err;
  EXPECT_NE(r2.err.find("near_duplicates 1"), std::string::npos) << r2.err;
  auto s = run_cli("stats --db " + db);
  EXPECT_NE(s.out.find("stories        1 clusters of near-duplicates (2 documents)"), std::string::npos)
      << s.out;
}

TEST(NearDupRunner, SignaturesOnTheWorkersGiveTheSameClustersAsOneThread) {
  // The runner computes signatures on its workers and adds stored documents in input order: the clusters
  // are those of a plain sequential index over the same texts, whatever the threads.
  TempDir t;
  const auto texts = corpus_texts(120, 77, 0.5, 0.03);
  std::string lines;
  for (size_t i = 0; i < texts.size(); ++i) {
    std::string escaped;
    for (char c : texts[i]) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
    lines += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"" + escaped + "\"}\n";
  }
  write_file(t.file("c.jsonl"), lines);
  struct Stored : Sink {
    Result<WriteOutcome> write(const Record&, std::string_view) override { return WriteOutcome::stored; }
  } sink;
  PipelineOptions po;
  po.actors = po.attributions = po.quantities = po.events = false;
  Pipeline pipeline(po);
  NearDupIndex sequential;
  uint64_t expected_near = 0;
  for (size_t i = 0; i < texts.size(); ++i)
    expected_near += sequential.add("d" + std::to_string(i), texts[i]).duplicate_of != kNoDoc;
  ASSERT_GT(expected_near, 10u);
  for (unsigned threads : {1u, 2u, 3u}) {
    DocumentReader reader({t.file("c.jsonl")}, ReadOptions{});
    NearDupIndex index;
    RunOptions o;
    o.threads = threads;
    o.batch_docs = 5;
    o.progress = false;
    o.near_dups = &index;
    RunStats s = run(reader, pipeline, &sink, o, nullptr);
    EXPECT_EQ(s.near_duplicates, expected_near) << threads;
    ASSERT_EQ(index.size(), texts.size());
    for (uint32_t d = 0; d < index.size(); ++d) {
      EXPECT_EQ(index.id(d), sequential.id(d));
      EXPECT_EQ(index.cluster(d), sequential.cluster(d)) << d;
    }
  }
}
