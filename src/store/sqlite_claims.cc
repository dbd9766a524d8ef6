// The store's side of the claims stage: reading the corpus, saving the claims board (docs/schema.md).
#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>

#include "claimtrace/store.h"

namespace claimtrace {
namespace {

const char* kClaimTables = R"SQL(
CREATE TABLE IF NOT EXISTS claims (
  claim INTEGER PRIMARY KEY, canonical TEXT NOT NULL, first_seen TEXT, first_doc INTEGER REFERENCES documents(doc),
  sources INTEGER NOT NULL, statements INTEGER NOT NULL, articles INTEGER NOT NULL, checkworthy REAL,
  entities TEXT NOT NULL, terms TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS claim_positions (
  claim INTEGER NOT NULL REFERENCES claims(claim), doc INTEGER NOT NULL REFERENCES documents(doc),
  attribution INTEGER NOT NULL, actor TEXT NOT NULL, source_text TEXT NOT NULL, position TEXT NOT NULL,
  stance TEXT NOT NULL, anaphoric INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS claim_positions_actor ON claim_positions(actor);
CREATE TABLE IF NOT EXISTS claim_articles (
  claim INTEGER NOT NULL REFERENCES claims(claim), doc INTEGER NOT NULL REFERENCES documents(doc),
  stance TEXT NOT NULL, confidence REAL NOT NULL, method TEXT NOT NULL, statements INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS claim_figures (
  claim INTEGER NOT NULL REFERENCES claims(claim), doc INTEGER NOT NULL REFERENCES documents(doc),
  quantity_text TEXT NOT NULL, value REAL NOT NULL, high REAL NOT NULL, qualifier TEXT NOT NULL, unit TEXT NOT NULL,
  actor TEXT NOT NULL, date TEXT NOT NULL
);
)SQL";

class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { ok_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) == SQLITE_OK; }
  ~Stmt() { sqlite3_finalize(s_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  bool ok() const { return ok_; }
  sqlite3_stmt* get() { return s_; }
  std::string text(int i) {
    const unsigned char* t = sqlite3_column_text(s_, i);
    return t ? std::string(reinterpret_cast<const char*>(t), size_t(sqlite3_column_bytes(s_, i)))
             : std::string();
  }

 private:
  sqlite3_stmt* s_ = nullptr;
  bool ok_ = false;
};

// "[[b,e],[b,e]]" as the store writes it.
std::vector<Span> parse_spans(std::string_view s) {
  std::vector<Span> out;
  uint64_t num[2] = {0, 0};
  int k = -1;
  int depth = 0;
  for (char c : s) {
    if (c == '[') {
      if (++depth == 2) k = 0, num[0] = num[1] = 0;
    } else if (c == ']') {
      if (depth-- == 2 && k == 1) out.push_back(Span{uint32_t(num[0]), uint32_t(num[1])});
    } else if (c == ',' && depth == 2) {
      k = 1;
    } else if (c >= '0' && c <= '9' && depth == 2 && k >= 0) {
      num[k] = num[k] * 10 + uint64_t(c - '0');
    }
  }
  return out;
}

void bind_text(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.c_str(), int(v.size()), SQLITE_TRANSIENT);
}

}  // namespace

Status SqliteStore::claim_corpus(ClaimCorpus& out) {
  sqlite3* db = handle();
  std::unordered_map<sqlite3_int64, int32_t> doc_index;
  {
    Stmt q(db,
           "SELECT doc, id, coalesce(title,''), coalesce(published,''), coalesce(url,''), "
           "coalesce(source,''), text FROM documents ORDER BY doc");
    if (!q.ok()) return error("read documents");
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
      doc_index[sqlite3_column_int64(q.get(), 0)] = int32_t(out.docs.size());
      ClaimDocument d;
      d.id = q.text(1), d.title = q.text(2), d.published = q.text(3), d.url = q.text(4), d.source = q.text(5);
      const void* blob = sqlite3_column_blob(q.get(), 6);
      if (blob) d.text.assign(static_cast<const char*>(blob), size_t(sqlite3_column_bytes(q.get(), 6)));
      out.docs.push_back(std::move(d));
    }
    if (rc != SQLITE_DONE) return error("read documents");
  }
  // Near-duplicate stories (the stories table, when ingest filled it).
  {
    Stmt has(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stories'");
    if (has.ok() && sqlite3_step(has.get()) == SQLITE_ROW) {
      std::unordered_map<std::string, size_t> by_id;
      for (size_t d = 0; d < out.docs.size(); ++d) by_id[out.docs[d].id] = d;
      Stmt q(db, "SELECT doc_id, cluster, coalesce(duplicate_of,''), coalesce(similarity,0) FROM stories");
      if (!q.ok()) return error("read stories");
      int rc;
      while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
        auto it = by_id.find(q.text(0));
        if (it == by_id.end()) continue;
        ClaimDocument& d = out.docs[it->second];
        d.story = q.text(1);
        d.duplicate_of = q.text(2);
        d.similarity = sqlite3_column_double(q.get(), 3);
      }
      if (rc != SQLITE_DONE) return error("read stories");
    }
  }
  // Resolved mentions per document, to find the actors inside each content.
  struct M {
    uint32_t begin, end;
    std::string code, country, text;
  };
  std::unordered_map<int32_t, std::vector<M>> mentions;
  {
    Stmt q(
        db,
        "SELECT doc, begin, end, code, coalesce(country,''), text FROM mentions WHERE code IS NOT NULL AND "
        "code != '' AND source != 'pronoun' ORDER BY doc, begin");
    if (!q.ok()) return error("read mentions");
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
      auto it = doc_index.find(sqlite3_column_int64(q.get(), 0));
      if (it == doc_index.end()) continue;
      mentions[it->second].push_back(M{uint32_t(sqlite3_column_int64(q.get(), 1)),
                                       uint32_t(sqlite3_column_int64(q.get(), 2)), q.text(3), q.text(4),
                                       q.text(5)});
    }
    if (rc != SQLITE_DONE) return error("read mentions");
  }
  {
    Stmt q(db,
           "SELECT doc, idx, source_text, coalesce(source_code,''), cue_text, content_text, source_spans, "
           "cue_spans, content_spans, direct, stance, negated, coalesce(nested_in,-1) FROM attributions "
           "ORDER BY doc, idx");
    if (!q.ok()) return error("read attributions");
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
      auto it = doc_index.find(sqlite3_column_int64(q.get(), 0));
      if (it == doc_index.end()) continue;
      ClaimStatement s;
      s.doc = it->second;
      s.index = sqlite3_column_int(q.get(), 1);
      s.source_text = q.text(2);
      s.source_code = q.text(3);
      s.cue_text = q.text(4);
      s.content_text = q.text(5);
      s.source_spans = parse_spans(q.text(6));
      s.cue_spans = parse_spans(q.text(7));
      s.content_spans = parse_spans(q.text(8));
      s.direct = sqlite3_column_int(q.get(), 9) != 0;
      s.stance = q.text(10);
      s.negated = sqlite3_column_int(q.get(), 11) != 0;
      s.nested_in = sqlite3_column_int(q.get(), 12);
      auto mit = mentions.find(s.doc);
      if (mit != mentions.end()) {
        for (const M& m : mit->second) {
          for (Span sp : s.content_spans) {
            if (m.begin >= sp.begin && m.end <= sp.end) {
              s.content_actors.push_back(m.code);
              s.content_countries.push_back(m.country);
              s.content_actor_texts.push_back(m.text);
              break;
            }
          }
        }
      }
      out.statements.push_back(std::move(s));
    }
    if (rc != SQLITE_DONE) return error("read attributions");
  }
  {
    Stmt q(db,
           "SELECT doc, statement, begin, end, text, value, high, qualifier, unit, coalesce(actor_code,'') "
           "FROM quantities WHERE statement IS NOT NULL ORDER BY doc, idx");
    if (!q.ok()) return error("read quantities");
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW) {
      auto it = doc_index.find(sqlite3_column_int64(q.get(), 0));
      if (it == doc_index.end()) continue;
      ClaimFigure f;
      f.doc = it->second;
      f.statement = sqlite3_column_int(q.get(), 1);
      f.span = Span{uint32_t(sqlite3_column_int64(q.get(), 2)), uint32_t(sqlite3_column_int64(q.get(), 3))};
      f.text = q.text(4);
      f.value = sqlite3_column_double(q.get(), 5);
      f.high = sqlite3_column_double(q.get(), 6);
      f.qualifier = q.text(7);
      f.unit = q.text(8);
      f.actor_code = q.text(9);
      out.figures.push_back(std::move(f));
    }
    if (rc != SQLITE_DONE) return error("read quantities");
  }
  return ok_status();
}

