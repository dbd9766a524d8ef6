#!/usr/bin/env bash
# Installs every system package claimtrace needs to build, test, fuzz and run its demo (Debian 12).
# Idempotent: when everything is present it only checks, and takes well under a second.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  clang libclang-rt-14-dev clang-format        # libFuzzer targets, sanitizers, format check
  clang-19                                     # the release build's compiler (Makefile)
  libgtest-dev libgmock-dev libbenchmark-dev   # tests and micro-benchmarks
  libsimdjson-dev                              # JSONL
  libgumbo-dev                                 # HTML
  libutf8proc-dev                              # Unicode normalization and categories
  libxxhash-dev                                # hashing
  libvectorscan-dev                            # many-pattern matching (actor lexicon)
  zlib1g-dev libzstd-dev                       # compressed inputs
  libsqlite3-dev sqlite3                       # embedded store
  libcli11-dev                                 # command line
  libjemalloc-dev                              # the CLI's allocator
  time                                         # /usr/bin/time for peak RSS in bench/
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done" >&2
