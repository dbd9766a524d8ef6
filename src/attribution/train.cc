// claimtrace — training the attribution taggers: averaged structured perceptrons (docs/attribution.md).
#include <algorithm>
#include <chrono>
#include <numeric>
#include <random>
#include <unordered_map>

#include "attribution/features.h"

namespace claimtrace {

namespace attribution_detail {
namespace {

// Weight-table sizes (2^bits rows): 20 beat 18 by ~1 point of relation F1 on dev; the file keeps only the
// rows that matter (model.cc), so the size on disk does not follow.
constexpr uint32_t kCueBits = 18;
constexpr uint32_t kRoleBits = 19;

// A tagger with the running sums of the averaged perceptron (weights - sums / steps is the average).
struct Trainable {
  Tagger t;
  std::vector<float> sum_w, sum_tr;
  double steps = 1;

  void init(uint32_t labels, uint32_t bits) {
    t.init(labels, bits);
    sum_w.assign(t.weights.size(), 0.0f);
    sum_tr.assign(t.transitions.size(), 0.0f);
  }
  void add(const uint64_t* f, size_t n, uint32_t label, float delta) {
    const float d2 = float(steps) * delta;
    for (size_t k = 0; k < n; ++k) {
      const size_t at = t.bucket(f[k]) * t.labels + label;
      t.weights[at] += delta;
      sum_w[at] += d2;
    }
  }
  void add_transition(int prev, int cur, float delta) {
    const size_t at = size_t(prev + 1) * t.labels + size_t(cur);
    t.transitions[at] += delta;
    sum_tr[at] += float(steps) * delta;
  }
  Tagger averaged() const {
    Tagger a = t;
    const float inv = float(1.0 / steps);
    for (size_t k = 0; k < a.weights.size(); ++k) a.weights[k] -= sum_w[k] * inv;
    for (size_t k = 0; k < a.transitions.size(); ++k) a.transitions[k] -= sum_tr[k] * inv;
    return a;
  }
  // One structured-perceptron step on a sequence: features[t] (counts[t] of them), gold and predicted paths.
  void learn(const std::vector<uint64_t>& features, const std::vector<uint8_t>& counts,
             const std::vector<uint8_t>& gold, const std::vector<uint8_t>& pred) {
    const size_t n = gold.size();
    for (size_t k = 0; k < n; ++k) {
      if (gold[k] != pred[k]) {
        add(&features[k * kMaxFeatures], counts[k], gold[k], 1.0f);
        add(&features[k * kMaxFeatures], counts[k], pred[k], -1.0f);
      }
      const int gp = k ? gold[k - 1] : -1, pp = k ? pred[k - 1] : -1;
      if (gp != pp || gold[k] != pred[k]) {
        add_transition(gp, gold[k], 1.0f);
        add_transition(pp, pred[k], -1.0f);
      }
    }
    steps += 1;
  }
};

// Tokens [first, end) of `tokens` at least half inside one of the spans.
bool inside(const Token& t, const RoleSpans& r) {
  for (const Span& s : r.spans) {
    uint32_t a = std::max(t.begin, s.begin), b = std::min(t.end, s.end);
    if (b > a && 2 * (b - a) >= t.end - t.begin) return true;
  }
  return false;
}

struct CueUnit {
  uint32_t doc;
  uint32_t sentence;
  std::vector<uint8_t> gold;
};
struct RoleUnit {
  uint32_t doc;
  uint32_t cue_first, cue_end;
  std::vector<uint8_t> gold;  // over the window
};

}  // namespace
}  // namespace attribution_detail

using namespace attribution_detail;

Result<AttributionModel> train_attribution_model(const std::vector<AttributionExample>& train,
                                                 const std::vector<AttributionExample>& dev,
                                                 const AttributionTrainOptions& options, std::FILE* log) {
  if (train.empty()) return Error{ErrorCode::usage, "", "no training articles"};
  auto t0 = std::chrono::steady_clock::now();
  // Documents with the gold cues, and the training units.
  std::vector<Doc> docs(train.size());
  std::vector<CueUnit> cue_units;
  std::vector<RoleUnit> role_units;
  for (size_t d = 0; d < train.size(); ++d) {
    const AttributionInput& in = train[d].input;
    Doc& doc = docs[d];
    doc.build(in);
    const size_t n = in.tokens.size();
    std::vector<uint8_t> cue_label(n, kCueO);
    std::vector<std::pair<uint32_t, uint32_t>> cues;
    for (const Attribution& a : train[d].gold) {
      uint32_t lo = UINT32_MAX, hi = 0;
      for (size_t k = 0; k < n; ++k) {
        if (doc.sentence[k] < 0 || !inside(in.tokens[k], a.cue)) continue;
        cue_label[k] = uint8_t((hi == k && lo < hi) ? kCueI : kCueB);
        lo = std::min<uint32_t>(lo, uint32_t(k));
        hi = uint32_t(k + 1);
      }
      if (lo < hi) cues.emplace_back(lo, hi);
    }
    doc.set_cues(cues);
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      const Doc::Sent& st = doc.sentences[s];
      cue_units.push_back(
          CueUnit{uint32_t(d), uint32_t(s),
                  std::vector<uint8_t>(cue_label.begin() + st.first, cue_label.begin() + st.end)});
    }
    size_t g = 0;
    for (const Attribution& a : train[d].gold) {
      uint32_t lo = UINT32_MAX, hi = 0;
      for (size_t k = 0; k < n; ++k)
        if (doc.sentence[k] >= 0 && inside(in.tokens[k], a.cue))
          lo = std::min<uint32_t>(lo, uint32_t(k)), hi = uint32_t(k + 1);
      if (lo >= hi) continue;
      ++g;
      CueWindow w = cue_window(doc, lo, hi);
      RoleUnit u{uint32_t(d), lo, hi, {}};
      u.gold.resize(w.end - w.first);
      for (uint32_t j = w.first; j < w.end; ++j) {
        uint8_t& l = u.gold[j - w.first];
        const uint8_t prev = j > w.first ? u.gold[j - w.first - 1] : uint8_t(kRoleO);
        if (j >= lo && j < hi) {
          l = kRoleCue;
        } else if (!role_candidate(doc, w, j)) {
          l = kRoleO;  // not labelled by the tagger (features.h)
        } else if (inside(in.tokens[j], a.source)) {
          l = uint8_t((prev == kSrcB || prev == kSrcI) ? kSrcI : kSrcB);
        } else if (inside(in.tokens[j], a.content)) {
          l = uint8_t((prev == kConB || prev == kConI) ? kConI : kConB);
        } else {
          l = kRoleO;
        }
      }
      role_units.push_back(std::move(u));
    }
    (void)g;
  }
  // The cue gate's opening words (features.h), then the gold cue labels of the tokens it closes become O.
  auto gate_data = std::make_shared<CueGate>();
  {
    std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> counts;  // word → (opened a cue, seen)
    for (const CueUnit& u : cue_units) {
      const Doc::Sent& s = docs[u.doc].sentences[u.sentence];
      for (uint32_t k = s.first; k < s.end; ++k) {
        auto& c = counts[docs[u.doc].word[k]];
        c.second++;
        if (u.gold[k - s.first] == kCueB) c.first++;
      }
    }
    for (const auto& [w, c] : counts)
      if (c.first >= 2 && c.first * 100 >= c.second) gate_data->openers.push_back(w);
    std::sort(gate_data->openers.begin(), gate_data->openers.end());
    gate_data->build();
    if (options.gate_quantile > 0) {
      const double q = std::min(1.0, options.gate_quantile);
      // For each gold cue token, the nearest opener at or before it within kGateReach: the distance it needs.
      std::unordered_map<uint64_t, std::vector<uint32_t>> needed;
      for (const CueUnit& u : cue_units) {
        const Doc& d = docs[u.doc];
        const Doc::Sent& s = d.sentences[u.sentence];
        for (uint32_t k = s.first; k < s.end; ++k) {
          if (u.gold[k - s.first] == kCueO) continue;
          for (uint32_t back = 0; back <= kGateReach && back <= k - s.first; ++back)
            if (gate_data->opens(d.word[k - back])) {
              needed[d.word[k - back]].push_back(back);
              break;
            }
        }
      }
      gate_data->reaches.assign(gate_data->openers.size(), 0);
      for (size_t o = 0; o < gate_data->openers.size(); ++o) {
        auto it = needed.find(gate_data->openers[o]);
        if (it == needed.end()) continue;
        std::vector<uint32_t>& v = it->second;
        std::sort(v.begin(), v.end());
        gate_data->reaches[o] = uint8_t(v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))]);
      }
      gate_data->build();
      size_t full = 0;
      for (uint8_t r : gate_data->reaches) full += r == kGateReach;
      if (log)
        std::fprintf(
            log, "cue gate: reach per opener at quantile %.2f of the distances it covers; %zu of %zu at %u\n",
            q, full, gate_data->reaches.size(), kGateReach);
    }
    std::vector<uint8_t> gate;
    for (CueUnit& u : cue_units) {
      const Doc::Sent& s = docs[u.doc].sentences[u.sentence];
      gate_data->mark(docs[u.doc], s.first, s.end, gate);
      for (size_t k = 0; k < u.gold.size(); ++k) {
        if (!gate[k]) u.gold[k] = kCueO;
        if (u.gold[k] == kCueI && (k == 0 || u.gold[k - 1] == kCueO)) u.gold[k] = kCueB;
      }
    }
  }
  if (log)
    std::fprintf(log,
                 "attribution training: %zu cue-opening words; %zu articles, %zu sentences, %zu cues; dev "
                 "%zu articles\n",
                 gate_data->openers.size(), train.size(), cue_units.size(), role_units.size(), dev.size());

  Trainable cue, role;
  cue.init(kCueLabels, kCueBits);
  role.init(kRoleLabels, kRoleBits);
  std::mt19937_64 rng(options.seed);
  std::vector<size_t> order;
  std::vector<uint64_t> features;
  std::vector<uint8_t> counts, allowed, pred, gate_marks;
  std::vector<float> emissions, work;
  std::shared_ptr<ModelData> best;
  double best_f1 = -1;
  int best_epoch = 0;
  Scratch scratch;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    // Cue tagger.
    order.resize(cue_units.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    size_t cue_errors = 0;
    for (size_t u : order) {
      const CueUnit& unit = cue_units[u];
      const Doc& doc = docs[unit.doc];
      const Doc::Sent& s = doc.sentences[unit.sentence];
      const size_t n = s.end - s.first;
      features.resize(n * kMaxFeatures);
      counts.resize(n);
      emissions.assign(n * kCueLabels, 0.0f);
      allowed.assign(n * kCueLabels, 0);
      gate_data->mark(doc, s.first, s.end, gate_marks);
      for (size_t k = 0; k < n; ++k) {
        allowed[k * kCueLabels + kCueO] = 1;
        counts[k] = 0;
        if (!gate_marks[k]) continue;
        allowed[k * kCueLabels + kCueB] = allowed[k * kCueLabels + kCueI] = 1;
        counts[k] = uint8_t(cue_features(doc, s.first + uint32_t(k), &features[k * kMaxFeatures]));
        cue.t.score(&features[k * kMaxFeatures], counts[k], &emissions[k * kCueLabels]);
      }
      viterbi(cue.t.labels, cue.t.transitions, emissions, n, allowed, cue_transition_ok, work, pred);
      if (pred != unit.gold) ++cue_errors;
      cue.learn(features, counts, unit.gold, pred);
    }
    // Role tagger.
    order.resize(role_units.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), rng);
    size_t role_errors = 0;
    for (size_t u : order) {
      const RoleUnit& unit = role_units[u];
      const Doc& doc = docs[unit.doc];
      CueWindow w = cue_window(doc, unit.cue_first, unit.cue_end);
      const size_t n = w.end - w.first;
      features.resize(n * kMaxFeatures);
      counts.resize(n);
      emissions.resize(n * kRoleLabels);
      allowed.assign(n * kRoleLabels, 0);
      for (size_t k = 0; k < n; ++k) {
        const uint32_t j = w.first + uint32_t(k);
        uint8_t* al = &allowed[k * kRoleLabels];
        if (j >= w.cue_first && j < w.cue_end) {
          al[kRoleCue] = 1;
          counts[k] = 0;
          std::fill(&emissions[k * kRoleLabels], &emissions[k * kRoleLabels] + kRoleLabels, 0.0f);
          continue;
        }
        if (!role_candidate(doc, w, j)) {
          al[kRoleO] = 1;
          counts[k] = 0;
          std::fill(&emissions[k * kRoleLabels], &emissions[k * kRoleLabels] + kRoleLabels, 0.0f);
          continue;
        }
        for (uint32_t l = 0; l < kRoleCue; ++l) al[l] = 1;
        counts[k] = uint8_t(role_features(doc, w, j, &features[k * kMaxFeatures]));
        role.t.score(&features[k * kMaxFeatures], counts[k], &emissions[k * kRoleLabels]);
      }
      viterbi(role.t.labels, role.t.transitions, emissions, n, allowed, role_transition_ok, work, pred);
      if (pred != unit.gold) ++role_errors;
      role.learn(features, counts, unit.gold, pred);
    }
    auto model = std::make_shared<ModelData>();
    model->cue = pack(cue.averaged());
    model->role = pack(role.averaged());
    model->gate = *gate_data;
    model->compile();
    double f1 = 0;
    std::string line;
    if (!dev.empty()) {
      AttributionScore score;
      std::vector<Attribution> predicted;
      for (const AttributionExample& ex : dev) {
        predicted.clear();
        find_attributions(*model, ex.input, scratch, predicted, false);
        univocal_view(predicted, 0);
        score_attributions(ex.input.text, ex.gold, predicted, score);
      }
      f1 = score.relation.f1();
      char buf[256];
      std::snprintf(buf, sizeof buf, " | dev token F1 source %.1f cue %.1f content %.1f, relation %.1f",
                    100 * score.source_token.f1(), 100 * score.cue_token.f1(), 100 * score.content_token.f1(),
                    100 * f1);
      line = buf;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (log)
      std::fprintf(log, "epoch %2d: cue sentences wrong %zu/%zu, role windows wrong %zu/%zu%s (%.0f s)\n",
                   epoch, cue_errors, cue_units.size(), role_errors, role_units.size(), line.c_str(), secs);
    if (dev.empty() || f1 > best_f1) best_f1 = f1, best = model, best_epoch = epoch;
  }
  if (log) std::fprintf(log, "kept epoch %d\n", best_epoch);
  // The cue bias (cue recall against precision): the value that maximizes, on dev, the sum of the four
  // figures the model is judged by (source, cue and content token F1, relation F1), scored as `eval` scores
  // them: the taggers, then the rules (finish_attributions), in the univocal view.
  if (!dev.empty()) {
    float best_bias = 0;
    double best_sum = -1;
    for (float bias = -1.0f; bias <= 20.01f; bias += 0.5f) {
      best->cue_bias = bias;
      AttributionScore score;
      std::vector<Attribution> predicted;
      for (const AttributionExample& ex : dev) {
        predicted.clear();
        find_attributions(*best, ex.input, scratch, predicted, false);
        finish_attributions(ex.input, predicted, 0);
        univocal_view(predicted, 0);
        score_attributions(ex.input.text, ex.gold, predicted, score);
      }
      const double sum =
          score.source_token.f1() + score.cue_token.f1() + score.content_token.f1() + score.relation.f1();
      if (log)
        std::fprintf(log, "cue bias %4.1f: dev token F1 source %.1f cue %.1f content %.1f, relation %.1f\n",
                     bias, 100 * score.source_token.f1(), 100 * score.cue_token.f1(),
                     100 * score.content_token.f1(), 100 * score.relation.f1());
      if (sum > best_sum + 1e-9) best_sum = sum, best_bias = bias;
    }
    best->cue_bias = best_bias;
    if (log) std::fprintf(log, "kept cue bias %.1f\n", best_bias);
  }
  // Round-trip through the file format so the model returned is exactly what a file would load.
  AttributionModel m(best);
  return AttributionModel::load(m.serialize(), "trained model");
}

}  // namespace claimtrace
