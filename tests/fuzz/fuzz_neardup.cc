// Near-duplicates on any bytes: the input's halves as two documents (and a third, the first repeated) go
// through sketches and the index; whatever the bytes, an identical text is a near-duplicate of itself and a
// reported match is verified (its Jaccard is the exact one and reaches the threshold).
#include <cstdint>
#include <string>
#include <string_view>

#include "claimtrace/neardup.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const std::string_view a = all.substr(0, size / 2), b = all.substr(size / 2);
  static const claimtrace::NearDupParams params = claimtrace::NearDupParams();
  claimtrace::NearDupIndex index(params);
  const auto sa = claimtrace::near_dup_sketch(a, params);
  const auto sb = claimtrace::near_dup_sketch(b, params);
  const double exact = claimtrace::jaccard(sa.shingles, sb.shingles);
  index.add("a", a);
  const claimtrace::NearDupMatch mb = index.add("b", b);
  if (mb.duplicate_of != claimtrace::kNoDoc) {
    if (mb.similarity != exact || exact < params.threshold()) __builtin_trap();
  }
  const claimtrace::NearDupMatch mc = index.add("c", a);
  if (!sa.shingles.empty() && mc.duplicate_of == claimtrace::kNoDoc) __builtin_trap();  // a copy of "a"
  return 0;
}
