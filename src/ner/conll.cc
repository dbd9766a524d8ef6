// claimtrace — CoNLL-2003 files: reading, writing predictions back, conlleval-style entity scoring.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "claimtrace/ner.h"

namespace claimtrace {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

bool is_docstart(std::string_view line) { return line.substr(0, 10) == "-DOCSTART-"; }

// Splits a line on spaces/tabs: first and last column.
void columns(std::string_view line, std::string_view& first, std::string_view& last, int& count) {
  count = 0;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    size_t b = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    std::string_view col = line.substr(b, i - b);
    if (count == 0) first = col;
    last = col;
    ++count;
  }
}

template <class F>
void for_each_line(std::string_view text, F f) {
  size_t pos = 0, lineno = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    f(text.substr(pos, nl - pos), ++lineno);
    pos = nl + 1;
  }
}

// conlleval's chunk rules, with BILOU read as IOBES.
char prefix_of(std::string_view tag, std::string_view& type) {
  if (tag.empty() || tag == "O") {
    type = "";
    return 'O';
  }
  char p = tag[0];
  type = tag.size() > 2 && (tag[1] == '-' || tag[1] == '_') ? tag.substr(2) : tag;
  if (tag.size() < 2 || (tag[1] != '-' && tag[1] != '_')) p = 'I';
  if (p == 'L') p = 'E';
  if (p == 'U') p = 'S';
  return p;
}

bool chunk_end(char prev, char cur, std::string_view ptype, std::string_view ctype) {
  if (prev == 'E' || prev == 'S') return true;
  if ((prev == 'B' || prev == 'I') && (cur == 'B' || cur == 'S' || cur == 'O')) return true;
  if (prev != 'O' && ptype != ctype) return true;
  return false;
}
bool chunk_start(char prev, char cur, std::string_view ptype, std::string_view ctype) {
  if (cur == 'B' || cur == 'S') return true;
  if ((prev == 'E' || prev == 'S' || prev == 'O') && (cur == 'E' || cur == 'I')) return true;
  if (cur != 'O' && ptype != ctype) return true;
  return false;
}

bool type_of(std::string_view name, EntityType& t) {
  if (name == "PER")
    t = EntityType::PER;
  else if (name == "LOC")
    t = EntityType::LOC;
  else if (name == "ORG")
    t = EntityType::ORG;
  else if (name == "MISC")
    t = EntityType::MISC;
  else
    return false;
  return true;
}

}  // namespace

Result<std::vector<ConllDocument>> parse_conll(std::string_view text, std::string_view name) {
  std::vector<ConllDocument> docs;
  bool pending_doc = true;  // start a document on the first sentence
  bool in_sentence = false;
  Error error{ErrorCode::resource, "", ""};
  bool failed = false;
  for_each_line(text, [&](std::string_view raw, size_t lineno) {
    if (failed) return;
    std::string_view line = trim(raw);
    if (line.empty()) {
      in_sentence = false;
      return;
    }
    if (is_docstart(line)) {
      pending_doc = true;
      in_sentence = false;
      return;
    }
    if (pending_doc) {
      docs.emplace_back();
      pending_doc = false;
    }
    if (!in_sentence) {
      docs.back().sentences.emplace_back();
      in_sentence = true;
    }
    std::string_view first, last;
    int count;
    columns(line, first, last, count);
    ConllToken tok;
    tok.word = first;
    if (count > 1) tok.tag = last;
    if (count > 1 && tok.tag != "O") {
      std::string_view tag = tok.tag;
      EntityType t;
      bool ok = tag.size() >= 3 && tag[1] == '-' &&
                std::string_view("BIELSU").find(tag[0]) != std::string_view::npos &&
                type_of(tag.substr(2), t);
      if (!ok) {
        error =
            Error{ErrorCode::resource, std::string(name) + ":" + std::to_string(lineno),
                  "bad NER tag \"" + tok.tag + "\" (expected O or B-/I-/E-/S-/L-/U- + PER, LOC, ORG, MISC)"};
        failed = true;
        return;
      }
    }
    docs.back().sentences.back().tokens.push_back(std::move(tok));
  });
  if (failed) return error;
  return docs;
}

Result<std::vector<ConllDocument>> read_conll_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Error{ErrorCode::not_found, path, "cannot open"};
  std::stringstream ss;
  ss << f.rdbuf();
  if (f.bad()) return Error{ErrorCode::io, path, "read error"};
  return parse_conll(ss.str(), path);
}

IobScheme detect_iob_scheme(const std::vector<ConllDocument>& docs) {
  for (const ConllDocument& d : docs) {
    for (const ConllSentence& s : d.sentences) {
      std::string_view ptype;
      char prev = 'O';
      for (const ConllToken& t : s.tokens) {
        std::string_view type;
        char p = prefix_of(t.tag, type);
        if (p == 'I' && (prev == 'O' || ptype != type)) return IobScheme::iob1;
        prev = p;
        ptype = type;
      }
    }
  }
  return IobScheme::iob2;
}

