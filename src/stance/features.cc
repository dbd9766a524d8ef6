// claimtrace — stance features: tokens, a light stemmer, our cue lexicons and the pair features.
#include "stance/features.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace claimtrace {

namespace stance_detail {

uint64_t hash_word(std::string_view s) {
  uint64_t h = 0xCBF29CE484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001B3ull;
  return h;
}

const uint64_t kQuestionHash = hash_word("?");

namespace {

// Function words: not content for the overlap features (they still are features of their own).
const char* const kStopWords[] = {
    "a",     "an",     "the",   "and",   "or",   "but",   "if",    "of",    "to",   "in",    "on",
    "at",    "by",     "for",   "with",  "from", "as",    "into",  "about", "over", "after", "is",
    "are",   "was",    "were",  "be",    "been", "being", "has",   "have",  "had",  "do",    "does",
    "did",   "it",     "its",   "this",  "that", "these", "those", "he",    "she",  "they",  "them",
    "his",   "her",    "their", "we",    "our",  "you",   "your",  "i",     "me",   "my",    "him",
    "who",   "whom",   "which", "what",  "when", "where", "why",   "how",   "will", "would", "can",
    "could", "should", "may",   "might", "must", "shall", "than",  "then",  "so",   "such",  "there",
    "here",  "up",     "out",   "off",   "just", "also",  "more",  "most",  "some", "any",   "all",
    "each",  "other",  "very",  "s",     "t",    "said",  "says",  "say",   "new",  "one",   "two",
    "after", "before", "while", "says",  "not",  "no",    "?",     "via",   "per"};

// Our cue lexicons (lower-cased surface words).
const char* const kRefuteWords[] = {
    "fake",       "fakes",      "fraud",        "hoax",       "hoaxes",      "false",     "falsely",
    "deny",       "denies",     "denied",       "denial",     "denying",     "debunk",    "debunked",
    "debunks",    "debunking",  "refute",       "refutes",    "refuted",     "retract",   "retracted",
    "retraction", "untrue",     "misleading",   "incorrect",  "wrong",       "myth",      "satire",
    "satirical",  "prank",      "lie",          "lies",       "lied",        "liar",      "baseless",
    "unfounded",  "dismiss",    "dismissed",    "dismisses",  "reject",      "rejected",  "rejects",
    "contrary",   "contradict", "contradicts",  "fabricated", "fabrication", "bogus",     "nonsense",
    "scam",       "doctored",   "photoshopped", "spoof",      "parody",      "invented",  "fiction",
    "fictional",  "disputed",   "disputes",     "dispute",    "dubious",     "skeptical", "sceptical",
    "skeptics",   "doubt",      "doubts",       "doubted",    "insists",     "insisted",  "clarified",
    "clarify",    "clarifies",  "actually",     "however",    "despite",     "debunker",  "snopes",
    "rumours",    "wasn",       "isn",          "not",        "never",       "nothing",   "nobody",
    "nope"};
const char* const kHedgeWords[] = {
    "reportedly",    "allegedly",   "alleged",   "alleges",    "claim",       "claims",
    "claimed",       "claiming",    "according", "report",     "reports",     "reported",
    "rumor",         "rumors",      "rumour",    "rumored",    "rumoured",    "unconfirmed",
    "unverified",    "may",         "might",     "could",      "possibly",    "possible",
    "apparently",    "suggest",     "suggests",  "suggested",  "speculation", "speculate",
    "speculated",    "believed",    "believe",   "believes",   "appear",      "appears",
    "appeared",      "purportedly", "purported", "supposedly", "sources",     "source",
    "tweet",         "tweeted",     "told",      "would",      "whether",     "if",
    "seems",         "seem",        "likely",    "unclear",    "unknown",     "investigating",
    "investigation", "perhaps",     "maybe",     "suspected",  "rumours",     "circulating",
    "viral",         "emerged",     "surfaced"};
const char* const kSupportWords[] = {
    "confirm",  "confirmed",  "confirms",     "confirming", "announce",   "announced",  "announces",
    "official", "officially", "indeed",       "true",       "verified",   "revealed",   "reveals",
    "reveal",   "shows",      "showed",       "proof",      "proves",     "proved",     "evidence",
    "admitted", "admits",     "acknowledged", "finally",    "now",        "has",        "have",
    "killed",   "dead",       "died",         "arrested",   "found",      "discovered", "video",
    "footage",  "photos",     "statement",    "spokesman",  "spokeswoman"};
const char* const kNegationWords[] = {"not",    "no",     "never",   "none", "nothing", "neither", "nor",
                                      "nobody", "cannot", "without", "isn",  "wasn",    "didn",    "doesn",
                                      "don",    "aren",   "weren",   "hasn", "haven",   "won"};

struct Lexicons {
  std::unordered_set<uint64_t> stop;
  std::unordered_map<uint64_t, uint8_t> classes;
  Lexicons() {
    for (const char* w : kStopWords) stop.insert(hash_word(w));
    for (const char* w : kRefuteWords) classes[hash_word(w)] |= kRefute;
    for (const char* w : kHedgeWords) classes[hash_word(w)] |= kHedge;
    for (const char* w : kSupportWords) classes[hash_word(w)] |= kSupport;
    for (const char* w : kNegationWords) classes[hash_word(w)] |= kNegation;
  }
};

const Lexicons& lexicons() {
  static const Lexicons l;
  return l;
}

bool ends_with(const std::string& w, std::string_view suf) {
  return w.size() >= suf.size() && std::string_view(w).substr(w.size() - suf.size()) == suf;
}

// A light suffix stripper (plural, -ed, -ing, -ly): enough to match "denies" with "denied" and "deny".
void stem(std::string& w) {
  if (w.size() <= 3) return;
  if (w[0] >= '0' && w[0] <= '9') return;
  if (ends_with(w, "ies") && w.size() > 4) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (ends_with(w, "ied") && w.size() > 4) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (ends_with(w, "sses")) {
    w.resize(w.size() - 2);
  } else if (ends_with(w, "ing") && w.size() > 5) {
    w.resize(w.size() - 3);
  } else if (ends_with(w, "ed") && w.size() > 4) {
    w.resize(w.size() - 2);
  } else if (ends_with(w, "ly") && w.size() > 5) {
    w.resize(w.size() - 2);
  } else if (ends_with(w, "es") && w.size() > 4 &&
             (ends_with(w, "shes") || ends_with(w, "ches") || ends_with(w, "xes"))) {
    w.resize(w.size() - 2);
  } else if (w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is")) {
    w.pop_back();
  }
  if (w.size() > 3 && w.back() == 'e') w.pop_back();  // "denie"/"deny", "confirme" ...
  if (w.size() > 3 && w.back() == 'y') w.back() = 'i';
}

bool word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

uint8_t lexicon_class(uint64_t raw_hash) {
  const auto& c = lexicons().classes;
  auto it = c.find(raw_hash);
  return it == c.end() ? 0 : it->second;
}

void tokenize_words(std::string_view text, std::vector<uint64_t>& stems, std::vector<uint64_t>& raws,
                    std::vector<uint8_t>& stop, std::vector<uint32_t>* sentence_starts, std::string& word) {
  const Lexicons& lex = lexicons();
  auto emit = [&](std::string& w) {
    const uint64_t raw = hash_word(w);
    raws.push_back(raw);
    stop.push_back(lex.stop.count(raw) ? 1 : 0);
    stem(w);
    stems.push_back(hash_word(w));
  };
  if (sentence_starts) sentence_starts->push_back(static_cast<uint32_t>(stems.size()));
  const size_t n = text.size();
  size_t i = 0;
  bool sentence_end = false;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // curly quotes, dashes (U+2010..U+201F) between words: punctuation
    if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      i += 3;
      continue;
    }
    if (!word_byte(c) && c != '\'') {
      if (c == '?') {
        raws.push_back(kQuestionHash);
        stems.push_back(kQuestionHash);
        stop.push_back(1);
      }
      if ((c == '.' || c == '!' || c == '?' || c == '\n') && sentence_starts) sentence_end = true;
      ++i;
      continue;
    }
    if (c == '\'') {
      ++i;
      continue;
    }
    if (sentence_end && sentence_starts) {
      if (sentence_starts->back() != stems.size())
        sentence_starts->push_back(static_cast<uint32_t>(stems.size()));
      sentence_end = false;
    }
    word.clear();
    while (i < n) {
      unsigned char d = static_cast<unsigned char>(text[i]);
      if (d >= 'A' && d <= 'Z') {
        word.push_back(static_cast<char>(d + 32));
        ++i;
      } else if (word_byte(d)) {
        if (d == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80) {
          if (static_cast<unsigned char>(text[i + 2]) == 0x99 && i + 3 < n && word_byte(text[i + 3])) {
            word.push_back('\'');  // typographic apostrophe inside a word
            i += 3;
            continue;
          }
          break;
        }
        word.push_back(static_cast<char>(d));
        ++i;
      } else if (d == '\'' && i + 1 < n && word_byte(static_cast<unsigned char>(text[i + 1])) &&
                 !word.empty()) {
        word.push_back('\'');
        ++i;
      } else {
        break;
      }
    }
    // clitics: n't → not; 's, 're, 'll, 've, 'd, 'm dropped
    size_t ap = word.find('\'');
    if (ap != std::string::npos) {
      std::string tail = word.substr(ap + 1);
      word.resize(ap);
      if (tail == "t" && ends_with(word, "n") && word.size() > 1) {
        word.pop_back();
        if (word == "ca") word = "can";
        if (word == "wo") word = "will";
        if (!word.empty()) emit(word);
        word = "not";
      }
    }
    if (!word.empty()) emit(word);
  }
}

}  // namespace stance_detail

