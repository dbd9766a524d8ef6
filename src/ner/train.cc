// claimtrace — NER trainer: averaged structured perceptron (Viterbi over BILOU tags) (not needed at run
// time).
//
// Deterministic: documents are shuffled by a fixed-seed generator; the name list used for a training document
// comes from the other folds (cross-validation), so the model learns how far to trust it on unseen names.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "claimtrace/ner.h"
#include "ner/features.h"

namespace claimtrace {

using namespace ner_detail;

namespace {

struct Doc {
  std::vector<std::string_view> words;
  std::vector<uint32_t> ends;
  std::vector<uint8_t> gold;  // BILOU
};

std::vector<Doc> flatten(const std::vector<ConllDocument>& docs) {
  std::vector<Doc> out;
  out.reserve(docs.size());
  std::vector<std::string> tags;
  std::vector<uint8_t> bilou;
  for (const ConllDocument& d : docs) {
    Doc doc;
    for (const ConllSentence& s : d.sentences) {
      if (s.tokens.empty()) continue;
      tags.clear();
      for (const ConllToken& t : s.tokens) {
        doc.words.push_back(t.word);
        tags.push_back(t.tag);
      }
      bilou_tags(spans_from_tags(tags), tags.size(), bilou);
      doc.gold.insert(doc.gold.end(), bilou.begin(), bilou.end());
      doc.ends.push_back(static_cast<uint32_t>(doc.words.size()));
    }
    if (!doc.words.empty()) out.push_back(std::move(doc));
  }
  return out;
}

// Feature key -> dense id (open addressing).
class FeatureIndex {
 public:
  void build(const std::vector<uint32_t>& keys) {
    size_t cap = 16;
    while (cap < keys.size() * 2) cap <<= 1;
    slots_.assign(cap, 0);
    mask_ = cap - 1;
    for (size_t i = 0; i < keys.size(); ++i) {
      size_t s = (keys[i] * 0x9E3779B1u) & mask_;
      while (slots_[s]) s = (s + 1) & mask_;
      slots_[s] = (uint64_t(keys[i]) << 32) | (i + 1);
    }
  }
  int64_t find(uint32_t key) const {
    for (size_t s = (key * 0x9E3779B1u) & mask_;; s = (s + 1) & mask_) {
      uint64_t e = slots_[s];
      if (e == 0) return -1;
      if (uint32_t(e >> 32) == key) return int64_t(uint32_t(e)) - 1;
    }
  }

