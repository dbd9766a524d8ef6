// Claims across articles: linking statements into claim clusters, positions, article stance, figures
// (docs/claims.md).
#include "claimtrace/claims.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "core/civil_date.h"

namespace claimtrace {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

// Function words, reporting fillers and negations (negation is a flag of the statement, not a term).
const std::unordered_set<std::string_view>& stop_words() {
  static const std::unordered_set<std::string_view> words = {
      "a",       "about",    "above",     "after",       "again",      "against", "all",      "also",
      "am",      "an",       "and",       "any",         "are",        "as",      "at",       "be",
      "been",    "before",   "being",     "between",     "both",       "but",     "by",       "can",
      "could",   "did",      "do",        "does",        "doing",      "down",    "during",   "each",
      "either",  "even",     "ever",      "few",         "for",        "from",    "further",  "had",
      "has",     "have",     "having",    "he",          "her",        "here",    "hers",     "herself",
      "him",     "himself",  "his",       "how",         "i",          "if",      "in",       "into",
      "is",      "it",       "its",       "itself",      "just",       "least",   "less",     "may",
      "me",      "might",    "more",      "most",        "much",       "must",    "my",       "neither",
      "never",   "no",       "nor",       "not",         "now",        "of",      "off",      "on",
      "once",    "only",     "or",        "other",       "our",        "ours",    "out",      "over",
      "own",     "same",     "shall",     "she",         "should",     "so",      "some",     "such",
      "than",    "that",     "the",       "their",       "theirs",     "them",    "then",     "there",
      "these",   "they",     "this",      "those",       "through",    "to",      "too",      "under",
      "until",   "up",       "upon",      "us",          "very",       "was",     "we",       "were",
      "what",    "when",     "where",     "whether",     "which",      "while",   "who",      "whom",
      "whose",   "why",      "will",      "with",        "within",     "without", "would",    "you",
      "your",    "yours",    "mr",        "mrs",         "ms",         "said",    "says",     "say",
      "n't",     "t",        "s",         "nothing",     "none",       "been",    "yet",      "still",
      "already", "whatever", "however",   "because",     "since",      "though",  "although", "via",
      "per",     "onto",     "including", "regarding",   "concerning", "amid",    "among",    "across",
      "toward",  "towards",  "behalf",    "there",       "thing",      "things",  "way",      "lot",
      "many",    "several",  "number",    "significant",
  };
  return words;
}

// Nouns that name a claim when they refer back to one ("the allegations", "such claims", "these reports").
bool claim_noun(std::string_view w) {
  static const std::unordered_set<std::string_view> nouns = {
      "claim",       "claims",      "allegation",   "allegations", "accusation", "accusations", "report",
      "reports",     "assertion",   "assertions",   "charge",      "charges",    "suggestion",  "suggestions",
      "rumor",       "rumors",      "rumour",       "rumours",     "remarks",    "statement",   "statements",
      "speculation", "insinuation", "insinuations", "story",       "stories",    "reporting"};
  return nouns.count(w) > 0;
}

// Words that dismiss what they are said of: "reports ... were groundless", "calling them 'fabricated'".
bool dismissal_word(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "groundless",     "baseless",     "unfounded",
      "false",          "untrue",       "fabricated",
      "fabrication",    "fabrications", "fake",
      "nonsense",       "lie",          "lies",
      "absurd",         "smear",        "disinformation",
      "misinformation", "propaganda",   "slander",
      "slanderous",     "bogus",        "unsubstantiated",
      "hoax",           "ridiculous",   "fiction",
      "invented",       "incorrect",    "wrong",
      "erroneous",      "rubbish",      "misleading",
      "nonsensical",    "garbage"};
  return words.count(w) > 0;
}

bool concern_word(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {"concerned", "concern", "concerns", "worried",
                                                             "worry",     "alarmed", "troubled", "alarm"};
  return words.count(w) > 0;
}

// Lower-case word tokens (letters, digits, inner apostrophes and hyphens kept together) of ASCII-ish text;
// bytes >= 0x80 end a word.
void words_of(std::string_view text, std::vector<std::string>& out) {
  out.clear();
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (!is_alpha(c) && !is_digit(c)) {
      ++i;
      continue;
    }
    std::string w;
    while (i < text.size()) {
      char d = text[i];
      if (is_alpha(d) || is_digit(d)) {
        w.push_back(lower(d));
        ++i;
      } else if ((d == '.' || d == ',') && is_digit(w.empty() ? 'x' : w.back()) && i + 1 < text.size() &&
                 is_digit(text[i + 1])) {
        ++i;  // 1,200 and 1.5 stay one number (separators dropped)
      } else {
        break;
      }
    }
    out.push_back(std::move(w));
  }
}

// Light suffix stripping so that "fighting", "fights" and "fight", or "allegations" and "allegation", meet.
std::string stem(std::string w) {
  auto ends = [&](std::string_view s) { return w.size() > s.size() && w.ends_with(s); };
  if (w.size() > 4 && ends("ies")) {
    w.resize(w.size() - 3);
    w.push_back('y');
  } else if (w.size() > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    w.pop_back();
  }
  if (w.size() > 5 && ends("ing")) {
    w.resize(w.size() - 3);
  } else if (w.size() > 4 && ends("ed")) {
    w.resize(w.size() - 2);
  }
  if (w.size() > 3 && w[w.size() - 1] == w[w.size() - 2] && !ends("ll") && !ends("ss")) w.pop_back();
  if (w.size() > 4 && ends("e")) w.pop_back();
  return w;
}

