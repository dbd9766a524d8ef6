// The stance stage's readers: RFC 4180 CSV (FNC-1 stances and bodies) and CheckThat debates, and the stance
// and check-worthiness models on whatever text they yield. Any bytes → rows or a clean error.
#include <cstdint>
#include <string_view>

#include "claimtrace/stance.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0: {
      auto rows = claimtrace::parse_csv(bytes, "fuzz.csv");
      if (rows.ok() && !rows.value().empty() && !rows.value().front().fields.empty()) {
        claimtrace::StanceScratch scratch;
        const auto& fields = rows.value().front().fields;
        (void)claimtrace::StanceModel::builtin().classify(fields.front(), fields.back(), scratch);
      }
      break;
    }
    case 1:
      (void)claimtrace::parse_fnc_stances(bytes, "fuzz.csv");
      break;
    case 2:
      (void)claimtrace::parse_fnc_bodies(bytes, "fuzz.csv");
      break;
    default: {
      auto lines = claimtrace::parse_checkthat(bytes, "fuzz.tsv");
      if (lines.ok())
        for (const auto& s : lines.value()) {
          const double score = claimtrace::CheckworthyModel::builtin().score(s.text);
          if (!(score >= 0 && score <= 1)) __builtin_trap();
        }
      break;
    }
  }
  return 0;
}
