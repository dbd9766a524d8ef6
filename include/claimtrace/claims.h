// claimtrace — claims across articles (docs/claims.md): statements that make the same claim, across sentences
// and articles, are linked into claim clusters; each claim carries its canonical text, the actors and figures
// involved, every actor's position (who asserts, who denies, with evidence spans) and every article's stance
// toward it (agree / disagree / discuss / unrelated, the FNC-1 scheme).
//
// It works over a corpus of processed documents (from the store, or from records in memory): a flat
// ClaimCorpus of documents, statements and figures. build_claims() is a pure function of the corpus and the
// options: the same corpus gives the same claims, in the same order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/record.h"
#include "claimtrace/result.h"
#include "claimtrace/text.h"

namespace claimtrace {

// --- Input ------------------------------------------------------------------------------------------------
struct ClaimDocument {
  std::string id, title, published, url, source;  // published: ISO date-time or ""
  std::string text;                               // the document text (for article stance); may be empty
  std::string story;         // its near-duplicate cluster (docs/neardup.md): the id of the cluster's first
                             // document; "" when unknown (then it is a story of its own)
  std::string duplicate_of;  // the earlier document it nearly repeats, or ""
  double similarity = 0;     // their shingle Jaccard
};

// One attributed statement of one document (an `attributions[]` entry, flattened).
struct ClaimStatement {
  int32_t doc = 0;                       // index into ClaimCorpus::docs
  int32_t index = 0;                     // the attribution's index in its record
  std::string source_text, source_code;  // source_code: the source's actor code, or ""
  // The person a pronoun or surname source refers to, as first named ("Mark Oberholtzer" for the "he" of
  // "…, he said" or for "Oberholtzer"), or "".
  std::string source_name;
  std::string cue_text, content_text;
  std::vector<Span> source_spans, cue_spans, content_spans;  // bytes into the document text
  std::string stance;                                        // ASSERT, DENY, ... (docs/schema.md)
  bool negated = false, direct = false;
  int32_t nested_in = -1;
  std::vector<std::string> content_actors;  // codes of the actor mentions inside the content, in text order
  std::vector<std::string>
      content_countries;  // their countries (ISO3; "" when none), parallel to content_actors
  std::vector<std::string> content_actor_texts;  // their texts as written, parallel to content_actors
};

// One numeric claim (a `quantities[]` entry) that belongs to a statement.
struct ClaimFigure {
  int32_t doc = 0;
  int32_t statement = -1;  // the attribution index in its record (ClaimStatement::index)
  Span span;
  std::string text, qualifier, unit, actor_code;
  double value = 0, high = 0;
};

struct ClaimCorpus {
  std::vector<ClaimDocument> docs;  // in store (ingest) order
  std::vector<ClaimStatement> statements;
  std::vector<ClaimFigure> figures;

