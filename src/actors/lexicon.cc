// The actor lexicon: parsing data/actors.tsv (format: docs/actors.md).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "claimtrace/actors.h"

extern const char embedded_actors[];
extern const unsigned long embedded_actors_size;

namespace claimtrace {
namespace {

constexpr std::string_view kHeader = "claimtrace-actors 1";
constexpr std::string_view kKinds[] = {"country", "adjective", "capital", "seat",   "city", "region",
                                       "igo",     "ngo",       "org",     "person", "agent"};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

bool has_upper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool valid_date(std::string_view d) {
  if (d.empty()) return true;
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  for (size_t i = 0; i < d.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return false;
  }
  return true;
}

}  // namespace

Result<ActorLexicon> ActorLexicon::parse(std::string_view text, std::string_view name) {
  ActorLexicon lex;
  std::unordered_map<std::string, uint32_t> alias_index;
  std::unordered_map<std::string, uint32_t> ids;
  size_t line_no = 0;
  size_t pos = 0;
  bool header = false;
  auto fail = [&](const std::string& why) {
    return Error{ErrorCode::resource, std::string(name) + ":" + std::to_string(line_no), why};
  };
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!header) {
      if (line != kHeader) return fail("expected the header line '" + std::string(kHeader) + "'");
      header = true;
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    auto cols = split(line, '\t');
    if (cols.size() != 10 && cols.size() != 11) {
      return fail("expected 10 or 11 tab-separated columns, found " + std::to_string(cols.size()));
    }
    ActorEntry e;
    e.id = cols[0];
    e.kind = cols[1];
    e.code = cols[2];
    e.country = cols[3];
    e.sector = cols[4];
    e.type = cols[5];
    e.name = cols[6];
    e.from = cols[8];
    e.to = cols[9];
    if (cols.size() == 11) e.role = cols[10];
    if (e.id.empty()) return fail("empty id");
    if (std::find(std::begin(kKinds), std::end(kKinds), e.kind) == std::end(kKinds)) {
      return fail("unknown kind '" + e.kind + "' for " + e.id);
    }
    if (!e.country.empty() && e.country.size() != 3) return fail("country must be ISO 3166 alpha-3: " + e.id);
    if (!valid_date(e.from) || !valid_date(e.to)) return fail("dates must be YYYY[-MM[-DD]]: " + e.id);
    if (!ids.emplace(e.id, static_cast<uint32_t>(lex.entries_.size())).second) {
      return fail("duplicate id '" + e.id + "'");
    }
    const auto entry = static_cast<uint32_t>(lex.entries_.size());
    bool any = false;
    for (std::string_view a : split(cols[7], '|')) {
      if (a.empty()) continue;
      any = true;
      std::string phrase(a);
      const bool caseless = !has_upper(phrase);
      std::string key = (caseless ? "i:" : "s:") + phrase;
      auto [it, inserted] = alias_index.emplace(key, static_cast<uint32_t>(lex.aliases_.size()));
      if (inserted) lex.aliases_.push_back(ActorAlias{phrase, {}, caseless});
      auto& list = lex.aliases_[it->second].entries;
      if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(entry);
    }
    if (!any) return fail("no aliases for " + e.id);
    lex.entries_.push_back(std::move(e));
  }
  if (!header) return Error{ErrorCode::resource, std::string(name), "empty resource (no header line)"};
  return lex;
}

const ActorLexicon& ActorLexicon::builtin() {
  static const ActorLexicon lexicon = [] {
    auto r = parse(std::string_view(embedded_actors, embedded_actors_size), "data/actors.tsv");
    if (!r.ok()) {
      std::fprintf(stderr, "claimtrace: built-in resource is broken: %s\n", r.error().to_string().c_str());
      std::abort();
    }
    return std::move(r).value();
  }();
  return lexicon;
}

uint32_t ActorLexicon::pick(const ActorAlias& alias, std::string_view date) const {
  if (alias.entries.size() == 1) return alias.entries[0];
  // Valid on the date: from <= date < to (string comparison works on ISO dates of any precision here).
  if (!date.empty()) {
    for (uint32_t e : alias.entries) {
      const ActorEntry& x = entries_[e];
      if ((x.from.empty() || std::string_view(x.from) <= date.substr(0, x.from.size())) &&
          (x.to.empty() || date.substr(0, x.to.size()) < std::string_view(x.to))) {
        return e;
      }
    }
  }
  // No date (or none valid): the open-ended entry, else the most recent one.
  uint32_t best = alias.entries[0];
  for (uint32_t e : alias.entries) {
    if (entries_[e].to.empty()) return e;
    if (entries_[e].to > entries_[best].to) best = e;
  }
  return best;
}

}  // namespace claimtrace
