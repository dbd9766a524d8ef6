// claimtrace — attribution scoring (docs/attribution.md): exact-span and token-level P/R/F1 per role, and
// relation F1 with greedy one-to-one matching.
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <tuple>

#include "claimtrace/attribution.h"

namespace claimtrace {

namespace {

// Python's str.isspace(): Unicode White_Space-ish (Zs, Zl, Zp) and the ASCII/C1 separators.
bool is_space(int32_t cp) {
  if (cp < 0) return false;
  if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F) || cp == 0x85) return true;
  if (cp < 0x80) return false;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return true;
    default:
      return false;
  }
}

// \w as Python's re: letters (L*), numbers (N*) and '_'.
bool is_word(int32_t cp) { return is_word_codepoint(cp, false); }

using SpanList = std::vector<Span>;
using TokenSet = std::vector<uint32_t>;  // sorted token indices

bool span_less(const Span& a, const Span& b) { return std::tie(a.begin, a.end) < std::tie(b.begin, b.end); }

// Sorted, clipped to the text, overlapping or touching spans merged, empty ones dropped.
SpanList merged(std::string_view text, const RoleSpans& role) {
  SpanList s;
  const uint32_t n = static_cast<uint32_t>(text.size());
  for (Span x : role.spans) {
    x.end = std::min(x.end, n);
    if (x.begin < x.end) s.push_back(x);
  }
  std::sort(s.begin(), s.end(), span_less);
  SpanList out;
  for (const Span& x : s) {
    if (!out.empty() && x.begin <= out.back().end) {
      out.back().end = std::max(out.back().end, x.end);
    } else {
      out.push_back(x);
    }
  }
  return out;
}

// The exact-match key of a role: the merged spans (see merged()), each trimmed of white space at its edges.
SpanList exact_key(std::string_view text, const RoleSpans& role) {
  SpanList out;
  for (Span x : merged(text, role)) {
    uint32_t b = x.begin, e = x.end;
    while (b < e) {
      int32_t cp;
      int len = utf8_decode(text, b, cp);
      if (b + len > e || !is_space(cp)) break;
      b += len;
    }
    while (b < e) {
      uint32_t p = e - 1;
      while (p > b && e - p < 4 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
      int32_t cp;
      int len = utf8_decode(text, p, cp);
      if (p + len != e || !is_space(cp)) break;
      e = p;
    }
    if (b < e) out.push_back(Span{b, e});
  }
  return out;
}

struct ArticleTokens {
  std::vector<Span> tokens;
  std::vector<uint32_t> chars;      // code points per token
  std::vector<uint32_t> cp_before;  // cp_before[i]: code points starting in [0, i); size text + 1
};

void build_tokens(std::string_view text, ArticleTokens& at) {
  score_tokens(text, at.tokens);
  at.cp_before.assign(text.size() + 1, 0);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size();) {
    int32_t cp;
    int len = utf8_decode(text, i, cp);
    at.cp_before[i] = count;
    for (int k = 1; k < len; ++k) at.cp_before[i + k] = count + 1;
    ++count;
    i += len;
  }
  at.cp_before[text.size()] = count;
  at.chars.clear();
  for (const Span& t : at.tokens) at.chars.push_back(at.cp_before[t.end] - at.cp_before[t.begin]);
}

// Tokens with at least half of their characters inside the role's spans.
TokenSet role_tokens(std::string_view text, const ArticleTokens& at, const RoleSpans& role) {
  TokenSet out;
  uint32_t current = UINT32_MAX, inside = 0;
  auto flush = [&] {
    if (current != UINT32_MAX && 2 * inside >= at.chars[current]) out.push_back(current);
  };
  for (const Span& s : merged(text, role)) {
    auto it = std::upper_bound(at.tokens.begin(), at.tokens.end(), s.begin,
                               [](uint32_t v, const Span& t) { return v < t.end; });
    for (; it != at.tokens.end() && it->begin < s.end; ++it) {
      uint32_t k = static_cast<uint32_t>(it - at.tokens.begin());
      uint32_t b = std::max(it->begin, s.begin), e = std::min(it->end, s.end);
      uint32_t c = at.cp_before[e] - at.cp_before[b];
      if (k != current) {
        flush();
        current = k;
        inside = 0;
      }
      inside += c;
    }
  }
  flush();
  return out;
}

size_t shared(const TokenSet& a, const TokenSet& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j])
      ++i;
    else if (b[j] < a[i])
      ++j;
    else
      ++n, ++i, ++j;
  }
  return n;
}

const RoleSpans& role_of(const Attribution& a, int r) {
  return r == 0 ? a.source : r == 1 ? a.cue : a.content;
}

bool key_less(const SpanList& a, const SpanList& b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), span_less);
}

