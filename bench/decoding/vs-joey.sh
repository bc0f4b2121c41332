#!/usr/bin/env bash
# vs-joey.sh MODEL_DIR [NAME...]: the s2s4j side of the JoeyNMT comparison (../shared/peer/README.md,
# docs/benchmarks.md "Decoding against JoeyNMT"). Decodes Multi30k test_2016_flickr (tokenized,
# lowercased) with `s2s translate` in each named configuration, one after another, and prints per
# run: sentences/s of decoding time (the command's own summary, model loading excluded, as JoeyNMT's
# "Generation took"), BLEU against the reference (`s2s score bleu --tokenize none`, as decode-joey.sh),
# peak RSS and CPU seconds (user + sys) of the whole process (/usr/bin/time -v), the output's
# SHA-256 and the load average. SRC, REF, TEXT_ARGS and BLEU_ARGS replace the test files and the
# text and BLEU options (e.g. a raw-text BPE model: the raw .gz files, TEXT_ARGS="", BLEU_ARGS=-lc).
# Configurations (all by default): {mxnet,pytorch}-{beam5,greedy}[-shortlist]. REPEAT=N runs each N times.
# Runs through ./s2s (its JVM and thread defaults; S2S=LAUNCHER runs another build, e.g. an older
# commit's, for an A/B), 2 threads, OMP_WAIT_POLICY=PASSIVE like the peer. Other environment
# variables (MXNET_CPU_MEM_POOL_TYPE, S2S_JAVA_OPTS, ...) pass through.
set -euo pipefail
model="${1:?usage: vs-joey.sh MODEL_DIR [NAME...]}"; shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
s2s="${S2S:-$root/s2s}"
data="${MULTI30K_TOK:-$root/../shared/data/multi30k/task1/tok}"
src="${SRC:-$data/test_2016_flickr.lc.norm.tok.en}"; ref="${REF:-$data/test_2016_flickr.lc.norm.tok.de}"
read -r -a text_args <<< "${TEXT_ARGS---input-tokenizer none --no-detokenize}"
read -r -a bleu_args <<< "${BLEU_ARGS---tokenize none}"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  names=(mxnet-beam5 mxnet-beam5-shortlist pytorch-beam5 pytorch-beam5-shortlist
         mxnet-greedy mxnet-greedy-shortlist pytorch-greedy pytorch-greedy-shortlist)
fi
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-2}" OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
out="$(mktemp -d)"
"$s2s" --version > /dev/null  # builds the jar first if needed, outside the measurements
printf '%-26s %8s %7s %9s %7s %-18s %s\n' configuration sent/s BLEU "RSS MB" "CPU s" sha256 load
for name in "${names[@]}"; do
  args=(--engine "${name%%-*}")
  case "$name" in *beam5*) args+=(--beam 5) ;; *greedy*) args+=(--beam 1) ;; *) echo "unknown $name" >&2; exit 2 ;; esac
  case "$name" in *-shortlist) args+=(--shortlist) ;; esac
  for rep in $(seq 1 "${REPEAT:-1}"); do
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    hyp="$out/$name.$rep.de"
    /usr/bin/time -v -o "$out/time.txt" "$s2s" translate --model "$model" --input "$src" \
      --output "$hyp" --batch-size 64 "${text_args[@]}" \
      "${args[@]}" > "$out/summary.txt" 2> "$out/err.txt" || { cat "$out/err.txt" >&2; exit 1; }
    # "translated N lines (...) in S s, R lines/s"
    lps="$(sed -n 's/.* s, \([0-9.]*\) lines\/s$/\1/p' "$out/summary.txt")"
    bleu="$("$s2s" score bleu --hyp "$hyp" --ref "$ref" "${bleu_args[@]}" --format json \
      | python3 -c 'import json,sys; print("%.2f" % json.load(sys.stdin)["score"])')"
    rss="$(awk '/Maximum resident/ {print int($6/1024)}' "$out/time.txt")"
    cpu="$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$out/time.txt")"
    sha="$(sha256sum "$hyp" | cut -c1-16)"
    printf '%-26s %8s %7s %9s %7s %-18s %s\n' "$name" "$lps" "$bleu" "$rss" "$cpu" "$sha" "$load"
  done
done
rm -rf "$out"
