// claimtrace_actor_db OUT: compiles the built-in actor lexicon into its Hyperscan database and writes it to
// OUT (LexiconMatcher::serialize). Run by the build; the executables embed OUT, so that a run starts without
// compiling the lexicon (LexiconMatcher::builtin), and fall back to compiling it when the file does not fit.
#include <cstdio>

#include "claimtrace/actors.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: claimtrace_actor_db OUT\n");
    return 2;
  }
  auto m = claimtrace::LexiconMatcher::compile(claimtrace::ActorLexicon::builtin());
  if (!m.ok()) {
    std::fprintf(stderr, "claimtrace_actor_db: %s\n", m.error().to_string().c_str());
    return 1;
  }
  const std::string bytes = m.value()->serialize();
  FILE* f = bytes.empty() ? nullptr : std::fopen(argv[1], "wb");
  bool ok = f && std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  if (f) ok = std::fclose(f) == 0 && ok;
  if (!ok) {
    std::fprintf(stderr, "claimtrace_actor_db: cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