// ---------------------------------------------------------------------------------------------------------
// Pair features.

namespace {

using namespace stance_detail;

constexpr size_t kLead = 100;  // "first N words" of the body

// Namespaces of the hashed features.
enum Ns : uint64_t {
  kBias = 1,
  kRaw,
  kBin,
  kBinCross,
  kBodyWord,
  kHeadWord,
  kHeadBigram,
  kLexHead,
  kLexBody,
  kLexNear,
  kNearWord,
  kBestWord,
  kFirstWord,
  kCueCross,
  kHeadQ,
  kLexBest,
  kNegCross,
  kBodyBigram,
  kNearAll,
  kLexClaim,
  kCueWordCross,
};

float idf_of(const std::unordered_map<uint64_t, float>& idf, float dflt, uint64_t h) {
  auto it = idf.find(h);
  return it == idf.end() ? dflt : it->second;
}

// Terms of a token range: content unigrams and bigrams (bigrams of adjacent tokens, not both stop words).
void terms_of(const std::vector<uint64_t>& tok, const std::vector<uint8_t>& stop, size_t b, size_t e,
              std::vector<uint64_t>& out) {
  out.clear();
  for (size_t k = b; k < e; ++k) {
    if (!stop[k]) out.push_back(tok[k]);
    if (k + 1 < e && !(stop[k] && stop[k + 1])) out.push_back(mix(tok[k], tok[k + 1]));
  }
  std::sort(out.begin(), out.end());
}

// TF-IDF cosine of two sorted term lists (log TF).
double cosine(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
              const std::unordered_map<uint64_t, float>& idf, float dflt) {
  double na = 0, nb = 0, dot = 0;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    uint64_t key;
    if (j >= b.size() || (i < a.size() && a[i] < b[j]))
      key = a[i];
    else
      key = b[j];
    size_t ca = 0, cb = 0;
    while (i < a.size() && a[i] == key) ++i, ++ca;
    while (j < b.size() && b[j] == key) ++j, ++cb;
    const double w = idf_of(idf, dflt, key);
    const double va = ca ? (1 + std::log(double(ca))) * w : 0, vb = cb ? (1 + std::log(double(cb))) * w : 0;
    na += va * va;
    nb += vb * vb;
    dot += va * vb;
  }
  return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

}  // namespace

