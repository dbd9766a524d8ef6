// Record → JSON (schema 1). The writer is ours (writing is trivial); reading JSON uses simdjson.
#include <xxhash.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "claimtrace/record.h"

namespace claimtrace {
namespace {

// 0: copy as is; 1: needs an escape; 2: non-ASCII (validate as UTF-8).
constexpr std::array<uint8_t, 256> make_class() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = 1;
  t['"'] = 1;
  t['\\'] = 1;
  for (int c = 0x80; c < 0x100; ++c) t[c] = 2;
  return t;
}
constexpr std::array<uint8_t, 256> kClass = make_class();

void append_uint(std::string& out, uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}
void append_int(std::string& out, int64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void key(std::string& out, const char* k) {
  out.push_back('"');
  out.append(k);
  out.append("\":");
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  out.push_back('"');
  size_t i = 0, run = 0;
  const size_t n = s.size();
  while (i < n) {
#if defined(__SSE2__)
    // Sixteen bytes at a time past the plain ones (SSE2, x86-64's baseline): a byte below 0x20 or from 0x80
    // up (below 0x20 as a signed byte), a quotation mark or a backslash stops the skip at itself.
    while (i + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i special = _mm_or_si128(
          _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
      const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(special));
      if (mask) {
        i += static_cast<size_t>(__builtin_ctz(mask));
        break;
      }
      i += 16;
    }
    if (i >= n) break;
#endif
    const auto c = static_cast<unsigned char>(s[i]);
    const uint8_t k = kClass[c];
    if (k == 0) {
      ++i;
      continue;
    }
    out.append(s.data() + run, i - run);
    if (k == 1) {
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          out.append("\\u00");
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
      }
      ++i;
    } else {
      int32_t cp;
      const int len = utf8_decode(s, i, cp);
      if (cp < 0) {
        out.append("\\u001a");  // SUB: one opaque byte stays one byte, so offsets hold
      } else {
        out.append(s.data() + i, static_cast<size_t>(len));
      }
      i += static_cast<size_t>(len);
    }
    run = i;
  }
  out.append(s.data() + run, n - run);
  out.push_back('"');
}

std::string hash_hex(uint64_t hash) {
  static const char* kHex = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) s[static_cast<size_t>(i)] = kHex[hash & 15];
  return s;
}

uint64_t hash_text(std::string_view text) { return XXH3_64bits(text.data(), text.size()); }

void Record::clear() {
  doc = Document{};
  text_hash = 0;
  paragraphs.clear();
  sentences.clear();
  tokens.clear();
  warnings.clear();
  mentions.clear();
  attributions.clear();
  quantities.clear();
  events.clear();
}

namespace {

// {"code":..,"country":..,"sector":..,"name":..,"id":..} or null.
void append_actor(std::string& out, const Mention& m) {
  if (!m.resolved) {
    out.append("null");
    return;
  }
  out.append("{\"code\":");
  append_json_string(out, m.actor.code);
  out.append(",\"country\":");
  append_json_string(out, m.actor.country);
  out.append(",\"sector\":");
  append_json_string(out, m.actor.sector);
  out.append(",\"name\":");
  append_json_string(out, m.actor.name);
  out.append(",\"id\":");
  append_json_string(out, m.actor.id);
  out.push_back('}');
}

// [begin,end]
void append_span(std::string& out, const Span& s) {
  out.push_back('[');
  append_uint(out, s.begin);
  out.push_back(',');
  append_uint(out, s.end);
  out.push_back(']');
}

// A number as JSON: integers without a fraction, others with up to 15 significant digits; a value JSON
// cannot write (infinite, NaN) as null. The range is tested before the conversion to an integer, which is
// undefined outside it (a fuzzer found "3.3e37 people").
void append_double(std::string& out, double v) {
  char buf[32];
  if (!std::isfinite(v)) {
    out.append("null");
    return;
  }
  if (v > -1e15 && v < 1e15 && v == double(int64_t(v))) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buf, sizeof buf, "%.15g", v);
  }
  out.append(buf);
}

// "spans":[[b,e],...],"text":"..." (a discontinuous role's parts joined by " … ").
void append_role(std::string& out, std::string_view text, const RoleSpans& role) {
  out.append("\"spans\":[");
  std::string joined;
  for (size_t i = 0; i < role.spans.size(); ++i) {
    const Span& sp = role.spans[i];
    if (i) out.push_back(','), joined.append(" \xE2\x80\xA6 ");
    out.push_back('[');
    append_uint(out, sp.begin);
    out.push_back(',');
    append_uint(out, sp.end);
    out.push_back(']');
    joined.append(text.substr(sp.begin, sp.end - sp.begin));
  }
  out.append("],\"text\":");
  append_json_string(out, joined);
}

}  // namespace

