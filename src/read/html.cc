// claimtrace — HTML reader: main text and metadata from a web page, with libgumbo.
//
// Pipeline (all linear in the input):
//   1. Refuse binary input (NUL bytes in the first 8 KiB); drop a UTF-8 BOM.
//   2. Pre-scan the markup and remove start tags nested deeper than gumbo can handle cheaply (gumbo's tree
//      builder is quadratic on deep nesting), runaway unclosed formatting tags, excess attributes and
//      repeated <html>/<body> tags. Ordinary pages pass through untouched.
//   3. Parse with gumbo. Its memory comes from a local arena that is released in one go: gumbo's own
//      destructor recurses once per tree level and would overflow the stack on deep trees.
//   4. Survey pass (whole tree, iterative): metadata (meta, link, title, html lang, itemprop), the first
//      visible h1, content candidates (<article>, [itemprop=articleBody], <main>/role=main) with their
//      visible text size, and the text size of "weak boilerplate" elements.
//   5. Pick the root: the largest candidate of the best kind that holds a fair share of the page's text,
//      else <body>.
//   6. Extract pass (root subtree, iterative): drop boilerplate by tag, hidden state, ARIA role and class/id
//      tokens; one paragraph per block element with whitespace collapsed; drop paragraphs and containers
//      that are mostly link text, stock boilerplate lines ("Advertisement") and photo credits.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/reader.h"
#include "claimtrace/record.h"
#include "claimtrace/text.h"

namespace claimtrace {
namespace {

constexpr size_t kBinaryProbe = 8192;     // bytes checked for NUL
constexpr size_t kMaxDepth = 1024;        // open elements kept by the pre-scan
constexpr size_t kMaxFormatting = 64;     // unclosed b/i/font/... start tags kept by the pre-scan
constexpr size_t kMaxAttributes = 128;    // attributes kept per tag by the pre-scan
constexpr size_t kMaxRootTags = 8;        // <html> and <body> start tags kept by the pre-scan
constexpr size_t kShortBoilerplate = 48;  // longest paragraph compared with the stock boilerplate lines

// ---------------------------------------------------------------------------------------------------------
// Small string helpers.

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (to_lower(a[i]) != to_lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool icontains(std::string_view s, std::string_view needle) {
  if (needle.empty()) return true;
  for (size_t i = 0; i + needle.size() <= s.size(); ++i)
    if (iequals(s.substr(i, needle.size()), needle)) return true;
  return false;
}

// Does the whitespace-separated list `list` hold `token` (ASCII case-insensitive)?
bool has_token(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && is_space(list[i])) ++i;
    size_t start = i;
    while (i < list.size() && !is_space(list[i])) ++i;
    if (i > start && iequals(list.substr(start, i - start), token)) return true;
  }
  return false;
}

// Appends `s` with runs of white space (HTML space and U+00A0) turned into one space, C0/C1 controls
// dropped, and no leading space. `pending` carries a space owed across calls; trailing space is never
// written.
void append_collapsed(std::string& out, std::string_view s, bool& pending) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = p[i];
    if (is_space(static_cast<char>(c)) || c == '\v') {
      pending = true;
      continue;
    }
    if (c < 0x20 || c == 0x7f) continue;
    if (c == 0xc2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0xa0) {
      if (p[i + 1] == 0xa0) pending = true;  // no-break space; U+0080..U+009F are controls
      ++i;
      continue;
    }
    if (pending && !out.empty()) out.push_back(' ');
    pending = false;
    out.push_back(static_cast<char>(c));
  }
}

std::string collapse(std::string_view s) {
  std::string out;
  bool pending = false;
  append_collapsed(out, s, pending);
  return out;
}

// gumbo emits UTF-8 with invalid input replaced; this is a cheap guarantee: invalid bytes become U+FFFD.
void make_valid_utf8(std::string& s) {
  std::vector<uint32_t> bad = invalid_utf8_offsets(s);
  if (bad.empty()) return;
  std::string out;
  out.reserve(s.size() + 2 * bad.size());
  size_t from = 0;
  for (uint32_t at : bad) {
    out.append(s, from, at - from);
    out += "\xEF\xBF\xBD";
    from = at + 1;
  }
  out.append(s, from, std::string::npos);
  s = std::move(out);
}

// ---------------------------------------------------------------------------------------------------------
// gumbo memory. Every block is linked into a list so the whole parse can be freed without walking the tree
// (gumbo_destroy_output recurses per tree level). Blocks freed by gumbo during the parse are unlinked.

class GumboArena {
 public:
  GumboArena() { head_.prev = head_.next = &head_; }
  ~GumboArena() { release(); }
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;

  static void* allocate(void* self, size_t size) {
    auto* arena = static_cast<GumboArena*>(self);
    auto* block = static_cast<Block*>(std::malloc(sizeof(Block) + size));
    if (block == nullptr) std::abort();  // gumbo does not handle allocation failure
    block->prev = &arena->head_;
    block->next = arena->head_.next;
    arena->head_.next->prev = block;
    arena->head_.next = block;
    return block + 1;
  }

  static void deallocate(void*, void* ptr) {
    if (ptr == nullptr) return;
    Block* block = static_cast<Block*>(ptr) - 1;
    block->prev->next = block->next;
    block->next->prev = block->prev;
    std::free(block);
  }

  void release() {
    Block* block = head_.next;
    while (block != &head_) {
      Block* next = block->next;
      std::free(block);
      block = next;
    }
    head_.prev = head_.next = &head_;
  }

 private:
  struct alignas(alignof(std::max_align_t)) Block {
    Block* prev;
    Block* next;
  };
  Block head_;
};

// ---------------------------------------------------------------------------------------------------------
// Pre-scan. A light tokenizer (comments, raw-text elements, quoted attribute values) drives a model of the
// stack of open elements with the common implicit closes (p, li, dd/dt, td/th, tr, option, headings, a,
// button, select, form). Start tags that would push the model deeper than kMaxDepth, and unclosed
// formatting tags beyond kMaxFormatting, are removed together with their matching end tags; attributes
// beyond kMaxAttributes are cut. Text is never removed. Ordinary pages come back untouched.

constexpr size_t kTagCount = static_cast<size_t>(GUMBO_TAG_LAST) + 1;

GumboTag group_of(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DT:
      return GUMBO_TAG_DD;
    case GUMBO_TAG_TH:
      return GUMBO_TAG_TD;
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
      return GUMBO_TAG_TBODY;
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return GUMBO_TAG_H1;
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RTC:
      return GUMBO_TAG_RB;
    default:
      return tag;
  }
}

bool is_void_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMAGE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_MENUITEM:
    case GUMBO_TAG_META:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
      return true;
    default:
      return false;
  }
}

bool is_formatting_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_B:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
      return true;
    default:
      return false;
  }
}

