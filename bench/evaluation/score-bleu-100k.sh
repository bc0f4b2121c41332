#!/usr/bin/env bash
# Whole-process timing of `s2s score bleu` on 100,000 segments.
#
# The corpus is the WMT17 newstest2017 KIT system and its reference from the shared fixtures,
# repeated to 100,000 lines. Each run is a fresh JVM started as the s2s launcher does
# (java -jar cli/target/s2s4j-cli.jar). Prints every run's wall, user and system time, then the
# medians and the load average.
#
#   bench/evaluation/score-bleu-100k.sh [RUNS]        (default 7 runs; S2S4J_SHARED=DIR for the fixtures)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${S2S4J_SHARED:-$root/../shared}"
runs="${1:-7}"
wmt="$shared/fixtures/bleu/wmt17"
jar="$root/cli/target/s2s4j-cli.jar"

if [ ! -f "$wmt/newstest2017.ref.de" ]; then
  echo "score-bleu-100k: fixtures not found in $wmt (set S2S4J_SHARED)" >&2
  exit 1
fi
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -ntp -q -DskipTests -pl cli -am package)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
repeat() { awk -v n=100000 '{ line[NR] = $0 } END { for (i = 0; i < n; i++) print line[i % NR + 1] }' "$1"; }
repeat "$wmt/newstest2017.KIT.4950.en-de.hyp.de" >"$tmp/hyp"
repeat "$wmt/newstest2017.ref.de" >"$tmp/ref"

echo "s2s score bleu, 100,000 segments ($(wc -c <"$tmp/hyp") + $(wc -c <"$tmp/ref") bytes), $runs runs"
java -jar "$jar" score bleu --hyp "$tmp/hyp" --ref "$tmp/ref"
walls=()
users=()
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %U %S" -o "$tmp/time" java ${S2S_JAVA_OPTS:-} -jar "$jar" score bleu \
    --hyp "$tmp/hyp" --ref "$tmp/ref" >/dev/null
  read -r wall user sys <"$tmp/time"
  echo "run $i: wall ${wall}s user ${user}s sys ${sys}s"
  walls+=("$wall")
  users+=("$user")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median wall $(median "${walls[@]}")s, median user $(median "${users[@]}")s"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
