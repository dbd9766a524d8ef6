// The embedded store (SQLite). Schema version in PRAGMA user_version; see docs/schema.md.
#include <sqlite3.h>

#include "claimtrace/neardup.h"
#include "claimtrace/store.h"

namespace claimtrace {
namespace {

constexpr int kStoreSchema = 1;

const char* kCreate = R"SQL(
CREATE TABLE IF NOT EXISTS documents (
  doc INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text_hash INTEGER NOT NULL,
  url TEXT, title TEXT, published TEXT, source TEXT, format TEXT, origin TEXT,
  meta TEXT NOT NULL DEFAULT '{}',
  text BLOB NOT NULL,
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS documents_text_hash ON documents(text_hash);
CREATE TABLE IF NOT EXISTS paragraphs (
  doc INTEGER NOT NULL REFERENCES documents(doc), idx INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL, duplicate_of INTEGER,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sentences (
  doc INTEGER NOT NULL REFERENCES documents(doc), idx INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL, paragraph INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS warnings (
  doc INTEGER NOT NULL REFERENCES documents(doc), code TEXT NOT NULL, offset INTEGER NOT NULL, message TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
  doc INTEGER NOT NULL REFERENCES documents(doc), idx INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
  code TEXT, country TEXT, sector TEXT, name TEXT, actor_id TEXT, source TEXT NOT NULL,
  sentence INTEGER NOT NULL, ref INTEGER,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mentions_code ON mentions(code);
CREATE TABLE IF NOT EXISTS attributions (
  doc INTEGER NOT NULL REFERENCES documents(doc), idx INTEGER NOT NULL,
  source_text TEXT NOT NULL, source_code TEXT, source_mention INTEGER,
  cue_text TEXT NOT NULL, content_text TEXT NOT NULL,
  source_spans TEXT NOT NULL, cue_spans TEXT NOT NULL, content_spans TEXT NOT NULL,
  direct INTEGER NOT NULL, stance TEXT NOT NULL, negated INTEGER NOT NULL, nested_in INTEGER,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS attributions_source_code ON attributions(source_code);
CREATE INDEX IF NOT EXISTS attributions_stance ON attributions(stance);
CREATE TABLE IF NOT EXISTS quantities (
  doc INTEGER NOT NULL REFERENCES documents(doc), idx INTEGER NOT NULL,
  begin INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, value REAL NOT NULL, high REAL NOT NULL,
  qualifier TEXT NOT NULL, unit TEXT NOT NULL, unit_kind TEXT NOT NULL, currency TEXT NOT NULL,
  actor_code TEXT, sentence INTEGER NOT NULL, statement INTEGER,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
  doc INTEGER NOT NULL REFERENCES documents(doc), idx INTEGER NOT NULL,
  type TEXT NOT NULL, mode TEXT NOT NULL, cameo TEXT NOT NULL, date TEXT NOT NULL,
  source_code TEXT, source_country TEXT, source_sector TEXT, source_text TEXT,
  target_code TEXT, target_country TEXT, target_sector TEXT, target_text TEXT,
  trigger TEXT NOT NULL, location TEXT, sentence_text TEXT NOT NULL, sentence INTEGER NOT NULL, statement INTEGER,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_source ON events(source_code);
CREATE TABLE IF NOT EXISTS runs (
  run INTEGER PRIMARY KEY,
  finished_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  command TEXT, read INTEGER, stored INTEGER, duplicates INTEGER, rejected INTEGER,
  rejected_by_reason TEXT, input_bytes INTEGER, seconds REAL
);
)SQL";

// Near-duplicate story clusters (docs/neardup.md): one row per document of an ingest run.
const char* kCreateStories = R"SQL(
CREATE TABLE IF NOT EXISTS stories (
  doc_id TEXT PRIMARY KEY, cluster TEXT NOT NULL, duplicate_of TEXT, similarity REAL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS stories_cluster ON stories(cluster);
)SQL";

}  // namespace

struct SqliteStore::Impl {
  std::string path;
  sqlite3* db = nullptr;
  sqlite3_stmt* find_id = nullptr;
  sqlite3_stmt* find_hash = nullptr;
  sqlite3_stmt* insert_doc = nullptr;
  sqlite3_stmt* insert_para = nullptr;
  sqlite3_stmt* insert_sent = nullptr;
  sqlite3_stmt* insert_warn = nullptr;
  sqlite3_stmt* insert_mention = nullptr;
  sqlite3_stmt* insert_attribution = nullptr;
  sqlite3_stmt* insert_quantity = nullptr;
  sqlite3_stmt* insert_event = nullptr;

  ~Impl() {
    for (auto* s : {find_id, find_hash, insert_doc, insert_para, insert_sent, insert_warn, insert_mention,
                    insert_attribution, insert_quantity, insert_event})
      sqlite3_finalize(s);
    if (db) sqlite3_close(db);
  }
  Error err(const std::string& what) const {
    return Error{ErrorCode::store, path, what + ": " + (db ? sqlite3_errmsg(db) : "cannot open")};
  }
  Status exec(const char* sql) {
    char* msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
      Error e{ErrorCode::store, path, msg ? msg : "sqlite error"};
      sqlite3_free(msg);
      return e;
    }
    return ok_status();
  }
  Status prepare(const char* sql, sqlite3_stmt** out) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, out, nullptr) != SQLITE_OK) {
      return err("prepare");
    }
    return ok_status();
  }
  Result<bool> exists(sqlite3_stmt* s) {
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return err("query");
  }
};

SqliteStore::SqliteStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
sqlite3* SqliteStore::handle() { return impl_->db; }
Error SqliteStore::error(const std::string& what) { return impl_->err(what); }
SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path) {
  auto m = std::make_unique<Impl>();
  m->path = path;
  if (sqlite3_open_v2(path.c_str(), &m->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK) {
    return m->err("cannot open database");
  }
  sqlite3_busy_timeout(m->db, 10000);
  // Is it ours? An existing database must carry our schema version.
  sqlite3_stmt* v = nullptr;
  int version = 0;
  if (sqlite3_prepare_v2(m->db, "PRAGMA user_version", -1, &v, nullptr) != SQLITE_OK) {
    return m->err("not a claimtrace store (cannot read it as SQLite)");
  }
  if (sqlite3_step(v) == SQLITE_ROW) version = sqlite3_column_int(v, 0);
  sqlite3_finalize(v);
  if (version != 0 && version != kStoreSchema) {
    return Error{ErrorCode::store, path,
                 "store schema version " + std::to_string(version) + ", this claimtrace reads version " +
                     std::to_string(kStoreSchema)};
  }
  for (const char* sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
    if (auto st = m->exec(sql); !st) return st.error();
  }
  if (auto st = m->exec(kCreate); !st) return st.error();
  if (auto st = m->exec(kCreateStories); !st) return st.error();
  if (version == 0) {
    if (auto st = m->exec("PRAGMA user_version=1"); !st) return st.error();
  }
  if (auto st = m->prepare("SELECT 1 FROM documents WHERE id = ?1", &m->find_id); !st) return st.error();
  if (auto st =
          m->prepare("SELECT 1 FROM documents WHERE text_hash = ?1 AND length(text) = ?2", &m->find_hash);
      !st)
    return st.error();
  if (auto st = m->prepare("INSERT INTO documents (id, text_hash, url, title, published, source, format, "
                           "origin, meta, text, record) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                           &m->insert_doc);
      !st)
    return st.error();
  if (auto st = m->prepare("INSERT INTO paragraphs VALUES (?1, ?2, ?3, ?4, ?5)", &m->insert_para); !st)
    return st.error();
  if (auto st = m->prepare("INSERT INTO sentences VALUES (?1, ?2, ?3, ?4, ?5)", &m->insert_sent); !st)
    return st.error();
  if (auto st = m->prepare(
          "INSERT INTO mentions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
          &m->insert_mention);
      !st)
    return st.error();
  if (auto st =
          m->prepare("INSERT INTO attributions VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                     "?13, ?14)",
                     &m->insert_attribution);
      !st)
    return st.error();
  if (auto st =
          m->prepare("INSERT INTO quantities VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                     "?13, ?14)",
                     &m->insert_quantity);
      !st)
    return st.error();
  if (auto st = m->prepare(
          "INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
          "?15, ?16, ?17, ?18, ?19)",
          &m->insert_event);
      !st)
    return st.error();
  if (auto st = m->prepare("INSERT INTO warnings VALUES (?1, ?2, ?3, ?4)", &m->insert_warn); !st)
    return st.error();
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(m)));
}

