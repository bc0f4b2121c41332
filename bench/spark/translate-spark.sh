#!/usr/bin/env bash
# Spark on one machine against local s2s translate, on the same input, back to back:
#   local s2s translate, 1 core (OMP_NUM_THREADS=1)   vs  --spark 'local[1]'
#   local s2s translate, 2 cores (OMP_NUM_THREADS=2)  vs  --spark 'local[2]' (2 tasks, 1 thread each)
# The input is the Multi30k training English side (../shared, not in the repository), repeated to
# LINES lines. Prints each run's lines/s and the load average, and checks that every output has the
# SHA-256 of the first. Results: docs/benchmarks.md, "Decoding on Spark".
#
# usage: bench/spark/translate-spark.sh MODEL_DIR [LINES (100000)] [BEAM (5)]
# WINDOW=N sets --window (default 5000: a smaller input needs smaller windows to make several tasks).
# S2S=PATH runs another copy of the s2s launcher (with its built jars), e.g. while this tree builds.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
model="$1"
lines="${2:-100000}"
beam="${3:-5}"
window="${WINDOW:-5000}"
s2s="${S2S:-$root/s2s}"
src="$root/../shared/data/multi30k/task1/tok/train.lc.norm.tok.en"
[ -f "$src" ] || { echo "missing $src (shared data)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
input="$work/input.en"
touch "$input"
while [ "$(wc -l < "$input")" -lt "$lines" ]; do
  cat "$src" >> "$input"
done
head -n "$lines" "$input" > "$work/in" && mv "$work/in" "$input"

# the launcher builds the jars it needs before the timed runs
"$s2s" --version > /dev/null
"$s2s" translate --spark 'local[1]' --help > /dev/null

run() {
  local name="$1"; shift
  local out="$work/$name.out"
  echo "== $name: $(uptime)"
  local start; start="$(date +%s.%N)"
  "$@" --model "$model" --input "$input" --output "$out" --beam "$beam" --window "$window" --format json \
      > "$work/$name.json" 2> "$work/$name.log" || { cat "$work/$name.log" >&2; exit 1; }
  echo "   $(cat "$work/$name.json")"
  echo "   whole process (JVM start, model load, Spark start): $(echo "$(date +%s.%N) - $start" | bc) s"
  echo "   sha256 $(sha256sum < "$out" | cut -c1-16)"
}

OMP_NUM_THREADS=1 run local-1core "$s2s" translate
run spark-local1 "$s2s" translate --spark 'local[1]'
OMP_NUM_THREADS=2 run local-2cores "$s2s" translate
run spark-local2 "$s2s" translate --spark 'local[2]'
echo "== done: $(uptime)"
sums="$(for f in "$work"/*.out; do sha256sum < "$f"; done | sort -u | wc -l)"
[ "$sums" = 1 ] && echo "all outputs identical" || echo "OUTPUTS DIFFER ($sums distinct)"