// Start tags that close an open <p> (in button scope) before they are inserted.
bool closes_p(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_PLAINTEXT:
      return true;
    default:
      return false;
  }
}

// HTML "special" elements (roughly: everything but phrasing, formatting and unknown elements).
bool is_special(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_UNKNOWN:
    case GUMBO_TAG_A:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_RB:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RTC:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_ACRONYM:
    case GUMBO_TAG_BLINK:
    case GUMBO_TAG_MULTICOL:
    case GUMBO_TAG_SPACER:
    case GUMBO_TAG_NEXTID:
      return false;
    default:
      return !is_formatting_tag(tag);
  }
}

// Special elements other than address, div and p stop the search for an li / dd / dt to close.
bool blocks_list_item(GumboTag tag) {
  return is_special(tag) && tag != GUMBO_TAG_ADDRESS && tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_P;
}

// Elements that bound the "scope" searches (p in button scope, a / nobr / button in scope).
bool blocks_scope(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

// Elements that bound the "table scope" searches (td, tr, tbody).
bool blocks_table(GumboTag tag) {
  return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TEMPLATE;
}

// Table parts: ignored by the parser outside a table.
bool is_table_part(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return true;
    default:
      return false;
  }
}

class NestingLimiter {
 public:
  explicit NestingLimiter(std::string_view in)
      : in_(in), top_(kTagCount, -1), excess_(kTagCount, 0), formatting_(kTagCount, 0) {}

  // Returns `in` unchanged, or a view of `storage` holding the trimmed copy.
  std::string_view run(std::string& storage) {
    out_ = &storage;
    const size_t n = in_.size();
    size_t i = 0;
    while (i < n) {
      size_t lt = in_.find('<', i);
      if (lt == std::string_view::npos || lt + 1 >= n) break;
      char c = in_[lt + 1];
      if (c == '!') {
        i = skip_declaration(lt);
      } else if (c == '?') {
        i = skip_to_gt(lt + 2);
      } else if (c == '/') {
        if (lt + 2 < n && is_alpha(in_[lt + 2])) {
          i = tag(lt, lt + 2, true);
        } else {
          i = skip_to_gt(lt + 2);
        }
      } else if (is_alpha(c)) {
        i = tag(lt, lt + 1, false);
      } else {
        i = lt + 1;
      }
    }
    if (!rewritten_) return in_;
    storage.append(in_.substr(copied_));
    return storage;
  }

 private:
  struct Entry {
    GumboTag group;
    int32_t prev_same;     // previous open entry of the same group, -1 if none
    int32_t special;       // nearest special entry at or below this one
    int32_t list_blocker;  // nearest entry at or below this one that stops li/dd/dt closing
    int32_t scope_blocker;
    int32_t table_blocker;
  };

  size_t skip_to_gt(size_t from) {
    size_t gt = in_.find('>', from);
    return gt == std::string_view::npos ? in_.size() : gt + 1;
  }

  // "<!--" comments (ending at "-->", "--!>", or at once for "<!-->" / "<!--->"); other "<!" up to '>'.
  size_t skip_declaration(size_t lt) {
    const size_t n = in_.size();
    if (in_.compare(lt, 4, "<!--") != 0) return skip_to_gt(lt + 2);
    size_t p = lt + 4;
    if (p < n && in_[p] == '>') return p + 1;
    if (p + 1 < n && in_[p] == '-' && in_[p + 1] == '>') return p + 2;
    for (;;) {
      size_t d = in_.find("--", p);
      if (d == std::string_view::npos) return n;
      size_t q = d + 2;
      while (q < n && in_[q] == '-') ++q;
      if (q < n && in_[q] == '>') return q + 1;
      if (q + 1 < n && in_[q] == '!' && in_[q + 1] == '>') return q + 2;
      p = q;
    }
  }

  // Start of the end tag "</name" (case-insensitive) at or after `from`, or the end of input.
  size_t find_end_tag(size_t from, std::string_view name) const {
    const size_t n = in_.size();
    for (;;) {
      size_t q = in_.find("</", from);
      if (q == std::string_view::npos) return n;
      size_t e = q + 2 + name.size();
      if (e <= n && iequals(in_.substr(q + 2, name.size()), name) &&
          (e == n || is_space(in_[e]) || in_[e] == '/' || in_[e] == '>'))
        return q;
      from = q + 2;
    }
  }

  void cut(size_t begin, size_t end, std::string_view replacement) {
    if (!rewritten_) {
      rewritten_ = true;
      out_->reserve(in_.size());
    }
    out_->append(in_.substr(copied_, begin - copied_));
    out_->append(replacement);
    copied_ = end;
  }

  bool in_foreign() const { return top_[GUMBO_TAG_SVG] >= 0 || top_[GUMBO_TAG_MATH] >= 0; }

  void pop_to(size_t size) {
    while (stack_.size() > size) {
      top_[stack_.back().group] = stack_.back().prev_same;
      stack_.pop_back();
    }
  }

  // Closes the topmost open element of `group` if no blocker of the given kind sits above it.
  template <class Blocker>
  void close_if_open(GumboTag group, Blocker blocker_of) {
    int32_t j = top_[group];
    if (j >= 0 && blocker_of(stack_.back()) <= j) pop_to(static_cast<size_t>(j));
  }

  void push(GumboTag tag, GumboTag group) {
    auto index = static_cast<int32_t>(stack_.size());
    Entry e{group, top_[group], -1, -1, -1, -1};
    const Entry* below = stack_.empty() ? nullptr : &stack_.back();
    e.special = is_special(tag) ? index : (below ? below->special : -1);
    e.list_blocker = blocks_list_item(tag) ? index : (below ? below->list_blocker : -1);
    e.scope_blocker = blocks_scope(tag) ? index : (below ? below->scope_blocker : -1);
    e.table_blocker = blocks_table(tag) ? index : (below ? below->table_blocker : -1);
    stack_.push_back(e);
    top_[group] = index;
  }

