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

# Prints "WALL_MS CPU_MS" of one run (CPU = user + system time of the JVM, all its threads).
time_run() {
  local TIMEFORMAT='%R %U %S' t
  t=$( { time java -jar "$root/cli/target/s2s4j-cli.jar" score coco \
      --refs "$work/annotations.json" --results "$work/results.json" $1 >"$work/out.txt"; } 2>&1 )
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$t"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for metrics in "--metrics CIDEr" ""; do
  walls=()
  cpus=()
  for _ in $(seq "$runs"); do
    read -r wall cpu < <(time_run "$metrics")
    walls+=("$wall")
    cpus+=("$cpu")
  done
  echo "s2s score coco ${metrics:-(all metrics)}, $runs runs:" \
    "median wall $(printf '%s\n' "${walls[@]}" | median) ms (${walls[*]})," \
    "median CPU $(printf '%s\n' "${cpus[@]}" | median) ms (${cpus[*]});" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
cat "$work/out.txt"