Status SqliteStore::begin_batch() { return impl_->exec("BEGIN IMMEDIATE"); }
Status SqliteStore::end_batch() { return impl_->exec("COMMIT"); }

Result<WriteOutcome> SqliteStore::write(const Record& r, std::string_view json) {
  Impl& m = *impl_;
  const Document& d = r.doc;
  // (An empty view may have no data pointer, which SQLite would store as NULL: bind "" then.)
  auto text = [](sqlite3_stmt* s, int i, std::string_view v) {
    sqlite3_bind_text(s, i, v.data() ? v.data() : "", static_cast<int>(v.size()), SQLITE_STATIC);
  };
  text(m.find_id, 1, d.id);
  auto found = m.exists(m.find_id);
  if (!found) return found.error();
  if (found.value()) return WriteOutcome::duplicate_id;
  sqlite3_bind_int64(m.find_hash, 1, static_cast<sqlite3_int64>(r.text_hash));
  sqlite3_bind_int64(m.find_hash, 2, static_cast<sqlite3_int64>(d.text.size()));
  found = m.exists(m.find_hash);
  if (!found) return found.error();
  if (found.value()) return WriteOutcome::duplicate_text;

  sqlite3_stmt* s = m.insert_doc;
  text(s, 1, d.id);
  sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(r.text_hash));
  text(s, 3, d.url);
  text(s, 4, d.title);
  text(s, 5, d.published);
  text(s, 6, d.source);
  text(s, 7, d.format);
  text(s, 8, d.origin);
  text(s, 9, d.meta.empty() ? std::string_view("{}") : std::string_view(d.meta));
  sqlite3_bind_blob(s, 10, d.text.data(), static_cast<int>(d.text.size()), SQLITE_STATIC);
  text(s, 11, json);
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if (rc != SQLITE_DONE) return m.err("insert document " + d.id);
  const sqlite3_int64 doc = sqlite3_last_insert_rowid(m.db);
  for (size_t i = 0; i < r.paragraphs.size(); ++i) {
    const auto& p = r.paragraphs[i];
    sqlite3_bind_int64(m.insert_para, 1, doc);
    sqlite3_bind_int64(m.insert_para, 2, static_cast<sqlite3_int64>(i));
    sqlite3_bind_int64(m.insert_para, 3, p.begin);
    sqlite3_bind_int64(m.insert_para, 4, p.end);
    if (p.duplicate_of >= 0) {
      sqlite3_bind_int64(m.insert_para, 5, p.duplicate_of);
    } else {
      sqlite3_bind_null(m.insert_para, 5);
    }
    rc = sqlite3_step(m.insert_para);
    sqlite3_reset(m.insert_para);
    if (rc != SQLITE_DONE) return m.err("insert paragraph");
  }
  for (size_t i = 0; i < r.sentences.size(); ++i) {
    const auto& x = r.sentences[i];
    sqlite3_bind_int64(m.insert_sent, 1, doc);
    sqlite3_bind_int64(m.insert_sent, 2, static_cast<sqlite3_int64>(i));
    sqlite3_bind_int64(m.insert_sent, 3, x.begin);
    sqlite3_bind_int64(m.insert_sent, 4, x.end);
    sqlite3_bind_int64(m.insert_sent, 5, x.paragraph);
    rc = sqlite3_step(m.insert_sent);
    sqlite3_reset(m.insert_sent);
    if (rc != SQLITE_DONE) return m.err("insert sentence");
  }
  for (size_t i = 0; i < r.mentions.size(); ++i) {
    const Mention& x = r.mentions[i];
    sqlite3_stmt* q = m.insert_mention;
    sqlite3_bind_int64(q, 1, doc);
    sqlite3_bind_int64(q, 2, static_cast<sqlite3_int64>(i));
    sqlite3_bind_int64(q, 3, x.begin);
    sqlite3_bind_int64(q, 4, x.end);
    text(q, 5, std::string_view(d.text).substr(x.begin, x.end - x.begin));
    text(q, 6, x.type);
    if (x.resolved) {
      text(q, 7, x.actor.code);
      text(q, 8, x.actor.country);
      text(q, 9, x.actor.sector);
      text(q, 10, x.actor.name);
      text(q, 11, x.actor.id);
    } else {
      for (int k = 7; k <= 11; ++k) sqlite3_bind_null(q, k);
    }
    text(q, 12, mention_source_name(x.source));
    sqlite3_bind_int64(q, 13, x.sentence);
    if (x.ref >= 0) {
      sqlite3_bind_int64(q, 14, x.ref);
    } else {
      sqlite3_bind_null(q, 14);
    }
    rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return m.err("insert mention");
  }
  std::string role, spans;
  auto role_of = [&](const RoleSpans& x) {
    role.clear();
    spans = "[";
    for (const Span& sp : x.spans) {
      if (!role.empty()) role += " \xE2\x80\xA6 ";
      role.append(std::string_view(d.text).substr(sp.begin, sp.end - sp.begin));
      if (spans.size() > 1) spans += ',';
      spans += "[" + std::to_string(sp.begin) + "," + std::to_string(sp.end) + "]";
    }
    spans += "]";
  };
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& a = r.attributions[i];
    sqlite3_stmt* q = m.insert_attribution;
    sqlite3_bind_int64(q, 1, doc);
    sqlite3_bind_int64(q, 2, static_cast<sqlite3_int64>(i));
    role_of(a.source);
    sqlite3_bind_text(q, 3, role.data(), int(role.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 8, spans.data(), int(spans.size()), SQLITE_TRANSIENT);
    // The source's actor: its mention's, or its antecedent's.
    const int32_t mi = resolved_mention(r.mentions, a.source_mention);
    if (mi >= 0) {
      text(q, 4, r.mentions[size_t(mi)].actor.code);
    } else {
      sqlite3_bind_null(q, 4);
    }
    if (a.source_mention >= 0) {
      sqlite3_bind_int64(q, 5, a.source_mention);
    } else {
      sqlite3_bind_null(q, 5);
    }
    role_of(a.cue);
    sqlite3_bind_text(q, 6, role.data(), int(role.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 9, spans.data(), int(spans.size()), SQLITE_TRANSIENT);
    role_of(a.content);
    sqlite3_bind_text(q, 7, role.data(), int(role.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 10, spans.data(), int(spans.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(q, 11, a.direct ? 1 : 0);
    text(q, 12, stance_name(a.stance));
    sqlite3_bind_int(q, 13, a.negated ? 1 : 0);
    if (a.nested_in >= 0) {
      sqlite3_bind_int64(q, 14, a.nested_in);
    } else {
      sqlite3_bind_null(q, 14);
    }
    rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return m.err("insert attribution");
  }
  auto bind_opt_int = [](sqlite3_stmt* q, int i, int64_t v) {
    if (v >= 0) {
      sqlite3_bind_int64(q, i, v);
    } else {
      sqlite3_bind_null(q, i);
    }
  };
  const std::string_view dtext = d.text;
  auto cut = [&](Span sp) {
    return sp.end > sp.begin && sp.end <= dtext.size() ? dtext.substr(sp.begin, sp.end - sp.begin)
                                                       : std::string_view();
  };
  for (size_t i = 0; i < r.quantities.size(); ++i) {
    const Quantity& x = r.quantities[i];
    sqlite3_stmt* q = m.insert_quantity;
    sqlite3_bind_int64(q, 1, doc);
    sqlite3_bind_int64(q, 2, static_cast<sqlite3_int64>(i));
    sqlite3_bind_int64(q, 3, x.span.begin);
    sqlite3_bind_int64(q, 4, x.span.end);
    text(q, 5, cut(x.span));
    sqlite3_bind_double(q, 6, x.value);
    sqlite3_bind_double(q, 7, x.high);
    text(q, 8, qualifier_name(x.qualifier));
    text(q, 9, cut(x.unit));
    text(q, 10, x.unit_kind);
    text(q, 11, x.currency);
    if (x.mention >= 0 && size_t(x.mention) < r.mentions.size() && r.mentions[size_t(x.mention)].resolved) {
      text(q, 12, r.mentions[size_t(x.mention)].actor.code);
    } else {
      sqlite3_bind_null(q, 12);
    }
    sqlite3_bind_int64(q, 13, x.sentence);
    bind_opt_int(q, 14, x.statement);
    rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return m.err("insert quantity");
  }
  for (size_t i = 0; i < r.events.size(); ++i) {
    const Event& e = r.events[i];
    sqlite3_stmt* q = m.insert_event;
    sqlite3_bind_int64(q, 1, doc);
    sqlite3_bind_int64(q, 2, static_cast<sqlite3_int64>(i));
    text(q, 3, e.type);
    text(q, 4, e.mode);
    text(q, 5, e.cameo);
    text(q, 6, e.date);
    int col = 7;
    for (const EventActor* a : {&e.source, &e.target}) {
      if (a->mention >= 0 || a->inferred) {  // an inferred (domestic) side has a code and no text
        text(q, col, a->code);
        text(q, col + 1, a->country);
        text(q, col + 2, a->sector);
        text(q, col + 3, a->inferred ? std::string_view() : cut(a->span));
      } else {
        for (int k = 0; k < 4; ++k) sqlite3_bind_null(q, col + k);
      }
      col += 4;
    }
    text(q, 15, cut(e.trigger));
    if (e.location.end > e.location.begin) {
      text(q, 16, cut(e.location));
    } else {
      sqlite3_bind_null(q, 16);
    }
    const Span sent = e.sentence < r.sentences.size()
                          ? Span{r.sentences[e.sentence].begin, r.sentences[e.sentence].end}
                          : Span{};
    text(q, 17, cut(sent));
    sqlite3_bind_int64(q, 18, e.sentence);
    bind_opt_int(q, 19, e.statement);
    rc = sqlite3_step(q);
    sqlite3_reset(q);
    if (rc != SQLITE_DONE) return m.err("insert event");
  }
  for (const auto& w : r.warnings) {
    sqlite3_bind_int64(m.insert_warn, 1, doc);
    text(m.insert_warn, 2, w.code);
    sqlite3_bind_int64(m.insert_warn, 3, w.offset);
    text(m.insert_warn, 4, w.message);
    rc = sqlite3_step(m.insert_warn);
    sqlite3_reset(m.insert_warn);
    if (rc != SQLITE_DONE) return m.err("insert warning");
  }
  return WriteOutcome::stored;
}

Result<StoreStats> SqliteStore::stats() {
  Impl& m = *impl_;
  StoreStats st;
  st.schema = kStoreSchema;
  auto count = [&](const char* sql, uint64_t& out) -> Status {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(m.db, sql, -1, &s, nullptr) != SQLITE_OK) return m.err("stats");
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) out = static_cast<uint64_t>(sqlite3_column_int64(s, 0));
    sqlite3_finalize(s);
    if (rc != SQLITE_ROW) return m.err("stats");
    return ok_status();
  };
  const std::pair<const char*, uint64_t*> queries[] = {
      {"SELECT count(*) FROM documents", &st.documents},
      {"SELECT count(*) FROM paragraphs", &st.paragraphs},
      {"SELECT count(*) FROM paragraphs WHERE duplicate_of IS NOT NULL", &st.duplicate_paragraphs},
      {"SELECT count(*) FROM sentences", &st.sentences},
      {"SELECT coalesce(sum(length(text)), 0) FROM documents", &st.text_bytes},
      {"SELECT count(*) FROM warnings", &st.warnings},
      {"SELECT count(*) FROM mentions", &st.mentions},
      {"SELECT count(*) FROM mentions WHERE code IS NOT NULL", &st.resolved_mentions},
      {"SELECT count(*) FROM attributions", &st.attributions},
      {"SELECT count(*) FROM quantities", &st.quantities},
      {"SELECT count(*) FROM events", &st.events},
      {"SELECT count(*) FROM runs", &st.runs},
  };
  for (const auto& [sql, out] : queries) {
    if (auto s = count(sql, *out); !s) return s.error();
  }
  sqlite3_stmt* top = nullptr;
  if (sqlite3_prepare_v2(m.db,
                         "SELECT code, count(*) AS n FROM mentions WHERE code IS NOT NULL AND country <> '' "
                         "GROUP BY code ORDER BY n DESC, code LIMIT 10",
                         -1, &top, nullptr) != SQLITE_OK)
    return m.err("stats");
  while (sqlite3_step(top) == SQLITE_ROW) {
    st.top_actors.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(top, 0)),
                               static_cast<uint64_t>(sqlite3_column_int64(top, 1)));
  }
  sqlite3_finalize(top);
  sqlite3_stmt* by = nullptr;
  if (sqlite3_prepare_v2(
          m.db, "SELECT stance, count(*) AS n FROM attributions GROUP BY stance ORDER BY n DESC, stance", -1,
          &by, nullptr) != SQLITE_OK)
    return m.err("stats");
  while (sqlite3_step(by) == SQLITE_ROW) {
    st.attributions_by_stance.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(by, 0)),
                                           static_cast<uint64_t>(sqlite3_column_int64(by, 1)));
  }
  sqlite3_finalize(by);
  sqlite3_stmt* et = nullptr;
  if (sqlite3_prepare_v2(m.db, "SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type",
                         -1, &et, nullptr) != SQLITE_OK)
    return m.err("stats");
  while (sqlite3_step(et) == SQLITE_ROW) {
    st.events_by_type.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(et, 0)),
                                   static_cast<uint64_t>(sqlite3_column_int64(et, 1)));
  }
  sqlite3_finalize(et);
  if (auto s = story_stats(st); !s) return s.error();
  return st;
}

