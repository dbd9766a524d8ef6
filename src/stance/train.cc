// claimtrace — stance model trainer: IDF from the training bodies, then two logistic regressions trained
// by AdaGrad SGD in a fixed-seed order (same inputs → same bytes).
#include <algorithm>
#include <chrono>
#include <cmath>

#include "stance/features.h"

namespace claimtrace {

namespace {

using namespace stance_detail;

uint64_t splitmix(uint64_t& s) {
  uint64_t z = (s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

void shuffle(std::vector<uint32_t>& v, uint64_t& seed) {
  for (size_t k = v.size(); k > 1; --k) std::swap(v[k - 1], v[splitmix(seed) % k]);
}

struct Sparse {  // examples as (bucket, value) lists
  std::vector<uint32_t> start{0};
  std::vector<uint32_t> index;
  std::vector<float> value;
  std::vector<uint8_t> label;
  void add(const std::vector<std::pair<uint64_t, float>>& f, uint32_t bits, uint8_t y) {
    for (const auto& [h, v] : f) {
      index.push_back(static_cast<uint32_t>(h >> (64 - bits)));
      value.push_back(v);
    }
    start.push_back(static_cast<uint32_t>(index.size()));
    label.push_back(y);
  }
  size_t size() const { return label.size(); }
};

constexpr uint32_t kBits1 = 16, kBits2 = 20;

}  // namespace

Result<StanceModel> train_stance(const std::vector<StancePair>& train,
                                 const std::unordered_map<int64_t, std::string>& bodies,
                                 const StanceTrainOptions& opt, std::FILE* log) {
  auto t0 = std::chrono::steady_clock::now();
  for (const StancePair& p : train) {
    if (!p.has_stance)
      return Error{ErrorCode::usage, "line " + std::to_string(p.line), "training pair without a Stance"};
    if (!bodies.count(p.body_id))
      return Error{ErrorCode::resource, "line " + std::to_string(p.line),
                   "Body ID " + std::to_string(p.body_id) + " not in the bodies file"};
  }
  if (train.empty()) return Error{ErrorCode::empty, "", "no training pairs"};
  StanceModel m;
  using A = StanceModelAccess;
  // ---- IDF over the bodies the training pairs use (sorted ids: deterministic)
  std::vector<int64_t> ids;
  for (const StancePair& p : train) ids.push_back(p.body_id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  StanceScratch scratch;
  std::unordered_map<uint64_t, uint32_t> df;
  std::vector<uint64_t> terms;
  for (int64_t id : ids) {
    document_terms(bodies.at(id), scratch, terms);
    for (uint64_t t : terms) ++df[t];
  }
  const double n = static_cast<double>(ids.size());
  A::idf_default(m) = static_cast<float>(std::log((n + 1) / 2.0) + 1);
  for (const auto& [t, c] : df)
    if (c >= 2) A::idf(m)[t] = static_cast<float>(std::log((n + 1) / (c + 1.0)) + 1);
  A::bits1(m) = kBits1;
  A::bits2(m) = kBits2;
  A::threshold(m) = static_cast<float>(opt.threshold);

  // ---- features
  auto featurize = [&](const std::vector<StancePair>& pairs,
                       const std::unordered_map<int64_t, std::string>& bs, Sparse& s1, Sparse& s2,
                       std::vector<uint8_t>* gold) {
    for (const StancePair& p : pairs) {
      auto it = bs.find(p.body_id);
      A::extract(m, p.headline, it == bs.end() ? std::string_view() : std::string_view(it->second), scratch);
      const bool related = p.stance != FncStance::unrelated;
      s1.add(scratch.f1, kBits1, related ? 1 : 0);
      if (gold) {
        s2.add(scratch.f2, kBits2, related ? static_cast<uint8_t>(p.stance) : 0);
        gold->push_back(static_cast<uint8_t>(p.stance));
      } else if (related) {
        s2.add(scratch.f2, kBits2, static_cast<uint8_t>(p.stance));
      }
    }
  };
  Sparse x1, x2, d1, d2;
  std::vector<uint8_t> dev_gold;
  featurize(train, bodies, x1, x2, nullptr);
  const bool with_dev = opt.dev && opt.dev_bodies;
  if (with_dev) featurize(*opt.dev, *opt.dev_bodies, d1, d2, &dev_gold);
  auto t1 = std::chrono::steady_clock::now();
  if (log)
    std::fprintf(log, "features: %zu training pairs (%zu related), %zu IDF terms, %.1f s\n", x1.size(),
                 x2.size(), A::idf(m).size(), std::chrono::duration<double>(t1 - t0).count());

  auto& w1 = A::w1(m);
  auto& w2 = A::w2(m);
  w1.assign(size_t(1) << kBits1, 0.0f);
  w2.assign((size_t(1) << kBits2) * 3, 0.0f);
  std::vector<float> g1(w1.size(), 0.0f), g2(w2.size(), 0.0f);
  double b1 = 0, gb1 = 0;
  double b2[3] = {0, 0, 0}, gb2[3] = {0, 0, 0};
  const double eps = 1e-6;
  uint64_t seed = opt.seed;

  std::vector<uint8_t> dev_new_headline;  // dev pairs whose headline no training pair has
  if (with_dev) {
    std::vector<std::string_view> seen;
    for (const StancePair& p : train) seen.push_back(p.headline);
    std::sort(seen.begin(), seen.end());
    for (const StancePair& p : *opt.dev)
      dev_new_headline.push_back(!std::binary_search(seen.begin(), seen.end(), std::string_view(p.headline)));
  }
  FncScore unseen;
  auto dev_score = [&]() {
    FncScore sc;
    unseen = FncScore{};
    for (size_t k = 0; k < d1.size(); ++k) {
      double z = b1;
      for (uint32_t j = d1.start[k]; j < d1.start[k + 1]; ++j) z += w1[d1.index[j]] * d1.value[j];
      const double p = 1 / (1 + std::exp(-z));
      FncStance pred = FncStance::unrelated;
      if (p >= opt.threshold) {
        double s[3] = {b2[0], b2[1], b2[2]};
        for (uint32_t j = d2.start[k]; j < d2.start[k + 1]; ++j)
          for (int c = 0; c < 3; ++c) s[c] += w2[size_t(d2.index[j]) * 3 + c] * d2.value[j];
        int best = 0;
        for (int c = 1; c < 3; ++c)
          if (s[c] > s[best]) best = c;
        pred = static_cast<FncStance>(best);
      }
      sc.add(static_cast<FncStance>(dev_gold[k]), pred);
      if (dev_new_headline[k]) unseen.add(static_cast<FncStance>(dev_gold[k]), pred);
    }
    return sc;
  };

  // ---- stage 1: related vs unrelated (binary logistic regression)
  std::vector<uint32_t> order(x1.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  for (int ep = 0; ep < opt.epochs1; ++ep) {
    shuffle(order, seed);
    double loss = 0;
    for (uint32_t k : order) {
      double z = b1;
      for (uint32_t j = x1.start[k]; j < x1.start[k + 1]; ++j) z += w1[x1.index[j]] * x1.value[j];
      const double p = 1 / (1 + std::exp(-z));
      const double y = x1.label[k];
      loss -= y ? std::log(std::max(p, 1e-12)) : std::log(std::max(1 - p, 1e-12));
      const double g = p - y;
      for (uint32_t j = x1.start[k]; j < x1.start[k + 1]; ++j) {
        const uint32_t i = x1.index[j];
        const double gi = g * x1.value[j] + opt.l2 * w1[i];
        g1[i] += static_cast<float>(gi * gi);
        w1[i] -= static_cast<float>(opt.rate * gi / std::sqrt(g1[i] + eps));
      }
      gb1 += g * g;
      b1 -= opt.rate * g / std::sqrt(gb1 + eps);
    }
    if (log) std::fprintf(log, "stage 1 epoch %d: loss %.4f\n", ep + 1, loss / double(x1.size()));
  }
  // ---- stage 2: agree / disagree / discuss among related pairs (multinomial logistic regression)
  double cw[3] = {opt.weight_agree, opt.weight_disagree, 1.0};
  order.resize(x2.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  // the final weights are the mean of the weights after each epoch (smoother than the last epoch's)
  std::vector<float> sum2(w2.size(), 0.0f), mean2;
  double sum_b2[3] = {0, 0, 0};
  for (int ep = 0; ep < opt.epochs2; ++ep) {
    shuffle(order, seed);
    double loss = 0;
    for (uint32_t k : order) {
      double s[3] = {b2[0], b2[1], b2[2]};
      for (uint32_t j = x2.start[k]; j < x2.start[k + 1]; ++j) {
        const float* w = &w2[size_t(x2.index[j]) * 3];
        const double v = x2.value[j];
        s[0] += w[0] * v, s[1] += w[1] * v, s[2] += w[2] * v;
      }
      const double mx = std::max(s[0], std::max(s[1], s[2]));
      double e[3], sum = 0;
      for (int c = 0; c < 3; ++c) sum += e[c] = std::exp(s[c] - mx);
      const int y = x2.label[k];
      loss -= cw[y] * std::log(std::max(e[y] / sum, 1e-12));
      double g[3];
      for (int c = 0; c < 3; ++c) g[c] = cw[y] * (e[c] / sum - (c == y ? 1.0 : 0.0));
      for (uint32_t j = x2.start[k]; j < x2.start[k + 1]; ++j) {
        const size_t i = size_t(x2.index[j]) * 3;
        const double v = x2.value[j];
        for (int c = 0; c < 3; ++c) {
          const double gi = g[c] * v + opt.l2 * w2[i + c];
          g2[i + c] += static_cast<float>(gi * gi);
          w2[i + c] -= static_cast<float>(opt.rate * gi / std::sqrt(g2[i + c] + eps));
        }
      }
      for (int c = 0; c < 3; ++c) {
        gb2[c] += g[c] * g[c];
        b2[c] -= opt.rate * g[c] / std::sqrt(gb2[c] + eps);
      }
    }
    for (size_t i = 0; i < w2.size(); ++i) sum2[i] += w2[i];
    for (int c = 0; c < 3; ++c) sum_b2[c] += b2[c];
    mean2.resize(w2.size());
    for (size_t i = 0; i < w2.size(); ++i) mean2[i] = sum2[i] / float(ep + 1);
    double last_b2[3] = {b2[0], b2[1], b2[2]};
    std::swap(mean2, w2);  // w2 now holds the mean (for the dev score and, after the last epoch, the model)
    for (int c = 0; c < 3; ++c) b2[c] = sum_b2[c] / (ep + 1);
    if (log) {
      std::fprintf(log, "stage 2 epoch %d: loss %.4f", ep + 1, loss / double(std::max<size_t>(1, x2.size())));
      if (with_dev) {
        FncScore sc = dev_score();
        std::fprintf(log, "  dev FNC %.2f%%  F1 agree %.3f disagree %.3f discuss %.3f unrelated %.3f",
                     100 * sc.relative(), sc.f1(FncStance::agree), sc.f1(FncStance::disagree),
                     sc.f1(FncStance::discuss), sc.f1(FncStance::unrelated));
        std::fprintf(log, "  | unseen headlines (%llu pairs) FNC %.2f%%",
                     static_cast<unsigned long long>(unseen.total()), 100 * unseen.relative());
      }
      std::fprintf(log, "\n");
    }
    if (ep + 1 < opt.epochs2) {  // back to the running weights
      std::swap(mean2, w2);
      for (int c = 0; c < 3; ++c) b2[c] = last_b2[c];
    }
  }
  A::bias1(m) = static_cast<float>(b1);
  for (int c = 0; c < 3; ++c) A::bias2(m)[c] = static_cast<float>(b2[c]);
  if (log)
    std::fprintf(log, "trained in %.1f s\n",
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  return m;
}

}  // namespace claimtrace
