// The lexicon as one Hyperscan (vectorscan) literal database: compiled once, scanned with per-thread scratch.
// Literals compile fast (no regex word boundaries); boundaries are checked on each hit afterwards.
#include <hs/hs.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "claimtrace/actors.h"

// The built-in lexicon's database, precompiled at build time (claimtrace_actor_db, CMakeLists.txt): defined
// by the executables that link the object library claimtrace_actor_db_embedded, absent (weak: a null address)
// from the generator itself and from any other program, which then compile the lexicon.
extern "C" {
extern const char embedded_actor_db[] __attribute__((weak));
extern const unsigned long embedded_actor_db_size __attribute__((weak));
}

namespace claimtrace {
namespace {

constexpr std::string_view kDbMagic = "CTHSDB1\n";                    // the format of serialize()
constexpr size_t kDbHeader = kDbMagic.size() + 2 * sizeof(uint64_t);  // magic, key, hash of the rest

bool is_word_cp(int32_t cp) { return is_word_codepoint(cp, true); }

bool ascii_lower_equal(char a, char b) {
  auto l = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  return l(a) == l(b);
}

struct Context {
  std::string_view text;
  const LexiconMatcher::Scratch* scratch;
  const std::vector<uint32_t>* pattern_alias;
  const std::vector<uint32_t>* pattern_len;
  std::vector<LexiconMatch>* out;
};

int on_match(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/,
             void* ctx) {
  auto* c = static_cast<Context*>(ctx);
  const uint32_t len = (*c->pattern_len)[id];
  const auto end = static_cast<uint32_t>(to);
  const uint32_t begin = end - len;
  if (!word_char_before(c->text, begin) && !word_char_at(c->text, end)) {
    c->out->push_back(LexiconMatch{begin, end, (*c->pattern_alias)[id]});
  }
  return 0;
}

void sort_matches(std::vector<LexiconMatch>& out) {
  std::sort(out.begin(), out.end(), [](const LexiconMatch& a, const LexiconMatch& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.alias < b.alias;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

// Each alias, plus a variant with typographic apostrophes (’) where it has ASCII ones, plus the all-capitals
// form of case-sensitive aliases of four or more characters (datelines: "BEIJING", "KYIV").
template <class F>
void for_each_pattern(const ActorLexicon& lexicon, F&& f) {
  for (uint32_t a = 0; a < lexicon.aliases().size(); ++a) {
    const std::string& p = lexicon.aliases()[a].phrase;
    f(p, a);
    if (!lexicon.aliases()[a].caseless && p.size() >= 4) {
      std::string upper = p;
      bool ascii = true;
      for (auto& c : upper) {
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      }
      if (ascii && upper != p) f(upper, a);
    }
    if (p.find('\'') != std::string::npos) {
      std::string v;
      for (char c : p) {
        if (c == '\'') {
          v += "\xE2\x80\x99";
        } else {
          v.push_back(c);
        }
      }
      f(v, a);
    }
  }
}

}  // namespace

bool word_char_at(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  int32_t cp;
  utf8_decode(text, at, cp);
  return is_word_cp(cp);
}

bool word_char_before(std::string_view text, size_t at) {
  if (at == 0) return false;
  size_t start = at - 1;
  while (start > 0 && at - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  int32_t cp;
  int len = utf8_decode(text, start, cp);
  if (start + static_cast<size_t>(len) != at) return false;  // an opaque byte is not a word character
  return is_word_cp(cp);
}

LexiconMatcher::Scratch::Scratch() = default;
LexiconMatcher::Scratch::~Scratch() {
  if (hs_) hs_free_scratch(static_cast<hs_scratch_t*>(hs_));
}
LexiconMatcher::Scratch::Scratch(Scratch&& o) noexcept : hs_(o.hs_), db_(o.db_) {
  o.hs_ = nullptr;
  o.db_ = nullptr;
}
LexiconMatcher::Scratch& LexiconMatcher::Scratch::operator=(Scratch&& o) noexcept {
  std::swap(hs_, o.hs_);
  std::swap(db_, o.db_);
  return *this;
}

LexiconMatcher::~LexiconMatcher() {
  if (db_) hs_free_database(static_cast<hs_database_t*>(db_));
}

Result<std::shared_ptr<const LexiconMatcher>> LexiconMatcher::compile(const ActorLexicon& lexicon,
                                                                      std::string_view precompiled) {
  std::shared_ptr<LexiconMatcher> m(new LexiconMatcher());
  m->lexicon_ = &lexicon;
  std::vector<std::string> patterns;
  std::vector<unsigned> flags, ids;
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  const char* version = hs_version();
  XXH3_64bits_update(state, version, std::strlen(version) + 1);
  for_each_pattern(lexicon, [&](const std::string& p, uint32_t a) {
    ids.push_back(static_cast<unsigned>(patterns.size()));
    patterns.push_back(p);
    flags.push_back(lexicon.aliases()[a].caseless ? HS_FLAG_CASELESS : 0);
    m->pattern_alias_.push_back(a);
    m->pattern_len_.push_back(static_cast<uint32_t>(p.size()));
    const uint32_t head[3] = {static_cast<uint32_t>(p.size()), flags.back(), a};
    XXH3_64bits_update(state, head, sizeof head);
    XXH3_64bits_update(state, p.data(), p.size());
  });
  m->key_ = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  if (patterns.empty()) return Error{ErrorCode::resource, "actors", "the lexicon has no aliases"};
  // A precompiled database: kDbMagic, the key, the hash of the bytes that follow, then Hyperscan's serialized
  // bytes. Hyperscan checks its own version and the CPU (a database built for AVX2 is refused on a CPU
  // without it): any refusal → compile.
  if (precompiled.size() > kDbHeader && precompiled.substr(0, kDbMagic.size()) == kDbMagic) {
    uint64_t key, sum;
    std::memcpy(&key, precompiled.data() + kDbMagic.size(), sizeof key);
    std::memcpy(&sum, precompiled.data() + kDbMagic.size() + sizeof key, sizeof sum);
    const std::string_view bytes = precompiled.substr(kDbHeader);
    hs_database_t* db = nullptr;
    if (key == m->key_ && sum == XXH3_64bits(bytes.data(), bytes.size()) &&
        hs_deserialize_database(bytes.data(), bytes.size(), &db) == HS_SUCCESS) {
      m->db_ = db;
      m->precompiled_ = true;
      return std::shared_ptr<const LexiconMatcher>(std::move(m));
    }
  }
  std::vector<const char*> ptrs;
  std::vector<size_t> lens;
  for (const auto& p : patterns) {
    ptrs.push_back(p.data());
    lens.push_back(p.size());
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_lit_multi(ptrs.data(), flags.data(), ids.data(), lens.data(),
                           static_cast<unsigned>(ptrs.size()), HS_MODE_BLOCK, nullptr, &db,
                           &err) != HS_SUCCESS) {
    std::string why = err && err->message ? err->message : "compile failed";
    std::string where = "actors";
    if (err && err->expression >= 0 && static_cast<size_t>(err->expression) < patterns.size()) {
      where += ": pattern '" + patterns[static_cast<size_t>(err->expression)] + "'";
    }
    hs_free_compile_error(err);
    return Error{ErrorCode::resource, where, why};
  }
  m->db_ = db;
  return std::shared_ptr<const LexiconMatcher>(std::move(m));
}

std::string LexiconMatcher::serialize() const {
  char* bytes = nullptr;
  size_t size = 0;
  if (hs_serialize_database(static_cast<const hs_database_t*>(db_), &bytes, &size) != HS_SUCCESS) return {};
  std::string out(kDbMagic);
  const uint64_t sum = XXH3_64bits(bytes, size);
  out.append(reinterpret_cast<const char*>(&key_), sizeof key_);
  out.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  out.append(bytes, size);
  std::free(bytes);
  return out;
}

Result<std::shared_ptr<const LexiconMatcher>> LexiconMatcher::builtin() {
  static const Result<std::shared_ptr<const LexiconMatcher>> kBuiltin =
      compile(ActorLexicon::builtin(), &embedded_actor_db_size
                                           ? std::string_view(embedded_actor_db, embedded_actor_db_size)
                                           : std::string_view());
  return kBuiltin;
}

void LexiconMatcher::match(std::string_view text, Scratch& scratch, std::vector<LexiconMatch>& out) const {
  out.clear();
  if (text.empty()) return;
  auto* db = static_cast<hs_database_t*>(db_);
  auto* s = static_cast<hs_scratch_t*>(scratch.hs_);
  if (scratch.db_ != db_) {  // hs_alloc_scratch is costly: once per thread and database, not per document
    if (hs_alloc_scratch(db, &s) != HS_SUCCESS) return;  // only fails on out-of-memory
    scratch.hs_ = s;
    scratch.db_ = db_;
  }
  Context ctx{text, &scratch, &pattern_alias_, &pattern_len_, &out};
  hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, s, on_match, &ctx);
  sort_matches(out);
}

void naive_lexicon_match(const ActorLexicon& lexicon, std::string_view text, std::vector<LexiconMatch>& out) {
  out.clear();
  for_each_pattern(lexicon, [&](const std::string& p, uint32_t a) {
    const bool caseless = lexicon.aliases()[a].caseless;
    if (p.size() > text.size()) return;
    for (size_t i = 0; i + p.size() <= text.size(); ++i) {
      bool eq = true;
      for (size_t k = 0; k < p.size() && eq; ++k) {
        eq = caseless ? ascii_lower_equal(text[i + k], p[k]) : text[i + k] == p[k];
      }
      if (eq && !word_char_before(text, i) && !word_char_at(text, i + p.size())) {
        out.push_back(LexiconMatch{static_cast<uint32_t>(i), static_cast<uint32_t>(i + p.size()), a});
      }
    }
  });
  sort_matches(out);
}

}  // namespace claimtrace
