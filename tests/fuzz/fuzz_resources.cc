// Resource parsers (actor lexicon, abbreviations, NER and attribution model files, verb lexicon): any bytes →
// a resource or a clean error.
#include <cstdint>
#include <string_view>

#include "claimtrace/actors.h"
#include "claimtrace/attribution.h"
#include "claimtrace/events.h"
#include "claimtrace/ner.h"
#include "claimtrace/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 5) {
    case 0: {
      auto r = claimtrace::ActorLexicon::parse(bytes, "fuzz.tsv");
      if (r.ok() && r.value().entries().empty() && !r.value().aliases().empty()) __builtin_trap();
      break;
    }
    case 1:
      (void)claimtrace::Abbreviations::parse(bytes, "fuzz.txt");
      break;
    case 2:
      (void)claimtrace::NerModel::load(bytes, "fuzz.bin");
      break;
    case 3:
      (void)claimtrace::AttributionModel::load(bytes, "fuzz.bin");
      break;
    default:
      (void)claimtrace::VerbLexicon::parse(bytes, "fuzz.tsv");
  }
  return 0;
}
