// claimtrace — the PETRARCH2 unit-test records and dictionaries (docs/events.md, "The PETRARCH2 suite").
#include "claimtrace/petrarch.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace claimtrace {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = char(c - 32);
  return out;
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  size_t at = 0;
  while (at <= text.size()) {
    size_t nl = text.find('\n', at);
    std::string_view line = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return out;
}

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// A dictionary phrase: '_' and runs of spaces → one space, lower case, no leading / trailing separators.
std::string phrase_of(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Error error_at(const std::string& name, size_t line, const std::string& why) {
  return Error{ErrorCode::resource, name + ":" + std::to_string(line), why};
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::not_found, path, "cannot open the file"};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Drops a '#' comment (the rest of the line); a '#' inside a [code] is part of it ("[###]").
std::string_view uncomment(std::string_view line) {
  bool in_code = false;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '[') in_code = true;
    if (line[i] == ']') in_code = false;
    if (line[i] == '#' && !in_code) return line.substr(0, i);
  }
  return line;
}

// Skips "<!-- ... -->" blocks (also "<! -- ... -->"), which may span lines. Returns true when the line is
// (part of) a comment block.
struct BlockComments {
  bool inside = false;
  bool skip(std::string_view line) {
    std::string_view t = trim(line);
    if (inside) {
      if (t.find("-->") != std::string_view::npos) inside = false;
      return true;
    }
    if (t.starts_with("<!")) {
      if (t.find("-->") == std::string_view::npos) inside = true;
      return true;
    }
    return false;
  }
};

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "950601" (YYMMDD; years below 30 are 20xx) or "19950601" → "1995-06-01"; "" when malformed.
std::string iso_date(std::string_view d) {
  d = trim(d);
  if (!is_digits(d) || (d.size() != 6 && d.size() != 8)) return {};
  std::string full(d);
  if (d.size() == 6) full = (std::stoi(std::string(d.substr(0, 2))) < 30 ? "20" : "19") + full;
  const int m = std::stoi(full.substr(4, 2)), day = std::stoi(full.substr(6, 2));
  if (m < 1 || m > 12 || day < 1 || day > 31) return {};
  return full.substr(0, 4) + "-" + full.substr(4, 2) + "-" + full.substr(6, 2);
}

