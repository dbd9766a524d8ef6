// claimtrace — the PolNeAR gold reader: brat standoff (.ann) over UTF-8 text, code-point offsets → bytes.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "claimtrace/attribution.h"
#include "claimtrace/reader.h"

namespace claimtrace {

namespace {

namespace fs = std::filesystem;

Error make_error(ErrorCode code, std::string where, std::string message) {
  return Error{code, std::move(where), std::move(message)};
}

bool slurp(const std::string& path, std::string& out) {
  auto r = read_file(path);
  if (!r.ok()) return false;
  out = std::move(r).value();
  return true;
}

bool has_suffix(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Sorted file names in `dir` ending with `suffix` (regular files only).
Result<std::vector<std::string>> list_files(const std::string& dir, std::string_view suffix) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return make_error(ErrorCode::not_found, dir, "no such directory");
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string name = it->path().filename().string();
    if (has_suffix(name, suffix)) names.push_back(std::move(name));
  }
  if (ec) return make_error(ErrorCode::io, dir, "cannot list: " + ec.message());
  std::sort(names.begin(), names.end());
  return names;
}

// byte offset of every code point boundary: out[k] = byte where code point k starts; out[n] = size.
void code_point_offsets(std::string_view text, std::vector<uint32_t>& out) {
  out.clear();
  for (size_t i = 0; i < text.size();) {
    out.push_back(static_cast<uint32_t>(i));
    int32_t cp;
    i += utf8_decode(text, i, cp);
  }
  out.push_back(static_cast<uint32_t>(text.size()));
}

bool parse_u32(std::string_view s, uint32_t& v) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

// "T12", "E3": a letter then digits.
bool is_id(std::string_view s, char kind) {
  if (s.size() < 2 || s[0] != kind) return false;
  return std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct TextBound {
  std::string type;
  std::vector<Span> spans;  // bytes
  size_t line = 0;
};

enum class Role { source, cue, content };

// "Source", "Cue", "Content", and brat's numbered repeats ("Content2").
bool role_of(std::string_view name, Role& role) {
  while (!name.empty() && name.back() >= '0' && name.back() <= '9') name.remove_suffix(1);
  if (name == "Source")
    role = Role::source;
  else if (name == "Cue")
    role = Role::cue;
  else if (name == "Content")
    role = Role::content;
  else
    return false;
  return true;
}

Status parse_ann(const std::string& path, std::string_view ann, std::string_view text, PolnearNotes& notes,
                 std::vector<Attribution>& out) {
  std::vector<uint32_t> cp_bytes;
  code_point_offsets(text, cp_bytes);
  const uint32_t n_cp = static_cast<uint32_t>(cp_bytes.size() - 1);

  std::vector<std::string_view> lines = split(ann, '\n');
  for (auto& l : lines) {
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  }
  auto where = [&](size_t line) { return path + ":" + std::to_string(line); };

  std::unordered_map<std::string, TextBound> bounds;
  std::vector<std::string> bound_order;
  struct Event {
    std::vector<std::pair<std::string_view, std::string_view>> args;  // role, T id (args[0]: the trigger)
    size_t line;
  };
  std::vector<Event> events;

  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const size_t lineno = i + 1;
    if (line.empty() || line[0] == '#') continue;  // "#1<TAB>AnnotatorNotes T66<TAB>..."
    std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() >= 2 && is_id(fields[0], 'T')) {
      if (fields.size() < 3) return make_error(ErrorCode::resource, where(lineno), "T line without text");
      TextBound tb;
      tb.line = lineno;
      size_t sp = fields[1].find(' ');
      if (sp == std::string_view::npos)
        return make_error(ErrorCode::resource, where(lineno), "T line without offsets");
      tb.type = std::string(fields[1].substr(0, sp));
      std::string expected;  // brat's text: the fragments joined by one space
      for (std::string_view frag : split(fields[1].substr(sp + 1), ';')) {
        std::vector<std::string_view> be = split(frag, ' ');
        uint32_t b, e;
        if (be.size() != 2 || !parse_u32(be[0], b) || !parse_u32(be[1], e) || b > e)
          return make_error(ErrorCode::resource, where(lineno),
                            "bad offsets \"" + std::string(frag) + "\" (want \"BEGIN END\", BEGIN <= END)");
        if (e > n_cp)
          return make_error(
              ErrorCode::resource, where(lineno),
              "span " + std::string(frag) + " beyond the text (" + std::to_string(n_cp) + " characters)");
        Span s{cp_bytes[b], cp_bytes[e]};
        if (!expected.empty() || !tb.spans.empty()) expected += ' ';
        expected.append(text.substr(s.begin, s.size()));
        tb.spans.push_back(s);
      }
      // The text after the second tab; brat writes a span's newlines raw, so it may run over the next lines.
      std::string written(line.substr(fields[0].size() + fields[1].size() + 2));
      if (written != expected && expected.find('\n') != std::string::npos) {
        size_t j = i;
        while (j + 1 < lines.size() && written.size() < expected.size() &&
               expected.compare(0, written.size() + 1, written + "\n") == 0) {
          written += '\n';
          written.append(lines[++j]);
        }
        if (written == expected) {
          ++notes.multiline_spans;
          i = j;
        } else {
          written = std::string(line.substr(fields[0].size() + fields[1].size() + 2));
        }
      }
      if (written != expected) ++notes.text_mismatches;
      std::string id(fields[0]);
      if (bounds.count(id)) return make_error(ErrorCode::resource, where(lineno), "duplicate id " + id);
      bounds.emplace(id, std::move(tb));
      bound_order.push_back(std::move(id));
    } else if (fields.size() >= 2 && is_id(fields[0], 'E')) {
      Event ev;
      ev.line = lineno;
      for (std::string_view arg : split(fields[1], ' ')) {
        if (arg.empty()) continue;
        size_t colon = arg.find(':');
        if (colon == std::string_view::npos)
          return make_error(ErrorCode::resource, where(lineno),
                            "bad argument \"" + std::string(arg) + "\" (want ROLE:ID)");
        ev.args.emplace_back(arg.substr(0, colon), arg.substr(colon + 1));
      }
      if (ev.args.empty()) return make_error(ErrorCode::resource, where(lineno), "E line without trigger");
      events.push_back(std::move(ev));
    } else if (fields.size() >= 2 && fields[0].size() >= 2 &&
               (fields[0][0] == 'A' || fields[0][0] == 'R' || fields[0][0] == 'N' || fields[0][0] == 'M' ||
                fields[0][0] == '*')) {
      continue;  // attributes, relations, normalizations: not used by PolNeAR
    } else {
      return make_error(ErrorCode::resource, where(lineno), "not a brat standoff line");
    }
  }