Status SqliteStore::event_rows(std::vector<EventRow>& out) {
  Impl& m = *impl_;
  sqlite3_stmt* q = nullptr;
  const char* sql =
      "SELECT d.id, coalesce(d.url, ''), e.date, e.type, e.mode, e.cameo, e.source_code, e.source_country, "
      "e.source_sector, e.source_text, e.target_code, e.target_country, e.target_sector, e.target_text, "
      "e.trigger, "
      "e.location, e.sentence_text, e.idx FROM events e JOIN documents d ON d.doc = e.doc ORDER BY e.doc, "
      "e.idx";
  if (sqlite3_prepare_v2(m.db, sql, -1, &q, nullptr) != SQLITE_OK) return m.err("read events");
  auto col = [&](int i) {
    const unsigned char* t = sqlite3_column_text(q, i);
    return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
  };
  int rc;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    EventRow r;
    r.doc_id = col(0), r.url = col(1), r.date = col(2), r.type = col(3), r.mode = col(4), r.cameo = col(5);
    r.source_code = col(6), r.source_country = col(7), r.source_sector = col(8), r.source_text = col(9);
    r.target_code = col(10), r.target_country = col(11), r.target_sector = col(12), r.target_text = col(13);
    r.trigger = col(14), r.location = col(15), r.sentence = col(16);
    r.event_index = sqlite3_column_int(q, 17);
    out.push_back(std::move(r));
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE) return m.err("read events");
  return ok_status();
}