void write_record_json(const Record& r, const JsonOptions& o, std::string& out) {
  const Document& d = r.doc;
  out.append("{\"schema\":");
  append_int(out, kSchemaVersion);
  out.push_back(',');
  key(out, "id");
  append_json_string(out, d.id);
  out.push_back(',');
  key(out, "url");
  append_json_string(out, d.url);
  out.push_back(',');
  key(out, "title");
  append_json_string(out, d.title);
  out.push_back(',');
  key(out, "published");
  append_json_string(out, d.published);
  out.push_back(',');
  key(out, "source");
  append_json_string(out, d.source);
  out.push_back(',');
  key(out, "meta");
  out.append(d.meta.empty() ? "{}" : d.meta);
  out.push_back(',');
  key(out, "format");
  append_json_string(out, d.format);
  out.push_back(',');
  key(out, "origin");
  append_json_string(out, d.origin);
  out.push_back(',');
  key(out, "text_length");
  append_uint(out, d.text.size());
  out.push_back(',');
  key(out, "text_hash");
  append_json_string(out, hash_hex(r.text_hash));
  if (o.text) {
    out.push_back(',');
    key(out, "text");
    append_json_string(out, d.text);
  }
  out.push_back(',');
  key(out, "paragraphs");
  out.push_back('[');
  for (size_t i = 0; i < r.paragraphs.size(); ++i) {
    const auto& p = r.paragraphs[i];
    if (i) out.push_back(',');
    out.append("{\"begin\":");
    append_uint(out, p.begin);
    out.append(",\"end\":");
    append_uint(out, p.end);
    out.append(",\"duplicate_of\":");
    if (p.duplicate_of < 0) {
      out.append("null");
    } else {
      append_int(out, p.duplicate_of);
    }
    out.push_back('}');
  }
  out.append("],");
  key(out, "sentences");
  out.push_back('[');
  for (size_t i = 0; i < r.sentences.size(); ++i) {
    const auto& s = r.sentences[i];
    if (i) out.push_back(',');
    out.append("{\"begin\":");
    append_uint(out, s.begin);
    out.append(",\"end\":");
    append_uint(out, s.end);
    out.append(",\"paragraph\":");
    append_uint(out, s.paragraph);
    out.push_back('}');
  }
  out.push_back(']');
  if (o.tokens) {
    out.push_back(',');
    key(out, "tokens");
    out.push_back('[');
    for (size_t i = 0; i < r.tokens.size(); ++i) {
      const auto& t = r.tokens[i];
      if (i) out.push_back(',');
      out.push_back('[');
      append_uint(out, t.begin);
      out.push_back(',');
      append_uint(out, t.end);
      out.append(",\"");
      out.append(token_kind_name(t.kind));
      out.append("\"]");
    }
    out.push_back(']');
  }
  out.append(",\"mentions\":[");
  for (size_t i = 0; i < r.mentions.size(); ++i) {
    const Mention& m = r.mentions[i];
    if (i) out.push_back(',');
    out.append("{\"begin\":");
    append_uint(out, m.begin);
    out.append(",\"end\":");
    append_uint(out, m.end);
    out.append(",\"text\":");
    append_json_string(out, std::string_view(d.text).substr(m.begin, m.end - m.begin));
    out.append(",\"type\":");
    append_json_string(out, m.type);
    out.append(",\"actor\":");
    append_actor(out, m);
    out.append(",\"source\":\"");
    out.append(mention_source_name(m.source));
    out.append("\",\"sentence\":");
    append_uint(out, m.sentence);
    if (m.ref >= 0) {
      out.append(",\"ref\":");
      append_int(out, m.ref);
    }
    out.push_back('}');
  }
  out.append("],\"attributions\":[");
  for (size_t i = 0; i < r.attributions.size(); ++i) {
    const Attribution& a = r.attributions[i];
    if (i) out.push_back(',');
    out.append("{\"source\":{");
    append_role(out, d.text, a.source);
    out.append(",\"actor\":");
    // The source's actor: its mention's, or (a pronoun, a surname) its antecedent's.
    const int32_t m = resolved_mention(r.mentions, a.source_mention);
    if (m >= 0) {
      append_actor(out, r.mentions[size_t(m)]);
    } else {
      out.append("null");
    }
    out.append(",\"mention\":");
    if (a.source_mention >= 0) {
      append_int(out, a.source_mention);
    } else {
      out.append("null");
    }
    out.append("},\"cue\":{");
    append_role(out, d.text, a.cue);
    out.append("},\"content\":{");
    append_role(out, d.text, a.content);
    out.append("},\"direct\":");
    out.append(a.direct ? "true" : "false");
    out.append(",\"stance\":\"");
    out.append(stance_name(a.stance));
    out.append("\",\"negated\":");
    out.append(a.negated ? "true" : "false");
    out.append(",\"nested_in\":");
    if (a.nested_in >= 0) {
      append_int(out, a.nested_in);
    } else {
      out.append("null");
    }
    out.push_back('}');
  }
  out.append("],\"quantities\":[");
  for (size_t i = 0; i < r.quantities.size(); ++i) {
    const Quantity& q = r.quantities[i];
    if (i) out.push_back(',');
    out.append("{\"span\":");
    append_span(out, q.span);
    out.append(",\"text\":");
    append_json_string(out, std::string_view(d.text).substr(q.span.begin, q.span.end - q.span.begin));
    out.append(",\"number\":");
    append_span(out, q.number);
    out.append(",\"value\":");
    append_double(out, q.value);
    out.append(",\"high\":");
    append_double(out, q.high);
    out.append(",\"qualifier\":\"");
    out.append(qualifier_name(q.qualifier));
    out.append("\",\"unit\":");
    append_json_string(out, std::string_view(d.text).substr(q.unit.begin, q.unit.end - q.unit.begin));
    out.append(",\"unit_kind\":");
    append_json_string(out, q.unit_kind);
    out.append(",\"currency\":");
    append_json_string(out, q.currency);
    out.append(",\"vague\":");
    out.append(q.vague ? "true" : "false");
    out.append(",\"actor\":");
    if (q.mention >= 0 && size_t(q.mention) < r.mentions.size()) {
      append_actor(out, r.mentions[size_t(q.mention)]);
    } else {
      out.append("null");
    }
    out.append(",\"sentence\":");
    append_uint(out, q.sentence);
    out.append(",\"statement\":");
    if (q.statement >= 0) {
      append_int(out, q.statement);
    } else {
      out.append("null");
    }
    out.push_back('}');
  }
  out.append("],\"events\":[");
  for (size_t i = 0; i < r.events.size(); ++i) {
    const Event& e = r.events[i];
    if (i) out.push_back(',');
    out.append("{\"type\":");
    append_json_string(out, e.type);
    out.append(",\"mode\":");
    append_json_string(out, e.mode);
    out.append(",\"cameo\":");
    append_json_string(out, e.cameo);
    for (const auto& [name, a] :
         {std::pair<const char*, const EventActor*>{"source", &e.source}, {"target", &e.target}}) {
      out.append(",\"");
      out.append(name);
      out.append("\":");
      if (a->mention < 0 && !a->inferred) {
        out.append("null");
        continue;
      }
      out.append("{\"code\":");
      append_json_string(out, a->code);
      out.append(",\"country\":");
      append_json_string(out, a->country);
      out.append(",\"sector\":");
      append_json_string(out, a->sector);
      if (a->inferred) {  // the domestic other side: no mention, no text
        out.append(",\"text\":\"\",\"spans\":[],\"mention\":null,\"inferred\":true}");
        continue;
      }
      out.append(",\"text\":");
      append_json_string(out, std::string_view(d.text).substr(a->span.begin, a->span.end - a->span.begin));
      out.append(",\"spans\":[");
      append_span(out, a->span);
      out.append("],\"mention\":");
      append_int(out, a->mention);
      out.append(",\"inferred\":false}");
    }
    out.append(",\"location\":");
    if (e.location.end > e.location.begin) {
      append_json_string(
          out, std::string_view(d.text).substr(e.location.begin, e.location.end - e.location.begin));
    } else {
      out.append("null");
    }
    out.append(",\"date\":");
    append_json_string(out, e.date);
    out.append(e.date_in_text ? ",\"date_in_text\":true" : ",\"date_in_text\":false");
    out.append(",\"trigger\":{\"span\":");
    append_span(out, e.trigger);
    out.append(",\"text\":");
    append_json_string(out,
                       std::string_view(d.text).substr(e.trigger.begin, e.trigger.end - e.trigger.begin));
    out.append("},\"sentence\":");
    append_uint(out, e.sentence);
    out.append(",\"statement\":");
    if (e.statement >= 0) {
      append_int(out, e.statement);
    } else {
      out.append("null");
    }
    out.push_back('}');
  }
  out.append("],");
  key(out, "warnings");
  out.push_back('[');
  for (size_t i = 0; i < r.warnings.size(); ++i) {
    const auto& w = r.warnings[i];
    if (i) out.push_back(',');
    out.append("{\"code\":");
    append_json_string(out, w.code);
    out.append(",\"offset\":");
    append_uint(out, w.offset);
    out.append(",\"message\":");
    append_json_string(out, w.message);
    out.push_back('}');
  }
  out.append("]}");
}

}  // namespace claimtrace
