// claimtrace — the stance model at run time: classification and the model file.
//
// File format (little-endian), version 1:
//   "CTSTANCE" uint32 version
//   uint32 bits1 | uint32 bits2                      hash-table sizes (2^bits buckets) of stage 1 and 2
//   float bias1 | 3 x float bias2 | float idf_default | float related_threshold
//   uint32 I, then I x { uint64 term hash, float idf }     sorted by hash (terms in >= 2 training bodies)
//   float scale1 | uint32 R1, then R1 x { uint32 bucket, int16 }        stage 1 non-zero weights
//   float scale2 | uint32 R2, then R2 x { uint32 bucket, 3 x int16 }    stage 2 non-zero rows
//   "END."
// weight = int16 / scale. No text is stored: words appear only as 64-bit hashes.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/binary.h"
#include "stance/features.h"

extern "C" {
extern const char embedded_stance_model[];
extern const unsigned long embedded_stance_model_size;
}

namespace claimtrace {

namespace {

constexpr char kMagic[8] = {'C', 'T', 'S', 'T', 'A', 'N', 'C', 'E'};
constexpr uint32_t kVersion = 1;

inline uint32_t bucket(uint64_t h, uint32_t bits) { return static_cast<uint32_t>(h >> (64 - bits)); }

float quant_scale(const std::vector<float>& w) {
  float mx = 0;
  for (float v : w) mx = std::max(mx, std::fabs(v));
  return mx > 0 ? 32767.0f / mx : 1.0f;
}

int16_t quant(float v, float scale) {
  return static_cast<int16_t>(std::clamp(std::lround(v * scale), -32767l, 32767l));
}

}  // namespace

std::string StanceModel::serialize() const {
  std::string out(kMagic, sizeof(kMagic));
  put_bytes(out, kVersion);
  put_bytes(out, bits1_);
  put_bytes(out, bits2_);
  put_bytes(out, bias1_);
  for (float b : bias2_) put_bytes(out, b);
  put_bytes(out, idf_default_);
  put_bytes(out, related_threshold_);
  std::vector<std::pair<uint64_t, float>> idf(idf_.begin(), idf_.end());
  std::sort(idf.begin(), idf.end());
  put_bytes(out, static_cast<uint32_t>(idf.size()));
  for (const auto& [h, v] : idf) {
    put_bytes(out, h);
    put_bytes(out, v);
  }
  const float s1 = quant_scale(w1_);
  put_bytes(out, s1);
  uint32_t r1 = 0;
  for (float v : w1_) r1 += quant(v, s1) != 0;
  put_bytes(out, r1);
  for (uint32_t b = 0; b < w1_.size(); ++b)
    if (int16_t q = quant(w1_[b], s1); q != 0) {
      put_bytes(out, b);
      put_bytes(out, q);
    }
  const float s2 = quant_scale(w2_);
  put_bytes(out, s2);
  uint32_t r2 = 0;
  const uint32_t rows2 = static_cast<uint32_t>(w2_.size() / 3);
  auto row_nonzero = [&](uint32_t b) {
    return quant(w2_[b * 3], s2) != 0 || quant(w2_[b * 3 + 1], s2) != 0 || quant(w2_[b * 3 + 2], s2) != 0;
  };
  for (uint32_t b = 0; b < rows2; ++b) r2 += row_nonzero(b);
  put_bytes(out, r2);
  for (uint32_t b = 0; b < rows2; ++b)
    if (row_nonzero(b)) {
      put_bytes(out, b);
      for (int c = 0; c < 3; ++c) put_bytes(out, quant(w2_[b * 3 + c], s2));
    }
  out.append("END.", 4);
  return out;
}

Result<StanceModel> StanceModel::load(std::string_view bytes) {
  auto bad = [](std::string m) { return Error{ErrorCode::resource, "stance model", std::move(m)}; };
  if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
    return bad("not a stance model file (bad magic)");
  ByteReader r{bytes, sizeof(kMagic)};
  const uint32_t version = r.get<uint32_t>();
  if (r.failed || version != kVersion)
    return bad("unsupported stance model version " + std::to_string(version) + " (this build reads " +
               std::to_string(kVersion) + ")");
  StanceModel m;
  m.bits1_ = r.get<uint32_t>();
  m.bits2_ = r.get<uint32_t>();
  if (r.failed || m.bits1_ < 4 || m.bits1_ > 22 || m.bits2_ < 4 || m.bits2_ > 22)
    return bad("bad hash-table sizes");
  m.bias1_ = r.get<float>();
  for (float& b : m.bias2_) b = r.get<float>();
  m.idf_default_ = r.get<float>();
  m.related_threshold_ = r.get<float>();
  const uint32_t ni = r.get<uint32_t>();
  if (r.failed || r.left() / 12 < ni) return bad("truncated IDF table");
  m.idf_.reserve(ni);
  for (uint32_t k = 0; k < ni; ++k) {
    const uint64_t h = r.get<uint64_t>();
    m.idf_[h] = r.get<float>();
  }
  m.w1_.assign(size_t(1) << m.bits1_, 0.0f);
  m.w2_.assign((size_t(1) << m.bits2_) * 3, 0.0f);
  const float s1 = r.get<float>();
  const uint32_t r1 = r.get<uint32_t>();
  if (r.failed || !(s1 > 0) || r.left() / 6 < r1) return bad("truncated stage-1 weights");
  for (uint32_t k = 0; k < r1; ++k) {
    const uint32_t b = r.get<uint32_t>();
    const int16_t q = r.get<int16_t>();
    if (b >= m.w1_.size()) return bad("stage-1 bucket out of range");
    m.w1_[b] = q / s1;
  }
  const float s2 = r.get<float>();
  const uint32_t r2 = r.get<uint32_t>();
  if (r.failed || !(s2 > 0) || r.left() / 10 < r2) return bad("truncated stage-2 weights");
  for (uint32_t k = 0; k < r2; ++k) {
    const uint32_t b = r.get<uint32_t>();
    if (b >= m.w2_.size() / 3) return bad("stage-2 bucket out of range");
    for (int c = 0; c < 3; ++c) m.w2_[size_t(b) * 3 + c] = r.get<int16_t>() / s2;
  }
  if (r.failed || r.left() != 4 || bytes.substr(r.at) != "END.") return bad("truncated or trailing bytes");
  return m;
}

const StanceModel& StanceModel::builtin() {
  static const StanceModel model = [] {
    auto m = StanceModel::load(std::string_view(embedded_stance_model, embedded_stance_model_size));
    return m.ok() ? std::move(m).value() : StanceModel{};
  }();
  return model;
}

StanceResult StanceModel::classify(std::string_view headline, std::string_view body,
                                   StanceScratch& scratch) const {
  StanceResult out;
  if (empty()) {
    out.scores[static_cast<int>(FncStance::unrelated)] = 1.0f;
    return out;
  }
  StanceModelAccess::extract(*this, headline, body, scratch);
  double z = bias1_;
  for (const auto& [h, v] : scratch.f1) z += w1_[bucket(h, bits1_)] * v;
  const double p_rel = 1.0 / (1.0 + std::exp(-z));
  double s[3] = {bias2_[0], bias2_[1], bias2_[2]};
  for (const auto& [h, v] : scratch.f2) {
    const float* w = &w2_[size_t(bucket(h, bits2_)) * 3];
    s[0] += w[0] * v, s[1] += w[1] * v, s[2] += w[2] * v;
  }
  const double mx = std::max(s[0], std::max(s[1], s[2]));
  double e[3], sum = 0;
  for (int c = 0; c < 3; ++c) sum += e[c] = std::exp(s[c] - mx);
  for (int c = 0; c < 3; ++c) out.scores[c] = static_cast<float>(p_rel * e[c] / sum);
  out.scores[3] = static_cast<float>(1 - p_rel);
  if (p_rel < related_threshold_) {
    out.label = FncStance::unrelated;
  } else {
    int best = 0;
    for (int c = 1; c < 3; ++c)
      if (s[c] > s[best]) best = c;
    out.label = static_cast<FncStance>(best);
  }
  return out;
}

}  // namespace claimtrace
