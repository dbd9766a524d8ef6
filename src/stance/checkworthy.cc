// claimtrace — check-worthiness: data readers, features, the model file, the trainer and ranking metrics.
//
// File format (little-endian), version 1:
//   "CTCHECKW" uint32 version | uint32 bits | float bias | float scale
//   uint32 R, then R x { uint32 bucket, int16 }        non-zero weights (weight = int16 / scale)
//   "END."
#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#include "claimtrace/reader.h"
#include "core/binary.h"
#include "stance/features.h"

extern "C" {
extern const char embedded_checkworthy_model[];
extern const unsigned long embedded_checkworthy_model_size;
}

namespace claimtrace {

namespace {

using namespace stance_detail;

constexpr char kMagic[8] = {'C', 'T', 'C', 'H', 'E', 'C', 'K', 'W'};
constexpr uint32_t kVersion = 1;
constexpr uint32_t kBits = 20;

uint64_t splitmix(uint64_t& s) {
  uint64_t z = (s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A few word lists of our own.
const char* const kComparative[] = {
    "more",      "less",     "than",      "fewer",   "most",    "least",   "higher",  "lower",   "increase",
    "increased", "decrease", "decreased", "doubled", "tripled", "percent", "million", "billion", "trillion",
    "thousand",  "hundred",  "record",    "largest", "biggest", "highest", "lowest",  "worst",   "best"};
const char* const kFirstPerson[] = {"i", "me", "my", "we", "our", "us", "i'm", "myself"};
const char* const kTime[] = {"year",  "years",  "since", "ago",  "last",    "today", "now", "decade",
                             "month", "months", "1990s", "2000", "history", "ever",  "time"};
const char* const kCourtesy[] = {"thank",  "thanks", "applause", "laughter", "crosstalk", "welcome",
                                 "please", "okay",   "ok",       "yes",      "no",        "well",
                                 "great",  "good",   "question", "answer"};

enum CwNs : uint64_t { kUni = 101, kBi, kCue, kLen, kNum, kCaps, kShape, kCueCount };

uint8_t cw_class(uint64_t raw) {
  static const auto table = [] {
    std::unordered_map<uint64_t, uint8_t> t;
    for (const char* w : kComparative) t[hash_word(w)] |= 1;
    for (const char* w : kFirstPerson) t[hash_word(w)] |= 2;
    for (const char* w : kTime) t[hash_word(w)] |= 4;
    for (const char* w : kCourtesy) t[hash_word(w)] |= 8;
    return t;
  }();
  auto it = table.find(raw);
  return it == table.end() ? 0 : it->second;
}

}  // namespace

void CheckworthyModelAccess::extract(std::string_view sentence, CheckworthyScratch& s) {
  s.features.clear();
  thread_local std::vector<uint64_t> stems, raws;
  thread_local std::vector<uint8_t> stop;
  stems.clear(), raws.clear(), stop.clear();
  tokenize_words(sentence, stems, raws, stop, nullptr, s.word);
  auto add = [&](uint64_t h) { s.features.push_back(static_cast<uint32_t>(h >> (64 - kBits))); };
  add(feat(kLen, 1000));  // bias-like
  for (size_t k = 0; k < stems.size(); ++k) {
    add(feat(kUni, stems[k]));
    if (k + 1 < stems.size()) add(feat(kBi, mix(stems[k], stems[k + 1])));
  }
  add(feat(kBi, mix(0, stems.empty() ? 0 : stems[0])));  // first word
  int cues[4] = {0, 0, 0, 0};
  for (uint64_t r : raws) {
    const uint8_t c = cw_class(r) | static_cast<uint8_t>(lexicon_class(r) << 4);
    for (int k = 0; k < 8; ++k)
      if (c & (1 << k)) {
        add(feat(kCue, uint64_t(k)));
        if (k < 4) ++cues[k];
      }
  }
  for (int k = 0; k < 4; ++k) add(feat(kCueCount, uint64_t(k) * 8 + std::min(cues[k], 3)));
  const size_t n = stems.size();
  const int len_bin = n < 4 ? 0 : n < 8 ? 1 : n < 14 ? 2 : n < 22 ? 3 : n < 35 ? 4 : 5;
  add(feat(kLen, uint64_t(len_bin)));
  // numbers, money, percentages; capitalized words inside the sentence (names)
  int digits = 0, caps = 0;
  bool money = false, pct = false, in_word = false;
  size_t word_index = 0;
  for (char c : sentence) {
    if (c == '$') money = true;
    if (c == '%') pct = true;
    const bool alnum = is_digit(c) || is_upper(c) || (c >= 'a' && c <= 'z');
    if (alnum && !in_word) {
      if (is_digit(c))
        ++digits;
      else if (is_upper(c) && word_index > 0)
        ++caps;
      ++word_index;
    }
    in_word = alnum || (in_word && (c == ',' || c == '.' || c == '\''));
  }
  add(feat(kNum, uint64_t(std::min(digits, 3))));
  if (money) add(feat(kNum, 10));
  if (pct) add(feat(kNum, 11));
  add(feat(kCaps, uint64_t(std::min(caps, 4))));
  if (!sentence.empty() && sentence.back() == '?') add(feat(kShape, 1));
  if (sentence.find('?') != std::string_view::npos) add(feat(kShape, 2));
  add(feat(kShape, 100 + uint64_t(len_bin) * 10 + std::min(digits, 2) * 3 + std::min(caps, 2)));
}

// ---------------------------------------------------------------------------------------------------------

std::string CheckworthyModel::serialize() const {
  std::string out(kMagic, sizeof(kMagic));
  put_bytes(out, kVersion);
  put_bytes(out, bits_);
  put_bytes(out, bias_);
  float mx = 0;
  for (float v : w_) mx = std::max(mx, std::fabs(v));
  const float scale = mx > 0 ? 32767.0f / mx : 1.0f;
  put_bytes(out, scale);
  auto q = [&](float v) { return static_cast<int16_t>(std::clamp(std::lround(v * scale), -32767l, 32767l)); };
  uint32_t r = 0;
  for (float v : w_) r += q(v) != 0;
  put_bytes(out, r);
  for (uint32_t b = 0; b < w_.size(); ++b)
    if (int16_t v = q(w_[b]); v != 0) {
      put_bytes(out, b);
      put_bytes(out, v);
    }
  out.append("END.", 4);
  return out;
}

Result<CheckworthyModel> CheckworthyModel::load(std::string_view bytes) {
  auto bad = [](std::string m) { return Error{ErrorCode::resource, "check-worthiness model", std::move(m)}; };
  if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
    return bad("not a check-worthiness model file (bad magic)");
  ByteReader r{bytes, sizeof(kMagic)};
  const uint32_t version = r.get<uint32_t>();
  if (r.failed || version != kVersion)
    return bad("unsupported check-worthiness model version " + std::to_string(version) +
               " (this build reads " + std::to_string(kVersion) + ")");
  CheckworthyModel m;
  m.bits_ = r.get<uint32_t>();
  if (r.failed || m.bits_ != kBits) return bad("bad hash-table size");
  m.bias_ = r.get<float>();
  const float scale = r.get<float>();
  const uint32_t n = r.get<uint32_t>();
  if (r.failed || !(scale > 0) || r.left() / 6 < n) return bad("truncated weights");
  m.w_.assign(size_t(1) << m.bits_, 0.0f);
  for (uint32_t k = 0; k < n; ++k) {
    const uint32_t b = r.get<uint32_t>();
    const int16_t v = r.get<int16_t>();
    if (b >= m.w_.size()) return bad("bucket out of range");
    m.w_[b] = v / scale;
  }
  if (r.failed || r.left() != 4 || bytes.substr(r.at) != "END.") return bad("truncated or trailing bytes");
  return m;
}

const CheckworthyModel& CheckworthyModel::builtin() {
  static const CheckworthyModel model = [] {
    auto m =
        CheckworthyModel::load(std::string_view(embedded_checkworthy_model, embedded_checkworthy_model_size));
    return m.ok() ? std::move(m).value() : CheckworthyModel{};
  }();
  return model;
}

double CheckworthyModel::score(std::string_view sentence, CheckworthyScratch& s) const {
  if (empty()) return 0.0;
  CheckworthyModelAccess::extract(sentence, s);
  double z = bias_;
  for (uint32_t b : s.features) z += w_[b];
  return 1.0 / (1.0 + std::exp(-z));
}

double CheckworthyModel::score(std::string_view sentence) const {
  CheckworthyScratch s;
  return score(sentence, s);
}

Result<CheckworthyModel> train_checkworthy(const std::vector<CheckworthySentence>& train,
                                           const CheckworthyTrainOptions& opt) {
  if (train.empty()) return Error{ErrorCode::empty, "", "no training sentences"};
  CheckworthyModel m;
  CheckworthyModelAccess::bits(m) = kBits;
  auto& w = CheckworthyModelAccess::w(m);
  w.assign(size_t(1) << kBits, 0.0f);
  std::vector<float> g2(w.size(), 0.0f);
  std::vector<uint32_t> start{0}, index;
  CheckworthyScratch s;
  for (const auto& t : train) {
    CheckworthyModelAccess::extract(t.text, s);
    index.insert(index.end(), s.features.begin(), s.features.end());
    start.push_back(static_cast<uint32_t>(index.size()));
  }
  std::vector<uint32_t> order(train.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  uint64_t seed = opt.seed;
  double b = 0, gb = 0;
  for (int ep = 0; ep < opt.epochs; ++ep) {
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[splitmix(seed) % k]);
    for (uint32_t k : order) {
      double z = b;
      for (uint32_t j = start[k]; j < start[k + 1]; ++j) z += w[index[j]];
      const double p = 1 / (1 + std::exp(-z));
      const double g = p - (train[k].label ? 1.0 : 0.0);
      for (uint32_t j = start[k]; j < start[k + 1]; ++j) {
        const uint32_t i = index[j];
        const double gi = g + opt.l2 * w[i];
        g2[i] += static_cast<float>(gi * gi);
        w[i] -= static_cast<float>(opt.rate * gi / std::sqrt(g2[i] + 1e-6));
      }
      gb += g * g;
      b -= opt.rate * g / std::sqrt(gb + 1e-6);
    }
  }
  CheckworthyModelAccess::bias(m) = static_cast<float>(b);
  return m;
}

// ---------------------------------------------------------------------------------------------------------

Result<std::vector<CheckworthySentence>> parse_checkthat(std::string_view bytes, const std::string& name) {
  std::vector<CheckworthySentence> out;
  uint32_t line_no = 0;
  size_t i = 0;
  while (i < bytes.size()) {
    size_t e = bytes.find('\n', i);
    if (e == std::string_view::npos) e = bytes.size();
    std::string_view line = bytes.substr(i, e - i);
    i = e + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    std::vector<std::string_view> f;
    size_t a = 0;
    for (;;) {
      size_t t = line.find('\t', a);
      f.push_back(line.substr(a, t == std::string_view::npos ? std::string_view::npos : t - a));
      if (t == std::string_view::npos) break;
      a = t + 1;
    }
    if (f.size() < 3)
      return Error{
          ErrorCode::resource, name + ":" + std::to_string(line_no),
          "expected line<TAB>speaker<TAB>text[<TAB>label], found " + std::to_string(f.size()) + " fields"};
    CheckworthySentence s;
    uint32_t ln = 0;
    auto [p, ec] = std::from_chars(f[0].data(), f[0].data() + f[0].size(), ln);
    if (ec != std::errc() || p != f[0].data() + f[0].size())
      return Error{ErrorCode::resource, name + ":" + std::to_string(line_no),
                   "line number is not an integer: '" + std::string(f[0]) + "'"};
    s.line = ln;
    s.text = std::string(f[2]);
    if (f.size() >= 4) {
      std::string_view lab = f[3];
      while (!lab.empty() && lab.back() == ' ') lab.remove_suffix(1);
      if (lab == "1")
        s.label = 1;
      else if (lab == "0" || lab.empty())
        s.label = 0;
      else
        return Error{ErrorCode::resource, name + ":" + std::to_string(line_no),
                     "label must be 0 or 1, found '" + std::string(lab) + "'"};
    }
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::vector<CheckworthySentence>> read_checkthat(const std::string& path) {
  auto bytes = read_file(path);
  if (!bytes) return bytes.error();
  return parse_checkthat(bytes.value(), path);
}

Result<std::vector<CheckworthySentence>> read_claimbuster(const std::string& path) {
  auto bytes = read_file(path);
  if (!bytes) return bytes.error();
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(bytes.value()).get(doc) != simdjson::SUCCESS)
    return Error{ErrorCode::malformed_json, path, "not valid JSON"};
  simdjson::dom::array arr;
  if (doc.get(arr) != simdjson::SUCCESS)
    return Error{ErrorCode::malformed_json, path, "expected a JSON array of {label, text} objects"};
  std::vector<CheckworthySentence> out;
  uint32_t k = 0;
  for (simdjson::dom::element e : arr) {
    ++k;
    std::string_view text;
    int64_t label = 0;
    if (e["text"].get(text) != simdjson::SUCCESS || e["label"].get(label) != simdjson::SUCCESS)
      return Error{ErrorCode::malformed_json, path + "#" + std::to_string(k),
                   "element without a string text and an integer label"};
    CheckworthySentence s;
    s.text = std::string(text);
    s.label = label ? 1 : 0;
    s.line = k;
    out.push_back(std::move(s));
  }
  return out;
}

double average_precision(const std::vector<double>& scores, const std::vector<int>& labels) {
  std::vector<size_t> idx(scores.size());
  for (size_t k = 0; k < idx.size(); ++k) idx[k] = k;
  std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
  size_t pos = 0, total = 0;
  double sum = 0;
  for (int l : labels) total += l != 0;
  if (!total) return 0.0;
  for (size_t r = 0; r < idx.size(); ++r)
    if (labels[idx[r]]) {
      ++pos;
      sum += double(pos) / double(r + 1);
    }
  return sum / double(total);
}

double precision_at(const std::vector<double>& scores, const std::vector<int>& labels, size_t k) {
  std::vector<size_t> idx(scores.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) { return scores[a] > scores[b]; });
  size_t hit = 0;
  for (size_t r = 0; r < std::min(k, idx.size()); ++r) hit += labels[idx[r]] != 0;
  return k ? double(hit) / double(k) : 0.0;
}

}  // namespace claimtrace
