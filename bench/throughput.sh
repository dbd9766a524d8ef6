#!/usr/bin/env bash
# Throughput benchmark, output discarded (claimtrace bench): read + normalize + segment + dedup (--no-actors), then
# + actors from the lexicon (--no-ner ...), + the NER model, + attributions, + quantities, + events (the default
# pipeline), + records serialized (--serialize),
# and last the real extract to /dev/null. Reports MB/s, docs/s and peak RSS.
# Usage: bench/throughput.sh [claimtrace flags such as --lines] INPUT...
#   e.g. bench/throughput.sh --lines ../shared/data/bench/reuters.txt
# Environment: CLAIMTRACE (binary, default build/claimtrace), REPEAT (runs per setting, best kept; default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${CLAIMTRACE:-build/claimtrace}
repeat=${REPEAT:-3}
if [ $# -eq 0 ]; then
  echo "usage: bench/throughput.sh [--lines] INPUT..." >&2
  exit 2
fi
for a in "$@"; do
  case "$a" in -*) ;; *) [ -e "$a" ] || { echo "bench: $a: no such input" >&2; exit 2; } ;; esac
done
[ -x "$bin" ] || { echo "bench: $bin not built (make build)" >&2; exit 2; }

best() {  # best of $repeat runs of `claimtrace bench ...`: the line with the highest mb_per_s
  local out=""
  for _ in $(seq "$repeat"); do
    out+="$("$bin" bench "$@")"$'\n'
  done
  printf '%s' "$out" | sort -t: -k1,1 | awk -F'"mb_per_s":' '{split($2,a,","); if (a[1]+0 > m) {m=a[1]+0; l=$0}} END {print l}'
}

echo "# claimtrace $("$bin" --version 2>/dev/null | head -1) on $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "# inputs: $*"
# Each setting: a label and the flags that switch the later stages off (one stage more per line).
settings=(
  "segment+dedup|--no-actors --no-attributions --no-quantities --no-events"
  "+actors (lexicon)|--no-ner --no-attributions --no-quantities --no-events"
  "+actors (lexicon+NER)|--no-attributions --no-quantities --no-events"
  "+attributions|--no-quantities --no-events"
  "+quantities|--no-events"
  "+events (default)|"
  "+serialize|--serialize"
)
for setting in "${settings[@]}"; do
  label=${setting%%|*}
  read -r -a flags <<<"${setting#*|}"
  for t in 1 2; do
    printf '%-22s threads=%s  %s\n' "$label" "$t" "$(best "$@" --threads "$t" "${flags[@]}")"
  done
done
# The real command, end to end, with /usr/bin/time for wall time and peak RSS.
for t in 1 2; do
  /usr/bin/time -f '%e %M' -o /tmp/claimtrace-bench-time "$bin" extract "$@" --threads $t --quiet >/dev/null || true
  read -r secs rss_kb </tmp/claimtrace-bench-time
  bytes=$(for a in "$@"; do case "$a" in -*) ;; *) if [ -d "$a" ]; then find "$a" -type f -exec cat {} +; else cat "$a"; fi ;; esac; done | wc -c)
  awk -v b="$bytes" -v s="$secs" -v r="$rss_kb" -v t="$t" \
    'BEGIN { printf "extract>/dev/null threads=%d  %.1f MB in %.2f s = %.1f MB/s, peak RSS %.1f MB\n", t, b/1e6, s, (s>0? b/1e6/s : 0), r/1024 }'
done
