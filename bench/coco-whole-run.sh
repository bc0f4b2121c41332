#!/usr/bin/env bash
# Times `s2s score coco` as a whole process (JVM start, JSON, tokenization, all metrics) on
# 5,000 Multi30k images x 5 references. Usage: bench/coco-whole-run.sh [RUNS] [IMAGES]
# Needs the jars: mvn -B -ntp -DskipTests -pl bench -am package
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-7}"
images="${2:-5000}"
shared="${S2S4J_SHARED:-$root/../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java -Ds2s4j.shared="$shared" -cp "$root/bench/target/classes:$root/bench/target/lib/*" \
  org.s2s4j.bench.caption.CocoBenchData "$work" "$images"

time_run() {
  local start end
  start=$(date +%s%N)
  java -jar "$root/cli/target/s2s4j-cli.jar" score coco --refs "$work/annotations.json" \
    --results "$work/results.json" $1 >"$work/out.txt"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

for metrics in "--metrics CIDEr" ""; do
  times=()
  for _ in $(seq "$runs"); do
    times+=("$(time_run "$metrics")")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "s2s score coco ${metrics:-(all metrics)}: median ${sorted[$(( runs / 2 ))]} ms" \
    "over $runs runs (ms: ${times[*]}); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
cat "$work/out.txt"