  // Handles the tag whose '<' is at `lt` and whose name starts at `name_begin`; returns where to go on.
  size_t tag(size_t lt, size_t name_begin, bool end_tag) {
    const size_t n = in_.size();
    size_t p = name_begin;
    while (p < n && !is_space(in_[p]) && in_[p] != '/' && in_[p] != '>') ++p;
    std::string_view name = in_.substr(name_begin, p - name_begin);
    size_t attributes = 0, cut_from = std::string_view::npos;
    bool self_closing = false;
    while (p < n) {
      char ch = in_[p];
      if (is_space(ch)) {
        ++p;
        continue;
      }
      if (ch == '>') break;
      if (ch == '/') {
        ++p;
        self_closing = p < n && in_[p] == '>';
        continue;
      }
      if (++attributes == kMaxAttributes + 1) cut_from = p;
      ++p;  // the first character of a name may be anything, even '='
      while (p < n && !is_space(in_[p]) && in_[p] != '/' && in_[p] != '>' && in_[p] != '=') ++p;
      while (p < n && is_space(in_[p])) ++p;
      if (p < n && in_[p] == '=') {
        ++p;
        while (p < n && is_space(in_[p])) ++p;
        if (p < n && (in_[p] == '"' || in_[p] == '\'')) {
          size_t q = in_.find(in_[p], p + 1);
          p = q == std::string_view::npos ? n : q + 1;
        } else {
          while (p < n && !is_space(in_[p]) && in_[p] != '>') ++p;
        }
      }
    }
    if (p >= n) return n;  // a tag cut off by the end of input is dropped by the parser too
    const size_t tag_end = p + 1;
    GumboTag tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(std::min<size_t>(name.size(), 64)));
    if (name.size() > 64) tag = GUMBO_TAG_UNKNOWN;
    if (end_tag) {
      end(tag, lt, tag_end);
      return tag_end;
    }
    bool kept = start(tag, self_closing, lt, tag_end);
    if (kept && cut_from != std::string_view::npos) cut(cut_from, tag_end, self_closing ? "/>" : ">");
    if (!kept || in_foreign()) return tag_end;
    switch (tag) {
      case GUMBO_TAG_SCRIPT:
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_TEXTAREA:
      case GUMBO_TAG_TITLE:
        return find_end_tag(tag_end, name);
      case GUMBO_TAG_PLAINTEXT:
        return n;
      default:
        return tag_end;
    }
  }

  void skip(GumboTag group, size_t begin, size_t end) {
    ++excess_[group];
    cut(begin, end, {});
  }

  // Returns false when the tag was removed.
  bool start(GumboTag tag, bool self_closing, size_t begin, size_t end) {
    switch (tag) {
      case GUMBO_TAG_HTML:
      case GUMBO_TAG_BODY:
        // Repeated <html> / <body> tags only merge attributes into the first (quadratic in gumbo).
        if (++root_tags_ > kMaxRootTags) {
          cut(begin, end, {});
          return false;
        }
        return true;
      case GUMBO_TAG_HEAD:
      case GUMBO_TAG_FRAMESET:
      case GUMBO_TAG_SCRIPT:
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_TEXTAREA:
      case GUMBO_TAG_TITLE:
        return true;  // never nest in the model
      default:
        break;
    }
    if (is_void_tag(tag)) return true;
    if (self_closing && in_foreign()) return true;
    if (tag == GUMBO_TAG_FORM && top_[GUMBO_TAG_FORM] >= 0) return true;  // nested forms are ignored
    if (is_table_part(tag) && top_[GUMBO_TAG_TABLE] < 0) return true;     // ignored outside a table
    const GumboTag group = group_of(tag);
    auto list = [](const Entry& e) { return e.list_blocker; };
    auto scope = [](const Entry& e) { return e.scope_blocker; };
    auto table = [](const Entry& e) { return e.table_blocker; };
    if (!stack_.empty()) {
      if (closes_p(tag)) close_if_open(GUMBO_TAG_P, scope);
      switch (group) {
        case GUMBO_TAG_LI:
        case GUMBO_TAG_DD:
          close_if_open(group, list);
          break;
        case GUMBO_TAG_H1:
        case GUMBO_TAG_OPTION:
        case GUMBO_TAG_RB:
          if (!stack_.empty() && stack_.back().group == group) pop_to(stack_.size() - 1);
          break;
        case GUMBO_TAG_OPTGROUP:
          if (!stack_.empty() && stack_.back().group == GUMBO_TAG_OPTION) pop_to(stack_.size() - 1);
          if (!stack_.empty() && stack_.back().group == GUMBO_TAG_OPTGROUP) pop_to(stack_.size() - 1);
          break;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_TBODY:
          close_if_open(group, table);
          break;
        case GUMBO_TAG_BUTTON:
          close_if_open(group, scope);
          break;
        case GUMBO_TAG_SELECT:
          if (top_[GUMBO_TAG_SELECT] >= 0) {
            pop_to(static_cast<size_t>(top_[GUMBO_TAG_SELECT]));
            return true;  // a select start tag inside a select acts as its end tag
          }
          break;
        default:
          break;
      }
    }
    const bool formatting = is_formatting_tag(tag);
    if ((formatting && formatting_total_ >= kMaxFormatting) || stack_.size() >= kMaxDepth) {
      skip(group, begin, end);
      return false;
    }
    if (formatting) {
      ++formatting_[group];
      ++formatting_total_;
    }
    push(tag, group);
    return true;
  }

  void end(GumboTag tag, size_t begin, size_t end) {
    if (is_void_tag(tag)) return;
    const GumboTag group = group_of(tag);
    if (excess_[group] > 0) {
      --excess_[group];
      cut(begin, end, {});
      return;
    }
    const bool formatting = is_formatting_tag(tag) || tag == GUMBO_TAG_A || tag == GUMBO_TAG_NOBR;
    if (is_formatting_tag(tag) && formatting_[group] > 0) {
      --formatting_[group];
      --formatting_total_;
    }
    const int32_t j = top_[group];
    if (j < 0) return;
    // Like the parser, ignore end tags whose element is out of scope. A formatting element with a block
    // above it goes through the adoption agency, which keeps the block open: keep the model as it is.
    const Entry& top = stack_.back();
    const int32_t blocker = formatting                                     ? top.special
                            : is_table_part(tag) || tag == GUMBO_TAG_TABLE ? top.table_blocker
                                                                           : top.scope_blocker;
    if (blocker <= j) pop_to(static_cast<size_t>(j));
  }

  std::string_view in_;
  std::vector<Entry> stack_;
  std::vector<int32_t> top_;          // per group: index of the topmost open entry, -1 if none
  std::vector<uint32_t> excess_;      // per group: start tags removed whose end tags are still to come
  std::vector<uint32_t> formatting_;  // per group: formatting start tags not yet closed explicitly
  size_t formatting_total_ = 0;
  size_t root_tags_ = 0;
  std::string* out_ = nullptr;
  size_t copied_ = 0;
  bool rewritten_ = false;
};

// ---------------------------------------------------------------------------------------------------------
// Element classification.

enum TagFlag : uint16_t {
  kDropTag = 1 << 0,    // never holds main text (scripts, navigation, forms controls, media, head)
  kBlock = 1 << 1,      // starts and ends a paragraph
  kContainer = 1 << 2,  // dropped when its text is mostly links
  kHeaderTag = 1 << 3,  // <header>: kept only inside the article / main content
  kFormTag = 1 << 4,    // <form>: dropped unless it holds most of the text (some CMSes wrap whole pages)
  kPreTag = 1 << 5,     // keeps its line breaks
};

