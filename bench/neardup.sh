#!/usr/bin/env bash
# Near-duplicate benchmark (not part of the test suite; docs/neardup.md records its numbers):
#  1. SMALL generated documents (default 20000) against the full exact reference (every pair with Jaccard >=
#     threshold, through an inverted index on shingle hashes): pair recall, cluster precision;
#  2. the S-curve: the same set with other bands x rows;
#  3. N generated documents (default 1000000) on 2 threads: seconds, docs/s, peak RSS, recall on the planted
#     copies with exact Jaccard >= threshold, precision of the co-clustered pairs;
#  4. end to end through `claimtrace dedup` on the SMALL set written as JSONL (with CLI=1 also on N).
# Usage: bench/neardup.sh [N] [SMALL]     Environment: BUILD (default build), CLI=1 (step 4 on N too).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD:-build}
n=${1:-1000000}
small=${2:-20000}
cmake --build "$build" --target claimtrace claimtrace_neardup_bench -j 2 >/dev/null
bench="$build/claimtrace_neardup_bench"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "# near-duplicates on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
echo "## $small documents vs the exact reference (default 20 bands x 5 rows, shingle 5, threshold 0.8)"
"$bench" --generate "$small" --threads 2 --exact
echo "## S-curve: other bands x rows on the same set"
for br in "10 10" "16 8" "14 6" "30 4" "9 3"; do
  set -- $br
  "$bench" --generate "$small" --threads 2 --exact --bands "$1" --rows "$2"
done
echo "## $n documents, 2 threads"
/usr/bin/env time -f '# wall %e s, max RSS %M kB' "$bench" --generate "$n" --threads 2
echo "## claimtrace dedup (end to end: JSONL read + dedup + output) on $small documents"
"$bench" --generate "$small" --write-jsonl "$tmp/small.jsonl"
"$build/claimtrace" dedup --threads 2 "$tmp/small.jsonl" >"$tmp/small.tsv"
if [ "${CLI:-0}" = 1 ]; then
  echo "## claimtrace dedup on $n documents"
  "$bench" --generate "$n" --write-jsonl "$tmp/n.jsonl"
  ls -l "$tmp/n.jsonl" | awk '{printf "# input %.0f MB\n", $5 / 1e6}'
  "$build/claimtrace" dedup --threads 2 "$tmp/n.jsonl" >"$tmp/n.tsv"
fi
