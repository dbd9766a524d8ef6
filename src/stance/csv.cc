// claimtrace — RFC 4180 CSV reader, FNC-1 stance/body files and the official FNC-1 score.
#include <charconv>

#include "claimtrace/reader.h"
#include "claimtrace/stance.h"

namespace claimtrace {

namespace {

Error csv_error(const std::string& name, uint32_t line, std::string message) {
  return Error{ErrorCode::resource, name + ":" + std::to_string(line), std::move(message)};
}

bool parse_int(std::string_view s, int64_t& out) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<std::vector<CsvRow>> parse_csv(std::string_view bytes, const std::string& name) {
  std::vector<CsvRow> rows;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (bytes.find('\0') != std::string_view::npos)
    return Error{ErrorCode::binary, name, "NUL byte: not a text CSV file"};
  uint32_t line = 1;
  size_t i = 0;
  const size_t n = bytes.size();
  while (i < n) {
    CsvRow row;
    row.line = line;
    std::string field;
    for (;;) {  // one field
      field.clear();
      if (i < n && bytes[i] == '"') {
        const uint32_t open_line = line;
        ++i;
        for (;;) {
          if (i >= n) return csv_error(name, open_line, "unterminated quoted field (no closing quote)");
          char c = bytes[i];
          if (c == '"') {
            if (i + 1 < n && bytes[i + 1] == '"') {
              field.push_back('"');
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (c == '\r' && i + 1 < n && bytes[i + 1] == '\n') {  // CRLF inside a field: keep LF
            ++i;
            continue;
          }
          if (c == '\n') ++line;
          field.push_back(c);
          ++i;
        }
        // after the closing quote: a separator, a line end or the end of input
        if (i < n && bytes[i] != ',' && bytes[i] != '\n' && bytes[i] != '\r')
          return csv_error(name, line,
                           std::string("unexpected character '") + bytes[i] +
                               "' after a closing quote (quotes inside a field must be doubled)");
      } else {
        while (i < n && bytes[i] != ',' && bytes[i] != '\n' && bytes[i] != '\r') field.push_back(bytes[i++]);
      }
      row.fields.push_back(std::move(field));
      if (i < n && bytes[i] == ',') {
        ++i;
        continue;
      }
      break;
    }
    // line end
    if (i < n && bytes[i] == '\r') ++i;
    if (i < n && bytes[i] == '\n') ++i;
    ++line;
    if (row.fields.size() == 1 && row.fields[0].empty()) continue;  // blank line
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<std::vector<CsvRow>> read_csv_file(const std::string& path) {
  auto bytes = read_file(path);
  if (!bytes) return bytes.error();
  return parse_csv(bytes.value(), path);
}

const char* fnc_stance_name(FncStance s) {
  switch (s) {
    case FncStance::agree:
      return "agree";
    case FncStance::disagree:
      return "disagree";
    case FncStance::discuss:
      return "discuss";
    case FncStance::unrelated:
      return "unrelated";
  }
  return "unrelated";
}

bool parse_fnc_stance(std::string_view name, FncStance& out) {
  name = trim(name);
  for (int k = 0; k < kStanceCount; ++k)
    if (name == fnc_stance_name(static_cast<FncStance>(k))) {
      out = static_cast<FncStance>(k);
      return true;
    }
  return false;
}

namespace {

// Skips the split files' leading `header` line; returns the index of the column-name row.
size_t header_row(const std::vector<CsvRow>& rows) {
  if (!rows.empty() && rows[0].fields.size() == 1 && trim(rows[0].fields[0]) == "header") return 1;
  return 0;
}

int column(const CsvRow& header, std::string_view name) {
  for (size_t k = 0; k < header.fields.size(); ++k)
    if (trim(header.fields[k]) == name) return static_cast<int>(k);
  return -1;
}

}  // namespace

Result<std::vector<StancePair>> parse_fnc_stances(std::string_view bytes, const std::string& name) {
  auto rows = parse_csv(bytes, name);
  if (!rows) return rows.error();
  const auto& r = rows.value();
  size_t h = header_row(r);
  if (h >= r.size()) return Error{ErrorCode::empty, name, "no header row (Headline,Body ID[,Stance])"};
  int c_head = column(r[h], "Headline"), c_body = column(r[h], "Body ID"), c_stance = column(r[h], "Stance");
  size_t first = h + 1;
  if (h == 1 && c_head < 0 && c_body < 0) {
    // the split files: a `header` line instead of column names; columns Headline,Body ID[,Stance]
    c_head = 0, c_body = 1, c_stance = r[h].fields.size() >= 3 ? 2 : -1;
    first = h;
  }
  if (c_head < 0 || c_body < 0)
    return csv_error(name, r[h].line, "header must name the columns Headline and Body ID");
  std::vector<StancePair> out;
  out.reserve(r.size() - h);
  for (size_t k = first; k < r.size(); ++k) {
    const CsvRow& row = r[k];
    const int need = std::max(c_head, std::max(c_body, c_stance)) + 1;
    if (static_cast<int>(row.fields.size()) < need)
      return csv_error(
          name, row.line,
          "expected " + std::to_string(need) + " fields, found " + std::to_string(row.fields.size()));
    StancePair p;
    p.headline = row.fields[c_head];
    p.line = row.line;
    if (!parse_int(row.fields[c_body], p.body_id))
      return csv_error(name, row.line, "Body ID is not an integer: '" + row.fields[c_body] + "'");
    if (c_stance >= 0) {
      if (!parse_fnc_stance(row.fields[c_stance], p.stance))
        return csv_error(
            name, row.line,
            "unknown stance '" + row.fields[c_stance] + "' (agree, disagree, discuss, unrelated)");
      p.has_stance = true;
    }
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::unordered_map<int64_t, std::string>> parse_fnc_bodies(std::string_view bytes,
                                                                  const std::string& name) {
  auto rows = parse_csv(bytes, name);
  if (!rows) return rows.error();
  const auto& r = rows.value();
  size_t h = header_row(r);
  if (h >= r.size()) return Error{ErrorCode::empty, name, "no header row (Body ID,articleBody)"};
  int c_id = column(r[h], "Body ID"), c_text = column(r[h], "articleBody");
  if (c_id < 0 || c_text < 0)
    return csv_error(name, r[h].line, "header must name the columns Body ID and articleBody");
  std::unordered_map<int64_t, std::string> out;
  for (size_t k = h + 1; k < r.size(); ++k) {
    const CsvRow& row = r[k];
    const int need = std::max(c_id, c_text) + 1;
    if (static_cast<int>(row.fields.size()) < need)
      return csv_error(
          name, row.line,
          "expected " + std::to_string(need) + " fields, found " + std::to_string(row.fields.size()));
    int64_t id = 0;
    if (!parse_int(row.fields[c_id], id))
      return csv_error(name, row.line, "Body ID is not an integer: '" + row.fields[c_id] + "'");
    if (!out.emplace(id, row.fields[c_text]).second)
      return csv_error(name, row.line, "duplicate Body ID " + std::to_string(id));
  }
  return out;
}

Result<std::vector<StancePair>> read_fnc_stances(const std::string& path) {
  auto bytes = read_file(path);
  if (!bytes) return bytes.error();
  return parse_fnc_stances(bytes.value(), path);
}

Result<std::unordered_map<int64_t, std::string>> read_fnc_bodies(const std::string& path) {
  auto bytes = read_file(path);
  if (!bytes) return bytes.error();
  return parse_fnc_bodies(bytes.value(), path);
}

// ---------------------------------------------------------------------------------------------------------

double FncScore::score() const {
  double s = 0;
  for (int g = 0; g < kStanceCount; ++g)
    for (int p = 0; p < kStanceCount; ++p) {
      const double n = static_cast<double>(confusion[g][p]);
      const bool g_rel = g != static_cast<int>(FncStance::unrelated);
      const bool p_rel = p != static_cast<int>(FncStance::unrelated);
      if (g == p) s += n * 0.25;
      if (g_rel && p_rel) {
        if (g != p) s += n * 0.25;
        if (g == p) s += n * 0.75;
      }
    }
  return s;
}

double FncScore::max_score() const {
  double s = 0;
  for (int g = 0; g < kStanceCount; ++g) {
    uint64_t row = 0;
    for (int p = 0; p < kStanceCount; ++p) row += confusion[g][p];
    s += static_cast<double>(row) * (g == static_cast<int>(FncStance::unrelated) ? 0.25 : 1.0);
  }
  return s;
}

double FncScore::f1(FncStance s) const {
  const int c = static_cast<int>(s);
  double tp = static_cast<double>(confusion[c][c]), gold = 0, pred = 0;
  for (int k = 0; k < kStanceCount; ++k) {
    gold += static_cast<double>(confusion[c][k]);
    pred += static_cast<double>(confusion[k][c]);
  }
  if (gold + pred == 0) return 0;
  return 2 * tp / (gold + pred);
}

double FncScore::macro_f1() const {
  double s = 0;
  for (int k = 0; k < kStanceCount; ++k) s += f1(static_cast<FncStance>(k));
  return s / kStanceCount;
}

uint64_t FncScore::total() const {
  uint64_t t = 0;
  for (const auto& row : confusion)
    for (uint64_t v : row) t += v;
  return t;
}

}  // namespace claimtrace