const std::array<uint16_t, kTagCount>& tag_flags() {
  static const std::array<uint16_t, kTagCount> table = [] {
    std::array<uint16_t, kTagCount> t{};
    for (GumboTag tag :
         {GUMBO_TAG_HEAD,     GUMBO_TAG_TITLE,    GUMBO_TAG_BASE,     GUMBO_TAG_LINK,     GUMBO_TAG_META,
          GUMBO_TAG_STYLE,    GUMBO_TAG_SCRIPT,   GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,
          GUMBO_TAG_ASIDE,    GUMBO_TAG_FOOTER,   GUMBO_TAG_IFRAME,   GUMBO_TAG_EMBED,    GUMBO_TAG_OBJECT,
          GUMBO_TAG_PARAM,    GUMBO_TAG_VIDEO,    GUMBO_TAG_AUDIO,    GUMBO_TAG_SOURCE,   GUMBO_TAG_TRACK,
          GUMBO_TAG_CANVAS,   GUMBO_TAG_MAP,      GUMBO_TAG_AREA,     GUMBO_TAG_MATH,     GUMBO_TAG_SVG,
          GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT,   GUMBO_TAG_DATALIST, GUMBO_TAG_OPTGROUP, GUMBO_TAG_OPTION,
          GUMBO_TAG_TEXTAREA, GUMBO_TAG_KEYGEN,   GUMBO_TAG_OUTPUT,   GUMBO_TAG_PROGRESS, GUMBO_TAG_METER,
          GUMBO_TAG_INPUT,    GUMBO_TAG_MENU,     GUMBO_TAG_MENUITEM, GUMBO_TAG_APPLET,   GUMBO_TAG_BGSOUND,
          GUMBO_TAG_FRAME,    GUMBO_TAG_FRAMESET, GUMBO_TAG_NOFRAMES, GUMBO_TAG_ISINDEX,  GUMBO_TAG_NOEMBED,
          GUMBO_TAG_IMG,      GUMBO_TAG_IMAGE,    GUMBO_TAG_LABEL,    GUMBO_TAG_LEGEND})
      t[tag] |= kDropTag;
    for (GumboTag tag : {GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE,  GUMBO_TAG_ASIDE,      GUMBO_TAG_BLOCKQUOTE,
                         GUMBO_TAG_BODY,    GUMBO_TAG_CAPTION,  GUMBO_TAG_CENTER,     GUMBO_TAG_DD,
                         GUMBO_TAG_DETAILS, GUMBO_TAG_DIR,      GUMBO_TAG_DIV,        GUMBO_TAG_DL,
                         GUMBO_TAG_DT,      GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,
                         GUMBO_TAG_FOOTER,  GUMBO_TAG_FORM,     GUMBO_TAG_H1,         GUMBO_TAG_H2,
                         GUMBO_TAG_H3,      GUMBO_TAG_H4,       GUMBO_TAG_H5,         GUMBO_TAG_H6,
                         GUMBO_TAG_HEADER,  GUMBO_TAG_HGROUP,   GUMBO_TAG_HR,         GUMBO_TAG_HTML,
                         GUMBO_TAG_LI,      GUMBO_TAG_LISTING,  GUMBO_TAG_MAIN,       GUMBO_TAG_NAV,
                         GUMBO_TAG_OL,      GUMBO_TAG_P,        GUMBO_TAG_PLAINTEXT,  GUMBO_TAG_PRE,
                         GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY,  GUMBO_TAG_TABLE,      GUMBO_TAG_TBODY,
                         GUMBO_TAG_TD,      GUMBO_TAG_TFOOT,    GUMBO_TAG_TH,         GUMBO_TAG_THEAD,
                         GUMBO_TAG_TR,      GUMBO_TAG_UL,       GUMBO_TAG_XMP,        GUMBO_TAG_MULTICOL,
                         GUMBO_TAG_MARQUEE})
      t[tag] |= kBlock;
    for (GumboTag tag :
         {GUMBO_TAG_ARTICLE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_CENTER,   GUMBO_TAG_DETAILS, GUMBO_TAG_DIR,
          GUMBO_TAG_DIV,     GUMBO_TAG_DL,         GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGURE,  GUMBO_TAG_FORM,
          GUMBO_TAG_HEADER,  GUMBO_TAG_HGROUP,     GUMBO_TAG_MAIN,     GUMBO_TAG_OL,      GUMBO_TAG_SECTION,
          GUMBO_TAG_TABLE,   GUMBO_TAG_TBODY,      GUMBO_TAG_TFOOT,    GUMBO_TAG_THEAD,   GUMBO_TAG_TR,
          GUMBO_TAG_UL})
      t[tag] |= kContainer;
    t[GUMBO_TAG_HEADER] |= kHeaderTag;
    t[GUMBO_TAG_FORM] |= kFormTag;
    for (GumboTag tag : {GUMBO_TAG_PRE, GUMBO_TAG_LISTING, GUMBO_TAG_XMP, GUMBO_TAG_PLAINTEXT})
      t[tag] |= kPreTag;
    return t;
  }();
  return table;
}

// The attributes the reader looks at, found in one scan of the element's attribute list.
struct Attrs {
  std::string_view id, cls, role, style, itemprop, aria_hidden, content, datetime, name, property, http_equiv,
      rel, href, lang;
  bool hidden = false;
};

Attrs read_attrs(const GumboElement& element) {
  Attrs a;
  for (unsigned i = 0; i < element.attributes.length; ++i) {
    const auto* attr = static_cast<const GumboAttribute*>(element.attributes.data[i]);
    if (attr == nullptr || attr->name == nullptr) continue;
    std::string_view name = attr->name;
    std::string_view value = attr->value != nullptr ? std::string_view(attr->value) : std::string_view();
    if (iequals(name, "class")) {
      a.cls = value;
    } else if (iequals(name, "id")) {
      a.id = value;
    } else if (iequals(name, "role")) {
      a.role = value;
    } else if (iequals(name, "style")) {
      a.style = value;
    } else if (iequals(name, "itemprop")) {
      a.itemprop = value;
    } else if (iequals(name, "aria-hidden")) {
      a.aria_hidden = value;
    } else if (iequals(name, "hidden")) {
      a.hidden = true;
    } else if (iequals(name, "content")) {
      a.content = value;
    } else if (iequals(name, "datetime")) {
      a.datetime = value;
    } else if (iequals(name, "name")) {
      a.name = value;
    } else if (iequals(name, "property")) {
      a.property = value;
    } else if (iequals(name, "http-equiv")) {
      a.http_equiv = value;
    } else if (iequals(name, "rel")) {
      a.rel = value;
    } else if (iequals(name, "href")) {
      a.href = value;
    } else if (iequals(name, "lang")) {
      a.lang = value;
    }
  }
  return a;
}

