// claimtrace — the naive reporting-verb baseline for attributions (docs/attribution.md). Deliberately simple:
// it gives the evaluation numbers to beat until a trained model replaces it.
#include <algorithm>
#include <array>
#include <string_view>

#include "claimtrace/attribution.h"

namespace claimtrace {

namespace {

// Lower-case reporting verbs (matched case-sensitively: "Says" at a sentence start is rare, "States" is a
// noun).
constexpr std::array<std::string_view, 48> kCues = {
    "said",         "says",       "say",      "saying",    "told",      "tells",     "tell",      "added",
    "adds",         "claimed",    "claims",   "stated",    "announced", "announces", "insisted",  "insists",
    "argued",       "argues",     "denied",   "denies",    "explained", "explains",  "noted",     "notes",
    "wrote",        "writes",     "asked",    "warned",    "warns",     "suggested", "suggests",  "reported",
    "acknowledged", "admitted",   "declared", "predicted", "promised",  "confirmed", "tweeted",   "urged",
    "contended",    "maintained", "recalled", "replied",   "responded", "countered", "concluded", "believes",
};

constexpr std::array<std::string_view, 12> kPronouns = {"he",  "she",  "they", "we", "I",  "He",
                                                        "She", "They", "We",   "it", "It", "you"};

bool is_open_quote(std::string_view t) { return t == "\"" || t == "\xE2\x80\x9C"; }   // " “
bool is_close_quote(std::string_view t) { return t == "\"" || t == "\xE2\x80\x9D"; }  // " ”
bool is_quote(std::string_view t) { return is_open_quote(t) || is_close_quote(t); }
bool is_final_punct(std::string_view t) { return t == "." || t == "!" || t == "?"; }
bool is_capitalized(std::string_view t) { return !t.empty() && t[0] >= 'A' && t[0] <= 'Z'; }

}  // namespace

void baseline_attributions(std::string_view text, const std::vector<Token>& tokens,
                           const std::vector<Sentence>& sentences, std::vector<Attribution>& out) {
  auto word = [&](size_t k) { return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); };
  // [a, b) token range → a span (nothing when empty).
  auto add = [&](RoleSpans& role, size_t a, size_t b) {
    if (a < b) role.spans.push_back(Span{tokens[a].begin, tokens[b - 1].end});
  };
  size_t t = 0;
  for (const Sentence& s : sentences) {
    while (t < tokens.size() && tokens[t].begin < s.begin) ++t;
    const size_t first = t;
    size_t last = first;  // one past the sentence's last token
    while (last < tokens.size() && tokens[last].end <= s.end) ++last;
    t = last;
    if (first == last) continue;

    // The cue: the first reporting verb, or "according to".
    size_t cue = last, cue_end = last;
    for (size_t k = first; k < last; ++k) {
      std::string_view w = word(k);
      if (w == "according" && k + 1 < last && word(k + 1) == "to") {
        cue = k, cue_end = k + 2;
        break;
      }
      if (std::find(kCues.begin(), kCues.end(), w) != kCues.end()) {
        cue = k, cue_end = k + 1;
        break;
      }
    }
    // The sentence's end without its final punctuation (a quotation that ends it keeps its marks).
    size_t body_end = last;
    if (body_end > first + 1 && is_final_punct(word(body_end - 1))) --body_end;

    if (cue == last) {
      // No cue: a quotation is content on its own.
      size_t open = last;
      for (size_t k = first; k < last; ++k) {
        if (is_open_quote(word(k))) {
          open = k;
          break;
        }
      }
      if (open == last) continue;
      size_t close = last;
      for (size_t k = last; k > open + 1; --k) {
        if (is_close_quote(word(k - 1))) {
          close = k;
          break;
        }
      }
      Attribution a;
      add(a.content, open, close);
      a.direct = true;
      out.push_back(std::move(a));
      continue;
    }

    Attribution a;
    add(a.cue, cue, cue_end);
    // Post-posed cue ("..., he said." / "..." said Smith.): a comma or closing quote shortly before the cue.
    size_t comma = last;
    for (size_t k = cue; k > first && cue - k < 4; --k) {
      std::string_view w = word(k - 1);
      if (w == "," || is_close_quote(w)) {
        comma = k - 1;
        break;
      }
    }
    // ... and little after the cue: none, a name, or less than half what comes before the comma ("After the
    // vote, Ann Lee said the plan is dead." is not post-posed).
    const size_t after = body_end > cue_end ? body_end - cue_end : 0;
    const bool post =
        comma != last && comma > first &&
        (is_close_quote(word(comma)) || cue == comma + 1 || after <= 2 || 2 * after < comma - first);
    if (post) {
      // Content: the sentence up to the comma (a quotation keeps its closing mark and the comma inside it).
      size_t cend = comma + 1;
      if (word(comma) == "," && !(comma + 1 < cue && is_close_quote(word(comma + 1)))) cend = comma;
      if (comma + 1 < cue && is_close_quote(word(comma + 1))) cend = comma + 2;
      add(a.content, first, cend);
      size_t src_begin = std::min(cend + (cend < cue && word(cend) == "," ? 1 : 0), cue);
      while (src_begin < cue && (word(src_begin) == "," || is_quote(word(src_begin)))) ++src_begin;
      if (src_begin < cue) {
        add(a.source, src_begin, cue);  // ", he said."
      } else {
        size_t e = body_end;  // ", said John Smith, a spokesman."
        for (size_t k = cue_end; k < body_end; ++k) {
          if (word(k) == ",") {
            e = k;
            break;
          }
        }
        add(a.source, cue_end, e);
      }
    } else {
      // Source: the pronoun or capitalized run just before the cue, else the clause before it.
      size_t sb = cue;
      if (cue > first && std::find(kPronouns.begin(), kPronouns.end(), word(cue - 1)) != kPronouns.end()) {
        sb = cue - 1;
      } else {
        while (sb > first && (is_capitalized(word(sb - 1)) || word(sb - 1) == "." || word(sb - 1) == "'s"))
          --sb;
        while (sb < cue && !is_capitalized(word(sb))) ++sb;
        if (sb == cue) {
          sb = first;
          for (size_t k = cue; k > first; --k) {
            if (word(k - 1) == ",") {
              sb = k;
              break;
            }
          }
        }
      }
      if (cue_end - cue == 2) {
        // "according to X, ...": the source follows the cue up to the comma; the content is the rest.
        size_t e = cue_end;
        while (e < body_end && word(e) != ",") ++e;
        add(a.source, cue_end, e);
        if (e < body_end) {
          add(a.content, e + 1, body_end);
        } else {
          size_t b = first;
          add(a.content, b, cue > b && word(cue - 1) == "," ? cue - 1 : cue);
        }
      } else {
        add(a.source, sb, cue);
        add(a.content, cue_end, body_end);
      }
    }
    if (!a.content.empty()) {
      std::string_view c = text.substr(a.content.spans.front().begin, 3);
      a.direct = c.starts_with("\"") || c.starts_with("\xE2\x80\x9C");
    }
    out.push_back(std::move(a));
  }
}

}  // namespace claimtrace