// A content as a claim's canonical text: white space, a leading "that" and the final stop trimmed; quotation
// marks at the ends only as a pair (a quotation opening the content but closing inside it keeps its marks:
// "\"all parties\" to view ...").
std::string canonical_text(std::string_view content) {
  auto trim_space = [](std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == ',')) v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == ',' || v.back() == '.')) v.remove_suffix(1);
    return v;
  };
  std::string_view v = trim_space(content);
  if (v.size() > 5 && (v.starts_with("that ") || v.starts_with("That "))) v = trim_space(v.substr(5));
  for (int round = 0; round < 2; ++round) {
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"\"", "\""},
                               {"\xE2\x80\x9C", "\xE2\x80\x9D"},
                               {"'", "'"}}) {
      if (v.size() < open.size() + close.size() || !v.starts_with(open)) continue;
      std::string_view inner = v.substr(open.size());
      // The pair: the content ends with the closing mark (before a final comma or stop) and holds no other.
      std::string_view body = inner;
      while (!body.empty() && (body.back() == ',' || body.back() == '.')) body.remove_suffix(1);
      if (!body.ends_with(close)) continue;
      body.remove_suffix(close.size());
      if (body.find(close) != std::string_view::npos) continue;
      v = trim_space(body);
    }
  }
  std::string out(v);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
  return out;
}

using Vec = std::vector<std::pair<uint32_t, double>>;  // term id → weight, sorted by id

double dot(const Vec& a, const Vec& b) {
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (a[i].first > b[j].first) {
      ++j;
    } else {
      s += a[i].second * b[j].second;
      ++i, ++j;
    }
  }
  return s;
}
double norm(const Vec& a) {
  double s = 0;
  for (auto& [id, w] : a) s += w * w;
  return std::sqrt(s);
}
double cosine(const Vec& a, const Vec& b) {
  double na = norm(a), nb = norm(b);
  return (na > 0 && nb > 0) ? dot(a, b) / (na * nb) : 0;
}
void add_into(Vec& sum, const Vec& v) {
  Vec out;
  out.reserve(sum.size() + v.size());
  size_t i = 0, j = 0;
  while (i < sum.size() || j < v.size()) {
    if (j == v.size() || (i < sum.size() && sum[i].first < v[j].first)) {
      out.push_back(sum[i++]);
    } else if (i == sum.size() || v[j].first < sum[i].first) {
      out.push_back(v[j++]);
    } else {
      out.emplace_back(sum[i].first, sum[i].second + v[j].second);
      ++i, ++j;
    }
  }
  sum.swap(out);
}

// Which side a position is on.
bool asserting(std::string_view p) { return p == "ASSERT" || p == "ACCUSE"; }
bool denying(std::string_view p) { return p == "DENY" || p == "REJECT"; }

// A source text that names someone, or "" for an unresolved pronoun or function word ("who", "it", "some"):
// those are no actor of their own.
std::string named_source(std::string_view text) {
  static const std::unordered_set<std::string_view> kNone = {
      "who", "which", "that", "it", "its", "this",   "these", "those", "they", "them",  "he",   "she", "we",
      "i",   "you",   "some", "so", "one", "others", "many",  "all",   "both", "there", "what", "whom"};
  std::string lowered;
  for (char c : text) lowered.push_back(lower(c));
  while (!lowered.empty() && (lowered.back() == ',' || lowered.back() == ' ')) lowered.pop_back();
  if (lowered.empty() || kNone.count(lowered)) return "";
  return std::string(text);
}

// Is the mention inside the role's spans (the source's own words, not a person it refers to)?
bool extent_contains(const RoleSpans& role, const Mention& m) {
  for (const Span& s : role.spans)
    if (m.begin >= s.begin && m.end <= s.end) return true;
  return false;
}

bool same_source(const ClaimStatement& a, const ClaimStatement& b) {
  if (!a.source_code.empty() || !b.source_code.empty()) return a.source_code == b.source_code;
  // (a pronoun's or surname's person by name: "he" after "Mark Oberholtzer said" is Mark Oberholtzer)
  const std::string& x = a.source_name.empty() ? a.source_text : a.source_name;
  const std::string& y = b.source_name.empty() ? b.source_text : b.source_name;
  return x == y;
}

// The article's time as an ISO UTC instant ("2025-04-09T10:05:00Z" for "2025-04-09T18:05:00+08:00"), so that
// articles of one day compare by the hour; "" when it has no date, the date alone when it has no time.
std::string instant_of(const ClaimDocument& d) {
  const std::string& p = d.published;
  int y, mo, da, h = 0, mi = 0, se = 0;
  if (p.size() < 10 || std::sscanf(p.c_str(), "%4d-%2d-%2d", &y, &mo, &da) != 3) return "";
  if (p.size() < 16 || p[10] != 'T' || std::sscanf(p.c_str() + 11, "%2d:%2d", &h, &mi) != 2)
    return p.substr(0, 10);
  if (p.size() >= 19 && p[16] == ':') std::sscanf(p.c_str() + 17, "%2d", &se);
  int offset = 0;  // minutes east of UTC
  const size_t z = p.find_first_of("+-Z", 16);
  if (z != std::string::npos && p[z] != 'Z') {
    int oh = 0, om = 0;
    std::sscanf(p.c_str() + z + 1, "%2d:%2d", &oh, &om);
    offset = (p[z] == '-' ? -1 : 1) * (oh * 60 + om);
  }
  const long minutes = days_from_civil(y, mo, da) * 1440 + h * 60 + mi - offset;
  const long days = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440);
  const long rem = minutes - days * 1440;
  char buf[96];
  std::snprintf(buf, sizeof buf, "%sT%02ld:%02ld:%02dZ", iso_date(days).c_str(), rem / 60, rem % 60, se);
  return buf;
}