// The tag name of an element gumbo does not know (custom elements), from its source text; may be empty.
std::string_view unknown_tag_name(const GumboElement& element) {
  std::string_view s(element.original_tag.data != nullptr ? element.original_tag.data : "",
                     element.original_tag.data != nullptr ? element.original_tag.length : 0);
  if (s.size() < 2 || s[0] != '<') return {};
  size_t i = s[1] == '/' ? 2 : 1, start = i;
  while (i < s.size() && !is_space(s[i]) && s[i] != '/' && s[i] != '>') ++i;
  return s.substr(start, i - start);
}

// Class / id (and custom tag name) tokens. Strong tokens drop an element outright; weak ones drop it unless
// a positive token is present too or it holds most of the page's text.
struct ClassVerdict {
  bool strong = false;
  bool weak = false;
  bool positive = false;
};

constexpr std::string_view kStrongTokens[] = {
    "ad",        "ads",        "adv",     "adslot",     "adunit",     "adsense",    "dfp",
    "sponsored", "promo",      "promos",  "promoted",   "promotion",  "promotions", "consent",
    "gdpr",      "share",      "shares",  "sharing",    "sharebar",   "sharetools", "comment",
    "comments",  "commenting", "related", "recirc",     "signup",     "credit",     "credits",
    "copyright", "paywall",    "dialog",  "newsletter", "newsletters"};
constexpr std::string_view kStrongPrefixes[] = {"advert",   "sponsor",   "cookie",   "subscri",
                                                "outbrain", "taboola",   "disqus",   "breadcrumb",
                                                "social",   "recommend", "newslett", "promo"};
constexpr std::string_view kWeakTokens[] = {
    "nav",     "navbar",   "navigation", "menu",    "menus",    "submenu", "megamenu", "footer",
    "sidebar", "sidenav",  "widget",     "widgets", "masthead", "banner",  "modal",    "popup",
    "overlay", "toolbar",  "pagination", "pager",   "trending", "popular", "tags",     "tagcloud",
    "skip",    "skiplink", "topbar",     "byline",  "dateline", "author",  "meta",     "tools"};
constexpr std::string_view kPositiveTokens[] = {"article", "content", "main", "story", "entry", "body"};

template <size_t N>
bool in_list(std::string_view token, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), token) != std::end(list);
}

void classify_tokens(std::string_view s, ClassVerdict& v) {
  const bool responsive = s.find(':') != std::string_view::npos;  // Tailwind "hidden md:block" is shown
  std::string token, prev;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !is_alnum(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && is_alnum(s[i])) {
      // camelCase boundary: "relatedLinks" -> "related", "links"
      if (i > start && s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z') break;
      ++i;
    }
    if (i == start) continue;
    token.assign(s.substr(start, std::min<size_t>(i - start, 40)));
    for (char& c : token) c = to_lower(c);
    if (in_list(token, kStrongTokens)) {
      v.strong = true;
    } else if (token == "hidden") {
      if (!responsive && prev != "overflow" && prev != "x" && prev != "y") v.strong = true;
    } else if (token == "only" && prev == "sr") {
      v.strong = true;  // sr-only: screen-reader text such as "Share on Facebook"
    } else if (token == "reader" && prev == "screen") {
      v.strong = true;
    } else if (in_list(token, kWeakTokens)) {
      v.weak = true;
    } else if (in_list(token, kPositiveTokens)) {
      v.positive = true;
    } else {
      for (std::string_view prefix : kStrongPrefixes)
        if (token.size() >= prefix.size() && token.compare(0, prefix.size(), prefix) == 0) v.strong = true;
    }
    prev = token;
  }
}

bool role_is_boilerplate(std::string_view role) {
  for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "search", "menu",
                             "menubar", "toolbar", "dialog", "alertdialog", "tablist"})
    if (has_token(role, r)) return true;
  return false;
}

bool style_hides(std::string_view style) {
  if (style.empty()) return false;
  std::string compact;
  compact.reserve(style.size());
  for (char c : style)
    if (!is_space(c)) compact.push_back(to_lower(c));
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// Content candidates, best first.
enum CandidateKind : int { kNoCandidate = 0, kMainKind = 1, kArticleBodyKind = 2, kArticleKind = 3 };

int candidate_kind(const GumboElement& element, const Attrs& a) {
  if (element.tag == GUMBO_TAG_ARTICLE) return kArticleKind;
  if (!a.itemprop.empty() && has_token(a.itemprop, "articleBody")) return kArticleBodyKind;
  if (element.tag == GUMBO_TAG_MAIN || has_token(a.role, "main")) return kMainKind;
  return kNoCandidate;
}

enum class Verdict { keep, weak, drop };

// Boilerplate by tag, hidden state, role and class/id tokens. Content candidates are never dropped here.
Verdict judge(const GumboElement& element, const Attrs& a, bool in_content) {
  if (element.tag_namespace != GUMBO_NAMESPACE_HTML) return Verdict::drop;
  const uint16_t flags = tag_flags()[element.tag];
  if (flags & kDropTag) return Verdict::drop;
  if ((flags & kHeaderTag) && !in_content) return Verdict::drop;
  if (element.tag == GUMBO_TAG_HTML || element.tag == GUMBO_TAG_BODY) return Verdict::keep;
  if (candidate_kind(element, a) != kNoCandidate) return Verdict::keep;
  if (a.hidden || iequals(a.aria_hidden, "true") || style_hides(a.style)) return Verdict::drop;
  if (!a.role.empty() && role_is_boilerplate(a.role)) return Verdict::drop;
  ClassVerdict v;
  classify_tokens(a.cls, v);
  classify_tokens(a.id, v);
  if (element.tag == GUMBO_TAG_UNKNOWN) classify_tokens(unknown_tag_name(element), v);
  if (v.strong) return Verdict::drop;
  if ((v.weak && !v.positive) || (flags & kFormTag)) return Verdict::weak;
  return Verdict::keep;
}

const GumboVector* children_of(const GumboNode* node) {
  switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
      return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      return &node->v.element.children;
    default:
      return nullptr;
  }
}

bool is_text_node(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
         node->type == GUMBO_NODE_WHITESPACE;
}

std::string_view node_text(const GumboNode* node) {
  return node->v.text.text != nullptr ? std::string_view(node->v.text.text) : std::string_view();
}

// Bytes of visible text (no white space, no controls).
size_t visible_size(std::string_view s) {
  size_t count = 0;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c > 0x20 && c != 0x7f) ++count;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------------------
// Metadata.

struct Slot {
  std::string value;
  int rank = 1 << 20;
  void offer(int r, std::string_view v) {
    if (r >= rank) return;
    std::string c = collapse(v);
    if (c.empty()) return;
    value = std::move(c);
    rank = r;
  }
};

