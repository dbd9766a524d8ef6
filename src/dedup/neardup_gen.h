// A deterministic generator of articles and edited near-copies (insertions, deletions, substitutions,
// paragraph reordering, boilerplate header / footer), for the near-duplicate tests and benchmark. Texts are
// made of generated pseudo-words; nothing is taken from any corpus.
#pragma once

#include <cmath>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

namespace claimtrace::neardup_gen {

// splitmix64: the same numbers on every platform (std distributions are implementation-defined).
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t next() {
    uint64_t z = (s_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  uint64_t below(uint64_t n) {
    return static_cast<uint64_t>((static_cast<unsigned __int128>(next()) * n) >> 64);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

 private:
  uint64_t s_;
};

using Paragraphs = std::vector<std::vector<uint32_t>>;  // word indices into the vocabulary

class Generator {
 public:
  explicit Generator(uint64_t seed, uint32_t vocabulary = 30000) : seed_(seed) {
    static const char* const kOnset[] = {"b", "d", "f", "g", "k",  "l",  "m",  "n",  "p",  "r",
                                         "s", "t", "v", "z", "br", "st", "tr", "gl", "sh", "ch"};
    static const char* const kNucleus[] = {"a", "e", "i", "o", "u", "ai", "ou", "ei"};
    Rng r(seed ^ 0x766f6361ULL);
    words_.reserve(vocabulary);
    for (uint32_t w = 0; w < vocabulary; ++w) {
      std::string s;
      const uint64_t syllables = 1 + r.below(4);
      for (uint64_t k = 0; k < syllables; ++k) {
        s += kOnset[r.below(std::size(kOnset))];
        s += kNucleus[r.below(std::size(kNucleus))];
      }
      if (r.below(3) == 0) s += "n";
      if (w % 7 == 0) s += std::to_string(w % 100);  // a few words carry digits
      words_.push_back(std::move(s));
    }
    // Boilerplate blocks a scraper or a syndication partner adds.
    for (int b = 0; b < 4; ++b) {
      std::vector<uint32_t> block;
      const uint64_t n = 12 + r.below(14);
      for (uint64_t k = 0; k < n; ++k) block.push_back(word(r));
      boilerplate_.push_back(std::move(block));
    }
  }

  // A word index, Zipf-like (log-uniform): a few words are frequent, most are rare.
  uint32_t word(Rng& r) const {
    const double v = std::exp(r.uniform() * std::log(static_cast<double>(words_.size())));
    const auto i = static_cast<uint64_t>(v) - 1;
    return static_cast<uint32_t>(i < words_.size() ? i : words_.size() - 1);
  }

  // An article of `min_words`..`max_words` words in 3..7 paragraphs, from its own seed.
  Paragraphs article(uint64_t id, uint32_t min_words = 150, uint32_t max_words = 300) const {
    Rng r(seed_ * 0x2545f4914f6cdd1dULL + id);
    const uint64_t total = min_words + r.below(max_words - min_words + 1);
    const uint64_t paras = 3 + r.below(5);
    Paragraphs p(paras);
    for (uint64_t k = 0; k < total; ++k) p[k * paras / total].push_back(word(r));
    return p;
  }

  // An edited copy. `strength` (0..1) is the fraction of words touched by insertions, deletions and
  // substitutions; paragraphs are swapped and boilerplate added with fixed probabilities.
  Paragraphs edit(Paragraphs p, double strength, Rng& r) const {
    size_t words = 0;
    for (const auto& para : p) words += para.size();
    const auto ops = static_cast<uint64_t>(strength * static_cast<double>(words) + 0.5);
    for (uint64_t k = 0; k < ops; ++k) {
      auto& para = p[r.below(p.size())];
      const uint64_t kind = r.below(3);
      if (kind == 0 || para.empty()) {  // insertion
        para.insert(para.begin() + static_cast<std::ptrdiff_t>(r.below(para.size() + 1)), word(r));
      } else if (kind == 1) {  // deletion
        para.erase(para.begin() + static_cast<std::ptrdiff_t>(r.below(para.size())));
      } else {  // substitution
        para[r.below(para.size())] = word(r);
      }
    }
    if (p.size() > 1 && r.below(3) == 0) {  // reordering
      std::swap(p[r.below(p.size())], p[r.below(p.size())]);
    }
    if (r.below(3) == 0) p.insert(p.begin(), boilerplate_[r.below(2)]);  // header
    if (r.below(3) == 0) p.push_back(boilerplate_[2 + r.below(2)]);      // footer
    return p;
  }

  // Sentences of 6..18 words, capitalised, with a comma now and then; paragraphs separated by a blank line.
  std::string text(const Paragraphs& p) const {
    std::string out;
    Rng r(0x74657874ULL + p.size());
    for (size_t k = 0; k < p.size(); ++k) {
      if (k) out += "\n\n";
      uint64_t left = 0;
      for (size_t w = 0; w < p[k].size(); ++w) {
        const std::string& s = words_[p[k][w]];
        if (left == 0) {
          if (w) out += ". ";
          left = 6 + r.below(13);
          out.push_back(static_cast<char>(s[0] - 'a' + 'A'));
          out.append(s, 1);
        } else {
          out += r.below(12) == 0 ? ", " : " ";
          out += s;
        }
        --left;
      }
      if (!p[k].empty()) out.push_back('.');
    }
    return out;
  }

 private:
  uint64_t seed_;
  std::vector<std::string> words_;
  std::vector<std::vector<uint32_t>> boilerplate_;
};

// A corpus: document i is an original or (with probability copy_fraction) an edited copy of an earlier
// original, with an edit strength uniform in [0, max_strength]. Regenerable document by document.
struct CorpusSpec {
  uint64_t seed = 1;
  double copy_fraction = 0.3;
  double max_strength = 0.05;
  uint32_t min_words = 150, max_words = 300;
};

class Corpus {
 public:
  explicit Corpus(CorpusSpec spec) : spec_(spec), gen_(spec.seed) {}
  bool is_copy(uint64_t i) const {
    return i > 0 && Rng(spec_.seed ^ (i * 0xd1b54a32d192ed03ULL)).uniform() < spec_.copy_fraction;
  }
  // The original document i is a copy of (kNone for an original).
  static constexpr uint64_t kNone = ~uint64_t{0};
  uint64_t source(uint64_t i) const {
    if (!is_copy(i)) return kNone;
    Rng r(spec_.seed ^ (i * 0xd1b54a32d192ed03ULL));
    r.next();
    for (int attempt = 0; attempt < 16; ++attempt) {
      const uint64_t j = r.below(i);
      if (!is_copy(j)) return j;
    }
    return 0;  // document 0 is always an original
  }
  std::string text(uint64_t i) const {
    const uint64_t s = source(i);
    if (s == kNone) return gen_.text(gen_.article(i, spec_.min_words, spec_.max_words));
    Rng r(spec_.seed ^ (i * 0x9fb21c651e98df25ULL));
    const double strength = r.uniform() * spec_.max_strength;
    return gen_.text(gen_.edit(gen_.article(s, spec_.min_words, spec_.max_words), strength, r));
  }

 private:
  CorpusSpec spec_;
  Generator gen_;
};

}  // namespace claimtrace::neardup_gen
