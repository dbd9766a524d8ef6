// The attribution taggers' run-time score tables (ScoreTable: rows less the O label, the role tagger's cue
// label silent, sparse tables found by rank) against the obvious reference: every label of the file form's
// rows summed, then decoded. On random taggers and random feature sets the compiled scores must equal the
// reference less the base label's score, and Viterbi must pick the same path. The role tagger's templates
// read in three parts (rows read ahead of time per argument value and per cue window, the rest looked up)
// against role_features, every template looked up, on real text. Also content_negated against a plain
// word-by-word reference, and the one-lookup reporting-verb tests against visiting every stem.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "attribution/features.h"
#include "claimtrace/attribution.h"
#include "pipeline_util.h"
#include "test_util.h"

namespace claimtrace::attribution_detail {
namespace {

// A random file-form tagger: `kept` rows of 2^bits, weights in [-limit, limit].
PackedTagger random_tagger(std::mt19937_64& rng, uint32_t labels, uint32_t bits, size_t kept, int limit) {
  PackedTagger t;
  t.labels = labels;
  t.bits = bits;
  t.scale = 1000.0f;
  t.transitions.resize(size_t(labels + 1) * labels);
  std::uniform_real_distribution<float> tr(-2.0f, 2.0f);
  for (float& v : t.transitions) v = tr(rng);
  std::vector<uint32_t> rows(size_t(1) << bits);
  for (uint32_t r = 0; r < rows.size(); ++r) rows[r] = r;
  std::shuffle(rows.begin(), rows.end(), rng);
  rows.resize(kept);
  std::sort(rows.begin(), rows.end());
  std::uniform_int_distribution<int> w(-limit, limit);
  for (uint32_t r : rows) {
    t.rows.push_back(r);
    for (uint32_t l = 0; l < labels; ++l) t.values.push_back(int16_t(w(rng)));
  }
  return t;
}

// The reference: per position, every label's weight summed over the features (a row not kept weighs 0).
std::vector<int64_t> reference_sums(const PackedTagger& t, const std::vector<uint64_t>& feats,
                                    const std::vector<uint8_t>& counts) {
  std::vector<int64_t> sums(counts.size() * t.labels, 0);
  for (size_t k = 0; k < counts.size(); ++k)
    for (size_t c = 0; c < counts[k]; ++c) {
      const size_t b = t.bucket(feats[k * kMaxFeatures + c]);
      auto it = std::lower_bound(t.rows.begin(), t.rows.end(), uint32_t(b));
      if (it == t.rows.end() || *it != b) continue;
      const size_t r = size_t(it - t.rows.begin());
      for (uint32_t l = 0; l < t.labels; ++l) sums[k * t.labels + l] += t.values[r * t.labels + l];
    }
  return sums;
}

struct Case {
  uint32_t labels, base, silent, bits;
  size_t kept;
  int limit;
  bool narrow = false;
};

void check(const Case& cs, uint64_t seed) {
  std::mt19937_64 rng(seed);
  const PackedTagger t = random_tagger(rng, cs.labels, cs.bits, cs.kept, cs.limit);
  const ScoreTable s = compile(t, cs.base, cs.silent, cs.narrow);
  EXPECT_EQ(s.narrow, cs.narrow);
  const bool exact = 2 * cs.limit <= 32767 && !cs.narrow;  // no halving of the differences, 16 bits
  const size_t n = 60;
  std::vector<uint64_t> feats(n * kMaxFeatures);
  std::vector<uint8_t> counts(n);
  std::uniform_int_distribution<int> count(0, 30);
  for (size_t k = 0; k < n; ++k) {
    counts[k] = uint8_t(count(rng));
    for (size_t c = 0; c < counts[k]; ++c) feats[k * kMaxFeatures + c] = rng();
  }
  std::vector<float> got(n * cs.labels);
  score_batch(s, feats.data(), counts.data(), n, got.data());
  // Every instruction set the scorer is compiled for that this CPU has gives the same scores.
  for (ScoreIsa isa : {ScoreIsa::portable, ScoreIsa::popcnt, ScoreIsa::v3}) {
    if (!score_isa_supported(isa)) continue;
    std::vector<float> same(n * cs.labels);
    score_batch(isa, s, feats.data(), counts.data(), n, same.data());
    EXPECT_EQ(same, got) << "instruction set " << int(isa) << ", seed " << seed;
  }
  const std::vector<int64_t> sums = reference_sums(t, feats, counts);
  // Scores: the reference less the base label's, silent labels 0.
  std::vector<float> want(n * cs.labels);
  for (size_t k = 0; k < n; ++k)
    for (uint32_t l = 0; l < cs.labels; ++l) {
      const bool zero = l == cs.base || (cs.silent >> l & 1);
      const int64_t d = zero ? 0 : sums[k * cs.labels + l] - sums[k * cs.labels + cs.base];
      want[k * cs.labels + l] = float(d) / t.scale;
      // Halved differences are off by at most half a quantum per feature; 8-bit ones by half of the largest
      // difference (at most 2 * limit) over 127.
      const float quantum = cs.narrow ? float(2 * cs.limit) / 127.0f : 2.0f;
      const float tolerance = exact ? 1e-3f : (float(counts[k]) + 1.0f) * (quantum / 2.0f) / t.scale;
      EXPECT_NEAR(got[k * cs.labels + l], want[k * cs.labels + l], tolerance)
          << "seed " << seed << " position " << k << " label " << l;
    }
  if (!exact) return;
  // Paths: decoding the reference's full scores and the compiled ones gives the same labels. Silent labels
  // are allowed only alone at a position (as the role tagger's cue label), the others at random.
  std::vector<float> full(n * cs.labels);
  for (size_t k = 0; k < full.size(); ++k) full[k] = float(sums[k]) / t.scale;
  std::vector<uint8_t> allowed(n * cs.labels, 0);
  std::bernoulli_distribution coin(0.7), alone(0.1);
  for (size_t k = 0; k < n; ++k) {
    uint32_t silent_label = UINT32_MAX;
    for (uint32_t l = 0; l < cs.labels; ++l)
      if (cs.silent >> l & 1) silent_label = l;
    if (silent_label != UINT32_MAX && alone(rng)) {
      allowed[k * cs.labels + silent_label] = 1;
      continue;
    }
    allowed[k * cs.labels + cs.base] = 1;
    for (uint32_t l = 0; l < cs.labels; ++l)
      if (!(cs.silent >> l & 1) && coin(rng)) allowed[k * cs.labels + l] = 1;
  }
  auto any = [](int, int) { return true; };
  std::vector<float> work;
  std::vector<uint8_t> path_ref, path_got;
  viterbi(cs.labels, t.transitions, full, n, allowed, any, work, path_ref);
  viterbi(cs.labels, t.transitions, got, n, allowed, any, work, path_got);
  EXPECT_EQ(path_ref, path_got) << "seed " << seed;
}

TEST(ScoreTable, DenseCueTaggerMatchesReference) {
  // 3 labels, half the rows kept: a dense table of 2 columns.
  for (uint64_t seed = 1; seed <= 20; ++seed) check(Case{kCueLabels, kCueO, 0, 10, 512, 9000}, seed);
}

TEST(ScoreTable, SparseRoleTaggerMatchesReference) {
  // 6 labels, the cue label silent, 7% of the rows kept: found by rank.
  for (uint64_t seed = 1; seed <= 20; ++seed)
    check(Case{kRoleLabels, kRoleO, 1u << kRoleCue, 12, 280, 9000}, seed);
}

TEST(ScoreTable, WideWeightsAreHalvedWithinHalfAQuantum) {
  // Differences of weights near ±32767 need 17 bits: the table halves them.
  for (uint64_t seed = 1; seed <= 5; ++seed) check(Case{kCueLabels, kCueO, 0, 10, 512, 32767}, seed);
  for (uint64_t seed = 1; seed <= 5; ++seed)
    check(Case{kRoleLabels, kRoleO, 1u << kRoleCue, 12, 280, 32767}, seed);
}

TEST(ScoreTable, NarrowTablesAreWithinHalfAnEightBitQuantum) {
  // The cue tagger's run-time table: 8-bit rows scaled to the largest difference.
  for (uint64_t seed = 1; seed <= 10; ++seed) check(Case{kCueLabels, kCueO, 0, 10, 512, 9000, true}, seed);
  for (uint64_t seed = 1; seed <= 5; ++seed) check(Case{kCueLabels, kCueO, 0, 10, 512, 32767, true}, seed);
  // Sparse tables may be narrow too.
  for (uint64_t seed = 1; seed <= 10; ++seed)
    check(Case{kRoleLabels, kRoleO, 1u << kRoleCue, 12, 280, 9000, true}, seed);
}

TEST(ScoreTable, KindChosenByOccupancy) {
  std::mt19937_64 rng(7);
  EXPECT_FALSE(compile(random_tagger(rng, kCueLabels, 10, 512, 100), kCueO, 0).sparse);
  EXPECT_TRUE(compile(random_tagger(rng, kRoleLabels, 12, 280, 100), kRoleO, 1u << kRoleCue).sparse);
  EXPECT_EQ(compile(random_tagger(rng, kCueLabels, 10, 512, 100), kCueO, 0).cols, 2u);
  EXPECT_EQ(compile(random_tagger(rng, kRoleLabels, 12, 280, 100), kRoleO, 1u << kRoleCue).cols, 4u);
}

// Every token of every sentence read as a one-token cue, and every cue the model finds: the role tagger's
// emissions through the split templates (role_emissions) equal, to the bit, those of role_features' keys all
// looked up.
void check_role_split(const ModelData& model, const std::string& text, const char* what) {
  const Record r = test_util::process_text(text);
  const AttributionInput in{r.doc.text, r.tokens, r.sentences, r.paragraphs, r.mentions, false, {}, false};
  Scratch sc;
  sc.doc.build(in);
  const Doc& doc = sc.doc;
  std::vector<std::pair<uint32_t, uint32_t>> cues;
  for (const Doc::Sent& s : doc.sentences)
    for (uint32_t i = s.first; i < s.end; ++i) cues.emplace_back(i, i + 1);
  for (const Attribution& a : r.attributions) {
    const Span c = a.cue.spans.front();
    uint32_t first = 0;
    while (first < r.tokens.size() && r.tokens[first].begin < c.begin) ++first;
    uint32_t end = first;
    while (end < r.tokens.size() && r.tokens[end].end <= c.end) ++end;
    if (end > first && doc.sentence[first] >= 0 && doc.sentence[first] == doc.sentence[end - 1])
      cues.emplace_back(first, end);
  }
  ASSERT_GT(cues.size(), 20u) << what;
  size_t windows = 0;
  for (auto [a, b] : cues) {
    const CueWindow w = cue_window(doc, a, b);
    role_emissions(model, doc, w, sc, /*reference=*/true);
    const std::vector<float> want = sc.emissions;
    const std::vector<uint8_t> allowed = sc.allowed;
    role_emissions(model, doc, w, sc);
    ASSERT_EQ(sc.emissions, want) << what << ": the cue at tokens " << a << "-" << b;
    ASSERT_EQ(sc.allowed, allowed) << what;
    ++windows;
  }
  EXPECT_EQ(windows, cues.size());
}

std::string role_split_text() {
  // The seed article, and a text of quotations over several sentences and paragraphs, colons and commas
  // between speaker and cue, mentions of every kind.
  return test_util::read_file(test_util::source_path("tests/golden/inputs/article-chinese-nationals.txt")) +
         "\n\n\u201cWe will not accept this,\u201d the minister said. \u201cNobody in Kyiv or Moscow "
         "believes it. "
         "Not one of them.\u201d\n\nShe added: the talks, which began in Geneva on Monday, would go on.\n\n"
         "\"It is over,\" said Anna Petrova, a spokeswoman for the United Nations, adding that he had left."
         " According to officials in Washington, the plan, \"as it stands,\" has failed.";
}

TEST(RoleSplit, EqualsEveryTemplateLookedUpWithTheBuiltInModel) {
  check_role_split(AttributionModel::builtin().data(), role_split_text(), "built-in model");
}

TEST(RoleSplit, EqualsEveryTemplateLookedUpWithRandomTables) {
  // Random role taggers whose table is sparse (found by rank) or dense, 16-bit or 8-bit.
  for (uint64_t seed = 1; seed <= 3; ++seed) {
    std::mt19937_64 rng(seed);
    for (size_t kept : {size_t(700), size_t(3000)}) {
      for (bool narrow : {false, true}) {
        ModelData model = AttributionModel::builtin().data();
        model.role = random_tagger(rng, kRoleLabels, 12, kept, 9000);
        model.compile();
        model.role_scores = compile(model.role, kRoleO, 1u << kRoleCue, narrow);
        model.compile_direct();
        EXPECT_EQ(model.role_scores.sparse, kept == 700);
        check_role_split(model, role_split_text(), "random model");
      }
    }
  }
}

// content_negated skips most words without reading them; the reference reads every word.
bool negated_reference(std::string_view s) {
  static const std::vector<std::string> kNeg = {"not",  "n't",    "never",   "neither", "nor",    "no",
                                                "none", "nobody", "nothing", "cannot",  "nowhere"};
  std::string w;
  auto done = [&] {
    bool hit = (w.size() >= 3 && w.ends_with("n't")) || std::find(kNeg.begin(), kNeg.end(), w) != kNeg.end();
    w.clear();
    return hit;
  };
  for (size_t k = 0; k < s.size(); ++k) {
    const unsigned char c = static_cast<unsigned char>(s[k]);
    if (c == 0xE2 && k + 2 < s.size() && static_cast<unsigned char>(s[k + 1]) == 0x80 &&
        static_cast<unsigned char>(s[k + 2]) == 0x99) {
      w.push_back('\'');
      k += 2;
    } else if ((c >= 'a' && c <= 'z') || c == '\'') {
      w.push_back(char(c));
    } else if (c >= 'A' && c <= 'Z') {
      w.push_back(char(c + 32));
    } else if (!w.empty() && done()) {
      return true;
    }
  }
  return !w.empty() && done();
}

// The textbook Viterbi: keeps each position's best previous label (the first of equal ones) and follows them
// back from the best last label (the first of equal ones).
std::vector<uint8_t> reference_viterbi(uint32_t L, const std::vector<float>& transitions,
                                       const std::vector<float>& em, size_t n,
                                       const std::vector<uint8_t>& allowed, bool (*ok)(int, int)) {
  constexpr float kNeg = -std::numeric_limits<float>::infinity();
  auto tr = [&](int p, uint32_t l) { return ok(p, int(l)) ? transitions[size_t(p + 1) * L + l] : kNeg; };
  std::vector<float> score(n * L);
  std::vector<uint8_t> back(n * L, 0), path(n);
  for (uint32_t l = 0; l < L; ++l) score[l] = allowed[l] ? tr(-1, l) + em[l] : kNeg;
  for (size_t t = 1; t < n; ++t)
    for (uint32_t l = 0; l < L; ++l) {
      float best = kNeg;
      for (uint32_t p = 0; p < L; ++p) {
        const float v = score[(t - 1) * L + p] + tr(int(p), l);
        if (v > best) best = v, back[t * L + l] = uint8_t(p);
      }
      score[t * L + l] = allowed[t * L + l] ? best + em[t * L + l] : kNeg;
    }
  uint32_t best = 0;
  for (uint32_t l = 1; l < L; ++l)
    if (score[(n - 1) * L + l] > score[(n - 1) * L + best]) best = l;
  path[n - 1] = uint8_t(best);
  for (size_t t = n - 1; t > 0; --t) path[t - 1] = back[t * L + path[t]];
  return path;
}

TEST(Viterbi, MatchesTextbookReferenceTiesIncluded) {
  // Small integer scores, so that equal paths are common; both taggers' label counts and transition rules,
  // and a label count of neither (the generic loop).
  struct Shape {
    uint32_t labels;
    bool (*ok)(int, int);
  };
  const Shape shapes[] = {
      {kCueLabels, cue_transition_ok}, {kRoleLabels, role_transition_ok}, {4, [](int, int) { return true; }}};
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<int> small(-2, 2), len(1, 30);
  std::bernoulli_distribution open(0.8);
  std::vector<float> work;
  std::vector<uint8_t> got;
  size_t differing_from_all_zero = 0;
  for (const Shape& sh : shapes)
    for (int round = 0; round < 3000; ++round) {
      const uint32_t L = sh.labels;
      const size_t n = size_t(len(rng));
      std::vector<float> transitions(size_t(L + 1) * L), em(n * L);
      for (float& v : transitions) v = float(small(rng));
      for (float& v : em) v = float(small(rng));
      std::vector<uint8_t> allowed(n * L);
      for (auto& a : allowed) a = open(rng);
      viterbi(L, transitions, em, n, allowed, sh.ok, work, got);
      const std::vector<uint8_t> want = reference_viterbi(L, transitions, em, n, allowed, sh.ok);
      ASSERT_EQ(got, want) << "labels " << L << " round " << round;
      differing_from_all_zero += std::any_of(want.begin(), want.end(), [](uint8_t l) { return l != 0; });
    }
  EXPECT_GT(differing_from_all_zero, 5000u);  // the cases are not trivial
}

// Words that test the inflected-form sets hard: every word of data/cues.tsv and of the seed article, each
// with suffixes added (regular and doubled inflections, near misses) and with 1–3 bytes cut, in lower and
// mixed case.
std::vector<std::string> reporting_test_words() {
  std::vector<std::string> base;
  for (const char* file : {"data/cues.tsv", "examples/article-chinese-nationals.txt"}) {
    std::ifstream in(test_util::source_path(file), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string w;
    for (char c : ss.str() + " ") {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        w += c;
      } else if (!w.empty()) {
        base.push_back(w), w.clear();
      }
    }
  }
  EXPECT_GT(base.size(), 500u);
  std::vector<std::string> out;
  const std::vector<std::string> suffixes = {"", "s", "es", "d", "ed", "ing", "ies", "ied", "ss", "ly", "er"};
  for (std::string w : base) {
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = char(c + 32);
    std::vector<std::string> stems = {w, w + w.back()};
    for (size_t cut = 1; cut <= 3 && cut < w.size(); ++cut) stems.push_back(w.substr(0, w.size() - cut));
    for (const std::string& stem : stems) {
      for (const std::string& suf : suffixes) {
        out.push_back(stem + suf);
        std::string mixed = stem + suf;
        mixed[mixed.size() / 2] = char(mixed[mixed.size() / 2] & ~0x20);
        out.push_back(mixed);
      }
    }
  }
  out.push_back("");
  return out;
}

TEST(ReportingVerbs, OneLookupMatchesVisitingEveryStem) {
  size_t reporting = 0, past = 0;
  for (const std::string& w : reporting_test_words()) {
    const bool ref = reporting_verb_by_stems(w);
    ASSERT_EQ(reporting_verb(w), ref) << w;
    ASSERT_EQ(nested_cue_word(w), w.size() >= 3 && !w.ends_with("ing") && ref) << w;
    ASSERT_EQ(stance_verb_past(w), stance_verb_past_by_stems(w)) << w;
    reporting += ref;
    past += stance_verb_past_by_stems(w);
  }
  // Both answers occur often (the test is not all "no").
  EXPECT_GT(reporting, 1000u);
  EXPECT_GT(past, 100u);
}

// The filter on the taggers' word hash in front of reporting_verb has no false negatives (and rejects most
// other words: it is worth asking).
TEST(ReportingVerbs, TheWordHashFilterKeepsEveryReportingVerb) {
  size_t others = 0, passed = 0;
  for (const std::string& w : reporting_test_words()) {
    uint64_t word = 0, suffix = 0;
    word_hashes(w, word, suffix);
    if (reporting_verb(w)) {
      ASSERT_TRUE(maybe_reporting_word_hash(word)) << w;
    } else {
      ++others;
      passed += maybe_reporting_word_hash(word);
    }
  }
  EXPECT_GT(others, 1000u);
  EXPECT_LT(passed * 4, others);
}

// The cue gate's word-hash filter and set answer as the sorted list of openers does (the reference), for
// the built-in model's openers and for random hashes; the filter turns most other words away.
TEST(CueGate, OpensExactlyTheOpeners) {
  CueGate gate;
  std::mt19937_64 rng(5);
  for (int k = 0; k < 3000; ++k) gate.openers.push_back(rng() | 1);
  gate.openers.push_back(0);  // never opens
  std::sort(gate.openers.begin(), gate.openers.end());
  gate.build();
  auto reference = [&](uint64_t w) {
    return w != 0 && std::binary_search(gate.openers.begin(), gate.openers.end(), w);
  };
  for (uint64_t w : gate.openers) ASSERT_EQ(gate.opens(w), reference(w)) << w;
  size_t passed = 0;
  const size_t trials = 200000;
  for (size_t k = 0; k < trials; ++k) {
    const uint64_t w = rng();
    ASSERT_EQ(gate.opens(w), reference(w)) << w;
    const size_t bit = gate.filter_bit(w);
    passed += gate.filter[bit / 64] >> (bit % 64) & 1;
  }
  EXPECT_LT(passed * 10, trials);  // the filter answers most lookups alone
}

// Each opener opens its own reach (the tokens after itself it gates); overlapping windows join, and a
// shorter reach never cuts a longer one short. Reference: every opener marks [i, i + reach] by itself.
TEST(CueGate, EachOpenerOpensItsOwnReach) {
  Doc doc;
  std::mt19937_64 rng(7);
  const uint64_t words[] = {101, 202, 303, 404, 505, 606};
  CueGate gate;
  gate.openers = {101, 202, 303};  // sorted
  gate.reaches = {0, 2, uint8_t(kGateReach)};
  gate.build();
  for (int trial = 0; trial < 2000; ++trial) {
    const size_t n = 1 + rng() % 30;
    doc.word.resize(n);
    for (uint64_t& w : doc.word) w = words[rng() % 6];
    std::vector<uint8_t> marks;
    gate.mark(doc, 0, uint32_t(n), marks);
    std::vector<uint8_t> expected(n, 0);
    for (size_t i = 0; i < n; ++i)
      for (size_t o = 0; o < gate.openers.size(); ++o)
        if (doc.word[i] == gate.openers[o])
          for (size_t k = i; k < n && k <= i + gate.reaches[o]; ++k) expected[k] = 1;
    ASSERT_EQ(marks, expected) << "trial " << trial;
  }
  // Without reaches every opener opens kGateReach (the form of version 2 models).
  gate.reaches.clear();
  gate.build();
  doc.word = {101, 505, 505, 505, 505, 505, 505, 505};
  std::vector<uint8_t> marks;
  gate.mark(doc, 0, 8, marks);
  EXPECT_EQ(marks, (std::vector<uint8_t>{1, 1, 1, 1, 1, 1, 0, 0}));
}

TEST(ContentNegated, MatchesWordByWordReference) {
  const std::vector<std::string> pieces = {"not",
                                           "Not",
                                           "NOT",
                                           "no",
                                           "nor",
                                           "none",
                                           "nothing",
                                           "can",
                                           "not",
                                           "isn",
                                           "'t",
                                           "t",
                                           "\xE2\x80\x99",
                                           "'",
                                           "cannot",
                                           "knot",
                                           "n",
                                           "c",
                                           "é",
                                           "\xE2\x80\x9C",
                                           " ",
                                           ",",
                                           "9",
                                           "-",
                                           "never",
                                           "Neither",
                                           "nobody",
                                           "nowhere",
                                           "notable",
                                           "conn",
                                           "x",
                                           "the talks went well ",
                                           "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                           "sixteen bytes...",
                                           "  \n\t"};
  // (Up to 40 pieces: content_negated skips sixteen bytes at a time where no word needs reading.)
  std::mt19937_64 rng(11);
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), len(0, 40);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string s;
    const size_t n = len(rng);
    for (size_t k = 0; k < n; ++k) s += pieces[pick(rng)];
    ASSERT_EQ(content_negated(s), negated_reference(s)) << "\"" << s << "\"";
  }
}

}  // namespace
}  // namespace claimtrace::attribution_detail

