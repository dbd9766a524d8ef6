// Normalization for matching: compatibility folding (NFKC/NFKD), case folding, accents stripped, typographic
// quotes/dashes/spaces folded to ASCII, default-ignorable characters dropped, invalid bytes → U+FFFD.
// The original is never rewritten: Normalized::to_original maps every output byte back.
#include <utf8proc.h>

#include <array>
#include <cstring>

#include "claimtrace/text.h"

namespace claimtrace {
namespace {

constexpr std::array<char, 128> make_ascii_fold() {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = static_cast<char>((c >= 'A' && c <= 'Z') ? c + 32 : c);
  t['\t'] = ' ';
  t['\r'] = ' ';
  t['\f'] = ' ';
  t['\v'] = ' ';
  return t;
}
constexpr std::array<char, 128> kAsciiFold = make_ascii_fold();

// kAsciiFold on eight ASCII bytes at once (SWAR; every byte below 0x80, so no carry crosses a byte): 'A'..'Z'
// lower-cased, \t \v \f \r (9, 11, 12, 13) made spaces, the rest (\n included) kept. Tested against the
// table.
inline uint64_t fold_ascii8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull,
                     kLow = 0x7F7F7F7F7F7F7F7Full;
  const uint64_t upper = (x + (0x80 - 'A') * kOnes) & ~(x + (0x80 - 'Z' - 1) * kOnes) & kHigh;
  const uint64_t control = (x + (0x80 - 9) * kOnes) & ~(x + (0x80 - 14) * kOnes) & kHigh;  // 9..13
  const uint64_t nl = x ^ (0x0A * kOnes);                                                  // 0 where \n
  const uint64_t is_nl = ~(((nl & kLow) + kLow) | nl | kLow);                              // exact
  const uint64_t space = control & ~is_nl;
  const uint64_t space_bytes = (space >> 7) * 0xFF;
  x |= upper >> 2;
  return (x & ~space_bytes) | (0x20 * kOnes & space_bytes);
}

}  // namespace

// Typographic characters folded to one ASCII character, before utf8proc (which keeps most of them).
int fold_typographic(int32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    case 0x00A0:
    case 0x2007:
    case 0x202F:
    case 0x2028:
    case 0x2029:
    case 0x3000:
      return ' ';
    default:
      if (cp >= 0x2000 && cp <= 0x200A) return ' ';
      return -1;
  }
}

namespace {}  // namespace

void normalize(std::string_view in, Normalized& out) {
  const size_t n = in.size();
  // Output is usually exactly as long as the input (English news is mostly ASCII): size for that, grow if
  // not.
  out.text.resize(n + 16);
  out.to_original.resize(n + 17);
  size_t o = 0;  // bytes written
  size_t i = 0;
  auto reserve = [&](size_t more) {
    if (o + more > out.text.size()) {
      out.text.resize((o + more) * 2);
      out.to_original.resize((o + more) * 2 + 1);
    }
  };
  while (i < n) {
    // ASCII run: eight bytes at a time while they are all ASCII (fold_ascii8), then table lookups.
    {
      size_t end = i;
      reserve(8);
      while (end + 8 <= n) {
        uint64_t x;
        std::memcpy(&x, in.data() + end, 8);
        if (x & 0x8080808080808080ull) break;
        if (o + (end - i) + 8 > out.text.size()) reserve(o + (end - i) + 8 - o);
        x = fold_ascii8(x);
        std::memcpy(out.text.data() + o + (end - i), &x, 8);
        uint32_t* m = out.to_original.data() + o + (end - i);
        for (uint32_t k = 0; k < 8; ++k) m[k] = static_cast<uint32_t>(end) + k;
        end += 8;
      }
      o += end - i;
      i = end;
      const size_t run = i;
      while (end < n && static_cast<unsigned char>(in[end]) < 0x80) ++end;
      if (end > run) {
        reserve(end - run);
        char* t = out.text.data() + o;
        uint32_t* m = out.to_original.data() + o;
        for (size_t k = run; k < end; ++k) {
          *t++ = kAsciiFold[static_cast<unsigned char>(in[k])];
          *m++ = static_cast<uint32_t>(k);
        }
        o += end - run;
        i = end;
      }
      if (i >= n) break;
      if (static_cast<unsigned char>(in[i]) < 0x80) continue;  // (more ASCII after a run of 8s)
    }
    int32_t cp;
    const int len = utf8_decode(in, i, cp);
    const auto origin = static_cast<uint32_t>(i);
    char buf[64];
    size_t blen = 0;
    auto put = [&](int32_t c) {
      if (blen + 4 > sizeof buf) return;
      blen += static_cast<size_t>(utf8proc_encode_char(c, reinterpret_cast<uint8_t*>(buf + blen)));
    };
    if (cp < 0) {
      put(0xFFFD);
    } else if (int f = fold_typographic(cp); f >= 0) {
      buf[blen++] = static_cast<char>(f);
    } else {
      utf8proc_int32_t dec[16];
      const auto options = static_cast<utf8proc_option_t>(
          UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
      int last_boundclass = 0;
      auto m = utf8proc_decompose_char(cp, dec, 16, options, &last_boundclass);
      if (m < 0 || m > 16) {
        put(cp);
      } else {
        for (utf8proc_ssize_t k = 0; k < m; ++k) {
          int f = fold_typographic(dec[k]);
          if (f >= 0) {
            buf[blen++] = static_cast<char>(f);
          } else if (dec[k] < 0x80) {
            buf[blen++] = kAsciiFold[dec[k]];
          } else {
            put(dec[k]);
          }
        }
      }
    }
    reserve(blen);
    for (size_t k = 0; k < blen; ++k) {
      out.text[o + k] = buf[k];
      out.to_original[o + k] = origin;
    }
    o += blen;
    i += static_cast<size_t>(len);
  }
  out.text.resize(o);
  out.to_original.resize(o + 1);
  out.to_original[o] = static_cast<uint32_t>(n);
}

}  // namespace claimtrace
