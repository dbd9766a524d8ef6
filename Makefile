# claimtrace — the two commands: `make demo` and `make test`. Everything goes through CMake in build/.
BUILD ?= build
JOBS ?= $(shell nproc)
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo "-G Ninja")
DB ?= claimtrace.db

.PHONY: all setup build demo test sanitize fuzz-smoke format format-check bench clean

all: build

setup:
	@bash scripts/setup.sh

# The compiler: clang++-19 when installed (scripts/setup.sh installs it; the Reuters bench runs ~4% faster than
# with g++ 12, the records and retrained models byte-identical: README, "Benchmarks"), else the system's c++.
# Choose another with `make COMPILER=g++` (the C compiler follows: g++ → gcc, clang++-N → clang-N).
COMPILER ?=
build: setup
	@cxx="$(COMPILER)"; [ -n "$$cxx" ] || cxx=$$(command -v clang++-19 || command -v c++); \
	 cc=$$(echo "$$cxx" | sed 's/clang++/clang/; s/g++$$/gcc/; s/c++$$/cc/'); \
	 cmake -S . -B $(BUILD) $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	   -DCMAKE_CXX_COMPILER="$$cxx" -DCMAKE_C_COMPILER="$$cc" >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The main job on the bundled examples into the embedded SQLite store, then a summary and the claims board.
demo: build
	@rm -f $(DB)
	./$(BUILD)/claimtrace ingest examples/ --db $(DB)
	./$(BUILD)/claimtrace stats --db $(DB)
	./$(BUILD)/claimtrace claims --db $(DB) --limit 3

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer.
sanitize: setup
	@cmake -S . -B build-asan $(GENERATOR) -DCMAKE_BUILD_TYPE=Debug -DCLAIMTRACE_SANITIZE=ON >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

# Each libFuzzer target briefly, seeded with tests/fuzz/corpus/<target>/ (crashes found are kept there as cases).
FUZZ_SECONDS ?= 20
fuzz-smoke: setup
	@CC=clang CXX=clang++ cmake -S . -B build-fuzz $(GENERATOR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMTRACE_FUZZ=ON >/dev/null
	@cmake --build build-fuzz -j $(JOBS)
	@bash tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

format:
	@clang-format -i $$(git ls-files --cached --others --exclude-standard '*.cc' '*.h')

format-check:
	@clang-format --dry-run --Werror $$(git ls-files --cached --others --exclude-standard '*.cc' '*.h')

bench: build
	@bash bench/throughput.sh --lines ../shared/data/bench/reuters.txt

clean:
	rm -rf $(BUILD) build-asan build-fuzz