namespace stance_detail {
void document_terms(std::string_view text, StanceScratch& s, std::vector<uint64_t>& out) {
  s.body.clear(), s.body_raw.clear(), s.body_stop.clear();
  tokenize_words(text, s.body, s.body_raw, s.body_stop, nullptr, s.word);
  terms_of(s.body, s.body_stop, 0, s.body.size(), out);
  out.erase(std::unique(out.begin(), out.end()), out.end());
}
}  // namespace stance_detail

void StanceModelAccess::extract(const StanceModel& m, std::string_view headline, std::string_view body,
                                StanceScratch& s) {
  const auto& idf = m.idf_;
  const float dflt = m.idf_default_ > 0 ? m.idf_default_ : 1.0f;
  s.head.clear(), s.body.clear(), s.head_raw.clear(), s.body_raw.clear(), s.head_stop.clear(),
      s.body_stop.clear(), s.body_sentences.clear();
  tokenize_words(headline, s.head, s.head_raw, s.head_stop, nullptr, s.word);
  tokenize_words(body, s.body, s.body_raw, s.body_stop, &s.body_sentences, s.word);
  s.f1.clear();
  s.f2.clear();
  s.dense.clear();
  const size_t nb = s.body.size(), nh = s.head.size();
  const size_t lead = std::min(nb, kLead);

  // headline content words (unique) and their IDF
  std::vector<uint64_t>& hw = s.terms_a;
  hw.clear();
  for (size_t k = 0; k < nh; ++k)
    if (!s.head_stop[k]) hw.push_back(s.head[k]);
  std::sort(hw.begin(), hw.end());
  hw.erase(std::unique(hw.begin(), hw.end()), hw.end());
  std::vector<uint64_t>& body_sorted = s.body_sorted;
  body_sorted.assign(s.body.begin(), s.body.end());
  std::sort(body_sorted.begin(), body_sorted.end());
  std::vector<uint64_t>& lead_sorted = s.lead_sorted;
  lead_sorted.assign(s.body.begin(), s.body.begin() + lead);
  std::sort(lead_sorted.begin(), lead_sorted.end());
  auto in = [](const std::vector<uint64_t>& v, uint64_t h) {
    return std::binary_search(v.begin(), v.end(), h);
  };

  double idf_sum = 0, idf_hit = 0, idf_hit_lead = 0;
  size_t hit = 0, hit_lead = 0, rare = 0, rare_hit = 0;
  for (uint64_t h : hw) {
    const double w = idf_of(idf, dflt, h);
    idf_sum += w;
    const bool b = in(body_sorted, h), l = in(lead_sorted, h);
    if (b) ++hit, idf_hit += w;
    if (l) ++hit_lead, idf_hit_lead += w;
    if (w >= dflt * 0.6) {
      ++rare;
      if (b) ++rare_hit;
    }
  }
  const double nhw = hw.empty() ? 1.0 : double(hw.size());
  // headline bigrams / trigrams found in the body
  std::vector<uint64_t>& bb = s.ngrams;
  bb.clear();
  bb.reserve(nb * 2);
  for (size_t k = 0; k + 1 < nb; ++k) bb.push_back(mix(s.body[k], s.body[k + 1]));
  const size_t bb_bigrams = bb.size();
  for (size_t k = 0; k + 2 < nb; ++k) bb.push_back(mix(mix(s.body[k], s.body[k + 1]), s.body[k + 2]));
  std::sort(bb.begin(), bb.end());
  (void)bb_bigrams;
  size_t hb = 0, hb_hit = 0, ht = 0, ht_hit = 0;
  for (size_t k = 0; k + 1 < nh; ++k) {
    if (s.head_stop[k] && s.head_stop[k + 1]) continue;
    ++hb;
    if (in(bb, mix(s.head[k], s.head[k + 1]))) ++hb_hit;
    if (k + 2 < nh) {
      ++ht;
      if (in(bb, mix(mix(s.head[k], s.head[k + 1]), s.head[k + 2]))) ++ht_hit;
    }
  }
  // TF-IDF cosines
  std::vector<uint64_t>& ht_terms = s.head_terms;
  std::vector<uint64_t>& bt_terms = s.body_terms;
  terms_of(s.head, s.head_stop, 0, nh, ht_terms);
  terms_of(s.body, s.body_stop, 0, nb, bt_terms);
  const double cos_all = cosine(ht_terms, bt_terms, idf, dflt);
  terms_of(s.body, s.body_stop, 0, lead, bt_terms);
  const double cos_lead = cosine(ht_terms, bt_terms, idf, dflt);
  // best sentence: the largest IDF-weighted share of the headline's words
  size_t best_b = 0, best_e = std::min<size_t>(nb, 30);
  double best_cover = 0;
  const size_t ns = s.body_sentences.size();
  for (size_t k = 0; k < ns; ++k) {
    const size_t b = s.body_sentences[k], e = k + 1 < ns ? s.body_sentences[k + 1] : nb;
    if (e <= b) continue;
    double cover = 0;
    for (uint64_t h : hw) {
      for (size_t t = b; t < e; ++t)
        if (s.body[t] == h) {
          cover += idf_of(idf, dflt, h);
          break;
        }
    }
    if (cover > best_cover) best_cover = cover, best_b = b, best_e = e;
  }
  const double best_frac = idf_sum > 0 ? best_cover / idf_sum : 0;

  const double dense[] = {
      cos_all,
      cos_lead,
      hit / nhw,
      idf_sum > 0 ? idf_hit / idf_sum : 0,
      hit_lead / nhw,
      idf_sum > 0 ? idf_hit_lead / idf_sum : 0,
      hb ? double(hb_hit) / double(hb) : 0,
      ht ? double(ht_hit) / double(ht) : 0,
      best_frac,
      rare ? double(rare_hit) / double(rare) : 0.5,
      std::min(1.0, std::log1p(double(hb_hit)) / 3.0),
      std::min(1.0, std::log1p(double(nb)) / 8.0),
      std::min(1.0, double(hw.size()) / 15.0),
  };
  constexpr int kDense = sizeof(dense) / sizeof(dense[0]);
  auto add_both = [&](uint64_t h, float v) {
    s.f1.emplace_back(h, v);
    s.f2.emplace_back(h, v);
  };
  add_both(feat(kBias, 0), 1.0f);
  int bins5[kDense];
  for (int k = 0; k < kDense; ++k) {
    const double v = std::clamp(dense[k], 0.0, 1.0);
    s.dense.push_back(static_cast<float>(v));
    add_both(feat(kRaw, k), static_cast<float>(v));
    add_both(feat(kBin, uint64_t(k) * 64 + std::min(15, int(v * 16))), 1.0f);
    bins5[k] = std::min(4, int(v * 5));
  }
  // crossings of coarse bins of the strongest relatedness signals
  const int cross_of[][2] = {{0, 3}, {0, 8}, {3, 8}, {1, 6}, {0, 1}, {3, 9}};
  for (const auto& c : cross_of)
    add_both(feat(kBinCross, uint64_t(c[0]) * 1000 + uint64_t(c[1]) * 100 + bins5[c[0]] * 5 + bins5[c[1]]),
             1.0f);

  // ---- stage 2 only: cues
  // headline words and bigrams
  bool head_q = false;
  uint8_t head_lex = 0;
  for (size_t k = 0; k < nh; ++k) {
    if (lexicon_class(s.head_raw[k]) || s.head_stop[k])
      s.f2.emplace_back(feat(kHeadWord, s.head_raw[k]), 0.5f);
    if (s.head_raw[k] == kQuestionHash) head_q = true;
    head_lex |= lexicon_class(s.head_raw[k]);
  }
  for (int c = 0; c < 4; ++c)
    if (head_lex & (1 << c)) s.f2.emplace_back(feat(kLexHead, c), 1.0f);
  if (head_q) s.f2.emplace_back(feat(kHeadQ, 0), 1.0f);

  // body words (log-TF, L2-normalized; the lead and the best sentence as their own namespaces)
  {
    std::vector<uint64_t>& bw = s.terms_b;
    bw.assign(s.body_raw.begin(), s.body_raw.end());
    std::sort(bw.begin(), bw.end());
    size_t start = s.f2.size();
    double norm = 0;
    for (size_t i = 0; i < bw.size();) {
      size_t j = i;
      while (j < bw.size() && bw[j] == bw[i]) ++j;
      const float v = 1.0f + std::log(float(j - i));
      s.f2.emplace_back(feat(kBodyWord, bw[i]), v);
      norm += double(v) * v;
      i = j;
    }
    const float inv = norm > 0 ? static_cast<float>(1.0 / std::sqrt(norm)) : 0.f;
    for (size_t k = start; k < s.f2.size(); ++k) s.f2[k].second *= inv * 2.0f;
  }
  {
    const size_t e = std::min(nb, s.body_sentences.size() > 1 ? size_t(s.body_sentences[1]) : nb);
    const size_t e2 = std::min<size_t>(e, 40);
    const float v = e2 ? 1.0f / std::sqrt(float(e2)) : 0.f;
    for (size_t k = 0; k < e2; ++k) s.f2.emplace_back(feat(kFirstWord, s.body_raw[k]), v);
    const size_t be = std::min(best_e, best_b + 40);
    const float vb = be > best_b ? 1.0f / std::sqrt(float(be - best_b)) : 0.f;
    uint8_t best_lex = 0;
    for (size_t k = best_b; k < be; ++k) {
      s.f2.emplace_back(feat(kBestWord, s.body_raw[k]), vb);
      best_lex |= lexicon_class(s.body_raw[k]);
    }
    for (int c = 0; c < 4; ++c)
      if (best_lex & (1 << c)) s.f2.emplace_back(feat(kLexBest, c), 1.0f);
  }
  // lexicon counts in the body, and near (±8 tokens) body occurrences of headline words
  {
    std::vector<uint8_t>& near = s.near;
    near.assign(nb, 0);
    for (size_t t = 0; t < nb; ++t)
      if (!s.body_stop[t] && std::binary_search(hw.begin(), hw.end(), s.body[t])) {
        const size_t b = t >= 8 ? t - 8 : 0, e = std::min(nb, t + 9);
        for (size_t k = b; k < e; ++k) near[k] = 1;
      }
    // all words near headline words (the context of the claim's mentions), L2-normalized
    {
      std::vector<uint64_t>& nw = s.terms_b;
      nw.clear();
      for (size_t t = 0; t < nb; ++t)
        if (near[t]) nw.push_back(s.body_raw[t]);
      std::sort(nw.begin(), nw.end());
      nw.erase(std::unique(nw.begin(), nw.end()), nw.end());
      const float v = nw.empty() ? 0.f : 1.0f / std::sqrt(float(nw.size()));
      for (uint64_t w : nw) s.f2.emplace_back(feat(kNearAll, w), v);
    }
    // cue words in sentences that mention at least two headline words
    {
      int claim_count[4] = {0, 0, 0, 0};
      size_t claim_sentences = 0;
      for (size_t k = 0; k < ns; ++k) {
        const size_t b = s.body_sentences[k], e = k + 1 < ns ? s.body_sentences[k + 1] : nb;
        size_t hits = 0;
        for (size_t t = b; t < e; ++t)
          if (!s.body_stop[t] && std::binary_search(hw.begin(), hw.end(), s.body[t])) ++hits;
        if (hits < 2) continue;
        ++claim_sentences;
        for (size_t t = b; t < e; ++t) {
          const uint8_t c = lexicon_class(s.body_raw[t]);
          for (int q = 0; q < 4; ++q)
            if (c & (1 << q)) ++claim_count[q];
          if (c)
            for (size_t h = 0; h < nh; ++h)
              if (lexicon_class(s.head_raw[h]))
                s.f2.emplace_back(feat(kCueWordCross, mix(s.head_raw[h], s.body_raw[t])), 0.3f);
        }
      }
      for (int q = 0; q < 4; ++q) {
        s.f2.emplace_back(feat(kLexClaim, uint64_t(q) * 8 + std::min(7, claim_count[q])), 1.0f);
        s.f2.emplace_back(
            feat(kLexClaim, 100 + q),
            claim_sentences ? std::min(1.0f, float(claim_count[q]) / float(claim_sentences)) : 0.f);
      }
      s.f2.emplace_back(feat(kLexClaim, 200 + std::min<size_t>(claim_sentences, 7)), 1.0f);
    }
    int count[4] = {0, 0, 0, 0}, count_near[4] = {0, 0, 0, 0}, count_lead[4] = {0, 0, 0, 0};
    for (size_t t = 0; t < nb; ++t) {
      const uint8_t c = lexicon_class(s.body_raw[t]);
      if (!c) continue;
      for (int k = 0; k < 4; ++k)
        if (c & (1 << k)) {
          ++count[k];
          if (near[t]) ++count_near[k];
          if (t < kLead) ++count_lead[k];
        }
      if (near[t]) s.f2.emplace_back(feat(kNearWord, s.body_raw[t]), 0.5f);
      // headline cue × body cue
      for (int a = 0; a < 4; ++a)
        if (head_lex & (1 << a))
          for (int b = 0; b < 4; ++b)
            if (c & (1 << b)) s.f2.emplace_back(feat(kCueCross, uint64_t(a * 4 + b)), 0.2f);
    }
    for (int k = 0; k < 4; ++k) {
      s.f2.emplace_back(feat(kLexBody, k), std::min(1.0f, std::log1p(float(count[k])) / 4.0f));
      s.f2.emplace_back(feat(kLexBody, 16 + k), nb ? std::min(1.0f, 20.0f * count[k] / float(nb)) : 0.f);
      s.f2.emplace_back(feat(kLexNear, k), std::min(1.0f, std::log1p(float(count_near[k])) / 3.0f));
      s.f2.emplace_back(feat(kLexNear, 16 + k * 8 + std::min(7, count_near[k])), 1.0f);
      s.f2.emplace_back(feat(kLexBody, 32 + k * 8 + std::min(7, count_lead[k])), 1.0f);
      // head polarity × body near-count bin
      s.f2.emplace_back(
          feat(kNegCross, uint64_t(head_lex) * 64 + uint64_t(k) * 8 + std::min(7, count_near[k])), 1.0f);
    }
  }
}

}  // namespace claimtrace