struct PageMeta {
  Slot title, published, url, source, description, author, keywords, section, modified, lang;
  std::string tags;  // article:tag values, joined by ", "
};

struct MetaKey {
  std::string_view key;
  Slot PageMeta::*slot;
  int rank;
};

constexpr MetaKey kMetaKeys[] = {
    {"og:title", &PageMeta::title, 0},
    {"og:url", &PageMeta::url, 1},
    {"og:site_name", &PageMeta::source, 0},
    {"application-name", &PageMeta::source, 1},
    {"publisher", &PageMeta::source, 2},
    {"dc.publisher", &PageMeta::source, 2},
    {"article:published_time", &PageMeta::published, 0},
    {"datepublished", &PageMeta::published, 1},
    {"date", &PageMeta::published, 2},
    {"pubdate", &PageMeta::published, 2},
    {"publishdate", &PageMeta::published, 2},
    {"publish-date", &PageMeta::published, 2},
    {"publish_date", &PageMeta::published, 2},
    {"dc.date", &PageMeta::published, 2},
    {"dc.date.issued", &PageMeta::published, 2},
    {"dcterms.date", &PageMeta::published, 2},
    {"dcterms.issued", &PageMeta::published, 2},
    {"dcterms.created", &PageMeta::published, 2},
    {"parsely-pub-date", &PageMeta::published, 2},
    {"sailthru.date", &PageMeta::published, 2},
    {"og:published_time", &PageMeta::published, 2},
    {"article:modified_time", &PageMeta::modified, 0},
    {"datemodified", &PageMeta::modified, 1},
    {"og:updated_time", &PageMeta::modified, 2},
    {"dcterms.modified", &PageMeta::modified, 2},
    {"last-modified", &PageMeta::modified, 2},
    {"description", &PageMeta::description, 0},
    {"og:description", &PageMeta::description, 1},
    {"twitter:description", &PageMeta::description, 2},
    {"dc.description", &PageMeta::description, 2},
    {"author", &PageMeta::author, 0},
    {"parsely-author", &PageMeta::author, 1},
    {"dc.creator", &PageMeta::author, 1},
    {"sailthru.author", &PageMeta::author, 1},
    {"byl", &PageMeta::author, 2},
    {"article:author", &PageMeta::author, 2},
    {"keywords", &PageMeta::keywords, 0},
    {"news_keywords", &PageMeta::keywords, 1},
    {"parsely-tags", &PageMeta::keywords, 2},
    {"article:section", &PageMeta::section, 0},
    {"parsely-section", &PageMeta::section, 1},
    {"content-language", &PageMeta::lang, 1},
};

void offer_meta(PageMeta& meta, std::string_view key, std::string_view value) {
  if (key.empty() || value.empty() || key.size() > 64) return;
  if (iequals(key, "article:tag")) {
    std::string tag = collapse(value);
    if (tag.empty()) return;
    if (!meta.tags.empty()) meta.tags += ", ";
    meta.tags += tag;
    return;
  }
  for (const MetaKey& k : kMetaKeys)
    if (iequals(key, k.key)) (meta.*k.slot).offer(k.rank, value);
}