  std::set<std::string_view> referenced;
  for (const Event& ev : events) {
    Attribution a;
    bool any = false;
    for (size_t k = 0; k < ev.args.size(); ++k) {
      const auto& [role_name, id] = ev.args[k];
      auto it = bounds.find(std::string(id));
      if (it == bounds.end())
        return make_error(ErrorCode::resource, where(ev.line), "unknown id " + std::string(id));
      referenced.insert(it->first);
      if (k == 0) continue;  // the trigger ("Attribution:T4", "Attribution-no-source:T9")
      Role role;
      if (!role_of(role_name, role))
        return make_error(ErrorCode::resource, where(ev.line), "unknown role " + std::string(role_name));
      RoleSpans& rs = role == Role::source ? a.source : role == Role::cue ? a.cue : a.content;
      rs.spans.insert(rs.spans.end(), it->second.spans.begin(), it->second.spans.end());
      any = true;
    }
    if (!any) {
      ++notes.empty_events;
      continue;
    }
    for (RoleSpans* rs : {&a.source, &a.cue, &a.content}) {
      std::sort(rs->spans.begin(), rs->spans.end(), [](const Span& x, const Span& y) {
        return x.begin != y.begin ? x.begin < y.begin : x.end < y.end;
      });
    }
    out.push_back(std::move(a));
  }
  for (const std::string& id : bound_order) {
    if (!referenced.count(id)) ++notes.unreferenced_spans;
  }
  return ok_status();
}

}  // namespace

Result<std::vector<Attribution>> parse_brat_attributions(std::string_view ann, std::string_view text,
                                                         std::string_view name, PolnearNotes* notes_out) {
  PolnearNotes notes;
  std::vector<Attribution> out;
  if (text.size() > UINT32_MAX) return make_error(ErrorCode::resource, std::string(name), "text over 4 GiB");
  if (Status st = parse_ann(std::string(name), ann, text, notes, out); !st.ok()) return st.error();
  if (notes_out) *notes_out = notes;
  return out;
}