std::string date_of(const ClaimDocument& d) {
  return d.published.substr(0, std::min<size_t>(10, d.published.size()));
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------
void ClaimCorpus::add(const Record& r) {
  int32_t doc = int32_t(docs.size());
  ClaimDocument d;
  d.id = r.doc.id, d.title = r.doc.title, d.published = r.doc.published, d.url = r.doc.url;
  d.source = r.doc.source, d.text = r.doc.text;
  docs.push_back(std::move(d));
  std::string_view text = r.doc.text;
  auto role_text = [&](const RoleSpans& role) {
    std::string joined;
    for (size_t i = 0; i < role.spans.size(); ++i) {
      if (i) joined.append(" \xE2\x80\xA6 ");
      Span sp = role.spans[i];
      if (sp.end <= text.size() && sp.begin <= sp.end)
        joined.append(text.substr(sp.begin, sp.end - sp.begin));
    }
    return joined;
  };
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& a = r.attributions[i];
    ClaimStatement s;
    s.doc = doc;
    s.index = int32_t(i);
    s.source_text = role_text(a.source);
    s.cue_text = role_text(a.cue);
    s.content_text = role_text(a.content);
    s.source_spans = a.source.spans;
    s.cue_spans = a.cue.spans;
    s.content_spans = a.content.spans;
    s.stance = stance_name(a.stance);
    s.negated = a.negated;
    s.direct = a.direct;
    s.nested_in = a.nested_in;
    int32_t m = resolved_mention(r.mentions, a.source_mention);
    if (m >= 0 && r.mentions[m].resolved) s.source_code = r.mentions[m].actor.code;
    // The person a pronoun or a surname refers to, by the name first written ("he", "Oberholtzer" → "Mark
    // Oberholtzer"): the last name along the source mention's references.
    const Mention* named = nullptr;
    for (int32_t n = a.source_mention, hops = 0; n >= 0 && size_t(n) < r.mentions.size() && hops < 8;
         ++hops) {
      const Mention& mention = r.mentions[size_t(n)];
      if (mention.source != MentionSource::pronoun) named = &mention;
      n = mention.ref;
    }
    if (named && named->end <= text.size() && !extent_contains(a.source, *named))
      s.source_name = std::string(text.substr(named->begin, named->end - named->begin));
    for (size_t k = 0; k < r.mentions.size(); ++k) {
      const Mention& mention = r.mentions[k];
      if (mention.source == MentionSource::pronoun) continue;  // "he" in "he said he ..." is no topic
      for (Span sp : a.content.spans) {
        if (mention.begin >= sp.begin && mention.end <= sp.end) {
          int32_t res = resolved_mention(r.mentions, int32_t(k));
          if (res >= 0 && r.mentions[res].resolved) {
            s.content_actors.push_back(r.mentions[res].actor.code);
            s.content_countries.push_back(r.mentions[res].actor.country);
            s.content_actor_texts.emplace_back(text.substr(mention.begin, mention.end - mention.begin));
          }
          break;
        }
      }
    }
    statements.push_back(std::move(s));
  }
  for (const Quantity& q : r.quantities) {
    if (q.statement < 0) continue;
    ClaimFigure f;
    f.doc = doc;
    f.statement = q.statement;
    f.span = q.span;
    if (q.span.end <= text.size()) f.text = std::string(text.substr(q.span.begin, q.span.size()));
    f.qualifier = qualifier_name(q.qualifier);
    if (q.unit.end <= text.size()) f.unit = std::string(text.substr(q.unit.begin, q.unit.size()));
    if (q.mention >= 0 && size_t(q.mention) < r.mentions.size() && r.mentions[q.mention].resolved)
      f.actor_code = r.mentions[q.mention].actor.code;
    f.value = q.value;
    f.high = q.high;
    figures.push_back(std::move(f));
  }
}

bool is_anaphoric_content(std::string_view content) {
  std::vector<std::string> w;
  words_of(content.substr(0, std::min<size_t>(content.size(), 200)), w);
  size_t i = 0;
  if (i < w.size() && w[i] == "that") ++i;  // "said that such claims ..."
  if (i >= w.size()) return false;
  static const std::unordered_set<std::string_view> dets = {
      "the", "such", "these",  "those",   "this",    "that",  "its",     "their", "his",    "her",
      "any", "all",  "recent", "similar", "earlier", "those", "western", "media", "foreign"};
  static const std::unordered_set<std::string_view> pronouns = {"them", "it",    "this",
                                                                "that", "these", "those"};
  // A bare pronoun with at most a short predicate of its own: them "groundless", "it is baseless".
  if (pronouns.count(w[i]) && (i + 1 == w.size() || !claim_noun(w[i + 1])) && i + 3 >= w.size()) return true;
  // A claim noun heading the content ("allegations regarding ...", "reports of ..."), or after a determiner
  // within the first words ("such unfounded claims", "it was concerned by the reports").
  if (claim_noun(w[i])) return true;
  for (size_t k = i; k + 1 < w.size() && k < i + 8; ++k) {
    if (!dets.count(w[k])) continue;
    for (size_t j = k + 1; j < std::min(w.size(), k + 3); ++j)
      if (claim_noun(w[j])) return true;
  }
  return false;
}

void claim_terms(const ClaimStatement& s, std::vector<std::string>& out) {
  out.clear();
  std::vector<std::string> w;
  words_of(s.content_text, w);
  const auto& stops = stop_words();
  for (auto& word : w) {
    if (stops.count(word) || claim_noun(word) || dismissal_word(word)) continue;
    if (word.size() < 2) continue;
    // Figures vary between the statements of one claim ("at least 155", "more than 200"): not terms.
    if (std::all_of(word.begin(), word.end(), [](char c) { return is_digit(c); })) continue;
    out.push_back(stem(word));
  }
  // The actors too: "Russian forces" and "Russia" meet on @RUS, "Chinese troops" and "Chinese nationals" on
  // @CHN.
  for (size_t i = 0; i < s.content_actors.size(); ++i) {
    out.push_back("@" + s.content_actors[i]);
    if (i < s.content_countries.size() && !s.content_countries[i].empty() &&
        s.content_countries[i] != s.content_actors[i])
      out.push_back("@" + s.content_countries[i]);
  }
}

