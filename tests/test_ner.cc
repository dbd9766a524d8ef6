// NER: model file checks, tagging with the built-in model, CoNLL reading/writing, scoring, training.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "claimtrace/ner.h"
#include "claimtrace/text.h"

namespace claimtrace {
namespace {

struct Tagged {
  std::vector<std::string> words;
  std::vector<EntitySpan> spans;
  // "Lin Jian/PER China/LOC"
  std::string render() const {
    std::string s;
    for (const EntitySpan& e : spans) {
      if (!s.empty()) s += ' ';
      for (uint32_t k = e.first_token; k < e.end_token; ++k) {
        if (k > e.first_token) s += ' ';
        s += words[k];
      }
      s += '/';
      s += entity_type_name(e.type);
    }
    return s;
  }
  bool has(std::string_view text, EntityType type) const {
    for (const EntitySpan& e : spans) {
      std::string s;
      for (uint32_t k = e.first_token; k < e.end_token; ++k) s += (k > e.first_token ? " " : "") + words[k];
      if (s == text && e.type == type) return true;
    }
    return false;
  }
};

// Tokenizes `text` with our tokenizer and tags it as one sentence.
Tagged tag_text(const NerModel& model, std::string_view text) {
  std::vector<Token> tokens;
  tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
  Tagged t;
  for (const Token& tok : tokens) t.words.emplace_back(text.substr(tok.begin, tok.end - tok.begin));
  std::vector<std::string_view> views(t.words.begin(), t.words.end());
  NerScratch scratch;
  model.tag(views, scratch, t.spans);
  return t;
}

TEST(NerModel, BuiltinLoads) {
  const NerModel& m = NerModel::builtin();
  EXPECT_GT(m.feature_count(), 10000u);
  EXPECT_EQ(&m, &NerModel::builtin());
}

TEST(NerModel, RejectsBadFiles) {
  auto bad_magic = NerModel::load("XXNER\x01\0\0\0", "m.bin");
  ASSERT_FALSE(bad_magic.ok());
  EXPECT_EQ(bad_magic.error().code, ErrorCode::resource);
  EXPECT_NE(bad_magic.error().to_string().find("m.bin"), std::string::npos);
  EXPECT_NE(bad_magic.error().message.find("bad magic"), std::string::npos);

  std::string v99("CTNER\x63\0\0\0", 9);
  auto bad_version = NerModel::load(v99, "m.bin");
  ASSERT_FALSE(bad_version.ok());
  EXPECT_NE(bad_version.error().message.find("version 99"), std::string::npos);

  EXPECT_FALSE(NerModel::load("", "m.bin").ok());
  EXPECT_FALSE(NerModel::load("CTNER", "m.bin").ok());
  // A real model cut short, or with trailing bytes.
  std::string good("CTNER\x02\0\0\0\x11\0\0\0\0\0\x80\x3f\0\0\0\0\0\0\0\0END.", 29);
  EXPECT_TRUE(NerModel::load(good, "m.bin").ok());
  // Version 1 models had other context features: rejected.
  std::string v1 = good;
  v1[5] = '\x01';
  auto old = NerModel::load(v1, "m.bin");
  ASSERT_FALSE(old.ok());
  EXPECT_NE(old.error().message.find("version 1 "), std::string::npos);
  EXPECT_FALSE(NerModel::load(good.substr(0, 26), "m.bin").ok());
  EXPECT_FALSE(NerModel::load(good + "x", "m.bin").ok());
}

TEST(NerTag, ClearSentences) {
  const NerModel& m = NerModel::builtin();
  Tagged a = tag_text(m, "Foreign ministry spokesperson Lin Jian said on Tuesday that China would respond.");
  EXPECT_TRUE(a.has("Lin Jian", EntityType::PER)) << a.render();
  EXPECT_TRUE(a.has("China", EntityType::LOC)) << a.render();

  Tagged b =
      tag_text(m, "German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday.");
  EXPECT_TRUE(b.has("Angela Merkel", EntityType::PER)) << b.render();
  EXPECT_TRUE(b.has("Emmanuel Macron", EntityType::PER)) << b.render();
  EXPECT_TRUE(b.has("Paris", EntityType::LOC)) << b.render();

  Tagged c =
      tag_text(m, "Shares of Microsoft Corp rose 3 percent in New York on Wednesday, Reuters reported.");
  EXPECT_TRUE(c.has("New York", EntityType::LOC)) << c.render();
  EXPECT_TRUE(c.has("Reuters", EntityType::ORG)) << c.render();

  Tagged d = tag_text(m, "the cat sat on the mat .");
  EXPECT_TRUE(d.spans.empty()) << d.render();

  Tagged e = tag_text(m, "");
  EXPECT_TRUE(e.spans.empty());
}

TEST(NerTag, DocumentSentencesAndDeterminism) {
  const NerModel& m = NerModel::builtin();
  std::vector<std::string_view> words = {"Russia", "'s",   "President", "Vladimir", "Putin", "spoke", ".",
                                         "Putin",  "said", "Moscow",    "would",    "wait",  "."};
  std::vector<uint32_t> ends = {7, 13};
  NerScratch scratch;
  std::vector<EntitySpan> a, b;
  m.tag_document(words, ends, scratch, a);
  m.tag_document(words, ends, scratch, b);
  EXPECT_EQ(a, b);
  for (const EntitySpan& e : a) {
    EXPECT_LT(e.first_token, e.end_token);
    EXPECT_FALSE(e.first_token < 7 && e.end_token > 7) << "an entity crosses a sentence end";
  }
  EXPECT_NE(std::find(a.begin(), a.end(), EntitySpan{3, 5, EntityType::PER}), a.end());
  EXPECT_NE(std::find(a.begin(), a.end(), EntitySpan{9, 10, EntityType::LOC}), a.end());
  EXPECT_NE(std::find(a.begin(), a.end(), EntitySpan{0, 1, EntityType::LOC}), a.end());
  // Words past the last sentence end are ignored; no sentence ends: nothing tagged.
  std::vector<uint32_t> short_ends = {7};
  m.tag_document(words, short_ends, scratch, b);
  for (const EntitySpan& e : b) EXPECT_LE(e.end_token, 7u);
  m.tag_document(words, {}, scratch, b);
  EXPECT_TRUE(b.empty());
}

TEST(NerTag, OverTextModel) {
  const NerModel& m = NerModel::builtin();
  std::string text =
      "Prime Minister Keir Starmer visited Berlin on Friday. Starmer met business leaders from Siemens.";
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
  split_sentences(text, tokens, 0, tokens.size(), 0, Abbreviations::builtin(), sentences);
  ASSERT_EQ(sentences.size(), 2u);
  NerScratch scratch;
  std::vector<EntitySpan> a;
  m.tag_document(text, tokens, sentences, scratch, a);
  // Same as the words + sentence ends interface.
  std::vector<std::string_view> words;
  std::vector<uint32_t> ends;
  for (const Sentence& s : sentences) {
    for (const Token& t : tokens) {
      if (t.begin >= s.begin && t.end <= s.end)
        words.push_back(std::string_view(text).substr(t.begin, t.end - t.begin));
    }
    ends.push_back(static_cast<uint32_t>(words.size()));
  }
  std::vector<EntitySpan> b;
  m.tag_document(words, ends, scratch, b);
  EXPECT_EQ(a, b);
  auto text_of = [&](const EntitySpan& e) {
    return std::string(
        text.substr(tokens[e.first_token].begin, tokens[e.end_token - 1].end - tokens[e.first_token].begin));
  };
  std::vector<std::string> found;
  for (const EntitySpan& e : a) found.push_back(text_of(e) + "/" + entity_type_name(e.type));
  EXPECT_NE(std::find(found.begin(), found.end(), "Keir Starmer/PER"), found.end())
      << testing::PrintToString(found);
  EXPECT_NE(std::find(found.begin(), found.end(), "Berlin/LOC"), found.end())
      << testing::PrintToString(found);
}

TEST(NerTag, OddInputAndThreads) {
  const NerModel& m = NerModel::builtin();
  // Invalid UTF-8, empty words, very long words, non-Latin scripts, a long sentence: no crash, sane spans.
  std::string long_word(5000, 'A');
  std::vector<std::string_view> words = {"\xff\xfe", "",   long_word, "Москва", "東京",
                                         "Ünïcödé",  "’s", "“",       "—"};
  for (int k = 0; k < 300; ++k) words.push_back(k % 7 ? "and" : "Paris");
  std::vector<uint32_t> ends = {3, static_cast<uint32_t>(words.size())};
  NerScratch scratch;
  std::vector<EntitySpan> out;
  m.tag_document(words, ends, scratch, out);
  for (size_t k = 0; k < out.size(); ++k) {
    EXPECT_LT(out[k].first_token, out[k].end_token);
    EXPECT_LE(out[k].end_token, words.size());
    if (k) {
      EXPECT_LE(out[k - 1].end_token, out[k].first_token);
    }
  }
  // The model is shared by threads, each with its own scratch: same results as one thread.
  std::vector<std::string_view> sentence = {"Chancellor", "Olaf", "Scholz", "flew", "to", "Washington", "."};
  std::vector<EntitySpan> expected;
  m.tag(sentence, scratch, expected);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      NerScratch own;
      std::vector<EntitySpan> got;
      for (int k = 0; k < 200; ++k) {
        m.tag(sentence, own, got);
        mismatches[t] += got != expected;
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(mismatches[t], 0);
}

TEST(NerConll, ReaderHandlesDocstartAndBlankLines) {
  std::string text =
      "-DOCSTART- -X- -X- O\n\nAcme NNP B-NP I-ORG\nhires VBZ B-VP O\n\n\nJane NNP B-NP I-PER\r\n"
      "Doe NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nOSLO NNP B-NP I-LOC\n";
  auto docs = parse_conll(text, "t.conll");
  ASSERT_TRUE(docs.ok()) << docs.error().to_string();
  ASSERT_EQ(docs.value().size(), 2u);
  ASSERT_EQ(docs.value()[0].sentences.size(), 2u);
  EXPECT_EQ(docs.value()[0].sentences[0].tokens.size(), 2u);
  EXPECT_EQ(docs.value()[0].sentences[1].tokens[1].word, "Doe");
  EXPECT_EQ(docs.value()[0].sentences[1].tokens[1].tag, "I-PER");
  EXPECT_EQ(docs.value()[1].sentences[0].tokens[0].tag, "I-LOC");
  EXPECT_EQ(detect_iob_scheme(docs.value()), IobScheme::iob1);

  auto bad = parse_conll("Acme NNP B-NP X-ORG\n", "t.conll");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where, "t.conll:1");
  // No -DOCSTART-: one document.
  auto one = parse_conll("a O\n\nb B-PER\n", "t");
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one.value().size(), 1u);
  EXPECT_EQ(detect_iob_scheme(one.value()), IobScheme::iob2);

