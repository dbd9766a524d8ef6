// claimtrace — event exports: GDELT-style TSV, PLOVER JSON, CSV (docs/events.md).
#include "claimtrace/export.h"

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>

#include "core/json_field.h"

namespace claimtrace {

Result<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "gdelt") return ExportFormat::gdelt;
  if (name == "plover") return ExportFormat::plover;
  if (name == "csv") return ExportFormat::csv;
  return Error{ErrorCode::usage, "",
               "unknown export format \"" + std::string(name) + "\" (gdelt, plover, csv)"};
}

namespace {

std::string slice(std::string_view text, Span s) {
  if (s.end <= s.begin || s.end > text.size()) return {};
  return std::string(text.substr(s.begin, s.end - s.begin));
}

std::string str(simdjson::simdjson_result<simdjson::dom::element> e) { return json_string_field(e); }

int root_of(std::string_view cameo) {
  return cameo.size() >= 2 ? std::atoi(std::string(cameo.substr(0, 2)).c_str()) : 0;
}

// A TSV field: tabs and newlines would break the row.
std::string tsv(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string csv(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

int quad_class(std::string_view cameo) {
  const int r = root_of(cameo);
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 8) return 2;
  if (r >= 9 && r <= 13) return 3;
  if (r >= 14 && r <= 20) return 4;
  return 0;
}

double goldstein(std::string_view cameo) {
  // Root-level values of the Goldstein (1992) conflict-cooperation scale as GDELT applies it to CAMEO roots.
  static constexpr double kRoot[21] = {0,    0.0,  3.0,  4.0,  1.0,  3.5,  6.0,  7.0,  5.0,   -2.0, -5.0,
                                       -2.0, -4.0, -6.0, -6.5, -7.2, -4.0, -7.0, -9.0, -10.0, -10.0};
  const int r = root_of(cameo);
  return r >= 1 && r <= 20 ? kRoot[r] : 0.0;
}

void event_rows(const Record& r, std::vector<EventRow>& out) {
  const std::string_view text = r.doc.text;
  for (size_t k = 0; k < r.events.size(); ++k) {
    const Event& e = r.events[k];
    EventRow row;
    row.doc_id = r.doc.id;
    row.url = r.doc.url;
    row.date = e.date.empty() ? std::string(std::string_view(r.doc.published).substr(0, 10)) : e.date;
    row.type = e.type, row.mode = e.mode, row.cameo = e.cameo;
    row.source_code = e.source.code, row.source_country = e.source.country,
    row.source_sector = e.source.sector;
    row.source_text = slice(text, e.source.span);
    row.target_code = e.target.code, row.target_country = e.target.country,
    row.target_sector = e.target.sector;
    row.target_text = slice(text, e.target.span);
    row.trigger = slice(text, e.trigger);
    row.location = slice(text, e.location);
    if (e.sentence < r.sentences.size())
      row.sentence = slice(text, Span{r.sentences[e.sentence].begin, r.sentences[e.sentence].end});
    row.event_index = int32_t(k);
    out.push_back(std::move(row));
  }
}

Status event_rows_from_json(std::string_view json, std::vector<EventRow>& out) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto err = parser.parse(json.data(), json.size()).get(root); err)
    return Error{ErrorCode::malformed_json, "", std::string("not JSON: ") + simdjson::error_message(err)};
  simdjson::dom::object rec;
  simdjson::dom::array events;
  if (root.get(rec) != simdjson::SUCCESS || rec["events"].get(events) != simdjson::SUCCESS)
    return Error{ErrorCode::malformed_json, "", "not a claimtrace record (no \"events\" array)"};
  const std::string text = str(rec["text"]);
  simdjson::dom::array sentences;
  const bool have_sentences = rec["sentences"].get(sentences) == simdjson::SUCCESS;
  int32_t k = 0;
  for (simdjson::dom::element ev : events) {
    simdjson::dom::object e;
    if (ev.get(e) != simdjson::SUCCESS) continue;
    EventRow row;
    row.doc_id = str(rec["id"]);
    row.url = str(rec["url"]);
    row.date = str(e["date"]);
    if (row.date.empty()) row.date = str(rec["published"]).substr(0, 10);
    row.type = str(e["type"]), row.mode = str(e["mode"]), row.cameo = str(e["cameo"]);
    for (auto [name, code, country, sector, txt] :
         {std::tuple{"source", &row.source_code, &row.source_country, &row.source_sector, &row.source_text},
          std::tuple{"target", &row.target_code, &row.target_country, &row.target_sector,
                     &row.target_text}}) {
      simdjson::dom::object a;
      if (e[name].get(a) != simdjson::SUCCESS) continue;
      *code = str(a["code"]), *country = str(a["country"]), *sector = str(a["sector"]), *txt = str(a["text"]);
    }
    simdjson::dom::object trig;
    if (e["trigger"].get(trig) == simdjson::SUCCESS) row.trigger = str(trig["text"]);
    row.location = str(e["location"]);
    uint64_t si = 0;
    if (have_sentences && !text.empty() && e["sentence"].get(si) == simdjson::SUCCESS) {
      simdjson::dom::object s;
      uint64_t b = 0, en = 0;
      if (sentences.at(si).get(s) == simdjson::SUCCESS && s["begin"].get(b) == simdjson::SUCCESS &&
          s["end"].get(en) == simdjson::SUCCESS)
        row.sentence = slice(text, Span{uint32_t(b), uint32_t(en)});
    }
    row.event_index = k++;
    out.push_back(std::move(row));
  }
  return ok_status();
}