Status SqliteStore::record_run(const RunStats& s, const std::string& command) {
  Impl& m = *impl_;
  std::string reasons = "{";
  for (const auto& [k, v] : s.rejected_by_reason) {
    if (reasons.size() > 1) reasons.push_back(',');
    reasons += "\"" + k + "\":" + std::to_string(v);
  }
  reasons.push_back('}');
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(m.db,
                         "INSERT INTO runs (command, read, stored, duplicates, rejected, rejected_by_reason, "
                         "input_bytes, seconds) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                         -1, &st, nullptr) != SQLITE_OK)
    return m.err("record run");
  sqlite3_bind_text(st, 1, command.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 2, static_cast<sqlite3_int64>(s.read));
  sqlite3_bind_int64(st, 3, static_cast<sqlite3_int64>(s.stored));
  sqlite3_bind_int64(st, 4, static_cast<sqlite3_int64>(s.duplicates));
  sqlite3_bind_int64(st, 5, static_cast<sqlite3_int64>(s.rejected));
  sqlite3_bind_text(st, 6, reasons.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64(st, 7, static_cast<sqlite3_int64>(s.input_bytes));
  sqlite3_bind_double(st, 8, s.seconds);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return m.err("record run");
  return ok_status();
}

// --- Stories (near-duplicate clusters) -------------------------------------------------------------------

Status SqliteStore::write_stories(const NearDupIndex& index) {
  Impl& m = *impl_;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(m.db, "INSERT OR REPLACE INTO stories VALUES (?1, ?2, ?3, ?4)", -1, &s, nullptr) !=
      SQLITE_OK)
    return m.err("write stories");
  if (auto st = m.exec("BEGIN IMMEDIATE"); !st) {
    sqlite3_finalize(s);
    return st;
  }
  for (uint32_t d = 0; d < index.size(); ++d) {
    const std::string& id = index.id(d);
    const std::string& cluster = index.id(index.cluster(d));
    sqlite3_bind_text(s, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
    sqlite3_bind_text(s, 2, cluster.data(), static_cast<int>(cluster.size()), SQLITE_STATIC);
    if (index.duplicate_of(d) != kNoDoc) {
      const std::string& of = index.id(index.duplicate_of(d));
      sqlite3_bind_text(s, 3, of.data(), static_cast<int>(of.size()), SQLITE_STATIC);
      sqlite3_bind_double(s, 4, index.similarity(d));
    } else {
      sqlite3_bind_null(s, 3);
      sqlite3_bind_null(s, 4);
    }
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
      Error e = m.err("write story of " + id);
      sqlite3_finalize(s);
      (void)m.exec("ROLLBACK");
      return e;
    }
  }
  sqlite3_finalize(s);
  return m.exec("COMMIT");
}

Status SqliteStore::for_each_text(
    const std::function<void(const std::string& id, std::string_view text)>& fn) {
  Impl& m = *impl_;
  sqlite3_stmt* q = nullptr;
  if (sqlite3_prepare_v2(m.db, "SELECT id, text FROM documents ORDER BY doc", -1, &q, nullptr) != SQLITE_OK)
    return m.err("read documents");
  int rc;
  std::string id;
  while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
    const unsigned char* i = sqlite3_column_text(q, 0);
    id.assign(i ? reinterpret_cast<const char*>(i) : "", size_t(sqlite3_column_bytes(q, 0)));
    const void* t = sqlite3_column_blob(q, 1);
    fn(id, std::string_view(t ? static_cast<const char*>(t) : "", size_t(sqlite3_column_bytes(q, 1))));
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_DONE) return m.err("read documents");
  return ok_status();
}

Status SqliteStore::story_stats(StoreStats& st) {
  Impl& m = *impl_;
  sqlite3_stmt* q = nullptr;
  if (sqlite3_prepare_v2(
          m.db,
          "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM stories GROUP BY "
          "cluster HAVING n > 1)",
          -1, &q, nullptr) != SQLITE_OK)
    return m.err("stats");
  const int rc = sqlite3_step(q);
  if (rc == SQLITE_ROW) {
    st.story_clusters = static_cast<uint64_t>(sqlite3_column_int64(q, 0));
    st.story_documents = static_cast<uint64_t>(sqlite3_column_int64(q, 1));
  }
  sqlite3_finalize(q);
  if (rc != SQLITE_ROW) return m.err("stats");
  return ok_status();
}

}  // namespace claimtrace
