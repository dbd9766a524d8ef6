// claimtrace — the PLOVER gold records and the event scores (docs/events.md).
#include <simdjson.h>

#include <algorithm>
#include <map>

#include "claimtrace/events.h"
#include "claimtrace/reader.h"
#include "core/json_field.h"

namespace claimtrace {

namespace {

std::string str(simdjson::simdjson_result<simdjson::dom::element> e) { return json_string_field(e); }

std::vector<PloverActor> actors(simdjson::dom::object obj, const char* key) {
  std::vector<PloverActor> out;
  simdjson::dom::array arr;
  if (obj[key].get(arr) != simdjson::SUCCESS) return out;  // absent, or a bare string (no code)
  for (simdjson::dom::element a : arr) {
    simdjson::dom::object o;
    if (a.get(o) != simdjson::SUCCESS) continue;
    PloverActor x{str(o["actorText"]), str(o["code"])};
    if (!x.code.empty()) out.push_back(std::move(x));
  }
  return out;
}

// CAMEO's own country codes where they differ from ISO 3166 alpha-3.
std::string iso3(std::string code) {
  static const std::map<std::string, std::string> kOld = {{"JAP", "JPN"}, {"ITL", "ITA"}, {"GMY", "DEU"},
                                                          {"UKG", "GBR"}, {"ROK", "KOR"}, {"RUM", "ROU"}};
  if (code.size() > 3) code = code.substr(0, 3);
  auto it = kOld.find(code);
  return it == kOld.end() ? code : it->second;
}

std::string our_code(const EventActor& a) {
  if (!a.country.empty()) return a.country;
  if (a.code.size() >= 3) return a.code.substr(0, 3);  // IGO..., NGO...
  return {};
}

}  // namespace

Result<std::vector<PloverRecord>> read_plover(const std::string& path) {
  auto bytes = read_file(path);
  if (!bytes.ok()) return bytes.error();
  return parse_plover(bytes.value(), path);
}

Result<std::vector<PloverRecord>> parse_plover(std::string_view json, const std::string& name) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto err = parser.parse(json.data(), json.size()).get(root); err)
    return Error{ErrorCode::malformed_json, name, std::string("not JSON: ") + simdjson::error_message(err)};
  simdjson::dom::array arr;
  if (root.get(arr) != simdjson::SUCCESS)
    return Error{ErrorCode::malformed_json, name, "expected a JSON array"};
  std::vector<PloverRecord> out;
  for (simdjson::dom::element e : arr) {
    simdjson::dom::object o;
    if (e.get(o) != simdjson::SUCCESS) continue;
    PloverRecord r;
    r.id = str(o["id"]);
    r.text = str(o["text"]);
    r.date = str(o["date"]);
    r.event = str(o["event"]);
    if (r.text.empty() || r.event.empty()) continue;
    r.source = actors(o, "source");
    r.target = actors(o, "target");
    // A joint event ("(SRC/TAR: Jordan) and (SRC/TAR: Britain) have agreed"): the gold lists both actors as
    // sources and no target; each is the other's target.
    if (r.target.empty() && r.source.size() >= 2) r.target = r.source;
    out.push_back(std::move(r));
  }
  return out;
}

int32_t primary_event(const std::vector<Event>& events) {
  for (size_t k = 0; k < events.size(); ++k)
    if (events[k].source.mention >= 0 && events[k].target.mention >= 0) return int32_t(k);
  for (size_t k = 0; k < events.size(); ++k)
    if (events[k].source.mention >= 0) return int32_t(k);
  return events.empty() ? -1 : 0;
}

bool plover_code_matches(const EventActor& ours, const std::vector<PloverActor>& gold) {
  const std::string code = our_code(ours);
  if (code.empty()) return false;
  for (const PloverActor& g : gold)
    if (iso3(g.code) == code) return true;
  return false;
}

void score_event(const PloverRecord& gold, const std::vector<Event>& events, EventScore& s) {
  ++s.records;
  auto entry =
      std::find_if(s.by_type.begin(), s.by_type.end(), [&](const auto& x) { return x.first == gold.event; });
  if (entry == s.by_type.end()) {
    s.by_type.push_back({gold.event, {0, 0}});
    entry = s.by_type.end() - 1;
  }
  ++entry->second.second;
  const int32_t p = primary_event(events);
  if (!gold.source.empty()) ++s.source_gold;
  if (!gold.target.empty()) ++s.target_gold;
  if (p < 0) {
    s.triple_fn += 1;
    return;
  }
  ++s.with_event;
  const Event& e = events[size_t(p)];
  const bool type_ok = e.type == gold.event;
  if (type_ok) ++s.type_correct, ++entry->second.first;
  const bool src_ok = plover_code_matches(e.source, gold.source);
  const bool tgt_ok = gold.target.empty() ? e.target.mention < 0 : plover_code_matches(e.target, gold.target);
  if (!gold.source.empty() && src_ok) ++s.source_correct;
  if (!gold.target.empty() && tgt_ok) ++s.target_correct;
  if (type_ok && src_ok && tgt_ok) {
    s.triple_tp += 1;
  } else {
    s.triple_fp += 1;
    s.triple_fn += 1;
  }
}

}  // namespace claimtrace