  // Writing predictions back: one more column, blank and -DOCSTART- lines kept.
  std::vector<std::string> tags = {"I-ORG", "O", "I-PER", "I-PER", "I-LOC"};
  std::string out = conll_with_predictions(text, tags);
  EXPECT_EQ(out,
            "-DOCSTART- -X- -X- O O\n\nAcme NNP B-NP I-ORG I-ORG\nhires VBZ B-VP O O\n\n\n"
            "Jane NNP B-NP I-PER I-PER\nDoe NNP I-NP I-PER I-PER\n\n-DOCSTART- -X- -X- O O\n\n"
            "OSLO NNP B-NP I-LOC I-LOC\n");
}

TEST(NerScore, ConllevalRules) {
  auto spans = [](std::vector<std::string> tags) { return spans_from_tags(tags); };
  // IOB1: B- only between two adjacent entities of a type.
  EXPECT_EQ(
      spans({"I-PER", "I-PER", "B-PER", "O", "I-LOC"}),
      (std::vector<EntitySpan>{{0, 2, EntityType::PER}, {2, 3, EntityType::PER}, {4, 5, EntityType::LOC}}));
  // IOB2 and a type change without B-.
  EXPECT_EQ(spans({"B-ORG", "I-ORG", "I-MISC", "O"}),
            (std::vector<EntitySpan>{{0, 2, EntityType::ORG}, {2, 3, EntityType::MISC}}));
  // BILOU / IOBES.
  EXPECT_EQ(
      spans({"U-LOC", "B-PER", "L-PER", "S-ORG"}),
      (std::vector<EntitySpan>{{0, 1, EntityType::LOC}, {1, 3, EntityType::PER}, {3, 4, EntityType::ORG}}));

  NerScore score;
  // gold: [Jane Doe]PER [Oslo]LOC ; predicted: [Jane]PER [Doe]PER [Oslo]LOC
  score.add(spans({"I-PER", "I-PER", "O", "I-LOC"}), spans({"I-PER", "B-PER", "O", "I-LOC"}));
  // gold: [Acme]ORG ; predicted: [Acme]LOC (wrong type)
  score.add(spans({"I-ORG", "O"}), spans({"I-LOC", "O"}));
  EXPECT_EQ(score.overall.gold, 3u);
  EXPECT_EQ(score.overall.predicted, 4u);
  EXPECT_EQ(score.overall.correct, 1u);
  EXPECT_DOUBLE_EQ(score.overall.precision(), 0.25);
  EXPECT_DOUBLE_EQ(score.overall.recall(), 1.0 / 3);
  EXPECT_NEAR(score.overall.f1(), 2 * 0.25 / 3 / (0.25 + 1.0 / 3), 1e-12);
  EXPECT_EQ(score.by_type[int(EntityType::LOC)].correct, 1u);
  EXPECT_EQ(score.by_type[int(EntityType::LOC)].predicted, 2u);
  EXPECT_EQ(score.by_type[int(EntityType::PER)].gold, 1u);
  EXPECT_EQ(score.by_type[int(EntityType::ORG)].f1(), 0.0);
  EXPECT_NE(score.report().find("overall"), std::string::npos);

  // Spans back to tags in either scheme.
  std::vector<EntitySpan> s = {{0, 2, EntityType::PER}, {2, 3, EntityType::PER}, {4, 5, EntityType::LOC}};
  EXPECT_EQ(tags_from_spans(s, 5, IobScheme::iob1),
            (std::vector<std::string>{"I-PER", "I-PER", "B-PER", "O", "I-LOC"}));
  EXPECT_EQ(tags_from_spans(s, 5, IobScheme::iob2),
            (std::vector<std::string>{"B-PER", "I-PER", "B-PER", "O", "B-LOC"}));
}

// A tiny synthetic corpus: people "visit" places, places "host" organizations.
std::string synthetic_corpus(int docs) {
  const char* people[] = {"Alan Smith", "Maria Lopez", "Kofi Mensah", "Yuki Tanaka", "Olga Petrova"};
  const char* places[] = {"Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn"};
  const char* orgs[] = {"Acme Corp", "Globex", "Initech Ltd", "Umbrella Group"};
  std::string s;
  auto entity = [&](std::string_view name, const char* type) {
    bool first = true;
    size_t b = 0;
    while (b < name.size()) {
      size_t e = name.find(' ', b);
      if (e == std::string_view::npos) e = name.size();
      s += std::string(name.substr(b, e - b)) + " NNP B-NP " + (first ? "B-" : "I-") + type + "\n";
      first = false;
      b = e + 1;
    }
  };
  auto word = [&](const char* w) { s += std::string(w) + " X X O\n"; };
  for (int d = 0; d < docs; ++d) {
    s += "-DOCSTART- -X- -X- O\n\n";
    for (int k = 0; k < 4; ++k) {
      int i = d * 4 + k;
      entity(people[i % 5], "PER");
      word("will");
      word("visit");
      entity(places[(i * 3 + 1) % 5], "LOC");
      word("with");
      entity(orgs[(i * 7 + 2) % 4], "ORG");
      word(".");
      s += "\n";
    }
  }
  return s;
}

TEST(NerTrain, LearnsTinySyntheticCorpus) {
  auto train = parse_conll(synthetic_corpus(30), "train");
  auto dev = parse_conll(synthetic_corpus(5), "dev");
  ASSERT_TRUE(train.ok() && dev.ok());
  NerTrainOptions opt;
  opt.epochs = 5;
  opt.seed = 7;
  opt.gazetteer_folds = 3;
  auto result = train_ner(train.value(), &dev.value(), opt);
  ASSERT_TRUE(result.ok()) << result.error().to_string();
  EXPECT_GE(result.value().best_dev_f1, 0.99);
  auto model = NerModel::load(result.value().model_bytes, "tiny");
  ASSERT_TRUE(model.ok()) << model.error().to_string();
  EXPECT_GE(evaluate_ner(model.value(), dev.value()).overall.f1(), 0.99);
  // Deterministic: the same seed gives the same bytes.
  auto again = train_ner(train.value(), &dev.value(), opt);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().model_bytes, result.value().model_bytes);
  // One scratch used with two models in turn: each model's results stay its own.
  std::vector<std::string_view> sentence = {"Maria", "Lopez", "will",   "visit",
                                            "Quito", "with",  "Globex", "."};
  NerScratch scratch;
  std::vector<EntitySpan> builtin1, tiny, builtin2, tiny_fresh;
  NerModel::builtin().tag(sentence, scratch, builtin1);
  model.value().tag(sentence, scratch, tiny);
  NerModel::builtin().tag(sentence, scratch, builtin2);
  EXPECT_EQ(builtin1, builtin2);
  NerScratch fresh;
  model.value().tag(sentence, fresh, tiny_fresh);
  EXPECT_EQ(tiny, tiny_fresh);
  EXPECT_EQ(tiny, (std::vector<EntitySpan>{
                      {0, 2, EntityType::PER}, {4, 5, EntityType::LOC}, {6, 7, EntityType::ORG}}));
  // No training data: an error, not a crash.
  EXPECT_FALSE(train_ner({}, nullptr, opt).ok());
}

}  // namespace
}  // namespace claimtrace