std::string meta_json(const PageMeta& meta) {
  std::string keywords = meta.keywords.value.empty() ? meta.tags : meta.keywords.value;
  const std::pair<std::string_view, const std::string*> fields[] = {
      {"author", &meta.author.value},
      {"description", &meta.description.value},
      {"keywords", &keywords},
      {"lang", &meta.lang.value},
      {"modified", &meta.modified.value},
      {"section", &meta.section.value},
  };
  std::string out = "{";
  for (const auto& [key, value] : fields) {
    if (value->empty()) continue;
    if (out.size() > 1) out.push_back(',');
    append_json_string(out, key);
    out.push_back(':');
    std::string v = *value;
    make_valid_utf8(v);
    append_json_string(out, v);
  }
  out.push_back('}');
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Survey pass: metadata, first visible h1, content candidates and text sizes. Iterative.

struct Candidate {
  const GumboNode* node;
  int kind;
  size_t text;
};

class Survey {
 public:
  PageMeta meta;
  std::string h1;
  const GumboNode* body = nullptr;
  size_t body_text = 0;
  std::vector<Candidate> candidates;
  std::unordered_map<const GumboNode*, size_t> weak_text;  // visible text of weak-boilerplate elements

  void run(const GumboNode* document) {
    stack_.push_back(Frame{document});
    while (!stack_.empty()) {
      Frame& top = stack_.back();
      const GumboVector* kids = children_of(top.node);
      if (kids != nullptr && top.next < kids->length) {
        visit(static_cast<const GumboNode*>(kids->data[top.next++]));
        continue;
      }
      Frame done = top;
      stack_.pop_back();
      leave(done);
    }
  }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next = 0;
    bool dropped = false;
    bool in_content = false;  // inside a content candidate
    bool in_anchor = false;
    bool capture = false;  // the h1 being captured
    bool weak = false;
    int kind = kNoCandidate;
    size_t text = 0;  // visible text outside links
  };

  void visit(const GumboNode* node) {
    if (node == nullptr) return;
    Frame& parent = stack_.back();
    if (is_text_node(node)) {
      std::string_view s = node_text(node);
      if (capturing_ && !parent.dropped) append_collapsed(h1, s, h1_pending_);
      if (!parent.dropped && !parent.in_anchor) parent.text += visible_size(s);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;  // template contents are inert
    const GumboElement& element = node->v.element;
    const Attrs a = read_attrs(element);
    if (element.tag_namespace == GUMBO_NAMESPACE_HTML) collect_meta(element, a);
    if (capturing_ && (element.tag == GUMBO_TAG_BR || (tag_flags()[element.tag] & kBlock)))
      h1_pending_ = true;
    Frame f{node};
    f.dropped = parent.dropped;
    f.in_content = parent.in_content;
    f.in_anchor = parent.in_anchor || element.tag == GUMBO_TAG_A;
    if (!f.dropped) {
      f.kind = element.tag_namespace == GUMBO_NAMESPACE_HTML ? candidate_kind(element, a) : kNoCandidate;
      Verdict v = judge(element, a, f.in_content);
      f.dropped = v == Verdict::drop;
      f.weak = v == Verdict::weak;
      if (f.kind != kNoCandidate) f.in_content = true;
      if (!f.dropped && !h1_done_ && !capturing_ && element.tag == GUMBO_TAG_H1) {
        f.capture = capturing_ = true;
        h1.clear();
        h1_pending_ = false;
      }
    }
    if (element.tag == GUMBO_TAG_BODY && body == nullptr) body = node;
    stack_.push_back(f);
  }

  void leave(const Frame& done) {
    if (done.capture) {
      capturing_ = false;
      h1_done_ = !h1.empty();
    }
    if (!done.dropped) {
      if (done.kind != kNoCandidate) candidates.push_back({done.node, done.kind, done.text});
      if (done.weak) weak_text[done.node] = done.text;
      if (done.node == body) body_text = done.text;
      if (!stack_.empty()) stack_.back().text += done.text;
    }
  }

  void collect_meta(const GumboElement& element, const Attrs& a) {
    switch (element.tag) {
      case GUMBO_TAG_META:
        offer_meta(meta, a.property, a.content);
        offer_meta(meta, a.name, a.content);
        offer_meta(meta, a.itemprop, a.content);
        offer_meta(meta, a.http_equiv, a.content);
        return;
      case GUMBO_TAG_LINK:
        if (has_token(a.rel, "canonical")) meta.url.offer(0, a.href);
        return;
      case GUMBO_TAG_HTML:
        meta.lang.offer(0, a.lang);
        return;
      case GUMBO_TAG_TITLE:
        if (!seen_title_) {
          seen_title_ = true;
          std::string title;
          bool pending = false;
          for (unsigned i = 0; i < element.children.length; ++i) {
            const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
            if (child != nullptr && is_text_node(child)) append_collapsed(title, node_text(child), pending);
          }
          meta.title.offer(1, title);
        }
        return;
      default:
        break;
    }
    if (!a.itemprop.empty()) {
      std::string_view value = !a.datetime.empty() ? a.datetime : a.content;
      if (has_token(a.itemprop, "datePublished")) meta.published.offer(1, value);
      if (has_token(a.itemprop, "dateModified")) meta.modified.offer(1, value);
    }
  }

  std::vector<Frame> stack_;
  bool seen_title_ = false;
  bool capturing_ = false;
  bool h1_pending_ = false;
  bool h1_done_ = false;
};

// ---------------------------------------------------------------------------------------------------------
// Extract pass: paragraphs from the chosen root. Iterative.

constexpr std::string_view kBoilerplateLines[] = {"advertisement",
                                                  "advertisements",
                                                  "sponsored",
                                                  "sponsored content",
                                                  "paid content",
                                                  "skip to content",
                                                  "skip to main content",
                                                  "skip to navigation",
                                                  "share",
                                                  "share this",
                                                  "share this article",
                                                  "share this story",
                                                  "share on facebook",
                                                  "share on twitter",
                                                  "tweet",
                                                  "email",
                                                  "print",
                                                  "read more",
                                                  "continue reading",
                                                  "show more",
                                                  "load more",
                                                  "sign up",
                                                  "subscribe",
                                                  "subscribe now",
                                                  "loading",
                                                  "scroll to continue with content",
                                                  "story continues below advertisement",
                                                  "article continues below advertisement",
                                                  "continue reading below",
                                                  "related",
                                                  "related articles",
                                                  "related stories",
                                                  "more stories",
                                                  "most read",
                                                  "most popular",
                                                  "recommended",
                                                  "you may also like",
                                                  "accept cookies",
                                                  "accept all cookies",
                                                  "we use cookies"};

bool is_boilerplate_line(std::string_view p) {
  if (p.size() > kShortBoilerplate) return false;
  for (;;) {
    if (!p.empty() && (p.back() == '.' || p.back() == ':' || p.back() == '!' || p.back() == ' ')) {
      p.remove_suffix(1);
    } else if (p.size() >= 3 && p.substr(p.size() - 3) == "\xE2\x80\xA6") {  // …
      p.remove_suffix(3);
    } else {
      break;
    }
  }
  for (std::string_view line : kBoilerplateLines)
    if (iequals(p, line)) return true;
  return false;
}

bool looks_like_credit(std::string_view s) {
  if (s.empty() || s.size() > 160) return false;
  for (std::string_view prefix :
       {"photo:", "photo by", "photos:", "photograph:", "photograph by", "image:", "image by",
        "picture:", "credit:", "credits:", "illustration:", "illustration by", "courtesy",
        "source:", "file photo", "\xC2\xA9", "(c)", "copyright"})
    if (istarts_with(s, prefix)) return true;
  for (std::string_view mark : {"getty images", "shutterstock", "ap photo", "/reuters", "/ reuters",
                                "reuters/", "/afp", "/ afp", "afp via", "istock", "alamy", "/ap", "/ ap"})
    if (icontains(s, mark)) return true;
  return false;
}

class Extractor {
 public:
  Extractor(const Survey& survey, size_t root_text) : survey_(survey), root_text_(root_text) {}

  std::string text;
  std::string time_published;  // first <time datetime> met in the kept content

  void run(const GumboNode* root) {
    bool in_content = false;
    for (const GumboNode* n = root; n != nullptr; n = n->parent) {
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      if (candidate_kind(n->v.element, read_attrs(n->v.element)) != kNoCandidate) in_content = true;
    }
    Frame r{root};
    r.is_root = true;
    r.in_content = in_content;
    r.flags = kBlock;
    stack_.push_back(r);
    while (!stack_.empty()) {
      Frame& top = stack_.back();
      const GumboVector* kids = children_of(top.node);
      if (kids != nullptr && top.next < kids->length) {
        visit(static_cast<const GumboNode*>(kids->data[top.next++]));
        continue;
      }
      Frame done = top;
      stack_.pop_back();
      leave(done);
    }
    flush();
  }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next = 0;
    uint16_t flags = 0;
    bool is_root = false;
    bool in_content = false;
    bool soft = false;  // unknown element: a word break, not a paragraph break
    size_t mark = 0;    // text.size() when entered (after the paragraph break)
    size_t chars = 0;   // visible bytes of text inside
    size_t links = 0;   // ... of which inside <a>
    size_t anchors = 0;
  };

  enum Pending : uint8_t { kNone = 0, kSpace = 1, kNewline = 2 };

  void visit(const GumboNode* node) {
    if (node == nullptr) return;
    if (is_text_node(node)) {
      add_text(node_text(node));
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;  // template contents are inert
    const GumboElement& element = node->v.element;
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML) return;
    if (element.tag == GUMBO_TAG_BR) {
      line_break();
      return;
    }
    const Attrs a = read_attrs(element);
    const bool in_content = stack_.back().in_content;
    Verdict v = judge(element, a, in_content);
    if (v == Verdict::drop) return;
    if (v == Verdict::weak) {
      auto it = survey_.weak_text.find(node);
      size_t size = it == survey_.weak_text.end() ? 0 : it->second;
      if (size * 2 < root_text_) return;
    }
    Frame f{node};
    f.flags = tag_flags()[element.tag];
    f.soft = element.tag == GUMBO_TAG_UNKNOWN;
    f.in_content = in_content || candidate_kind(element, a) != kNoCandidate;
    if (f.flags & kBlock) flush();
    if (f.soft) soft_break();
    if (element.tag == GUMBO_TAG_HR) return;
    if (element.tag == GUMBO_TAG_TIME && time_published.empty() && !a.datetime.empty())
      time_published = collapse(a.datetime);
    if (element.tag == GUMBO_TAG_A) {
      ++anchor_depth_;
      ++f.anchors;
    }
    if (element.tag == GUMBO_TAG_TIME) ++time_depth_;
    if (f.flags & kPreTag) ++pre_depth_;
    f.mark = text.size();
    stack_.push_back(f);
  }

  void leave(const Frame& done) {
    if (done.flags & kBlock) flush();
    if (done.soft) soft_break();
    if (done.node->v.element.tag == GUMBO_TAG_A && anchor_depth_ > 0) --anchor_depth_;
    if (done.node->v.element.tag == GUMBO_TAG_TIME && time_depth_ > 0) --time_depth_;
    if ((done.flags & kPreTag) && pre_depth_ > 0) --pre_depth_;
    if (!done.is_root) {
      if ((done.flags & kContainer) && done.anchors >= 3 && done.links * 2 > done.chars) {
        text.resize(done.mark);  // a list of links
      } else if (done.node->v.element.tag == GUMBO_TAG_FIGCAPTION && text.size() > done.mark) {
        std::string_view caption(text);
        caption.remove_prefix(done.mark);
        while (!caption.empty() && caption.front() == '\n') caption.remove_prefix(1);
        if (looks_like_credit(caption)) text.resize(done.mark);
      }
    }
    if (!stack_.empty()) {
      Frame& parent = stack_.back();
      parent.chars += done.chars;
      parent.links += done.links;
      parent.anchors += done.anchors;
    }
  }

  void add_text(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
      unsigned char c = p[i];
      if (is_space(static_cast<char>(c)) || c == '\v') {
        Pending want = (pre_depth_ > 0 && c == '\n') ? kNewline : kSpace;
        if (want > pending_) pending_ = want;
        ++i;
        continue;
      }
      if (c < 0x20 || c == 0x7f) {
        ++i;
        continue;
      }
      if (c == 0xc2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0xa0) {
        if (p[i + 1] == 0xa0 && pending_ < kSpace) pending_ = kSpace;  // no-break space
        i += 2;
        continue;
      }
      size_t j = i + 1;
      while (j < n && p[j] > 0x20 && p[j] != 0x7f && p[j] != 0xc2) ++j;
      emit(s.substr(i, j - i));
      i = j;
    }
  }

  void emit(std::string_view run) {
    if (!para_open_) {
      para_mark_ = text.size();
      if (!text.empty()) text += "\n\n";
      para_begin_ = text.size();
      para_open_ = true;
    } else if (pending_ != kNone) {
      text.push_back(pending_ == kNewline ? '\n' : ' ');
    }
    pending_ = kNone;
    br_run_ = 0;
    text.append(run);
    para_chars_ += run.size();
    Frame& top = stack_.back();
    top.chars += run.size();
    if (anchor_depth_ > 0) {
      para_links_ += run.size();
      top.links += run.size();
    }
    if (time_depth_ > 0) para_time_ += run.size();
  }

  void line_break() {
    if (!para_open_) return;
    if (++br_run_ >= 2) {
      flush();  // <br><br>: a paragraph break
    } else {
      pending_ = kNewline;
    }
  }

  void soft_break() {
    if (para_open_ && pending_ < kSpace) pending_ = kSpace;
  }

  void flush() {
    if (para_open_) {
      std::string_view para(text);
      para.remove_prefix(para_begin_);
      // Mostly links, only a date (a dateline <time>), or a stock line such as "Advertisement".
      if (para_links_ * 2 > para_chars_ || para_time_ == para_chars_ || is_boilerplate_line(para))
        text.resize(para_mark_);
    }
    para_open_ = false;
    pending_ = kNone;
    br_run_ = 0;
    para_chars_ = para_links_ = para_time_ = 0;
  }

  const Survey& survey_;
  const size_t root_text_;
  std::vector<Frame> stack_;
  bool para_open_ = false;
  size_t para_mark_ = 0;   // text.size() before the paragraph (and its separator)
  size_t para_begin_ = 0;  // first byte of the paragraph
  size_t para_chars_ = 0;
  size_t para_links_ = 0;
  size_t para_time_ = 0;
  Pending pending_ = kNone;
  int br_run_ = 0;
  int anchor_depth_ = 0;
  int time_depth_ = 0;
  int pre_depth_ = 0;
};

}  // namespace

