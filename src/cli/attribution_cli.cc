// claimtrace — the attribution verbs of the command line.
#include "cli/attribution_cli.h"

#include <chrono>

#include "claimtrace/attribution.h"
#include "claimtrace/pipeline.h"

namespace claimtrace {

namespace {

void print_row(std::FILE* out, const char* name, const PRF& exact, const PRF& token) {
  std::fprintf(out, "%-9s %6.1f %6.1f %6.1f   %6.1f %6.1f %6.1f   %7.0f %7.0f %7.0f\n", name,
               100 * exact.precision(), 100 * exact.recall(), 100 * exact.f1(), 100 * token.precision(),
               100 * token.recall(), 100 * token.f1(), token.tp, token.fp, token.fn);
}

}  // namespace

int eval_attribution_command(const std::string& polnear_dir, std::FILE* out) {
  PolnearNotes notes;
  auto gold = read_polnear(polnear_dir, &notes);
  if (!gold.ok()) {
    const Error& e = gold.error();
    if (e.code == ErrorCode::not_found) {
      std::fprintf(stderr,
                   "claimtrace eval attribution: %s: no such directory; PolNeAR lives in "
                   "../shared/data/polnear/dev (DIR/text/*.txt, DIR/attributions/*.ann)\n",
                   e.where.c_str());
    } else {
      std::fprintf(stderr, "claimtrace eval attribution: %s\n", e.to_string().c_str());
    }
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  Pipeline pipeline(PipelineOptions{});
  Scratch scratch;
  Record record;
  AttributionScore score;
  std::vector<Attribution> predicted;
  for (GoldArticle& g : gold.value()) {
    Document doc;
    doc.id = g.id;
    doc.text = g.text;
    doc.origin = polnear_dir + "/text/" + g.id + ".txt";
    doc.format = "txt";
    pipeline.process(std::move(doc), scratch, record);
    predicted.clear();
    baseline_attributions(record.doc.text, record.tokens, record.sentences, predicted);
    score_attributions(g.text, g.attributions, predicted, score);
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  std::fprintf(out, "%s: %zu articles, %zu gold attributions, %zu predicted (baseline rule), %.2f s\n",
               polnear_dir.c_str(), score.articles, score.gold, score.predicted, secs);
  std::fprintf(out, "%-9s %20s   %20s   %23s\n", "", "exact span", "token", "token counts");
  std::fprintf(out, "%-9s %6s %6s %6s   %6s %6s %6s   %7s %7s %7s\n", "role", "P", "R", "F1", "P", "R", "F1",
               "tp", "fp", "fn");
  print_row(out, "source", score.source_exact, score.source_token);
  print_row(out, "cue", score.cue_exact, score.cue_token);
  print_row(out, "content", score.content_exact, score.content_token);
  const PRF& r = score.relation;
  std::fprintf(out, "%-9s %6.1f %6.1f %6.1f   (tp %.0f, fp %.0f, fn %.0f)\n", "relation", 100 * r.precision(),
               100 * r.recall(), 100 * r.f1(), r.tp, r.fp, r.fn);
  std::fprintf(out,
               "gold notes: %zu .ann files (%zu of other annotators not read), %zu texts without .ann, %zu "
               "unreferenced T lines ignored, %zu empty E lines skipped, %zu multi-line spans, %zu text "
               "mismatches\n",
               notes.ann_files, notes.other_annotators, notes.texts_without_ann, notes.unreferenced_spans,
               notes.empty_events, notes.multiline_spans, notes.text_mismatches);
  return 0;
}

}  // namespace claimtrace
