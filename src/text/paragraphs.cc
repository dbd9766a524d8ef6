#include "claimtrace/text.h"

namespace claimtrace {
namespace {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Appends [b, e) trimmed of white space, when anything is left.
void push_trimmed(std::string_view t, size_t b, size_t e, std::vector<Paragraph>& out) {
  while (b < e && (is_space(t[b]) || t[b] == '\n')) ++b;
  while (e > b && (is_space(t[e - 1]) || t[e - 1] == '\n')) --e;
  if (e > b) out.push_back(Paragraph{static_cast<uint32_t>(b), static_cast<uint32_t>(e), -1});
}

}  // namespace

void split_paragraphs(std::string_view t, std::vector<Paragraph>& out) {
  out.clear();
  // Lines as [begin, end) without the newline; a blank line holds only white space.
  // First pass: is there a blank line between two non-blank lines?
  bool seen_text = false, blank_after_text = false, blank_separates = false;
  size_t i = 0;
  const size_t n = t.size();
  while (i < n) {
    size_t e = t.find('\n', i);
    if (e == std::string_view::npos) e = n;
    bool blank = true;
    for (size_t k = i; k < e; ++k) {
      if (!is_space(t[k])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      if (seen_text) blank_after_text = true;
    } else {
      if (blank_after_text) {
        blank_separates = true;
        break;
      }
      seen_text = true;
    }
    i = e + 1;
  }
  // Second pass: cut at blank lines (when they separate paragraphs) or at every line break.
  size_t start = 0;
  i = 0;
  while (i < n) {
    size_t e = t.find('\n', i);
    if (e == std::string_view::npos) e = n;
    if (!blank_separates) {
      push_trimmed(t, i, e, out);
    } else {
      bool blank = true;
      for (size_t k = i; k < e; ++k) {
        if (!is_space(t[k])) {
          blank = false;
          break;
        }
      }
      if (blank) {
        push_trimmed(t, start, i, out);
        start = e + 1 < n ? e + 1 : n;
      }
    }
    i = e + 1;
  }
  if (blank_separates) push_trimmed(t, start, n, out);
}

}  // namespace claimtrace