Result<Document> parse_html(std::string_view bytes, std::string_view name) {
  if (std::memchr(bytes.data(), '\0', std::min(bytes.size(), kBinaryProbe)) != nullptr)
    return Error{ErrorCode::binary, std::string(name), "HTML input contains NUL bytes (binary data?)"};
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

  std::string trimmed;
  std::string_view html = NestingLimiter(bytes).run(trimmed);

  GumboArena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboArena::allocate;
  options.deallocator = &GumboArena::deallocate;
  options.userdata = &arena;
  options.max_errors = 0;  // errors are not used; do not record them
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  // The output is freed with the arena: gumbo_destroy_output would recurse once per tree level.
  if (output == nullptr || output->document == nullptr)
    return Error{ErrorCode::no_text, std::string(name), "HTML page has no main text"};

  Survey survey;
  survey.run(output->document);
  if (survey.body == nullptr)
    return Error{ErrorCode::no_text, std::string(name), "HTML page has no main text"};

  // Root: the largest candidate of the best kind holding a fair share of the page's text, else <body>.
  const GumboNode* root = survey.body;
  size_t root_text = survey.body_text;
  for (int kind : {kArticleKind, kArticleBodyKind, kMainKind}) {
    const Candidate* best = nullptr;
    for (const Candidate& c : survey.candidates)
      if (c.kind == kind && (best == nullptr || c.text > best->text)) best = &c;
    if (best != nullptr && best->text > 0 && (best->text * 4 >= survey.body_text || best->text >= 500)) {
      root = best->node;
      root_text = best->text;
      break;
    }
  }

  Extractor extractor(survey, root_text);
  extractor.run(root);
  if (extractor.text.empty())
    return Error{ErrorCode::no_text, std::string(name), "HTML page has no main text"};

  PageMeta& meta = survey.meta;
  meta.title.offer(2, survey.h1);
  meta.published.offer(3, extractor.time_published);

  Document doc;
  doc.url = std::move(meta.url.value);
  doc.title = std::move(meta.title.value);
  doc.published = std::move(meta.published.value);
  doc.source = std::move(meta.source.value);
  doc.meta = meta_json(meta);
  doc.text = std::move(extractor.text);
  for (std::string* s : {&doc.url, &doc.title, &doc.published, &doc.source, &doc.text}) make_valid_utf8(*s);
  doc.origin = std::string(name);
  doc.format = "html";
  return doc;
}

}  // namespace claimtrace
