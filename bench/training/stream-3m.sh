#!/usr/bin/env bash
# Training streams its epochs: a 3,000,000-pair synthetic corpus trains a few hundred steps with the
# JVM heap capped far below what the corpus takes in memory, and a run killed with SIGKILL in the
# middle of its first epoch and resumed ends exactly where an uninterrupted run ends.
#
# Generates the corpus (s2s corpus synthetic), then trains examples/synthetic.yaml twice into
# fresh run directories, each JVM started with -Xmx$HEAP:
#   straight  STEPS steps without interruption;
#   killed    the same, killed (kill -9) once its checkpoint of step KILL_AT is written, then
#             resumed (--resume) in a new JVM.
# Prints the corpus size, each run's wall time and peak RSS, the evaluations of both logs, and
# whether the final parameters are byte-identical. KILL_AT must be a multiple of CHECKPOINT_EVERY.
#
#   bench/training/stream-3m.sh
#     (defaults PAIRS=3000000 STEPS=300 EVAL_EVERY=50 CHECKPOINT_EVERY=25 KILL_AT=150 HEAP=256m;
#      WORK=DIR keeps the corpus and runs there)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pairs="${PAIRS:-3000000}"
steps="${STEPS:-300}"
eval_every="${EVAL_EVERY:-50}"
checkpoint_every="${CHECKPOINT_EVERY:-25}"
kill_at="${KILL_AT:-150}"
heap="${HEAP:-256m}"
work="${WORK:-$(mktemp -d)}"
jar="$root/cli/target/s2s4j-cli.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -ntp -q -DskipTests -pl cli -am package)
fi
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}"
s2s() { exec java "-Xmx$heap" -Dai.djl.offline=true -jar "$jar" "$@"; } # run in the background: $! is the JVM
peak_rss_mb() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || true; }

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, OMP_NUM_THREADS=$OMP_NUM_THREADS"
if [ ! -f "$work/data/train.src" ]; then
  start=$(date +%s)
  java -Dai.djl.offline=true -jar "$jar" corpus synthetic --dest "$work/data" --train "$pairs" --dev 200 \
    --test 10 >/dev/null
  echo "corpus: generated in $(( $(date +%s) - start )) s"
fi
src_tokens=$(wc -w <"$work/data/train.src")
tgt_tokens=$(wc -w <"$work/data/train.tgt")
echo "corpus: $(wc -l <"$work/data/train.src") pairs, $src_tokens + $tgt_tokens tokens," \
  "$(du -cm "$work/data/train.src" "$work/data/train.tgt" | tail -1 | cut -f1) MB on disk"
# An epoch held as Java int[] rows: 4 bytes a token plus a 16-byte array header per sentence side.
echo "corpus as int[] id rows (a drained epoch): at least" \
  "$(( (4 * (src_tokens + tgt_tokens) + 16 * 2 * pairs) / 1048576 )) MB; heap cap -Xmx$heap"

settings=(--config "$root/examples/synthetic.yaml" --no-progress --device cpu
  --set "data_dir=$work/data" --set "training.max_steps=$steps" --set training.max_time=0
  --set "training.eval_every=$eval_every" --set "training.checkpoint_every=$checkpoint_every"
  --set training.dev_sentences=100)

train() { # name, extra args...; runs in the background, sets $pid
  local name="$1"; shift
  (s2s train --output "$work/$name" "${settings[@]}" "$@" >"$work/$name.log" 2>&1) &
  pid=$!
}
watch() { # pid: waits for it; sets $peak to its peak RSS in MB
  local now
  peak=0
  while kill -0 "$1" 2>/dev/null; do
    now=$(peak_rss_mb "$1"); [ -n "$now" ] && [ "$now" -gt "$peak" ] && peak=$now
    sleep 1
  done
  wait "$1" || { echo "run failed; see $work/$2.log"; exit 1; }
}

rm -rf "$work/straight" "$work/killed"
start=$(date +%s)
train straight
watch "$pid" straight
echo "straight: peak RSS $peak MB, $(( $(date +%s) - start )) s"

start=$(date +%s)
train killed
target=$(printf 'step-%09d' "$kill_at")
until [ "$(cat "$work/killed/checkpoints/latest" 2>/dev/null)" = "$target" ]; do
  kill -0 "$pid" 2>/dev/null || { echo "killed: ended before step $kill_at"; exit 1; }
  sleep 0.2
done
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
echo "killed: SIGKILL after checkpoint $target ($(( $(date +%s) - start )) s)"
start=$(date +%s)
train killed --resume
watch "$pid" killed
echo "resumed: peak RSS $peak MB, $(( $(date +%s) - start )) s; $(grep -o 'resuming from.*' "$work/killed.log")"

for name in straight killed; do
  echo "$name train.jsonl (step, train loss, dev perplexity, dev BLEU):"
  sed -E 's/.*"step":([0-9]+).*"train_loss":([^,]+).*"dev_perplexity":([^,]+),"dev_bleu":([^,]+).*/  \1 \2 \3 \4/' \
    "$work/$name/train.jsonl"
done
a="$work/straight/checkpoints/$(cat "$work/straight/checkpoints/latest")/params.bin"
b="$work/killed/checkpoints/$(cat "$work/killed/checkpoints/latest")/params.bin"
if cmp -s "$a" "$b"; then echo "final parameters: byte-identical"; else echo "final parameters: DIFFER"; fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg); work directory $work"