// Exact-span counts of one role: keys of non-empty roles matched one to one (multiset intersection).
void score_exact(std::string_view text, const std::vector<Attribution>& gold,
                 const std::vector<Attribution>& pred, int r, PRF& prf) {
  std::vector<SpanList> g, p;
  for (const Attribution& a : gold) {
    SpanList k = exact_key(text, role_of(a, r));
    if (!k.empty()) g.push_back(std::move(k));
  }
  for (const Attribution& a : pred) {
    SpanList k = exact_key(text, role_of(a, r));
    if (!k.empty()) p.push_back(std::move(k));
  }
  std::sort(g.begin(), g.end(), key_less);
  std::sort(p.begin(), p.end(), key_less);
  size_t tp = 0;
  for (size_t i = 0, j = 0; i < g.size() && j < p.size();) {
    if (key_less(g[i], p[j]))
      ++i;
    else if (key_less(p[j], g[i]))
      ++j;
    else
      ++tp, ++i, ++j;
  }
  prf.tp += tp;
  prf.fp += p.size() - tp;
  prf.fn += g.size() - tp;
}

}  // namespace

void score_tokens(std::string_view text, std::vector<Span>& out) {
  out.clear();
  size_t i = 0;
  while (i < text.size()) {
    int32_t cp;
    int len = utf8_decode(text, i, cp);
    if (is_space(cp)) {
      i += len;
      continue;
    }
    size_t begin = i;
    i += len;
    if (is_word(cp)) {
      while (i < text.size()) {
        int l = utf8_decode(text, i, cp);
        if (!is_word(cp)) break;
        i += l;
      }
    }
    out.push_back(Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(i)});
  }
}

void score_attributions(std::string_view text, const std::vector<Attribution>& gold,
                        const std::vector<Attribution>& predicted, AttributionScore& total) {
  total.articles += 1;
  total.gold += gold.size();
  total.predicted += predicted.size();

  score_exact(text, gold, predicted, 0, total.source_exact);
  score_exact(text, gold, predicted, 1, total.cue_exact);
  score_exact(text, gold, predicted, 2, total.content_exact);

  ArticleTokens at;
  build_tokens(text, at);
  std::vector<std::array<TokenSet, 3>> gt(gold.size()), pt(predicted.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    for (int r = 0; r < 3; ++r) gt[i][r] = role_tokens(text, at, role_of(gold[i], r));
  }
  for (size_t i = 0; i < predicted.size(); ++i) {
    for (int r = 0; r < 3; ++r) pt[i][r] = role_tokens(text, at, role_of(predicted[i], r));
  }

  // Token level: a token carries a role when any attribution's role holds it.
  PRF* token_prf[3] = {&total.source_token, &total.cue_token, &total.content_token};
  std::vector<uint8_t> g_label(at.tokens.size()), p_label(at.tokens.size());
  for (int r = 0; r < 3; ++r) {
    std::fill(g_label.begin(), g_label.end(), 0);
    std::fill(p_label.begin(), p_label.end(), 0);
    for (const auto& a : gt) {
      for (uint32_t k : a[r]) g_label[k] = 1;
    }
    for (const auto& a : pt) {
      for (uint32_t k : a[r]) p_label[k] = 1;
    }
    for (size_t k = 0; k < at.tokens.size(); ++k) {
      if (g_label[k] && p_label[k])
        token_prf[r]->tp += 1;
      else if (p_label[k])
        token_prf[r]->fp += 1;
      else if (g_label[k])
        token_prf[r]->fn += 1;
    }
  }

  // Relation: candidate pairs whose every role overlaps enough, matched greedily by descending total overlap
  // (ties: gold order, then predicted order).
  struct Pair {
    size_t overlap, g, p;
  };
  std::vector<Pair> pairs;
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < predicted.size(); ++j) {
      size_t sum = 0;
      bool ok = true;
      for (int r = 0; r < 3 && ok; ++r) {
        const TokenSet &a = gt[i][r], &b = pt[j][r];
        if (a.empty() && b.empty()) continue;
        size_t s = shared(a, b);
        ok = 2 * s >= std::max(a.size(), b.size()) && s > 0;
        sum += s;
      }
      if (ok) pairs.push_back(Pair{sum, i, j});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return x.overlap != y.overlap ? x.overlap > y.overlap : std::tie(x.g, x.p) < std::tie(y.g, y.p);
  });
  std::vector<uint8_t> g_used(gold.size()), p_used(predicted.size());
  size_t tp = 0;
  for (const Pair& pr : pairs) {
    if (g_used[pr.g] || p_used[pr.p]) continue;
    g_used[pr.g] = p_used[pr.p] = 1;
    ++tp;
  }
  total.relation.tp += tp;
  total.relation.fp += predicted.size() - tp;
  total.relation.fn += gold.size() - tp;
}

}  // namespace claimtrace
