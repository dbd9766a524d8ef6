// The PETRARCH2 readers: unit-test records XML, actor / agent dictionaries, CAMEO.2.0 verb dictionaries and
// discards. Any bytes → a resource or a clean error naming name:line.
#include <cstdint>
#include <string_view>

#include "claimtrace/petrarch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0:
      (void)claimtrace::parse_petrarch_records(bytes, "fuzz.xml");
      break;
    case 1:
      (void)claimtrace::petrarch_actor_lexicon(bytes, "fuzz.actors", "", "fuzz.agents");
      break;
    case 2:
      (void)claimtrace::petrarch_actor_lexicon("", "fuzz.actors", bytes, "fuzz.agents");
      break;
    default:
      (void)claimtrace::petrarch_verb_lexicon(bytes, "fuzz.verbs");
      (void)claimtrace::parse_petrarch_discards(bytes);
      break;
  }
  return 0;
}