// The ISO day after an ISO date.
std::string next_day(const std::string& iso) {
  int y = std::stoi(iso.substr(0, 4)), m = std::stoi(iso.substr(5, 2)), d = std::stoi(iso.substr(8, 2));
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const int days = m == 2 && leap ? 29 : kDays[m - 1];
  if (++d > days) d = 1, ++m;
  if (m > 12) m = 1, ++y;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// --- XML ---------------------------------------------------------------------------------------------------

std::string decode_entities(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [ent, c] : kEntities) {
        if (s.substr(i, ent.size()) == ent) {
          out += c, i += ent.size() - 1, done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

Result<PetrarchRecords> parse_petrarch_records(std::string_view xml, const std::string& name) {
  PetrarchRecords out;
  size_t line = 1, at = 0;
  auto advance_to = [&](size_t to) {
    line += size_t(std::count(xml.begin() + std::ptrdiff_t(at), xml.begin() + std::ptrdiff_t(to), '\n'));
    at = to;
  };
  struct Open {
    std::string name;
    size_t line;
  };
  std::vector<Open> stack;
  std::string text;  // character data of the innermost element
  PetrarchRecord* record = nullptr;
  bool in_environment = false, saw_validation = false;
  while (at < xml.size()) {
    const size_t lt = xml.find('<', at);
    if (lt == std::string_view::npos) {
      text += xml.substr(at);
      advance_to(xml.size());
      break;
    }
    text += xml.substr(at, lt - at);
    advance_to(lt);
    const size_t start_line = line;
    if (xml.substr(at, 4) == "<!--") {
      const size_t end = xml.find("-->", at + 4);
      if (end == std::string_view::npos) return error_at(name, start_line, "unterminated comment <!--");
      advance_to(end + 3);
      continue;
    }
    if (xml.substr(at, 2) == "<!" || xml.substr(at, 2) == "<?") {
      const size_t end = xml.find('>', at);
      if (end == std::string_view::npos) return error_at(name, start_line, "unterminated declaration");
      advance_to(end + 1);
      continue;
    }
    const size_t gt = xml.find('>', at);
    if (gt == std::string_view::npos) return error_at(name, start_line, "unterminated tag");
    std::string_view tag = xml.substr(at + 1, gt - at - 1);
    advance_to(gt + 1);
    if (tag.starts_with("/")) {
      const std::string tname(trim(tag.substr(1)));
      if (stack.empty() || stack.back().name != tname)
        return error_at(name, start_line,
                        "closing tag </" + tname + "> " +
                            (stack.empty() ? std::string("without an open element")
                                           : "does not match <" + stack.back().name + "> of line " +
                                                 std::to_string(stack.back().line)));
      if (record && tname == "Text") record->text = collapse_space(decode_entities(text));
      if (in_environment) {
        const std::string value(trim(text));
        if (tname == "Verbfile") out.environment.verbfile = value;
        if (tname == "Actorfile") out.environment.actorfile = value;
        if (tname == "Agentfile") out.environment.agentfile = value;
        if (tname == "Discardfile") out.environment.discardfile = value;
        if (tname == "Environment") in_environment = false;
      }
      if (tname == "Sentence") {
        // No <EventCoding> at all: nothing is to be coded, as with noevents.
        if (record->codings.empty()) record->noevents = true;
        record = nullptr;
      }
      stack.pop_back();
      text.clear();
      continue;
    }
    // A start tag: name, attributes, maybe "/>".
    bool self_closing = false;
    if (tag.ends_with("/")) self_closing = true, tag.remove_suffix(1);
    size_t k = 0;
    while (k < tag.size() && tag[k] != ' ' && tag[k] != '\t' && tag[k] != '\n' && tag[k] != '\r') ++k;
    const std::string tname(tag.substr(0, k));
    if (tname.empty()) return error_at(name, start_line, "a tag without a name");
    std::map<std::string, std::string> attrs;
    while (k < tag.size()) {
      while (k < tag.size() && std::isspace(static_cast<unsigned char>(tag[k]))) ++k;
      if (k >= tag.size()) break;
      size_t b = k;
      while (k < tag.size() && tag[k] != '=' && !std::isspace(static_cast<unsigned char>(tag[k]))) ++k;
      const std::string aname(tag.substr(b, k - b));
      while (k < tag.size() && std::isspace(static_cast<unsigned char>(tag[k]))) ++k;
      if (k >= tag.size() || tag[k] != '=')
        return error_at(name, start_line, "attribute '" + aname + "' of <" + tname + "> has no value");
      ++k;
      while (k < tag.size() && std::isspace(static_cast<unsigned char>(tag[k]))) ++k;
      if (k >= tag.size() || (tag[k] != '"' && tag[k] != '\''))
        return error_at(name, start_line, "attribute '" + aname + "' of <" + tname + "> is not quoted");
      const char q = tag[k++];
      const size_t e = tag.find(q, k);
      if (e == std::string_view::npos)
        return error_at(name, start_line, "attribute '" + aname + "' of <" + tname + "> is not closed");
      attrs[aname] = decode_entities(tag.substr(k, e - k));
      k = e + 1;
    }
    text.clear();
    if (tname == "Validation") saw_validation = true;
    if (tname == "Environment") in_environment = true;
    if (tname == "Sentence") {
      if (record)
        return error_at(name, start_line,
                        "<Sentence> inside <Sentence> of line " + std::to_string(record->line));
      PetrarchRecord r;
      r.line = uint32_t(start_line);
      r.id = attrs["id"];
      r.category = attrs["category"];
      if (r.id.empty()) return error_at(name, start_line, "<Sentence> without an id");
      r.date = iso_date(attrs["date"]);
      if (r.date.empty())
        return error_at(
            name, start_line,
            "<Sentence id=\"" + r.id + "\"> has no valid date (YYYYMMDD): '" + attrs["date"] + "'");
      out.records.push_back(std::move(r));
      record = &out.records.back();
    } else if (tname == "EventCoding") {
      if (!record) return error_at(name, start_line, "<EventCoding> outside a <Sentence>");
      auto it = attrs.find("noevents");
      auto err = attrs.find("error");
      if (it != attrs.end()) {
        if (lower(it->second) == "true") record->noevents = true;
      } else if (err != attrs.end()) {
        // PETRARCH is expected to reject the sentence (dateline, bad parse, discard): nothing is coded.
        record->error = err->second;
        record->noevents = true;
      } else {
        PetrarchCoding c{attrs["sourcecode"], attrs["targetcode"], attrs["eventcode"]};
        if (c.source.empty() || c.target.empty() || c.event.empty())
          return error_at(name, start_line,
                          "<EventCoding> needs sourcecode, targetcode and eventcode (or noevents=\"True\" or "
                          "error=\"...\")");
        record->codings.push_back(std::move(c));
      }
    }
    if (!self_closing) {
      stack.push_back(Open{tname, start_line});
    } else if (tname == "Sentence") {  // <Sentence .../>: a record with nothing to code
      record->noevents = true;
      record = nullptr;
    }
  }
  if (!stack.empty()) return error_at(name, stack.back().line, "<" + stack.back().name + "> is never closed");
  if (!saw_validation && out.records.empty()) return error_at(name, 1, "no <Validation> records");
  return out;
}

Result<PetrarchRecords> read_petrarch_records(const std::string& path) {
  auto text = read_file(path);
  if (!text.ok()) return text.error();
  return parse_petrarch_records(text.value(), path);
}

// --- Actors and agents -------------------------------------------------------------------------------------

namespace {

struct ActorCode {
  std::string code, from, to;  // ISO; to exclusive
};

// "[CODE]", "[CODE <950601]", "[CODE >20130119]", "[CODE 20080120-20121109]" → ActorCode; "" on success.
std::string parse_code(std::string_view inside, ActorCode& out) {
  inside = trim(inside);
  size_t k = 0;
  while (k < inside.size() && inside[k] != ' ' && inside[k] != '\t' && inside[k] != '<' && inside[k] != '>')
    ++k;
  out.code = upper(inside.substr(0, k));
  std::string_view rest = trim(inside.substr(k));
  if (out.code.empty()) return "an empty code";
  if (rest.empty()) return {};
  if (rest.front() == '<' || rest.front() == '>') {
    const std::string d = iso_date(rest.substr(1));
    if (d.empty()) return "a bad date restriction '" + std::string(rest) + "' (YYMMDD or YYYYMMDD)";
    if (rest.front() == '<')
      out.to = d;
    else
      out.from = next_day(d);
    return {};
  }
  const size_t dash = rest.find('-');
  if (dash == std::string_view::npos) return "a bad date restriction '" + std::string(rest) + "'";
  const std::string a = iso_date(rest.substr(0, dash)), b = iso_date(rest.substr(dash + 1));
  if (a.empty() || b.empty()) return "a bad date range '" + std::string(rest) + "' (YYYYMMDD-YYYYMMDD)";
  out.from = a, out.to = next_day(b);
  return {};
}

// Reads every "[...]" group of a line into codes; the text before the first '[' is returned in `before`.
std::string codes_of_line(std::string_view line, std::string& before, std::vector<ActorCode>& codes) {
  const size_t open = line.find('[');
  before = std::string(trim(line.substr(0, open == std::string_view::npos ? line.size() : open)));
  size_t at = open;
  while (at != std::string_view::npos) {
    const size_t close = line.find(']', at);
    if (close == std::string_view::npos) return "a code '[' without ']'";
    ActorCode c;
    if (std::string why = parse_code(line.substr(at + 1, close - at - 1), c); !why.empty()) return why;
    codes.push_back(std::move(c));
    at = line.find('[', close);
  }
  return {};
}

std::string plural_of(const std::string& word) {
  if (word.empty()) return word;
  const char last = word.back();
  if (last == 'y' && word.size() > 1 &&
      std::string_view("aeiou").find(word[word.size() - 2]) == std::string_view::npos)
    return word.substr(0, word.size() - 1) + "ies";
  if (last == 's' || last == 'x' || last == 'z' || word.ends_with("ch") || word.ends_with("sh"))
    return word + "es";
  return word + "s";
}

bool null_code(std::string_view code) {
  return code.empty() || code.find_first_not_of('-') == std::string_view::npos ||
         code.find_first_not_of('+') == std::string_view::npos;
}

std::string clean_field(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '\t' && c != '|' && c != '\n') out += c;
  return out;
}

}  // namespace

Result<std::string> petrarch_actors_tsv(std::string_view actors, const std::string& actors_name,
                                        std::string_view agents, const std::string& agents_name) {
  std::string tsv = "claimtrace-actors 1\n# Converted in memory from " + clean_field(actors_name) + " and " +
                    clean_field(agents_name) + " (PETRARCH formats).\n";
  size_t next_id = 0;
  auto row = [&](const std::string& kind, const std::string& code, const std::string& country,
                 const std::string& sector, const std::string& type, const std::string& name,
                 const std::vector<std::string>& aliases, const std::string& from, const std::string& to) {
    std::string joined;
    std::unordered_set<std::string> seen;
    for (const std::string& a : aliases) {
      const std::string c = clean_field(a);
      if (c.empty() || !seen.insert(c).second) continue;
      if (!joined.empty()) joined += '|';
      joined += c;
    }
    if (joined.empty()) return;
    tsv += "pa." + std::to_string(next_id++) + "\t" + kind + "\t" + clean_field(code) + "\t" + country +
           "\t" + clean_field(sector) + "\t" + type + "\t" + clean_field(name) + "\t" + joined + "\t" + from +
           "\t" + to + "\n";
  };

  // Actors: an entry is a name line, its +synonym lines and its code lines ("[...]", possibly indented).
  struct Entry {
    std::string name;
    std::vector<std::string> aliases;
    std::vector<ActorCode> codes;
    size_t line = 0;
  };
  std::vector<Entry> entries;
  BlockComments comments;
  const auto alines = lines_of(actors);
  for (size_t i = 0; i < alines.size(); ++i) {
    const size_t line_no = i + 1;
    if (comments.skip(alines[i])) continue;
    std::string_view line = trim(uncomment(alines[i]));
    if (line.empty()) continue;
    std::string before;
    std::vector<ActorCode> codes;
    if (std::string why = codes_of_line(line, before, codes); !why.empty())
      return error_at(actors_name, line_no, why);
    if (line.front() == '[') {
      if (entries.empty()) return error_at(actors_name, line_no, "a code line before any actor");
      for (auto& c : codes) entries.back().codes.push_back(std::move(c));
      continue;
    }
    if (line.front() == '+') {
      if (entries.empty()) return error_at(actors_name, line_no, "a synonym (+) before any actor");
      const std::string p = phrase_of(before.substr(1));
      if (p.empty()) return error_at(actors_name, line_no, "an empty synonym");
      entries.back().aliases.push_back(p);
      for (auto& c : codes) entries.back().codes.push_back(std::move(c));
      continue;
    }
    if (!entries.empty() && entries.back().codes.empty())
      return error_at(actors_name, entries.back().line, "actor '" + entries.back().name + "' has no [CODE]");
    Entry e;
    e.name = before;
    e.line = line_no;
    const std::string p = phrase_of(before);
    if (p.empty()) return error_at(actors_name, line_no, "an actor without a name");
    e.aliases.push_back(p);
    e.codes = std::move(codes);
    entries.push_back(std::move(e));
  }
  if (!entries.empty() && entries.back().codes.empty())
    return error_at(actors_name, entries.back().line, "actor '" + entries.back().name + "' has no [CODE]");
  for (const Entry& e : entries) {
    // Date-restricted codes first: ActorLexicon::pick takes the first entry valid on the date, and the
    // unrestricted code is valid on every date.
    std::vector<const ActorCode*> ordered;
    for (const ActorCode& c : e.codes)
      if (!c.from.empty() || !c.to.empty()) ordered.push_back(&c);
    for (const ActorCode& c : e.codes)
      if (c.from.empty() && c.to.empty()) ordered.push_back(&c);
    for (const ActorCode* c : ordered) {
      if (null_code(c->code)) {  // [---]: a known name that codes nothing (blocks shorter matches)
        row("region", "", "", "", "LOC", e.name, e.aliases, c->from, c->to);
        continue;
      }
      const std::string first = c->code.substr(0, c->code.find('/'));
      std::string country = first.size() >= 3 ? first.substr(0, 3) : std::string();
      if (!std::all_of(country.begin(), country.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
        country.clear();
      const std::string sector = first.size() > 3 ? first.substr(3) : std::string();
      // Three-letter codes compose with agents ("Valdoria government" → VALGOV); longer ones are kept whole.
      const std::string kind =
          c->code.size() == 3 || (c->code.find('/') != std::string::npos && first.size() == 3) ? "country"
                                                                                               : "org";
      row(kind, c->code, country, sector, kind == "country" ? "GPE" : "ORG", e.name, e.aliases, c->from,
          c->to);
    }
  }

  // Agents: "NAME {PLURALS} [~CODE]"; "!SET! = A, B" substitution sets.
  std::unordered_map<std::string, std::vector<std::string>> sets;
  comments = BlockComments{};
  const auto glines = lines_of(agents);
  for (size_t i = 0; i < glines.size(); ++i) {
    const size_t line_no = i + 1;
    if (comments.skip(glines[i])) continue;
    std::string_view line = trim(uncomment(glines[i]));
    if (line.empty()) continue;
    if (line.front() == '!' && line.find('=') != std::string_view::npos) {
      const size_t eq = line.find('=');
      const size_t close = line.find('!', 1);
      if (eq == std::string_view::npos || close == std::string_view::npos || close > eq)
        return error_at(agents_name, line_no, "a substitution set needs the form !NAME! = A, B, ...");
      std::vector<std::string>& words = sets[std::string(line.substr(0, close + 1))];
      std::string_view rest = line.substr(eq + 1);
      size_t at = 0;
      while (at <= rest.size()) {
        size_t comma = rest.find(',', at);
        std::string w(
            trim(rest.substr(at, comma == std::string_view::npos ? std::string_view::npos : comma - at)));
        if (!w.empty()) words.push_back(w);
        if (comma == std::string_view::npos) break;
        at = comma + 1;
      }
      continue;
    }
    std::string_view head = line;
    std::vector<std::string> plurals;
    bool explicit_plural = false;
    const size_t brace = line.find('{');
    const size_t bracket = line.find('[');
    if (bracket == std::string_view::npos) return error_at(agents_name, line_no, "an agent without [~CODE]");
    if (brace != std::string_view::npos && brace < bracket) {
      const size_t close = line.find('}', brace);
      if (close == std::string_view::npos || close > bracket)
        return error_at(agents_name, line_no, "a plural '{' without '}'");
      explicit_plural = true;
      for (const std::string& w : words_of(line.substr(brace + 1, close - brace - 1))) plurals.push_back(w);
      head = line.substr(0, brace);
    } else {
      head = line.substr(0, bracket);
    }
    const size_t close = line.find(']', bracket);
    if (close == std::string_view::npos) return error_at(agents_name, line_no, "a code '[' without ']'");
    std::string code;
    for (char c : line.substr(bracket + 1, close - bracket - 1))
      if (c != '~' && c != ' ' && c != '\t') code += c;
    code = upper(code);
    if (code.empty()) return error_at(agents_name, line_no, "an empty agent code");
    std::string name(trim(head));
    if (name.empty()) return error_at(agents_name, line_no, "an agent without a name");
    // Substitution: every word of the set in place of the marker.
    std::vector<std::string> names{name};
    for (const auto& [marker, words] : sets) {
      std::vector<std::string> next;
      for (const std::string& n : names) {
        const size_t at = n.find(marker);
        if (at == std::string::npos) {
          next.push_back(n);
          continue;
        }
        for (const std::string& w : words) next.push_back(n.substr(0, at) + w + n.substr(at + marker.size()));
      }
      names = std::move(next);
    }
    std::vector<std::string> aliases;
    for (const std::string& n : names) {
      if (n.find('!') != std::string::npos)
        return error_at(agents_name, line_no, "unknown substitution set in '" + n + "'");
      const std::string p = phrase_of(n);
      aliases.push_back(p);
      if (!explicit_plural) {
        const size_t sp = p.rfind(' ');
        aliases.push_back(sp == std::string::npos ? plural_of(p)
                                                  : p.substr(0, sp + 1) + plural_of(p.substr(sp + 1)));
      }
    }
    for (const std::string& pl : plurals) aliases.push_back(phrase_of(pl));
    row("agent", code, "", code, "-", phrase_of(name), aliases, "", "");
  }
  return tsv;
}

Result<ActorLexicon> petrarch_actor_lexicon(std::string_view actors, const std::string& actors_name,
                                            std::string_view agents, const std::string& agents_name) {
  auto tsv = petrarch_actors_tsv(actors, actors_name, agents, agents_name);
  if (!tsv.ok()) return tsv.error();
  return ActorLexicon::parse(tsv.value(), actors_name + "+" + agents_name);
}

// --- Verbs -------------------------------------------------------------------------------------------------

namespace {

std::set<std::string> regular_forms(const std::string& b) {
  auto vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
  std::set<std::string> forms{b};
  const size_t n = b.size();
  const bool cons_y = n >= 2 && b[n - 1] == 'y' && !vowel(b[n - 2]);
  if (b.ends_with("s") || b.ends_with("sh") || b.ends_with("ch") || b.ends_with("x") || b.ends_with("z") ||
      b.ends_with("o"))
    forms.insert(b + "es");
  else if (cons_y)
    forms.insert(b.substr(0, n - 1) + "ies");
  else
    forms.insert(b + "s");
  if (b.ends_with("e")) {
    forms.insert(b + "d");
    forms.insert(b.substr(0, n - 1) + "ing");
  } else if (cons_y) {
    forms.insert(b.substr(0, n - 1) + "ied");
    forms.insert(b + "ing");
  } else {
    forms.insert(b + "ed");
    forms.insert(b + "ing");
    if (n >= 3 && n <= 5 && !vowel(b[n - 3]) && vowel(b[n - 2]) &&
        std::string_view("bdgklmnprt").find(b[n - 1]) != std::string_view::npos) {
      forms.insert(b + b[n - 1] + "ed");
      forms.insert(b + b[n - 1] + "ing");
    }
  }
  return forms;
}

bool word_ok(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '.' || c == '-';
  });
}

bool is_marker(std::string_view part) {
  return !part.empty() && part.find_first_not_of("$+^%=|<>") == std::string_view::npos;
}

// "[code]" of a line (the first group), "" when none; null codes ("---") become "-".
std::string code_in(std::string_view line, bool& found) {
  const size_t open = line.find('['), close = line.find(']', open == std::string_view::npos ? 0 : open);
  found = open != std::string_view::npos && close != std::string_view::npos;
  if (!found) return {};
  return std::string(trim(line.substr(open + 1, close - open - 1)));
}

// A dictionary code → the code we store: "" for PETRARCH's null codes (match, code nothing).
std::string usable_code(const std::string& c) {
  if (c.empty() || null_code(c)) return {};
  for (char ch : c)
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != ':') return {};
  return c;
}

}  // namespace

Result<std::string> petrarch_verbs_tsv(std::string_view verbs, const std::string& name) {
  const auto lines = lines_of(verbs);
  // Pass 1: synsets ("&NAME" then "+WORD" lines), anywhere in the file.
  std::map<std::string, std::vector<std::string>> raw_sets;  // name → members as written
  std::map<std::string, size_t> set_line;
  {
    BlockComments comments;
    std::string current;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (comments.skip(lines[i])) continue;
      std::string_view line = trim(uncomment(lines[i]));
      if (line.empty()) {
        current.clear();
        continue;
      }
      if (line.front() == '&') {
        current = upper(trim(line));
        while (current.ends_with("_")) current.pop_back();
        raw_sets[current];
        set_line[current] = i + 1;
        continue;
      }
      if (!current.empty() && line.front() == '+') {
        raw_sets[current].emplace_back(trim(line.substr(1)));
        continue;
      }
      current.clear();
    }
  }
  // Members as phrases (words joined by ' '), nested synsets expanded.
  std::map<std::string, std::vector<std::string>> sets;
  std::function<Result<std::vector<std::string>>(const std::string&, int)> expand =
      [&](const std::string& set, int depth) -> Result<std::vector<std::string>> {
    if (auto it = sets.find(set); it != sets.end()) return it->second;
    if (depth > 8) return error_at(name, set_line[set], "synset " + set + " nests too deeply");
    std::vector<std::string> out;
    for (const std::string& m : raw_sets[set]) {
      if (m.starts_with("&")) {
        std::string inner = upper(m);
        while (inner.ends_with("_")) inner.pop_back();
        if (!raw_sets.count(inner)) return error_at(name, set_line[set], "unknown synset " + inner);
        auto r = expand(inner, depth + 1);
        if (!r.ok()) return r.error();
        out.insert(out.end(), r.value().begin(), r.value().end());
      } else {
        const std::string p = phrase_of(m);
        if (!p.empty()) out.push_back(p);
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    sets[set] = out;
    return out;
  };
  for (const auto& [set, members] : raw_sets) {
    auto r = expand(set, 0);
    if (!r.ok()) return r.error();
  }

  // A side of a pattern ("SO IN_AND_", "&TIETYPES TIES") → slots in the verbs.tsv syntax; "" with an
  // error message when a word cannot be stored.
  auto slots_of = [&](std::string_view side, std::string& slots) -> std::string {
    std::string s(side);
    for (char& c : s)
      if (c == '(' || c == ')' || c == '{' || c == '}') c = ' ';
    for (const std::string& tok : words_of(s)) {
      // Parts joined by '_' are adjacent words; a marker ($ + ^ %) between them splits the slot.
      std::vector<std::vector<std::string>> phrase_alts{{}};  // alternatives of the current slot
      auto flush = [&] {
        std::string slot;
        std::set<std::string> seen;
        for (const auto& alt : phrase_alts) {
          if (alt.empty()) continue;
          std::string joined;
          for (const std::string& w : alt) joined += (joined.empty() ? "" : "_") + w;
          if (!seen.insert(joined).second) continue;
          slot += (slot.empty() ? "" : "|") + joined;
        }
        if (!slot.empty()) slots += (slots.empty() ? "" : " ") + slot;
        phrase_alts.assign(1, {});
      };
      size_t at = 0;
      while (at <= tok.size()) {
        size_t us = tok.find('_', at);
        std::string part = tok.substr(at, us == std::string::npos ? std::string::npos : us - at);
        at = us == std::string::npos ? tok.size() + 1 : us + 1;
        if (part.empty()) continue;
        if (is_marker(part)) {
          flush();
          continue;
        }
        while (!part.empty() && std::string_view("$+^%=").find(part.front()) != std::string_view::npos)
          part.erase(0, 1);
        if (part.empty()) continue;
        std::vector<std::string> words;
        if (part.front() == '&') {
          const std::string set = upper(part);
          auto it = sets.find(set);
          if (it == sets.end()) return "unknown synset " + set;
          words = it->second;
        } else {
          words.push_back(lower(part));
        }
        std::vector<std::vector<std::string>> next;
        for (const auto& alt : phrase_alts) {
          for (const std::string& w : words) {
            auto a = alt;
            for (const std::string& x : words_of(w)) a.push_back(x);
            next.push_back(std::move(a));
          }
        }
        for (const auto& alt : next)
          for (const std::string& w : alt)
            if (!word_ok(w)) return "a pattern word that cannot be stored: '" + w + "'";
        phrase_alts = std::move(next);
        if (phrase_alts.size() > 256) return "a pattern with too many synset combinations";
      }
      flush();
    }
    return {};
  };

  std::vector<std::string> v_rows, p_rows;
  std::set<std::string> codes;
  std::string block, block_code;
  BlockComments comments;
  bool in_synset = false;
  int phrase_blocks = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const size_t line_no = i + 1;
    if (comments.skip(lines[i])) continue;
    std::string_view line = trim(uncomment(lines[i]));
    if (line.empty()) {
      in_synset = false;
      continue;
    }
    if (line.front() == '&') {
      in_synset = true;
      continue;
    }
    if (in_synset && line.front() == '+') continue;
    in_synset = false;
    if (line.starts_with("---")) {
      const size_t open = line.find('['), close = line.find(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return error_at(name, line_no, "a verb block header needs the form --- NAME [code] ---");
      block = phrase_of(trim(line.substr(3, open - 3)));
      for (char& c : block)
        if (c == ' ') c = '_';
      if (block.empty()) return error_at(name, line_no, "a verb block without a name");
      block_code = usable_code(std::string(trim(line.substr(open + 1, close - open - 1))));
      continue;
    }
    if (block.empty()) continue;  // text before the first block (notes)
    if (line.front() == '-') {
      const size_t star = line.find('*');
      bool has_code = false;
      const std::string raw = code_in(line, has_code);
      if (!has_code) return error_at(name, line_no, "a pattern without [code]");
      if (star == std::string_view::npos || star > line.find('[')) continue;  // no verb position: skipped
      const std::string code = usable_code(raw);
      std::string pre, post;
      const std::string_view body = line.substr(1, line.find('[') - 1);
      const size_t s = body.find('*');
      if (std::string why = slots_of(body.substr(0, s), pre); !why.empty())
        return error_at(name, line_no, why);
      if (std::string why = slots_of(body.substr(s + 1), post); !why.empty())
        return error_at(name, line_no, why);
      if (pre.empty() && post.empty()) continue;  // "- * [code]": the verb's own code
      p_rows.push_back("P\t" + block + "\t" + code + "\t" + pre + "\t" + post);
      if (!code.empty()) codes.insert(code);
      continue;
    }
    // A verb: "WORD", "+SYNONYM", "PHRASE_+VERB {FORMS} [code]".
    std::string_view verb = line;
    if (verb.front() == '+') verb.remove_prefix(1);
    const size_t end = verb.find_first_of("{[");
    std::string base(trim(verb.substr(0, end == std::string_view::npos ? verb.size() : end)));
    bool has_code = false;
    std::string code = block_code;
    const std::string raw = code_in(verb, has_code);
    if (has_code) code = usable_code(raw);
    std::vector<std::string> explicit_forms;
    if (const size_t ob = verb.find('{'); ob != std::string_view::npos) {
      const size_t cb = verb.find('}', ob);
      if (cb == std::string_view::npos) return error_at(name, line_no, "verb forms '{' without '}'");
      for (std::string f : words_of(verb.substr(ob + 1, cb - ob - 1))) explicit_forms.push_back(f);
    }
    if (base.empty() || !std::isalpha(static_cast<unsigned char>(base.front())))
      return error_at(name, line_no, "expected a verb, a pattern (- ... * ... [code]) or a block header");
    if (!code.empty()) codes.insert(code);
    // Split a phrase verb into its words; the verb is the word marked '+', else the first one.
    auto split_phrase = [](const std::string& p, std::vector<std::string>& words, size_t& verb_at) {
      words.clear();
      verb_at = 0;
      std::string cur;
      bool marked = false;
      auto push = [&] {
        if (cur.empty()) return;
        if (marked) verb_at = words.size();
        words.push_back(lower(cur));
        cur.clear(), marked = false;
      };
      for (char c : p) {
        if (c == '_' || c == ' ') {
          push();
        } else if (c == '+' && cur.empty()) {
          marked = true;
        } else {
          cur += c;
        }
      }
      push();
    };
    std::vector<std::string> words;
    size_t verb_at = 0;
    split_phrase(base, words, verb_at);
    if (words.empty()) return error_at(name, line_no, "an empty verb");
    for (const std::string& w : words)
      if (!word_ok(w)) return error_at(name, line_no, "a verb word that cannot be stored: '" + w + "'");
    if (words.size() == 1) {
      std::set<std::string> forms = regular_forms(words[0]);
      for (const std::string& f : explicit_forms) {
        std::vector<std::string> fw;
        size_t fa = 0;
        split_phrase(f, fw, fa);
        if (fw.size() == 1 && word_ok(fw[0])) forms.insert(fw[0]);
      }
      for (const std::string& f : forms) v_rows.push_back("V\t" + f + "\t" + block + "\t" + code);
      continue;
    }
    // A phrase verb ("VERB_PARTICLE", "PHRASE_+VERB"): its verb word (and forms) in a block of its own, whose
    // one pattern is the phrase's other words; the verb word alone codes nothing.
    const std::string own = block + ".phrase" + std::to_string(++phrase_blocks);
    std::set<std::string> forms = regular_forms(words[verb_at]);
    for (const std::string& f : explicit_forms) {
      std::vector<std::string> fw;
      size_t fa = 0;
      split_phrase(f, fw, fa);
      if (fa < fw.size() && word_ok(fw[fa])) forms.insert(fw[fa]);
    }
    for (const std::string& f : forms) v_rows.push_back("V\t" + f + "\t" + own + "\t");
    std::string pre, post;
    for (size_t k = 0; k < verb_at; ++k) pre += (pre.empty() ? "" : "_") + words[k];
    for (size_t k = verb_at + 1; k < words.size(); ++k) post += (post.empty() ? "" : "_") + words[k];
    p_rows.push_back("P\t" + own + "\t" + code + "\t" + pre + "\t" + post);
  }

  std::string out =
      "claimtrace-verbs 1\n# Converted in memory from " + clean_field(name) + " (CAMEO.2.0 format).\n";
  std::set<std::string> seen;
  for (const std::string& r : v_rows)
    if (seen.insert(r).second) out += r + "\n";
  for (const std::string& r : p_rows)
    if (seen.insert(r).second) out += r + "\n";
  // Every code is an event: the built-in PLOVER type of the code (of its first part), else "EVENT"; the
  // CAMEO roots as well, for the codes the finder itself assigns (030 intent, 120 refusal, 100 demand ...).
  const VerbLexicon& builtin = VerbLexicon::builtin();
  auto type_of = [&](const std::string& c) {
    const std::string_view t = builtin.plover_type(c.substr(0, c.find(':')));
    return t.empty() ? std::string("EVENT") : std::string(t);
  };
  for (int root = 1; root <= 20; ++root) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02d", root);
    codes.insert(buf);
  }
  for (const std::string& c : std::set<std::string>(codes))
    if (const size_t colon = c.find(':'); colon != std::string::npos) codes.insert(c.substr(colon + 1));
  for (const std::string& c : codes) out += "T\t" + c + "\t" + type_of(c) + "\n";
  return out;
}

Result<VerbLexicon> petrarch_verb_lexicon(std::string_view verbs, const std::string& name) {
  auto tsv = petrarch_verbs_tsv(verbs, name);
  if (!tsv.ok()) return tsv.error();
  return VerbLexicon::parse(tsv.value(), name);
}

// --- Discards ----------------------------------------------------------------------------------------------

std::vector<std::string> parse_petrarch_discards(std::string_view text) {
  std::vector<std::string> out;
  BlockComments comments;
  for (std::string_view raw : lines_of(text)) {
    if (comments.skip(raw)) continue;
    std::string_view line = trim(uncomment(raw));
    if (!line.empty() && line.front() == '+') line.remove_prefix(1);
    std::string p = phrase_of(line);
    if (!p.empty()) out.push_back(std::move(p));
  }
  return out;
}

bool petrarch_discarded(std::string_view text, const std::vector<std::string>& phrases) {
  const std::string t = collapse_space(lower(text));
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (const std::string& p : phrases) {
    for (size_t at = t.find(p); at != std::string::npos; at = t.find(p, at + 1)) {
      const bool left = at == 0 || !word(t[at - 1]);
      const size_t e = at + p.size();
      const bool right = e >= t.size() || !word(t[e]);
      if (left && right) return true;
    }
  }
  return false;
}

// --- Scoring -----------------------------------------------------------------------------------------------

namespace {
std::vector<std::string> split_codes(const std::string& code) {
  std::vector<std::string> out;
  size_t at = 0;
  for (;;) {
    const size_t slash = code.find('/', at);
    std::string c = code.substr(at, slash == std::string::npos ? std::string::npos : slash - at);
    if (!c.empty()) out.push_back(std::move(c));
    if (slash == std::string::npos) break;
    at = slash + 1;
  }
  return out;
}
}  // namespace

std::vector<std::string> petrarch_triples(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) {
    // PETRARCH codes named actors only: a domestic side we inferred (EventActor::inferred) is no actor here.
    if (e.source.code.empty() || e.target.code.empty() || e.cameo.empty()) continue;
    if (e.source.inferred || e.target.inferred) continue;
    for (const std::string& s : split_codes(e.source.code))
      for (const std::string& t : split_codes(e.target.code)) out.push_back(s + " " + t + " " + e.cameo);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> petrarch_gold_triples(const PetrarchRecord& record) {
  std::vector<std::string> out;
  if (record.noevents) return out;
  for (const PetrarchCoding& c : record.codings) out.push_back(c.source + " " + c.target + " " + c.event);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool score_petrarch(const PetrarchRecord& gold, const std::vector<Event>& events, PetrarchScore& score) {
  const std::vector<std::string> g = petrarch_gold_triples(gold), o = petrarch_triples(events);
  std::vector<std::string> both;
  std::set_intersection(g.begin(), g.end(), o.begin(), o.end(), std::back_inserter(both));
  score.tp += both.size();
  score.fp += o.size() - both.size();
  score.fn += g.size() - both.size();
  const bool exact = g == o;
  ++score.records;
  auto& cat = score.by_category[gold.category.empty() ? std::string("-") : gold.category];
  ++cat.second;
  if (exact) {
    ++score.exact;
    ++cat.first;
  } else if (score.mismatches.size() < score.keep_mismatches) {
    score.mismatches.push_back(PetrarchMismatch{gold.id, gold.category, gold.text, g, o});
  }
  return exact;
}

}  // namespace claimtrace