 private:
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
};

uint64_t splitmix(uint64_t& s) {
  uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// Name-list entries (word key -> type/position bits) of the gold entities of `docs` (those with
// doc_index % folds != skip_fold).
Gazetteer build_gazetteer(const std::vector<Doc>& docs, int folds, int skip_fold, Scratch& sc) {
  std::unordered_map<uint32_t, uint16_t> bits;
  Gazetteer none;
  std::vector<EntitySpan> spans;
  for (size_t d = 0; d < docs.size(); ++d) {
    if (folds > 0 && int(d % folds) == skip_fold) continue;
    const Doc& doc = docs[d];
    analyze_document(doc.words, doc.ends, none, sc);
    spans.clear();
    size_t b = 0;
    for (uint32_t e : doc.ends) {
      append_spans(std::span<const uint8_t>(doc.gold.data() + b, e - b), uint32_t(b), spans);
      b = e;
    }
    for (const EntitySpan& s : spans) {
      int type = int(s.type);
      for (uint32_t k = s.first_token; k < s.end_token; ++k) {
        int pos = s.end_token - s.first_token == 1 ? kU
                  : k == s.first_token             ? kB
                  : k + 1 == s.end_token           ? kL
                                                   : kI;
        bits[word_key(sc.info[k].lower)] |= uint16_t(1u << (type * 4 + pos));
      }
    }
  }
  std::vector<std::pair<uint32_t, uint16_t>> entries(bits.begin(), bits.end());
  std::sort(entries.begin(), entries.end());
  Gazetteer g;
  g.build(entries);
  return g;
}

}  // namespace

Result<NerTrainResult> train_ner(const std::vector<ConllDocument>& train_docs,
                                 const std::vector<ConllDocument>* dev, const NerTrainOptions& opt) {
  using Clock = std::chrono::steady_clock;
  auto t0 = Clock::now();
  std::vector<Doc> docs = flatten(train_docs);
  if (docs.empty()) return Error{ErrorCode::empty, "", "no training sentences"};
  Scratch sc;
  int folds = opt.gazetteer_folds;
  Gazetteer full = folds > 0 ? build_gazetteer(docs, 0, -1, sc) : Gazetteer{};
  std::vector<Gazetteer> fold_gaz;
  for (int f = 0; f < folds; ++f) fold_gaz.push_back(build_gazetteer(docs, folds, f, sc));
  auto gaz_for = [&](size_t d) -> const Gazetteer& { return folds > 0 ? fold_gaz[d % folds] : full; };

  // Feature set: every feature seen with the gold tag history, kept when seen often enough.
  std::unordered_map<uint32_t, uint32_t> counts;
  uint32_t keys[kMaxFeatures];
  for (size_t d = 0; d < docs.size(); ++d) {
    const Doc& doc = docs[d];
    analyze_document(doc.words, doc.ends, gaz_for(d), sc);
    size_t sb = 0;
    for (uint32_t se : doc.ends) {
      for (size_t i = sb; i < se; ++i) {
        int nk = extract_features(sc, i, sb, se, keys);
        for (int k = 0; k < nk; ++k) ++counts[keys[k]];
      }
      for (size_t i = sb; i < se; ++i) record_tag(sc, i, doc.gold[i]);
      sb = se;
    }
  }
  // The transition rows are always kept.
  for (int p = 0; p <= kNoTag; ++p) counts[transition_key(p)] = UINT32_MAX;
  std::vector<uint32_t> feature_keys;
  for (const auto& [k, c] : counts) {
    if (c >= uint32_t(std::max(1, opt.min_feature_count))) feature_keys.push_back(k);
  }
  std::sort(feature_keys.begin(), feature_keys.end());
  counts.clear();
  FeatureIndex index;
  index.build(feature_keys);
  size_t nf = feature_keys.size();
  if (opt.log) {
    std::fprintf(opt.log, "ner train: %zu documents, %zu features, name list %zu words\n", docs.size(), nf,
                 full.entries().size());
  }

  std::vector<int32_t> w(nf * kTags, 0);
  std::vector<int64_t> u(nf * kTags, 0);  // sum of c * update, for averaging
  int64_t c = 1;
  std::vector<size_t> order(docs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t rng = opt.seed;
  std::vector<int64_t> ids, emit, trans((kNoTag + 1) * kStride, 0), delta;
  std::vector<size_t> offsets;
  std::vector<uint8_t> pred, back;
  int64_t trans_id[kNoTag + 1];
  for (int p = 0; p <= kNoTag; ++p) trans_id[p] = index.find(transition_key(p));
  NerTrainResult best;
  best.best_dev_f1 = -1;

  for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[splitmix(rng) % i]);
    uint64_t tokens = 0, errors = 0;
    for (size_t d : order) {
      const Doc& doc = docs[d];
      analyze_document(doc.words, doc.ends, gaz_for(d), sc);
      size_t sb = 0;
      for (uint32_t se : doc.ends) {
        size_t n = se - sb;
        // Emission scores of the sentence under the current weights.
        ids.clear();
        offsets.assign(1, 0);
        emit.assign(n * kStride, 0);
        for (size_t i = sb; i < se; ++i) {
          int nk = extract_features(sc, i, sb, se, keys);
          int64_t* scores = &emit[(i - sb) * kStride];
          for (int k = 0; k < nk; ++k) {
            int64_t id = index.find(keys[k]);
            if (id < 0) continue;
            ids.push_back(id);
            const int32_t* row = &w[id * kTags];
            for (int t = 0; t < kTags; ++t) scores[t] += row[t];
          }
          offsets.push_back(ids.size());
        }
        for (int p = 0; p <= kNoTag; ++p) {
          for (int t = 0; t < kTags; ++t) trans[p * kStride + t] = w[trans_id[p] * kTags + t];
        }
        pred.resize(n);
        viterbi(emit.data(), n, trans.data(), pred.data(), delta, back);
        auto update = [&](int64_t id, int tag, int delta_w) {
          w[id * kTags + tag] += delta_w;
          u[id * kTags + tag] += delta_w * c;
        };
        for (size_t k = 0; k < n; ++k) {
          int gold = doc.gold[sb + k], guess = pred[k];
          int gold_prev = k ? doc.gold[sb + k - 1] : kNoTag, guess_prev = k ? pred[k - 1] : kNoTag;
          if (gold != guess) {
            ++errors;
            for (size_t j = offsets[k]; j < offsets[k + 1]; ++j) {
              update(ids[j], gold, 1);
              update(ids[j], guess, -1);
            }
          }
          if (gold != guess || gold_prev != guess_prev) {
            update(trans_id[gold_prev], gold, 1);
            update(trans_id[guess_prev], guess, -1);
          }
        }
        ++c;
        tokens += n;
        for (size_t k = 0; k < n; ++k) record_tag(sc, sb + k, pred[k]);
        sb = se;
      }
    }
    // Averaged weights, quantized to int16.
    ModelContents m;
    m.gazetteer = full.entries();
    m.keys = feature_keys;
    std::vector<double> avg(nf * kTags);
    double max_abs = 0;
    for (size_t j = 0; j < avg.size(); ++j) {
      avg[j] = w[j] - double(u[j]) / double(c);
      max_abs = std::max(max_abs, std::fabs(avg[j]));
    }
    m.scale = max_abs > 0 ? float(32767.0 / max_abs) : 1.0f;
    m.weights.resize(avg.size());
    for (size_t j = 0; j < avg.size(); ++j) {
      m.weights[j] = static_cast<int16_t>(std::lround(avg[j] * m.scale));
    }
    std::string bytes = serialize_model(m);
    double f1 = 0;
    std::string line;
    if (dev) {
      auto model = NerModel::load(bytes, "trained model");
      if (!model.ok()) return model.error();
      NerScore score = evaluate_ner(model.value(), *dev);
      f1 = score.overall.f1();
      char buf[256];
      std::snprintf(buf, sizeof buf, " dev P %.2f R %.2f F1 %.2f (PER %.2f LOC %.2f ORG %.2f MISC %.2f)",
                    100 * score.overall.precision(), 100 * score.overall.recall(), 100 * f1,
                    100 * score.by_type[0].f1(), 100 * score.by_type[1].f1(), 100 * score.by_type[2].f1(),
                    100 * score.by_type[3].f1());
      line = buf;
    }
    if (opt.log) {
      double secs = std::chrono::duration<double>(Clock::now() - t0).count();
      std::fprintf(opt.log, "epoch %2d: train token errors %.2f%%%s, model %.2f MB, %.0f s\n", epoch,
                   100.0 * errors / std::max<uint64_t>(tokens, 1), line.c_str(), bytes.size() / 1e6, secs);
      std::fflush(opt.log);
    }
    if (!dev || f1 > best.best_dev_f1) {
      best.best_dev_f1 = f1;
      best.best_epoch = epoch;
      best.model_bytes = std::move(bytes);
    }
  }
  return best;
}

}  // namespace claimtrace
