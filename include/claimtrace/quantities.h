// claimtrace — numeric claims ("quantities"): "at least 155 Chinese nationals", "two Chinese fighters",
// "tens of thousands of troops", "between 10 and 20 drones", "15%", "$5 million", "€3bn".
//
// Rules and conventions: docs/quantities.md. A single pass over the tokens of each sentence; no allocation
// per token. Offsets are bytes into the document text as given.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/actors.h"
#include "claimtrace/attribution.h"
#include "claimtrace/text.h"

namespace claimtrace {

enum class Qualifier : uint8_t { exact, about, at_least, more_than, at_most, fewer_than, up_to, range };
// "exact", "about", "at_least", "more_than", "at_most", "fewer_than", "up_to", "range".
const char* qualifier_name(Qualifier q);

struct Quantity {
  Span span;    // the whole expression: "at least 155 Chinese nationals", "$5 million", "15 percent"
  Span number;  // the figure's bytes: "155", "two", "1.2 million", "tens of thousands", "10 and 20", "3bn"
  double value = 0;  // 155, 2, 1.2e6; vague plurals: their lower bound (docs/quantities.md): "dozens" 24,
                     // "hundreds" 100, "thousands" 1000, "tens of thousands" 10000
  double high = 0;   // upper bound of a range ("between 10 and 20", "10-20"), else == value
  Qualifier qualifier = Qualifier::exact;
  Span unit;  // the thing counted or measured: "Chinese nationals", "percent", "%", "dollars", "$"
              // (empty when nothing follows the figure: "the toll rose to 40.")
  std::string unit_kind;   // "count" (people/things), "percent", "money", "duration", "distance", "other"
  std::string currency;    // money: ISO 4217 code ("USD", "EUR", "GBP", "CNY", "RUB", "UAH", "JPY", "INR") or
                           // empty when unknown
  bool vague = false;      // "dozens", "hundreds", "tens of thousands", "several hundred", "a few thousand"
  int32_t mention = -1;    // index into mentions of the actor mention overlapping the unit, or -1
  uint32_t sentence = 0;   // index into sentences
  int32_t statement = -1;  // index into attributions whose content span contains the number (the innermost
                           // such content when several do), or -1
};

struct QuantityInput {  // all spans must outlive the call
  std::string_view text;
  std::span<const Token> tokens;  // in text order, as the pipeline makes them
  std::span<const Sentence> sentences;
  std::span<const Paragraph> paragraphs;
  std::span<const Mention> mentions;          // in text order; may be empty
  std::span<const Attribution> attributions;  // may be empty
  bool keep_duplicates = false;  // skip sentences of duplicate paragraphs (duplicate_of >= 0) unless true
};

// Appends the quantities of the document to `out`, in text order. Never throws on odd input (empty text,
// tokens past the text end, invalid UTF-8): what cannot be read is skipped.
void find_quantities(const QuantityInput& in, std::vector<Quantity>& out);

}  // namespace claimtrace