std::vector<EntitySpan> spans_from_tags(std::span<const std::string> tags) {
  std::vector<EntitySpan> out;
  char prev = 'O';
  std::string_view ptype;
  int64_t open = -1;
  EntityType open_type = EntityType::PER;
  bool open_valid = false;
  for (size_t i = 0; i <= tags.size(); ++i) {
    std::string_view type;
    char cur = i < tags.size() ? prefix_of(tags[i], type) : 'O';
    if (open >= 0 && chunk_end(prev, cur, ptype, type)) {
      if (open_valid) out.push_back(EntitySpan{uint32_t(open), uint32_t(i), open_type});
      open = -1;
    }
    if (cur != 'O' && chunk_start(prev, cur, ptype, type)) {
      open = static_cast<int64_t>(i);
      open_valid = type_of(type, open_type);
    }
    prev = cur;
    ptype = type;
  }
  return out;
}

std::vector<std::string> tags_from_spans(std::span<const EntitySpan> spans, size_t n, IobScheme scheme) {
  std::vector<std::string> tags(n, "O");
  uint32_t prev_end = UINT32_MAX;
  EntityType prev_type = EntityType::PER;
  for (const EntitySpan& s : spans) {
    if (s.end_token > n || s.first_token >= s.end_token) continue;
    std::string type = entity_type_name(s.type);
    bool b = scheme == IobScheme::iob2 || (prev_end == s.first_token && prev_type == s.type);
    tags[s.first_token] = (b ? "B-" : "I-") + type;
    for (uint32_t k = s.first_token + 1; k < s.end_token; ++k) tags[k] = "I-" + type;
    prev_end = s.end_token;
    prev_type = s.type;
  }
  return tags;
}

std::string conll_with_predictions(std::string_view text, std::span<const std::string> tags) {
  std::string out;
  out.reserve(text.size() + tags.size() * 6);
  size_t next = 0;
  for_each_line(text, [&](std::string_view raw, size_t) {
    std::string_view line = raw;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view t = trim(line);
    out.append(line);
    if (!t.empty()) {
      out += ' ';
      if (is_docstart(t)) {
        out += 'O';
      } else {
        out += next < tags.size() ? tags[next] : std::string("O");
        ++next;
      }
    }
    out += '\n';
  });
  return out;
}

void NerScore::add(std::span<const EntitySpan> gold, std::span<const EntitySpan> predicted) {
  ++sentences;
  for (const EntitySpan& g : gold) {
    ++overall.gold;
    ++by_type[int(g.type)].gold;
  }
  for (const EntitySpan& p : predicted) {
    ++overall.predicted;
    ++by_type[int(p.type)].predicted;
    if (std::find(gold.begin(), gold.end(), p) != gold.end()) {
      ++overall.correct;
      ++by_type[int(p.type)].correct;
    }
  }
}

std::string NerScore::report() const {
  std::string s;
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-8s %9s %9s %9s %7s %7s %7s\n", "", "precision", "recall", "F1", "gold",
                "pred", "correct");
  s += buf;
  auto line = [&](const char* name, const NerCounts& c) {
    std::snprintf(buf, sizeof buf, "%-8s %9.2f %9.2f %9.2f %7llu %7llu %7llu\n", name, 100 * c.precision(),
                  100 * c.recall(), 100 * c.f1(), (unsigned long long)c.gold, (unsigned long long)c.predicted,
                  (unsigned long long)c.correct);
    s += buf;
  };
  for (int t = 0; t < kEntityTypeCount; ++t) line(entity_type_name(EntityType(t)), by_type[t]);
  line("overall", overall);
  return s;
}

std::vector<std::vector<std::vector<EntitySpan>>> tag_conll(const NerModel& model,
                                                            const std::vector<ConllDocument>& docs) {
  std::vector<std::vector<std::vector<EntitySpan>>> result(docs.size());
  NerScratch scratch;
  std::vector<std::string_view> words;
  std::vector<uint32_t> ends;
  std::vector<EntitySpan> spans;
  for (size_t d = 0; d < docs.size(); ++d) {
    words.clear();
    ends.clear();
    for (const ConllSentence& s : docs[d].sentences) {
      for (const ConllToken& t : s.tokens) words.push_back(t.word);
      ends.push_back(static_cast<uint32_t>(words.size()));
    }
    model.tag_document(words, ends, scratch, spans);
    auto& per_sentence = result[d];
    per_sentence.resize(docs[d].sentences.size());
    size_t k = 0;
    uint32_t begin = 0;
    for (size_t s = 0; s < ends.size(); ++s) {
      for (; k < spans.size() && spans[k].first_token < ends[s]; ++k) {
        EntitySpan e = spans[k];
        e.first_token -= begin;
        e.end_token -= begin;
        per_sentence[s].push_back(e);
      }
      begin = ends[s];
    }
  }
  return result;
}

NerScore evaluate_ner(const NerModel& model, const std::vector<ConllDocument>& docs) {
  auto predicted = tag_conll(model, docs);
  NerScore score;
  std::vector<std::string> tags;
  for (size_t d = 0; d < docs.size(); ++d) {
    for (size_t s = 0; s < docs[d].sentences.size(); ++s) {
      tags.clear();
      for (const ConllToken& t : docs[d].sentences[s].tokens) tags.push_back(t.tag);
      score.add(spans_from_tags(tags), predicted[d][s]);
    }
  }
  return score;
}

}  // namespace claimtrace