Status SqliteStore::save_claims(const ClaimCorpus& corpus, const ClaimBoard& board) {
  sqlite3* db = handle();
  auto exec = [&](const char* sql) -> Status {
    char* msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
      std::string m = msg ? msg : "sqlite error";
      sqlite3_free(msg);
      return error(std::string("save claims: ") + m);
    }
    return ok_status();
  };
  if (auto st = exec(kClaimTables); !st) return st;
  // Corpus doc index → store rowid.
  std::unordered_map<std::string, sqlite3_int64> rowid;
  {
    Stmt q(db, "SELECT doc, id FROM documents");
    if (!q.ok()) return error("read documents");
    while (sqlite3_step(q.get()) == SQLITE_ROW) rowid[q.text(1)] = sqlite3_column_int64(q.get(), 0);
  }
  auto doc_of = [&](int32_t d) -> sqlite3_int64 {
    auto it = rowid.find(corpus.docs[d].id);
    return it == rowid.end() ? 0 : it->second;
  };
  if (auto st = exec("BEGIN IMMEDIATE; DELETE FROM claim_figures; DELETE FROM claim_articles; "
                     "DELETE FROM claim_positions; DELETE FROM claims;");
      !st)
    return st;
  Stmt ic(db, "INSERT INTO claims VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  Stmt ip(db, "INSERT INTO claim_positions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  Stmt ia(db, "INSERT INTO claim_articles VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  Stmt iff(db, "INSERT INTO claim_figures VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  if (!ic.ok() || !ip.ok() || !ia.ok() || !iff.ok()) {
    (void)exec("ROLLBACK");
    return error("prepare claims");
  }
  auto json_list = [](const std::vector<std::string>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) s += ",";
      append_json_string(s, v[i]);
    }
    return s + "]";
  };
  auto step = [&](Stmt& s) {
    int rc = sqlite3_step(s.get());
    sqlite3_reset(s.get());
    return rc == SQLITE_DONE;
  };
  bool ok = true;
  for (size_t c = 0; c < board.claims.size() && ok; ++c) {
    const Claim& claim = board.claims[c];
    sqlite3_int64 id = sqlite3_int64(c + 1);
    sqlite3_bind_int64(ic.get(), 1, id);
    bind_text(ic.get(), 2, claim.canonical);
    bind_text(ic.get(), 3, claim.first_seen);
    sqlite3_bind_int64(ic.get(), 4, doc_of(claim.first_doc));
    sqlite3_bind_int(ic.get(), 5, claim.sources);
    sqlite3_bind_int64(ic.get(), 6, sqlite3_int64(claim.statements.size()));
    sqlite3_bind_int64(ic.get(), 7, sqlite3_int64(claim.articles.size()));
    if (claim.checkworthy >= 0) {
      sqlite3_bind_double(ic.get(), 8, claim.checkworthy);
    } else {
      sqlite3_bind_null(ic.get(), 8);
    }
    bind_text(ic.get(), 9, json_list(claim.entities));
    bind_text(ic.get(), 10, json_list(claim.terms));
    ok = ok && step(ic);
    for (const ClaimPosition& p : claim.positions) {
      sqlite3_bind_int64(ip.get(), 1, id);
      sqlite3_bind_int64(ip.get(), 2, doc_of(p.doc));
      sqlite3_bind_int(ip.get(), 3, corpus.statements[p.statement].index);
      bind_text(ip.get(), 4, p.actor);
      bind_text(ip.get(), 5, p.source_text);
      bind_text(ip.get(), 6, p.position);
      bind_text(ip.get(), 7, p.stance);
      sqlite3_bind_int(ip.get(), 8, p.anaphoric ? 1 : 0);
      ok = ok && step(ip);
    }
    for (const ClaimArticle& a : claim.articles) {
      sqlite3_bind_int64(ia.get(), 1, id);
      sqlite3_bind_int64(ia.get(), 2, doc_of(a.doc));
      bind_text(ia.get(), 3, a.stance);
      sqlite3_bind_double(ia.get(), 4, a.confidence);
      bind_text(ia.get(), 5, a.method);
      sqlite3_bind_int(ia.get(), 6, a.statements);
      ok = ok && step(ia);
    }
    for (const ClaimFigureSeen& f : claim.figures) {
      const ClaimFigure& fig = corpus.figures[f.figure];
      sqlite3_bind_int64(iff.get(), 1, id);
      sqlite3_bind_int64(iff.get(), 2, doc_of(fig.doc));
      bind_text(iff.get(), 3, fig.text);
      sqlite3_bind_double(iff.get(), 4, fig.value);
      sqlite3_bind_double(iff.get(), 5, fig.high);
      bind_text(iff.get(), 6, fig.qualifier);
      bind_text(iff.get(), 7, fig.unit);
      bind_text(iff.get(), 8, f.actor);
      bind_text(iff.get(), 9, f.date);
      ok = ok && step(iff);
    }
  }
  if (!ok) {
    Error e = error("save claims");
    (void)exec("ROLLBACK");
    return e;
  }
  return exec("COMMIT");
}

}  // namespace claimtrace