// ---------------------------------------------------------------------------------------------------------
ClaimBoard build_claims(const ClaimCorpus& corpus, const ClaimOptions& options) {
  ClaimBoard board;
  const size_t n = corpus.statements.size();
  board.statements_read = n;

  // Terms and IDF over the statements.
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<std::string> names;
  std::vector<std::vector<uint32_t>> terms(n);
  std::vector<uint32_t> df;
  std::vector<std::string> scratch;
  std::vector<char> anaphoric(n, 0);
  for (size_t i = 0; i < n; ++i) {
    claim_terms(corpus.statements[i], scratch);
    std::set<uint32_t> seen;
    for (auto& t : scratch) {
      auto [it, fresh] = ids.emplace(t, uint32_t(names.size()));
      if (fresh) names.push_back(t), df.push_back(0);
      terms[i].push_back(it->second);
      seen.insert(it->second);
    }
    for (uint32_t id : seen) ++df[id];
    anaphoric[i] = is_anaphoric_content(corpus.statements[i].content_text);
  }
  auto idf = [&](uint32_t id) { return std::log((double(n) + 1) / (double(df[id]) + 1)) + 1; };
  std::vector<Vec> vecs(n);
  std::vector<size_t> distinct(n, 0);  // distinct word terms (actors not counted)
  for (size_t i = 0; i < n; ++i) {
    std::map<uint32_t, double> tf;
    for (uint32_t id : terms[i]) tf[id] += 1;
    for (auto& [id, c] : tf) distinct[i] += names[id][0] != '@';
    for (auto& [id, c] : tf) {
      // Actors count more: who the claim is about is much of what it is.
      double boost = names[id][0] == '@' ? 1.5 : 1.0;
      vecs[i].emplace_back(id, (1 + std::log(c)) * idf(id) * boost);
    }
    double len = norm(vecs[i]);
    if (len > 0)
      for (auto& [id, w] : vecs[i]) w /= len;
  }

  // Each article's text over the statements' terms (for bare anaphors and for article stance).
  std::vector<Vec> doc_vecs(corpus.docs.size());
  {
    ClaimStatement tmp;
    for (size_t d = 0; d < corpus.docs.size(); ++d) {
      tmp.content_text = corpus.docs[d].text;
      claim_terms(tmp, scratch);
      std::map<uint32_t, double> tf;
      for (auto& t : scratch) {
        auto it = ids.find(t);
        if (it != ids.end()) tf[it->second] += 1;
      }
      for (auto& [id, c] : tf) doc_vecs[d].emplace_back(id, (1 + std::log(c)) * idf(id));
    }
  }

  // Statements in corpus order: documents as stored, statements in the order of their cues.
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const auto& sa = corpus.statements[a];
    const auto& sb = corpus.statements[b];
    return sa.doc != sb.doc ? sa.doc < sb.doc : sa.index < sb.index;
  });

  struct Cluster {
    Vec centroid;       // the sum of the unit vectors of its statements with terms of their own
    size_t voters = 0;  // how many those are
    std::vector<int32_t> members;
    std::vector<int32_t> docs;  // articles with a statement in it (unsorted, distinct)
  };
  std::vector<Cluster> clusters;
  std::vector<int32_t> cluster_of(n, -1);
  std::vector<char> linked_by_anaphor(n, 0);
  std::vector<char> votes(n, 0);  // its vector is in its claim's centroid
  // Term → the claims whose centroid holds it (candidates are claims sharing a term), article → its claims.
  std::vector<std::vector<int32_t>> postings(names.size());
  std::vector<std::vector<int32_t>> doc_claims(corpus.docs.size());
  std::vector<uint32_t> seen_stamp;
  uint32_t stamp = 0;
  std::vector<int32_t> candidates;
  auto gather = [&](const Vec& v) {
    ++stamp;
    candidates.clear();
    seen_stamp.resize(clusters.size(), 0);
    for (auto& [id, w] : v)
      for (int32_t c : postings[id])
        if (seen_stamp[size_t(c)] != stamp) seen_stamp[size_t(c)] = stamp, candidates.push_back(c);
  };
  auto mean_cosine = [&](size_t i, const Cluster& cl, bool self) {
    const size_t voters = cl.voters - (self ? 1 : 0);
    if (voters == 0) return 0.0;
    double d = dot(vecs[i], cl.centroid) - (self ? 1.0 : 0.0);  // a unit vector's dot with itself is 1
    return d / double(voters);
  };
  auto join = [&](size_t i, int32_t c, bool vote) {
    Cluster& cl = clusters[size_t(c)];
    if (vote) {
      for (auto& [id, w] : vecs[i]) {
        auto& post = postings[id];
        if (std::find(post.begin(), post.end(), c) == post.end()) post.push_back(c);
      }
      add_into(cl.centroid, vecs[i]);
      ++cl.voters;
      votes[i] = 1;
    }
    cl.members.push_back(int32_t(i));
    const int32_t d = corpus.statements[i].doc;
    if (std::find(cl.docs.begin(), cl.docs.end(), d) == cl.docs.end()) {
      cl.docs.push_back(d);
      doc_claims[size_t(d)].push_back(c);
    }
    cluster_of[i] = c;
  };
  for (size_t i : order) {
    const ClaimStatement& s = corpus.statements[i];
    bool ana = anaphoric[i];
    const bool own_terms = int(distinct[i]) >= options.min_terms;
    if (!ana && !own_terms) continue;
    // The claim whose statements are nearest on average (mean cosine: a claim does not grow more general, and
    // easier to join, as it grows). An anaphor ("the allegations", "such claims") answers a claim someone
    // else made: only claims with an asserting statement from another source are its candidates, and one
    // already made in its own article needs less similarity.
    auto other_assert = [&](const Cluster& cl) {
      for (int32_t m : cl.members) {
        const ClaimStatement& o = corpus.statements[m];
        if ((o.stance == "ASSERT" || o.stance == "ACCUSE") && !o.negated && !same_source(o, s)) return true;
      }
      return false;
    };
    int32_t best = -1;
    double best_sim = 0;
    gather(vecs[i]);
    for (int32_t c : candidates) {
      const Cluster& cl = clusters[size_t(c)];
      double sim = mean_cosine(i, cl, false);
      double need = options.link_threshold;
      if (ana) {
        if (!other_assert(cl)) continue;
        if (std::find(cl.docs.begin(), cl.docs.end(), s.doc) != cl.docs.end())
          need = options.anaphor_threshold;
      }
      if (sim >= need && sim > best_sim) best = c, best_sim = sim;
    }
    if (best < 0 && ana && distinct[i] <= 3) {
      // A bare anaphor ("the claim", "them", "concerned by the reports"): of the claims this article already
      // touched that someone else asserted, the one with the most statements in the corpus so far.
      size_t most = 0;
      for (int32_t c : doc_claims[size_t(s.doc)]) {
        const Cluster& cl = clusters[size_t(c)];
        if (cl.members.size() > most && other_assert(cl)) most = cl.members.size(), best = c;
      }
      // None in this article yet ("X on Wednesday denied the allegations" opening a story): the claim the
      // article's text is most about.
      if (most == 0) {
        double best_doc = options.article_threshold;
        gather(doc_vecs[s.doc]);
        for (int32_t c : candidates) {
          const Cluster& cl = clusters[size_t(c)];
          double sim = cosine(doc_vecs[s.doc], cl.centroid);
          if (sim >= best_doc && other_assert(cl)) best_doc = sim, best = c;
        }
      }
      if (best >= 0) linked_by_anaphor[i] = 1;
    }
    if (best < 0 && !own_terms) continue;
    if (best < 0) {
      clusters.push_back(Cluster{});
      best = int32_t(clusters.size() - 1);
    }
    join(i, best, own_terms);
  }

  // One refinement pass: a statement that found its claim early, before a nearer one existed, moves to the
  // claim nearest on average (without itself). Anaphors stay with the claim they answer.
  for (size_t i : order) {
    if (!votes[i] || anaphoric[i]) continue;
    const int32_t cur = cluster_of[i];
    if (clusters[size_t(cur)].voters <= 1) continue;  // it is its claim
    double cur_sim = mean_cosine(i, clusters[size_t(cur)], true);
    int32_t best = cur;
    double best_sim = cur_sim;
    gather(vecs[i]);
    for (int32_t c : candidates) {
      if (c == cur) continue;
      double sim = mean_cosine(i, clusters[size_t(c)], false);
      if (sim >= options.link_threshold && sim > best_sim + 0.05) best = c, best_sim = sim;
    }
    if (best == cur) continue;
    Cluster& from = clusters[size_t(cur)];
    Vec neg = vecs[i];
    for (auto& [id, w] : neg) w = -w;
    add_into(from.centroid, neg);
    --from.voters;
    from.members.erase(std::find(from.members.begin(), from.members.end(), int32_t(i)));
    join(i, best, true);
  }
  for (auto& cl : clusters)
    std::erase_if(cl.centroid, [](const auto& e) { return std::fabs(e.second) < 1e-12; });
  // Claims that are one claim: merged when their statements are as near on average across the two claims
  // (average link) as a statement must be to join one.
  for (size_t a = 0; a < clusters.size(); ++a) {
    if (clusters[a].voters == 0) continue;
    bool merged = true;
    while (merged) {
      merged = false;
      gather(clusters[a].centroid);
      int32_t best = -1;
      double best_sim = options.link_threshold;
      for (int32_t c : candidates) {
        if (size_t(c) <= a || clusters[size_t(c)].voters == 0) continue;
        double sim = dot(clusters[a].centroid, clusters[size_t(c)].centroid) /
                     double(clusters[a].voters * clusters[size_t(c)].voters);
        if (sim >= best_sim) best = c, best_sim = sim;
      }
      if (best < 0) break;
      Cluster& from = clusters[size_t(best)];
      for (int32_t m : from.members) {
        clusters[a].members.push_back(m);
        cluster_of[size_t(m)] = int32_t(a);
      }
      for (auto& [id, w] : from.centroid) {
        auto& post = postings[id];
        if (std::find(post.begin(), post.end(), int32_t(a)) == post.end()) post.push_back(int32_t(a));
      }
      add_into(clusters[a].centroid, from.centroid);
      clusters[a].voters += from.voters;
      from = Cluster{};
      merged = true;
    }
  }
  std::erase_if(clusters, [](const Cluster& cl) { return cl.members.empty(); });
  for (const Cluster& cl : clusters) {
    for (int32_t m : cl.members) {
      if (m == cl.members.front() && cl.members.size() > 0) continue;
      ++board.statements_linked;
      if (anaphoric[size_t(m)]) ++board.anaphoric_links;
    }
  }

  // Nested statements follow the claim of the statement that holds them when they made none of their own:
  // "[Ukrainian claims that X]" inside "China rejected ..." is the same claim.
  // (Nothing to do when both joined the same claim already.)

  // Claims.
  std::vector<std::string> words;
  for (Cluster& cl : clusters) {
    Claim claim;
    std::sort(cl.members.begin(), cl.members.end());
    claim.statements = cl.members;
    // Canonical: the asserting, non-anaphoric statement closest to the centroid, a fragment of fewer than six
    // words ("The Islamic State") counting for less; else any statement.
    double best = -1;
    for (int pass = 0; pass < 2 && best < 0; ++pass) {
      for (int32_t m : cl.members) {
        const ClaimStatement& s = corpus.statements[m];
        if (pass == 0 && (anaphoric[m] || !(s.stance == "ASSERT" || s.stance == "ACCUSE") || s.negated))
          continue;
        words_of(s.content_text, words);
        const double sim = cosine(vecs[m], cl.centroid) * std::min(1.0, double(words.size()) / 6.0);
        if (sim > best) best = sim, claim.canonical_statement = m;
      }
    }
    claim.canonical = canonical_text(corpus.statements[claim.canonical_statement].content_text);
    bool canonical_negated = corpus.statements[claim.canonical_statement].negated;

    // Entities and terms.
    std::map<std::string, int> entity_count;
    for (int32_t m : cl.members)
      for (size_t a = 0; a < corpus.statements[m].content_actors.size(); ++a) {
        // A sector with no country ("media", "officials") says nothing about whom the claim concerns.
        const std::string& code = corpus.statements[m].content_actors[a];
        const bool country = a < corpus.statements[m].content_countries.size() &&
                             !corpus.statements[m].content_countries[a].empty();
        if (country || code.starts_with("IGO") || code.starts_with("NGO") || code.starts_with("IMG"))
          ++entity_count[code];
      }
    std::vector<std::pair<int, std::string>> ents;
    for (auto& [code, c] : entity_count) ents.emplace_back(-c, code);
    std::sort(ents.begin(), ents.end());
    for (auto& [c, code] : ents) claim.entities.push_back(code);
    std::vector<std::pair<double, uint32_t>> heavy;
    for (auto& [id, w] : cl.centroid)
      if (names[id][0] != '@') heavy.emplace_back(-w, id);
    std::sort(heavy.begin(), heavy.end());
    for (size_t k = 0; k < heavy.size() && k < 8; ++k) claim.terms.push_back(names[heavy[k].second]);

    // Positions.
    std::set<std::string> sources;
    std::map<int32_t, std::pair<int, int>> doc_sides;  // doc → (asserting, denying)
    std::map<int32_t, int> doc_statements;
    for (int32_t m : cl.members) {
      const ClaimStatement& s = corpus.statements[m];
      ClaimPosition p;
      p.actor = !s.source_code.empty()   ? s.source_code
                : !s.source_name.empty() ? s.source_name
                                         : named_source(s.source_text);
      p.source_text = s.source_text;
      p.stance = s.stance;
      p.doc = s.doc;
      p.statement = m;
      p.anaphoric = anaphoric[m] || linked_by_anaphor[m];
      words_of(s.content_text, words);
      bool dismissed = std::any_of(words.begin(), words.end(), [](auto& x) { return dismissal_word(x); });
      bool concerned = std::any_of(words.begin(), words.end(), [](auto& x) { return concern_word(x); });
      std::vector<std::string> cue_words;
      words_of(s.cue_text, cue_words);
      bool cue_negated = std::any_of(cue_words.begin(), cue_words.end(), [](auto& x) {
        return x == "not" || x == "n" || x == "never" || x == "no";
      });
      if (s.stance == "DENY" || s.stance == "REJECT" || dismissed) {
        p.position = "DENY";
      } else if (s.negated != canonical_negated && !p.anaphoric) {
        p.position = "DENY";
      } else if (s.stance == "ASSERT" && concerned) {
        p.position = "CONCERN";
      } else if (s.stance == "ASSERT" && (cue_negated || p.anaphoric)) {
        p.position = "OTHER";  // "has not commented on the claim", "discussed the reports"
      } else {
        p.position = s.stance;
      }
      if (!p.actor.empty()) sources.insert(p.actor);
      // An article's side: its own statements, not those it reports inside them ("rejected [Ukrainian claims
      // that ...]").
      auto& sides = doc_sides[s.doc];
      if (s.nested_in < 0 && asserting(p.position)) ++sides.first;
      if (s.nested_in < 0 && denying(p.position)) ++sides.second;
      ++doc_statements[s.doc];
      claim.positions.push_back(std::move(p));
    }
    claim.sources = int32_t(sources.size());
    {
      static constexpr std::string_view kRank[] = {"DENY",     "ASSERT", "ACCUSE",  "CONCERN", "CRITICIZE",
                                                   "QUESTION", "APPEAL", "PROMISE", "OTHER"};
      auto rank = [](std::string_view p) {
        for (size_t k = 0; k < std::size(kRank); ++k)
          if (kRank[k] == p) return k;
        return std::size(kRank);
      };
      std::map<std::string, std::map<std::string, int32_t>> by_actor;
      std::vector<std::string> order_seen;
      for (const ClaimPosition& p : claim.positions) {
        if (p.actor.empty()) continue;
        if (!by_actor.count(p.actor)) order_seen.push_back(p.actor);
        ++by_actor[p.actor][p.position];
      }
      for (const std::string& a : order_seen) {
        ClaimActor ca;
        ca.actor = a;
        for (auto& [pos, n] : by_actor[a]) ca.counts.emplace_back(pos, n), ca.statements += n;
        std::stable_sort(ca.counts.begin(), ca.counts.end(), [&](const auto& x, const auto& y) {
          return x.second != y.second ? x.second > y.second : rank(x.first) < rank(y.first);
        });
        ca.position = ca.counts.front().first;
        claim.actors.push_back(std::move(ca));
      }
      std::stable_sort(claim.actors.begin(), claim.actors.end(),
                       [](const ClaimActor& x, const ClaimActor& y) { return x.statements > y.statements; });
    }

    // First seen: the earliest dated article; when none has a date, the first in corpus order.
    claim.first_doc = corpus.statements[cl.members.front()].doc;
    for (int32_t m : cl.members) {
      int32_t d = corpus.statements[m].doc;
      std::string dd = instant_of(corpus.docs[d]), df_ = instant_of(corpus.docs[claim.first_doc]);
      if (!dd.empty() && (df_.empty() || dd < df_)) claim.first_doc = d;
    }
    claim.first_seen = date_of(corpus.docs[claim.first_doc]);

    // Figures of its statements.
    std::set<std::pair<int32_t, int32_t>> member_keys;
    for (int32_t m : cl.members) member_keys.emplace(corpus.statements[m].doc, corpus.statements[m].index);
    for (size_t f = 0; f < corpus.figures.size(); ++f) {
      const ClaimFigure& fig = corpus.figures[f];
      if (!member_keys.count({fig.doc, fig.statement})) continue;
      ClaimFigureSeen seen;
      seen.figure = int32_t(f);
      seen.date = date_of(corpus.docs[fig.doc]);
      for (auto& p : claim.positions) {
        const ClaimStatement& s = corpus.statements[p.statement];
        if (s.doc == fig.doc && s.index == fig.statement) seen.actor = p.actor;
      }
      claim.figures.push_back(std::move(seen));
    }
    std::stable_sort(claim.figures.begin(), claim.figures.end(), [&](auto& a, auto& b) {
      bool ea = a.date.empty(), eb = b.date.empty();
      if (ea != eb) return eb;  // dated first
      return a.date < b.date;
    });

    // Article stance: its own statements' positions; the classifier for every article that is near the claim.
    std::set<int32_t> candidates;
    for (auto& [d, c] : doc_statements) candidates.insert(d);
    for (int32_t d : candidates) {
      ClaimArticle a;
      a.doc = d;
      a.statements = doc_statements[d];
      auto [as, de] = doc_sides[d];
      a.stance = (as > 0 && de == 0) ? "agree" : (de > 0 && as == 0) ? "disagree" : "discuss";
      a.confidence = 1;
      a.method = "positions";
      claim.articles.push_back(a);
    }
    if (claim.checkworthy < 0 && options.checkworthy)
      claim.checkworthy = options.checkworthy(claim.canonical);
    board.claims.push_back(std::move(claim));
  }

  // The classifier over articles near each claim (their text's terms against the claim's centroid).
  if (options.article_stance) {
    std::vector<std::vector<int32_t>> doc_postings(names.size());
    for (size_t d = 0; d < doc_vecs.size(); ++d)
      for (auto& [id, w] : doc_vecs[d]) doc_postings[id].push_back(int32_t(d));
    for (size_t c = 0; c < board.claims.size(); ++c) {
      Claim& claim = board.claims[c];
      std::map<int32_t, ClaimArticle> by_doc;
      for (auto& a : claim.articles) by_doc[a.doc] = a;
      // Candidate articles: its own, and those holding one of its heaviest terms.
      std::vector<std::pair<double, uint32_t>> heavy;
      for (auto& [id, w] : clusters[c].centroid) heavy.emplace_back(-w, id);
      std::partial_sort(heavy.begin(), heavy.begin() + std::ptrdiff_t(std::min<size_t>(8, heavy.size())),
                        heavy.end());
      std::set<int32_t> near;
      for (auto& [d, a] : by_doc) near.insert(d);
      for (size_t k = 0; k < heavy.size() && k < 8; ++k)
        for (int32_t d : doc_postings[heavy[k].second]) near.insert(d);
      for (int32_t di : near) {
        const size_t d = size_t(di);
        if (corpus.docs[d].text.empty()) continue;
        bool own = by_doc.count(int32_t(d)) > 0;
        if (!own && cosine(doc_vecs[d], clusters[c].centroid) < options.article_threshold) continue;
        ArticleStance st = options.article_stance(claim.canonical, corpus.docs[d].text);
        ClaimArticle a = own ? by_doc[int32_t(d)] : ClaimArticle{};
        a.doc = int32_t(d);
        // The classifier reads the whole text and cannot tell which statements are about this claim; an
        // article whose own statements in the claim only deny it disagrees, whatever else it says.
        if (own && a.stance == "disagree") {
          a.method = "positions";
        } else {
          a.stance = st.label;
          a.confidence = st.probability;
          a.method = "classifier";
        }
        by_doc[int32_t(d)] = a;
      }
      claim.articles.clear();
      for (auto& [d, a] : by_doc)
        if (a.stance != "unrelated") claim.articles.push_back(a);
    }
  }

  // Stories: the distinct near-duplicate clusters among the claim's articles (a syndicated copy counts once).
  for (Claim& claim : board.claims) {
    std::set<std::string> stories;
    for (const ClaimArticle& a : claim.articles) {
      const ClaimDocument& d = corpus.docs[size_t(a.doc)];
      stories.insert(d.story.empty() ? d.id : d.story);
    }
    claim.stories = int32_t(stories.size());
  }

  std::stable_sort(board.claims.begin(), board.claims.end(), [](const Claim& a, const Claim& b) {
    if (a.sources != b.sources) return a.sources > b.sources;
    if (a.statements.size() != b.statements.size()) return a.statements.size() > b.statements.size();
    return a.statements.front() < b.statements.front();
  });
  return board;
}