namespace claimtrace::attribution_detail {
namespace {

// The branch-free word hash against the byte-at-a-time reference: every short string over an alphabet of
// upper- and lower-case letters, digits, punctuation and the bytes of curly quotation marks, plus random
// ones.
TEST(WordHashes, TheFastPathEqualsTheReference) {
  const std::string alphabet = "aZ09-'\".\xE2\x80\x9C\x9D\x98\x99\xC3\xA9";
  std::vector<std::string> words = {
      "",         "said", "SAID", "U.S.", "1,200", "\xE2\x80\x9C", "\xE2\x80\x99s", "caf\xC3\xA9",
      "Zelensky", "n't",  "a"};
  for (char a : alphabet) {
    words.emplace_back(1, a);
    for (char b : alphabet) {
      words.push_back(std::string{a, b});
      for (char c : alphabet) words.push_back(std::string{a, b, c});
    }
  }
  std::mt19937 rng(7);
  for (int k = 0; k < 20000; ++k) {
    std::string w(rng() % 12, ' ');
    for (char& c : w) c = alphabet[rng() % alphabet.size()];
    words.push_back(w);
  }
  for (const std::string& w : words) {
    uint64_t a = 0, b = 0, c = 0, d = 0;
    word_hashes(w, a, b);
    word_hashes_reference(w, c, d);
    ASSERT_EQ(a, c) << w;
    ASSERT_EQ(b, d) << w;
  }
}

}  // namespace
}  // namespace claimtrace::attribution_detail
