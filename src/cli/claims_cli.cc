// claimtrace claims: the claims board over the store (docs/claims.md).
#include "cli/claims_cli.h"

#include <chrono>

#include "claimtrace/claims.h"
#include "claimtrace/stance.h"
#include "claimtrace/store.h"

namespace claimtrace {

int claims_command(const ClaimsArgs& args, std::FILE* out) {
  if (std::FILE* f = std::fopen(args.db.c_str(), "rb")) {
    std::fclose(f);
  } else {
    std::fprintf(stderr, "claimtrace: %s: no such store (create it with 'claimtrace ingest')\n",
                 args.db.c_str());
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  auto store = SqliteStore::open(args.db);
  if (!store) {
    std::fprintf(stderr, "claimtrace: %s\n", store.error().to_string().c_str());
    return 1;
  }
  ClaimCorpus corpus;
  if (auto st = store.value()->claim_corpus(corpus); !st) {
    std::fprintf(stderr, "claimtrace: %s\n", st.error().to_string().c_str());
    return 1;
  }
  ClaimOptions options;
  options.link_threshold = args.threshold;
  // Article stance from our FNC-1 classifier (docs/stance.md) and check-worthiness (both built in).
  StanceScratch stance_scratch;
  CheckworthyScratch checkworthy_scratch;
  if (!args.no_classifier && !StanceModel::builtin().empty()) {
    options.article_stance = [&](std::string_view claim, std::string_view body) {
      StanceResult r = StanceModel::builtin().classify(claim, body, stance_scratch);
      return ArticleStance{fnc_stance_name(r.label), double(r.scores[size_t(r.label)])};
    };
  }
  options.checkworthy = [&](std::string_view sentence) {
    return CheckworthyModel::builtin().score(sentence, checkworthy_scratch);
  };
  ClaimBoard board = build_claims(corpus, options);
  if (!args.no_save) {
    if (auto st = store.value()->save_claims(corpus, board); !st) {
      std::fprintf(stderr, "claimtrace: %s\n", st.error().to_string().c_str());
      return 1;
    }
  }
  std::string text;
  if (args.json) {
    write_claims_json(corpus, board, text);
  } else {
    write_claims_board(corpus, board, args.limit, text);
  }
  std::fwrite(text.data(), 1, text.size(), out);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "claimtrace: %zu claims from %zu documents, %zu statements in %.2f s%s\n",
               board.claims.size(), corpus.docs.size(), corpus.statements.size(), seconds,
               args.no_save ? "" : " (saved in the store)");
  return 0;
}

}  // namespace claimtrace
