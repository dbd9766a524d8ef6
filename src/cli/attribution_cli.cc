// claimtrace — the attribution verbs of the command line.
#include "cli/attribution_cli.h"

#include <chrono>
#include <fstream>
#include <memory>

#include "claimtrace/attribution.h"
#include "claimtrace/pipeline.h"
#include "claimtrace/reader.h"
#include "claimtrace/record.h"

namespace claimtrace {

namespace {

void print_row(std::FILE* out, const char* name, const PRF& exact, const PRF& token) {
  std::fprintf(out, "%-9s %6.1f %6.1f %6.1f   %6.1f %6.1f %6.1f   %7.0f %7.0f %7.0f\n", name,
               100 * exact.precision(), 100 * exact.recall(), 100 * exact.f1(), 100 * token.precision(),
               100 * token.recall(), 100 * token.f1(), token.tp, token.fp, token.fn);
}

// The table of `eval attribution`: exact-span and token P/R/F1 per role, then relation F1.
void print_score_table(std::FILE* out, const AttributionScore& score) {
  std::fprintf(out, "%-9s %20s   %20s   %23s\n", "", "exact span", "token", "token counts");
  std::fprintf(out, "%-9s %6s %6s %6s   %6s %6s %6s   %7s %7s %7s\n", "role", "P", "R", "F1", "P", "R", "F1",
               "tp", "fp", "fn");
  print_row(out, "source", score.source_exact, score.source_token);
  print_row(out, "cue", score.cue_exact, score.cue_token);
  print_row(out, "content", score.content_exact, score.content_token);
  const PRF& r = score.relation;
  std::fprintf(out, "%-9s %6.1f %6.1f %6.1f   (tp %.0f, fp %.0f, fn %.0f)\n", "relation", 100 * r.precision(),
               100 * r.recall(), 100 * r.f1(), r.tp, r.fp, r.fn);
}

// The attribution model of `file` into `loaded` (errors printed); nullptr on an error.
const AttributionModel* load_model(const std::string& file, std::unique_ptr<AttributionModel>& loaded) {
  auto bytes = read_file(file);
  auto m = bytes.ok() ? AttributionModel::load(bytes.value(), file) : bytes.error();
  if (!m.ok()) {
    std::fprintf(stderr, "claimtrace eval attribution: %s\n", m.error().to_string().c_str());
    return nullptr;
  }
  loaded = std::make_unique<AttributionModel>(std::move(m.value()));
  return loaded.get();
}

// The gold of a PolNeAR directory; errors printed for `verb`.
bool load_gold(const char* verb, const std::string& dir, PolnearNotes* notes, std::vector<GoldArticle>& out) {
  auto gold = read_polnear(dir, notes);
  if (!gold.ok()) {
    const Error& e = gold.error();
    if (e.code == ErrorCode::not_found) {
      std::fprintf(
          stderr,
          "claimtrace %s: %s: no such directory; PolNeAR lives in ../shared/data/polnear/{train,dev} "
          "(DIR/text/*.txt, DIR/attributions/*.ann)\n",
          verb, e.where.c_str());
    } else {
      std::fprintf(stderr, "claimtrace %s: %s\n", verb, e.to_string().c_str());
    }
    return false;
  }
  out = std::move(gold.value());
  return true;
}

// The pipeline that prepares gold articles: the default one up to the actors; the attribution model is run by
// the caller (the one evaluated or trained).
PipelineOptions gold_pipeline_options() {
  PipelineOptions o;
  o.attributions = false;
  return o;
}

// Every gold article through the pipeline (default options); the records stay alive for the examples.
void process_gold(const Pipeline& pipeline, const std::string& dir, const std::vector<GoldArticle>& gold,
                  std::vector<std::unique_ptr<Record>>& records, std::vector<AttributionExample>& examples) {
  Scratch scratch;
  for (const GoldArticle& g : gold) {
    Document doc;
    doc.id = g.id;
    doc.text = g.text;
    doc.origin = dir + "/text/" + g.id + ".txt";
    doc.format = "txt";
    auto record = std::make_unique<Record>();
    pipeline.process(std::move(doc), scratch, *record);
    AttributionExample ex;
    ex.input = AttributionInput{record->doc.text,
                                record->tokens,
                                record->sentences,
                                record->paragraphs,
                                record->mentions,
                                false,
                                {},
                                false};
    ex.gold = g.attributions;
    examples.push_back(std::move(ex));
    records.push_back(std::move(record));
  }
}

}  // namespace

namespace {

void dump_role(std::string& line, const char* name, const RoleSpans& r) {
  line += ",\"";
  line += name;
  line += "\":[";
  for (size_t k = 0; k < r.spans.size(); ++k) {
    if (k) line += ',';
    line += "[" + std::to_string(r.spans[k].begin) + "," + std::to_string(r.spans[k].end) + "]";
  }
  line += ']';
}

// One JSON line per article: {"id", "gold": [...], "predicted": [...]}, each attribution {source, cue,
// content} as byte spans — for error analysis.
void dump_article(std::FILE* f, const std::string& id, const std::vector<Attribution>& gold,
                  const std::vector<Attribution>& predicted) {
  std::string line = "{\"id\":";
  append_json_string(line, id);
  for (const auto* list : {&gold, &predicted}) {
    line += list == &gold ? ",\"gold\":[" : "],\"predicted\":[";
    for (size_t k = 0; k < list->size(); ++k) {
      const Attribution& a = (*list)[k];
      line += k ? ",{" : "{";
      line += "\"n\":" + std::to_string(k);
      dump_role(line, "source", a.source);
      dump_role(line, "cue", a.cue);
      dump_role(line, "content", a.content);
      line += '}';
    }
  }
  line += "]}\n";
  std::fwrite(line.data(), 1, line.size(), f);
}

}  // namespace

int eval_attribution_command(const std::string& polnear_dir, bool baseline, const std::string& model_file,
                             const std::string& dump_file, std::FILE* out) {
  std::FILE* dump = nullptr;
  if (!dump_file.empty() && !(dump = std::fopen(dump_file.c_str(), "w"))) {
    std::fprintf(stderr, "claimtrace eval attribution: %s: cannot write\n", dump_file.c_str());
    return 1;
  }
  PolnearNotes notes;
  std::vector<GoldArticle> gold;
  if (!load_gold("eval attribution", polnear_dir, &notes, gold)) return 1;
  const AttributionModel* model = nullptr;
  std::unique_ptr<AttributionModel> loaded;
  if (model_file.empty()) {
    if (!baseline) model = &AttributionModel::builtin();
  } else if (!(model = load_model(model_file, loaded))) {
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  Pipeline pipeline(gold_pipeline_options());
  std::vector<std::unique_ptr<Record>> records;
  std::vector<AttributionExample> examples;
  process_gold(pipeline, polnear_dir, gold, records, examples);
  AttributionScore score;
  AttributionScratch scratch;
  std::vector<Attribution> predicted;
  for (const AttributionExample& ex : examples) {
    predicted.clear();
    if (baseline) {
      std::vector<Token> tokens(ex.input.tokens.begin(), ex.input.tokens.end());
      std::vector<Sentence> sentences(ex.input.sentences.begin(), ex.input.sentences.end());
      baseline_attributions(ex.input.text, tokens, sentences, predicted);
    } else {
      model->find(ex.input, scratch, predicted);
    }
    score_attributions(ex.input.text, ex.gold, predicted, score);
    if (dump) dump_article(dump, gold[size_t(&ex - examples.data())].id, ex.gold, predicted);
  }
  if (dump) std::fclose(dump);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  std::fprintf(out, "%s: %zu articles, %zu gold attributions, %zu predicted (%s), %.2f s\n",
               polnear_dir.c_str(), score.articles, score.gold, score.predicted,
               baseline ? "baseline rule" : (model_file.empty() ? "built-in model" : model_file.c_str()),
               secs);
  print_score_table(out, score);
  std::fprintf(out,
               "gold notes: %zu .ann files (%zu of other annotators not read), %zu texts without .ann, %zu "
               "unreferenced T lines ignored, %zu empty E lines skipped, %zu multi-line spans, %zu text "
               "mismatches\n",
               notes.ann_files, notes.other_annotators, notes.texts_without_ann, notes.unreferenced_spans,
               notes.empty_events, notes.multiline_spans, notes.text_mismatches);
  return 0;
}

int eval_agreement_command(const std::vector<std::string>& polnear_dirs, const std::string& model_file,
                           std::FILE* out) {
  std::unique_ptr<AttributionModel> loaded;
  const AttributionModel* model = &AttributionModel::builtin();
  if (!model_file.empty() && !(model = load_model(model_file, loaded))) return 1;
  // Every later annotator against the first (the one read_polnear reads: the gold of `eval` and `train`), and
  // the model against the same first annotator on the same articles. (Token F1 is symmetric: swapping the two
  // annotators swaps P and R.)
  AttributionScore humans, ours;
  size_t articles = 0, pairs = 0;
  Pipeline pipeline(gold_pipeline_options());
  std::vector<std::unique_ptr<Record>> records;
  std::vector<AttributionExample> examples;  // the first annotator's, as the gold
  for (const std::string& dir : polnear_dirs) {
    auto read = read_polnear_agreement(dir);
    if (!read.ok()) {
      std::fprintf(stderr, "claimtrace eval attribution: %s\n", read.error().to_string().c_str());
      return 1;
    }
    std::vector<GoldArticle> first;
    for (AnnotatedArticle& a : read.value()) {
      for (size_t k = 1; k < a.annotations.size(); ++k, ++pairs)
        score_attributions(a.text, a.annotations.front().attributions, a.annotations[k].attributions, humans);
      first.push_back(GoldArticle{a.id, std::move(a.text), std::move(a.annotations.front().attributions)});
    }
    articles += first.size();
    process_gold(pipeline, dir, first, records, examples);
  }
  AttributionScratch scratch;
  std::vector<Attribution> predicted;
  for (const AttributionExample& ex : examples) {
    predicted.clear();
    model->find(ex.input, scratch, predicted);
    score_attributions(ex.input.text, ex.gold, predicted, ours);
  }
  std::string dirs;
  for (const std::string& dir : polnear_dirs) dirs += (dirs.empty() ? "" : ", ") + dir;
  std::fprintf(out, "%s: %zu articles with several annotators, %zu annotator pairs\n", dirs.c_str(), articles,
               pairs);
  std::fprintf(
      out, "later annotators against the first (%zu attributions of the first annotator, %zu of the other)\n",
      humans.gold, humans.predicted);
  print_score_table(out, humans);
  std::fprintf(out,
               "%s against the first annotator (%zu attributions of the first annotator, %zu predicted)\n",
               model_file.empty() ? "the built-in model" : "the model", ours.gold, ours.predicted);
  print_score_table(out, ours);
  return 0;
}

int train_attribution_command(const std::string& train_dir, const std::string& dev_dir,
                              const std::string& out, int epochs, uint64_t seed, double gate_quantile) {
  std::vector<GoldArticle> train_gold, dev_gold;
  if (!load_gold("train attribution", train_dir, nullptr, train_gold)) return 1;
  if (!load_gold("train attribution", dev_dir, nullptr, dev_gold)) return 1;
  Pipeline pipeline(gold_pipeline_options());
  std::vector<std::unique_ptr<Record>> records;
  std::vector<AttributionExample> train, dev;
  process_gold(pipeline, train_dir, train_gold, records, train);
  process_gold(pipeline, dev_dir, dev_gold, records, dev);
  AttributionTrainOptions options;
  options.epochs = epochs;
  options.seed = seed;
  options.gate_quantile = gate_quantile;
  auto model = train_attribution_model(train, dev, options, stderr);
  if (!model.ok()) {
    std::fprintf(stderr, "claimtrace train attribution: %s\n", model.error().to_string().c_str());
    return 1;
  }
  const std::string bytes = model.value().serialize();
  std::ofstream f(out, std::ios::binary);
  f.write(bytes.data(), std::streamsize(bytes.size()));
  f.close();
  if (!f) {
    std::fprintf(stderr, "claimtrace train attribution: %s: cannot write\n", out.c_str());
    return 1;
  }
  std::fprintf(stderr, "wrote %s (%zu bytes)\n", out.c_str(), bytes.size());
  return 0;
}

}  // namespace claimtrace
