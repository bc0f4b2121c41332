#!/usr/bin/env bash
# Load test of `s2s serve` on loopback (docs/benchmarks.md, "s2s serve under load"):
#   bench/serve/load-test.sh MODEL_DIR INPUT [OUT_DIR]
# translates INPUT offline with `s2s translate` (beam 5, its defaults), starts `s2s serve` on a
# free loopback port, runs 1, 8 and 32 concurrent clients for 30 s each (at most 100,000
# requests each), checks every answer against the offline translation, stops the server with
# SIGTERM and prints one JSON line per level. Build first: mvn -B -ntp -DskipTests -pl bench -am package
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
model="$1"
input="$2"
out="${3:-$(mktemp -d)}"
clients="${CLIENTS:-1,8,32}"
seconds="${SECONDS_PER_LEVEL:-30}"
mkdir -p "$out"

echo "uptime before: $(uptime)" >&2
"$root/s2s" translate --model "$model" --input "$input" --output "$out/offline.txt" \
  --device cpu > "$out/offline-summary.txt"
echo "offline: $(cat "$out/offline-summary.txt")" >&2

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$root/s2s" serve --model "$model" --port "$port" --device cpu > "$out/serve.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/ready" > /dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/ready" > /dev/null

cp="$root/bench/target/classes:$root/bench/target/lib/*"
java -cp "$cp" org.s2s4j.bench.serve.ServeLoadTest "http://127.0.0.1:$port" "$input" \
  "$out/offline.txt" --clients "$clients" --seconds "$seconds" --max-requests 100000 \
  | tee "$out/load.jsonl"
curl -s "http://127.0.0.1:$port/metrics" > "$out/metrics.txt"
kill -TERM $server
wait $server || true
trap - EXIT
echo "uptime after: $(uptime)" >&2