Result<std::vector<GoldArticle>> read_polnear(const std::string& dir) { return read_polnear(dir, nullptr); }

namespace {

// The article texts of DIR/text and, per article, its .ann files of DIR/attributions in sorted order
// ("<article>.ann" or "<article>_<annotator>.ann"); an .ann without a text is an error.
struct PolnearFiles {
  std::string text_dir, ann_dir;
  std::set<std::string> stems;
  std::map<std::string, std::vector<std::string>> by_article;
};
Result<PolnearFiles> list_polnear(const std::string& dir, PolnearNotes& notes) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return make_error(ErrorCode::not_found, dir, "no such directory");
  PolnearFiles f;
  f.text_dir = dir + "/text", f.ann_dir = dir + "/attributions";
  auto texts = list_files(f.text_dir, ".txt");
  if (!texts.ok()) return texts.error();
  auto anns = list_files(f.ann_dir, ".ann");
  if (!anns.ok()) return anns.error();
  notes.ann_files = anns.value().size();
  for (const std::string& t : texts.value()) f.stems.insert(t.substr(0, t.size() - 4));
  for (const std::string& a : anns.value()) {
    std::string stem = a.substr(0, a.size() - 4);
    if (!f.stems.count(stem)) {
      size_t us = stem.rfind('_');
      if (us != std::string::npos && f.stems.count(stem.substr(0, us))) {
        stem.resize(us);
      } else {
        return make_error(ErrorCode::io, f.ann_dir + "/" + a,
                          "no text for this annotation (want " + f.text_dir + "/" + stem + ".txt)");
      }
    }
    f.by_article[stem].push_back(a);
  }
  return f;
}

Status read_text(const PolnearFiles& f, const std::string& stem, std::string& text) {
  const std::string text_path = f.text_dir + "/" + stem + ".txt";
  if (!slurp(text_path, text)) return make_error(ErrorCode::io, text_path, "cannot read");
  if (text.size() > UINT32_MAX) return make_error(ErrorCode::resource, text_path, "text over 4 GiB");
  return ok_status();
}

Status read_ann(const PolnearFiles& f, const std::string& name, const std::string& text, PolnearNotes& notes,
                std::vector<Attribution>& out) {
  const std::string ann_path = f.ann_dir + "/" + name;
  std::string ann;
  if (!slurp(ann_path, ann)) return make_error(ErrorCode::io, ann_path, "cannot read");
  return parse_ann(ann_path, ann, text, notes, out);
}

}  // namespace

Result<std::vector<GoldArticle>> read_polnear(const std::string& dir, PolnearNotes* notes_out) {
  PolnearNotes notes;
  auto files = list_polnear(dir, notes);
  if (!files.ok()) return files.error();
  const PolnearFiles& f = files.value();
  std::vector<GoldArticle> articles;
  for (const std::string& stem : f.stems) {
    auto it = f.by_article.find(stem);
    if (it == f.by_article.end()) {
      ++notes.texts_without_ann;
      continue;
    }
    notes.other_annotators += it->second.size() - 1;
    GoldArticle g;
    g.id = stem;
    if (Status st = read_text(f, stem, g.text); !st.ok()) return st.error();
    if (Status st = read_ann(f, it->second.front(), g.text, notes, g.attributions); !st.ok())
      return st.error();
    articles.push_back(std::move(g));
  }
  if (notes_out) *notes_out = notes;
  return articles;
}

Result<std::vector<AnnotatedArticle>> read_polnear_agreement(const std::string& dir) {
  PolnearNotes notes;
  auto files = list_polnear(dir, notes);
  if (!files.ok()) return files.error();
  const PolnearFiles& f = files.value();
  std::vector<AnnotatedArticle> articles;
  for (const auto& [stem, anns] : f.by_article) {
    if (anns.size() < 2) continue;
    AnnotatedArticle a;
    a.id = stem;
    if (Status st = read_text(f, stem, a.text); !st.ok()) return st.error();
    for (const std::string& name : anns) {
      a.annotations.emplace_back();
      a.annotations.back().file = name;
      if (Status st = read_ann(f, name, a.text, notes, a.annotations.back().attributions); !st.ok())
        return st.error();
    }
    articles.push_back(std::move(a));
  }
  return articles;
}

}  // namespace claimtrace