  // Appends a processed record: its document, its attributions (source codes through mentions, content
  // actors) and the quantities that belong to a statement.
  void add(const Record& record);
};

// --- Output -----------------------------------------------------------------------------------------------
// An actor's position on a claim, from one statement.
struct ClaimPosition {
  std::string actor;        // the source's actor code, else its text ("" for an unknown source)
  std::string source_text;  // as written
  std::string position;     // ASSERT, DENY, ACCUSE, CONCERN, APPEAL, QUESTION, CRITICIZE, PROMISE, OTHER
  std::string stance;       // the statement's own stance (its cue)
  int32_t doc = 0;          // index into the corpus docs
  int32_t statement = 0;    // index into ClaimCorpus::statements
  bool anaphoric = false;   // linked through an anaphor ("the allegations", "such claims", "them")
};

// An actor's position on a claim over all its statements: the position it takes most (ties: DENY, ASSERT,
// ACCUSE, CONCERN, CRITICIZE, QUESTION, APPEAL, PROMISE, OTHER), with the count of each.
struct ClaimActor {
  std::string actor;
  std::string position;
  std::vector<std::pair<std::string, int32_t>> counts;  // position → statements, most first
  int32_t statements = 0;
};

struct ClaimArticle {
  int32_t doc = 0;
  std::string stance;      // agree, disagree, discuss, unrelated
  double confidence = 0;   // the classifier's probability of that stance (1 when derived from positions)
  std::string method;      // "classifier" or "positions"
  int32_t statements = 0;  // statements of this article in the claim
};

struct ClaimFigureSeen {
  int32_t figure = 0;  // index into ClaimCorpus::figures
  std::string actor;   // who gives it (the statement's source)
  std::string date;    // the article's date ("" when unknown)
};

struct Claim {
  std::string canonical;  // the canonical text: the content of the most central asserting statement
  int32_t canonical_statement = 0;
  std::vector<int32_t> statements;       // indexes into ClaimCorpus::statements, in corpus order
  std::vector<std::string> entities;     // actor codes in the contents, most frequent first
  std::vector<std::string> terms;        // key terms, heaviest first
  std::vector<ClaimPosition> positions;  // one per statement, in corpus order
  std::vector<ClaimActor> actors;        // one per actor with a known source, most statements first
  std::vector<ClaimArticle> articles;    // articles with a stance toward it (not `unrelated`)
  std::vector<ClaimFigureSeen> figures;  // in date, then corpus order
  int32_t first_doc = 0;                 // the earliest article (by date, then corpus order)
  std::string first_seen;                // its date, "" when unknown
  int32_t sources = 0;                   // distinct sources (actor codes, else source texts)
  int32_t stories = 0;                   // distinct stories among its articles (near-copies count once)
  double checkworthy = -1;               // 0..1, or -1 when no scorer was given
};

// --- Options and hooks
// -------------------------------------------------------------------------------------- The article-stance
// classifier: headline = a claim's canonical text, body = an article's text. Returns the FNC-1 label and its
// probability. When none is given, an article's stance is derived from the positions of its own statements in
// the claim (docs/claims.md).
struct ArticleStance {
  std::string label;  // agree, disagree, discuss, unrelated
  double probability = 0;
};
using ArticleStanceFn = std::function<ArticleStance(std::string_view claim, std::string_view body)>;
using CheckworthyFn = std::function<double(std::string_view sentence)>;

struct ClaimOptions {
  double link_threshold = 0.30;     // cosine of a statement to a claim (term vectors) needed to join it
  double anaphor_threshold = 0.10;  // the same for an anaphoric statement ("the allegations ...")
  double article_threshold = 0.20;  // cosine of an article's text to a claim to classify their stance
  int min_terms = 2;                // statements with fewer key terms and no anaphor are not claims
  ArticleStanceFn article_stance;   // may be empty
  CheckworthyFn checkworthy;        // may be empty
};

struct ClaimBoard {
  std::vector<Claim> claims;  // most sources first, then most statements, then first seen
  size_t statements_read = 0, statements_linked = 0, anaphoric_links = 0;
};

ClaimBoard build_claims(const ClaimCorpus& corpus, const ClaimOptions& options);

// The key terms of a statement's content, as build_claims sees them: its words in lower case, stop words and
// numbers out, light stemming; and each actor inside it as "@CODE" and its country as "@CTY". Exposed for
// tests and tools.
void claim_terms(const ClaimStatement& s, std::vector<std::string>& out);
// Whether a content refers back to an earlier claim ("the allegations", "such claims", "them", "the
// reports").
bool is_anaphoric_content(std::string_view content);

// The claims board as text (claimtrace claims) and as JSON lines (claimtrace claims --json).
void write_claims_board(const ClaimCorpus& corpus, const ClaimBoard& board, size_t limit, std::string& out);
void write_claims_json(const ClaimCorpus& corpus, const ClaimBoard& board, std::string& out);

}  // namespace claimtrace
