// claimtrace — the NER verbs of the command line (wired into main.cc).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace claimtrace {

// `claimtrace ner --conll FILE`: writes FILE back with one more column on every token line, the predicted
// tag, in the scheme of FILE's gold column (IOB1 if some gold entity starts with I-, else IOB2), so the
// output can be fed to conlleval as is; "-DOCSTART-" lines get "O". Uses the built-in model; the file's
// tokens are the words (no re-tokenization). Returns the exit status (0 ok, 1 error).
int ner_conll_command(const std::string& conll_path, std::FILE* out);

// `claimtrace eval ner --conll FILE`: entity-level precision / recall / F1 per type and overall against
// FILE's last column (conlleval rules: exact span and type). Returns the exit status.
int eval_ner_command(const std::string& conll_path, std::FILE* out);

// `claimtrace train ner --train FILE --dev FILE --out FILE [--epochs N] [--seed S]`: trains, prints one line
// per epoch on stdout (train token errors, dev P/R/F1 overall and per type, model size, time), writes the
// model of the best dev epoch to `out` (an empty `dev`: the last epoch). `epochs` <= 0: the trainer's default
// (12). Deterministic for a given seed.
// Retraining models/ner.bin: see docs/models.md (--epochs 12 --seed 1). Returns the exit status.
int train_ner_command(const std::string& train, const std::string& dev, const std::string& out, int epochs,
                      uint64_t seed);

}  // namespace claimtrace