// --- Output ---------------------------------------------------------------------------------------------
namespace {

std::string fmt_number(double v) {
  char buf[64];
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

}  // namespace

void write_claims_board(const ClaimCorpus& corpus, const ClaimBoard& board, size_t limit, std::string& out) {
  char buf[256];
  size_t shown = 0;
  for (size_t c = 0; c < board.claims.size() && shown < limit; ++c, ++shown) {
    const Claim& claim = board.claims[c];
    std::snprintf(buf, sizeof buf, "claim %zu: ", c + 1);
    out += buf;
    out += "\"" + claim.canonical + "\"\n";
    auto count = [](size_t n, const char* one, const char* many) {
      return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    out += "  first seen " + (claim.first_seen.empty() ? std::string("(no date)") : claim.first_seen) + " (" +
           corpus.docs[claim.first_doc].id + ") · " + count(size_t(claim.sources), "source", "sources") +
           " · " + count(claim.statements.size(), "statement", "statements") + " · " +
           count(claim.articles.size(), "article", "articles") + " in " +
           count(size_t(claim.stories), "story", "stories");
    if (claim.checkworthy >= 0) {
      std::snprintf(buf, sizeof buf, " · check-worthiness %.2f", claim.checkworthy);
      out += buf;
    }
    out += "\n";
    if (!claim.entities.empty()) {
      out += "  about:";
      for (size_t k = 0; k < claim.entities.size() && k < 6; ++k) out += " " + claim.entities[k];
      out += "\n";
    }
    // Actors, grouped by the position each takes most; "×n" its statements, other positions in parentheses.
    static const std::pair<const char*, const char*> kOrder[] = {
        {"ASSERT", "asserts"},     {"ACCUSE", "accuses"},       {"DENY", "denies"},
        {"REJECT", "rejects"},     {"CONCERN", "concerned"},    {"APPEAL", "appeals"},
        {"QUESTION", "questions"}, {"CRITICIZE", "criticizes"}, {"PROMISE", "promises"},
        {"OTHER", "mentions"}};
    for (auto& [key, label] : kOrder) {
      std::string line;
      for (const ClaimActor& a : claim.actors) {
        if (a.position != key) continue;
        line += line.empty() ? " " : ", ";
        line += a.actor;
        if (a.statements > 1) line += " \xC3\x97" + std::to_string(a.counts.front().second);
        for (size_t k = 1; k < a.counts.size(); ++k)
          line += (k == 1 ? " (also " : ", ") + a.counts[k].first + " \xC3\x97" +
                  std::to_string(a.counts[k].second) + (k + 1 == a.counts.size() ? ")" : "");
      }
      if (line.empty()) continue;
      std::snprintf(buf, sizeof buf, "  %-10s", label);
      out += buf;
      out += line + "\n";
    }
    int agree = 0, disagree = 0, discuss = 0;
    for (auto& a : claim.articles) {
      if (a.stance == "agree") ++agree;
      if (a.stance == "disagree") ++disagree;
      if (a.stance == "discuss") ++discuss;
    }
    std::snprintf(buf, sizeof buf, "  articles   agree %d · disagree %d · discuss %d\n", agree, disagree,
                  discuss);
    out += buf;
    for (auto& a : claim.articles) {
      const ClaimDocument& d = corpus.docs[a.doc];
      out += "    " + a.stance + "  " + d.id;
      if (!d.published.empty()) out += "  " + d.published.substr(0, 10);
      if (!d.duplicate_of.empty()) {
        std::snprintf(buf, sizeof buf, "  (near-copy of %s, Jaccard %.2f)", d.duplicate_of.c_str(),
                      d.similarity);
        out += buf;
      }
      out += "\n";
    }
    for (auto& f : claim.figures) {
      const ClaimFigure& fig = corpus.figures[f.figure];
      out += "  figure     " + fmt_number(fig.value);
      if (fig.high != fig.value) out += "-" + fmt_number(fig.high);
      out += " (" + fig.qualifier + ") " + fig.unit + " — " + (f.actor.empty() ? "(unknown)" : f.actor) +
             ", " + (f.date.empty() ? "(no date)" : f.date) + ", " + corpus.docs[fig.doc].id + "\n";
    }
    out += "\n";
  }
  std::snprintf(buf, sizeof buf,
                "%zu claims from %zu statements (%zu linked to an earlier one, %zu by anaphor)\n",
                board.claims.size(), board.statements_read, board.statements_linked, board.anaphoric_links);
  out += buf;
}

void write_claims_json(const ClaimCorpus& corpus, const ClaimBoard& board, std::string& out) {
  auto spans_json = [&](const std::vector<Span>& spans) {
    std::string s = "[";
    for (size_t i = 0; i < spans.size(); ++i) {
      if (i) s += ",";
      s += "[" + std::to_string(spans[i].begin) + "," + std::to_string(spans[i].end) + "]";
    }
    return s + "]";
  };
  for (size_t c = 0; c < board.claims.size(); ++c) {
    const Claim& claim = board.claims[c];
    out += "{\"claim\":" + std::to_string(c + 1) + ",\"canonical\":";
    append_json_string(out, claim.canonical);
    out += ",\"first_seen\":";
    append_json_string(out, claim.first_seen);
    out += ",\"first_doc\":";
    append_json_string(out, corpus.docs[claim.first_doc].id);
    out += ",\"sources\":" + std::to_string(claim.sources);
    out += ",\"stories\":" + std::to_string(claim.stories);
    out += ",\"checkworthy\":";
    if (claim.checkworthy >= 0) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.4f", claim.checkworthy);
      out += buf;
    } else {
      out += "null";
    }
    out += ",\"entities\":[";
    for (size_t k = 0; k < claim.entities.size(); ++k) {
      if (k) out += ",";
      append_json_string(out, claim.entities[k]);
    }
    out += "],\"terms\":[";
    for (size_t k = 0; k < claim.terms.size(); ++k) {
      if (k) out += ",";
      append_json_string(out, claim.terms[k]);
    }
    out += "],\"actors\":[";
    for (size_t k = 0; k < claim.actors.size(); ++k) {
      const ClaimActor& a = claim.actors[k];
      if (k) out += ",";
      out += "{\"actor\":";
      append_json_string(out, a.actor);
      out += ",\"position\":\"" + a.position + "\",\"statements\":" + std::to_string(a.statements) +
             ",\"counts\":{";
      for (size_t c = 0; c < a.counts.size(); ++c)
        out += (c ? ",\"" : "\"") + a.counts[c].first + "\":" + std::to_string(a.counts[c].second);
      out += "}}";
    }
    out += "],\"positions\":[";
    for (size_t k = 0; k < claim.positions.size(); ++k) {
      const ClaimPosition& p = claim.positions[k];
      const ClaimStatement& s = corpus.statements[p.statement];
      if (k) out += ",";
      out += "{\"actor\":";
      append_json_string(out, p.actor);
      out += ",\"source\":";
      append_json_string(out, p.source_text);
      out += ",\"position\":\"" + p.position + "\",\"stance\":\"" + p.stance + "\",\"doc\":";
      append_json_string(out, corpus.docs[p.doc].id);
      out += ",\"attribution\":" + std::to_string(s.index);
      out += ",\"anaphoric\":" + std::string(p.anaphoric ? "true" : "false");
      out += ",\"evidence\":{\"source\":" + spans_json(s.source_spans) +
             ",\"cue\":" + spans_json(s.cue_spans) + ",\"content\":" + spans_json(s.content_spans) +
             "},\"content\":";
      append_json_string(out, s.content_text);
      out += "}";
    }
    out += "],\"articles\":[";
    for (size_t k = 0; k < claim.articles.size(); ++k) {
      const ClaimArticle& a = claim.articles[k];
      if (k) out += ",";
      out += "{\"doc\":";
      append_json_string(out, corpus.docs[a.doc].id);
      out += ",\"story\":";
      append_json_string(out,
                         corpus.docs[a.doc].story.empty() ? corpus.docs[a.doc].id : corpus.docs[a.doc].story);
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.4f", a.confidence);
      out += ",\"stance\":\"" + a.stance + "\",\"confidence\":" + buf + ",\"method\":\"" + a.method +
             "\",\"statements\":" + std::to_string(a.statements) + "}";
    }
    out += "],\"figures\":[";
    for (size_t k = 0; k < claim.figures.size(); ++k) {
      const ClaimFigure& f = corpus.figures[claim.figures[k].figure];
      if (k) out += ",";
      out += "{\"text\":";
      append_json_string(out, f.text);
      out += ",\"value\":" + fmt_number(f.value) + ",\"high\":" + fmt_number(f.high) + ",\"qualifier\":\"" +
             f.qualifier + "\",\"unit\":";
      append_json_string(out, f.unit);
      out += ",\"actor\":";
      append_json_string(out, claim.figures[k].actor);
      out += ",\"date\":";
      append_json_string(out, claim.figures[k].date);
      out += ",\"doc\":";
      append_json_string(out, corpus.docs[f.doc].id);
      out += ",\"span\":[" + std::to_string(f.span.begin) + "," + std::to_string(f.span.end) + "]}";
    }
    out += "]}\n";
  }
}

}  // namespace claimtrace