void write_export_header(ExportFormat format, std::string& out) {
  if (format == ExportFormat::csv)
    out +=
        "id,doc_id,date,source_code,source_country,source_sector,source_text,type,mode,cameo,target_code,"
        "target_country,target_sector,target_text,trigger,location,quad_class,goldstein,url\n";
}

void write_export_row(ExportFormat format, const EventRow& r, uint64_t id, std::string& out) {
  char num[64];
  const int root = root_of(r.cameo);
  const std::string day =
      r.date.size() >= 10 ? r.date.substr(0, 4) + r.date.substr(5, 2) + r.date.substr(8, 2) : "";
  if (format == ExportFormat::gdelt) {
    // GDELT 2.0 event table, the columns that apply: GLOBALEVENTID, SQLDATE, Actor1Code, Actor1Name,
    // Actor1CountryCode, Actor1Type1Code, Actor2Code, Actor2Name, Actor2CountryCode, Actor2Type1Code,
    // IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions,
    // ActionGeo_FullName, SOURCEURL (then claimtrace's: PLOVER type, doc id).
    std::snprintf(num, sizeof num, "%02d", root);
    const std::string base = r.cameo.substr(0, std::min<size_t>(3, r.cameo.size()));
    char gold[32];
    std::snprintf(gold, sizeof gold, "%.1f", goldstein(r.cameo));
    const std::string fields[] = {std::to_string(id),
                                  day,
                                  r.source_code,
                                  r.source_text,
                                  r.source_country,
                                  r.source_sector,
                                  r.target_code,
                                  r.target_text,
                                  r.target_country,
                                  r.target_sector,
                                  "1",
                                  r.cameo,
                                  base,
                                  root ? num : "",
                                  std::to_string(quad_class(r.cameo)),
                                  gold,
                                  "1",
                                  r.location,
                                  r.url,
                                  r.type,
                                  r.doc_id};
    for (size_t k = 0; k < std::size(fields); ++k) {
      if (k) out += '\t';
      out += tsv(fields[k]);
    }
    out += '\n';
    return;
  }
  if (format == ExportFormat::csv) {
    std::snprintf(num, sizeof num, "%.1f", goldstein(r.cameo));
    const std::string fields[] = {std::to_string(id),
                                  r.doc_id,
                                  r.date,
                                  r.source_code,
                                  r.source_country,
                                  r.source_sector,
                                  r.source_text,
                                  r.type,
                                  r.mode,
                                  r.cameo,
                                  r.target_code,
                                  r.target_country,
                                  r.target_sector,
                                  r.target_text,
                                  r.trigger,
                                  r.location,
                                  std::to_string(quad_class(r.cameo)),
                                  num,
                                  r.url};
    for (size_t k = 0; k < std::size(fields); ++k) {
      if (k) out += ',';
      out += csv(fields[k]);
    }
    out += '\n';
    return;
  }
  // PLOVER JSON, one event per line (POLECAT-style field names).
  auto field = [&](const char* name, const std::string& v, bool first = false) {
    if (!first) out += ',';
    out += '"';
    out += name;
    out += "\":";
    append_json_string(out, v);
  };
  auto actor = [&](const char* name, const std::string& code, const std::string& country,
                   const std::string& sector, const std::string& text) {
    out += ",\"";
    out += name;
    out += "\":";
    if (code.empty() && text.empty()) {
      out += "null";
      return;
    }
    out += '{';
    field("actorText", text, true);
    field("code", code);
    field("country", country);
    field("sector", sector);
    out += '}';
  };
  out += '{';
  field("id", r.doc_id + "-" + std::to_string(r.event_index), true);
  field("date", r.date);
  field("event", r.type);
  field("mode", r.mode);
  field("cameo", r.cameo);
  actor("source", r.source_code, r.source_country, r.source_sector, r.source_text);
  actor("target", r.target_code, r.target_country, r.target_sector, r.target_text);
  field("eventText", r.trigger);
  out += ",\"eventLoc\":";
  if (r.location.empty()) {
    out += "null";
  } else {
    out += "{\"name\":";
    append_json_string(out, r.location);
    out += '}';
  }
  field("text", r.sentence);
  field("url", r.url);
  field("docId", r.doc_id);
  out += "}\n";
}

}  // namespace claimtrace
