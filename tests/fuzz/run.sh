#!/usr/bin/env bash
# Runs every fuzz target: first over its kept cases (tests/fuzz/corpus/<target>/, which include every crash ever
# found), then for SECONDS of new exploration in a scratch copy. Usage: run.sh BUILD_DIR [SECONDS]
set -euo pipefail
build=$1
seconds=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for bin in "$build"/tests/fuzz/fuzz_*; do
  target=$(basename "$bin" | sed 's/^fuzz_//')
  kept="$here/corpus/$target"
  work="$build/fuzz-work/$target"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp -r "$kept/." "$work/corpus/" 2>/dev/null || true
  echo "fuzz: $target: ${seconds}s"
  if ! "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log" 2>&1; then
    echo "fuzz: $target FAILED — the input is in $work/artifacts/; keep it as a case in $kept/" >&2
    tail -n 40 "$work/log" >&2
    status=1
  else
    grep -E '^Done|stat::number_of_executed_units' "$work/log" | tail -n 1 || true
  fi
done
exit $status
