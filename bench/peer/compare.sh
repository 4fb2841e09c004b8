#!/usr/bin/env bash
# Speed peer for `chronicle tag`: wink-nlp vs Chronicle on the same text in the same run.
#
#   bash bench/peer/compare.sh [CHRONICLE-BINARY] [CONLL-FILE]
#
# CHRONICLE-BINARY defaults to src/Chronicle.Cli/bin/Release/net10.0/chronicle (build it yourself
# first; this script builds nothing). CONLL-FILE defaults to the OntoNotes 5 English dev file
# ../shared/data/ner/ontonotes5/onto.development.bio.gz. Its tokens are joined into plain text in a
# temp folder OUTSIDE the repository (licensed data), removed at the end.
#
# Environment: MIN_SECONDS (wink's timed seconds, default 3), REPEAT (copies of the text in
# Chronicle's input, default 5, so process start and model load weigh little), RUNS (Chronicle runs
# per core setting, default 3; the mean is reported), KEEP=1 keeps the temp folder.
#
# wink runs pinned to core 0 (`taskset -c 0`). Chronicle runs `chronicle tag FILE --format conll`
# with output to /dev/null under /usr/bin/time -v, on core 0 and on cores 0,1. When `chronicle tag`
# does not exist yet, only wink's line is printed, with a note, and the script exits 0.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
chronicle="${1:-$root/src/Chronicle.Cli/bin/Release/net10.0/chronicle}"
conll="${2:-$root/../shared/data/ner/ontonotes5/onto.development.bio.gz}"
min_seconds="${MIN_SECONDS:-3}"
repeat="${REPEAT:-5}"
runs="${RUNS:-3}"

command -v node >/dev/null || { echo "compare.sh: node is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "compare.sh: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
if [ ! -d "$here/node_modules/wink-nlp" ] || [ ! -d "$here/node_modules/wink-eng-lite-web-model" ]; then
  echo "compare.sh: installing wink-nlp from bench/peer/package-lock.json (npm ci)" >&2
  (cd "$here" && npm ci --no-audit --no-fund >&2)
fi

text="$(node "$here/ontonotes-text.mjs" "$conll")"
tmp="$(dirname "$text")"
cleanup() { [ "${KEEP:-0}" = 1 ] || rm -rf -- "$tmp"; }
trap cleanup EXIT

# --- wink-nlp, one core ---------------------------------------------------------------------------
echo "compare.sh: wink-nlp on core 0 (${min_seconds} s of timed passes after a warm-up)" >&2
wink_json="$(taskset -c 0 node "$here/wink-tag.mjs" "$text" --min-seconds "$min_seconds")"
echo "$wink_json"
jget() { node -e 'const o=JSON.parse(process.argv[1]); const v=o[process.argv[2]]; process.stdout.write(String(typeof v==="object"?JSON.stringify(v):v))' "$1" "$2"; }
wink_tps="$(jget "$wink_json" tokens_per_second)"
wink_cps="$(jget "$wink_json" chars_per_second)"
wink_rss="$(jget "$wink_json" peak_rss_mb)"
wink_tokens="$(jget "$wink_json" tokens)"
wink_load="$(jget "$wink_json" load_seconds)"

table_header() {
  printf '\n%-10s %5s %12s %12s %13s %8s %18s\n' tool cores tokens/s chars/s "peak RSS MB" load_s "vs wink (tok/s)"
}
table_row() { printf '%-10s %5s %12s %12s %13s %8s %18s\n' "$@"; }

# --- does `chronicle tag` exist? --------------------------------------------------------------------
probe="$tmp/probe.txt"
printf 'The minister arrived in Baghdad on Thursday.\n' > "$probe"
have_tag=1
if [ ! -x "$chronicle" ]; then
  echo "compare.sh: no chronicle binary at $chronicle (build it: dotnet build -c Release src/Chronicle.Cli)" >&2
  have_tag=0
elif ! probe_out="$("$chronicle" tag "$probe" --format conll 2>&1)"; then
  if grep -Eiq "(unrecognized|unknown|not matched).*'tag'|'tag'.*(unrecognized|unknown|not matched)" <<<"$probe_out"; then
    echo "compare.sh: this chronicle has no 'tag' command yet" >&2
  else
    echo "compare.sh: chronicle tag failed on a one-sentence probe:" >&2
    printf '%s\n' "$probe_out" | head -20 >&2
  fi
  have_tag=0
fi

if [ "$have_tag" = 0 ]; then
  table_header
  table_row wink-nlp 1 "$wink_tps" "$wink_cps" "$wink_rss" "$wink_load" -
  echo
  echo "note: chronicle's side is missing (no 'chronicle tag' in $chronicle); wink-nlp's line alone."
  exit 0
fi

# --- chronicle tag ---------------------------------------------------------------------------------
# Tokens: the non-blank lines of --format conll (one token a line), counted in a separate run on one
# copy of the text, so each tool is credited with the tokens it produced itself.
chron_tokens="$("$chronicle" tag "$text" --format conll | grep -Ev '^[[:space:]]*$|^-DOCSTART-|^#' | wc -l)"
big="$tmp/big.txt"
: > "$big"
for ((i = 0; i < repeat; i++)); do cat "$text" >> "$big"; printf '\n' >> "$big"; done
big_chars="$(wc -m < "$big")"

# One run: prints "wall_seconds peak_rss_mb".
timed() { # cpus file
  local tfile="$tmp/time.txt" t0 t1
  t0="$(date +%s.%N)"
  if ! /usr/bin/time -v -o "$tfile" taskset -c "$1" "$chronicle" tag "$2" --format conll > /dev/null; then
    echo "compare.sh: chronicle tag failed on $2 (cpus $1)" >&2
    return 1
  fi
  t1="$(date +%s.%N)"
  local rss_kb
  rss_kb="$(awk -F': *' '/Maximum resident set size/ {print $2}' "$tfile")"
  awk -v a="$t0" -v b="$t1" -v r="$rss_kb" 'BEGIN { printf "%.4f %.1f\n", b - a, r / 1024 }'
}

for cpus in 0 0,1; do
  cores=$(( $(tr -cd , <<<"$cpus" | wc -c) + 1 ))
  # Start-up + model load: the one-sentence probe (mean of RUNS).
  load_sum=0
  for ((r = 0; r < runs; r++)); do
    out="$(timed "$cpus" "$probe")"; read -r w _ <<<"$out"
    load_sum="$(awk -v s="$load_sum" -v w="$w" 'BEGIN { print s + w }')"
  done
  load="$(awk -v s="$load_sum" -v n="$runs" 'BEGIN { printf "%.3f", s / n }')"
  wall_sum=0; rss_max=0
  for ((r = 0; r < runs; r++)); do
    echo "compare.sh: chronicle tag on cpus $cpus, run $((r + 1))/$runs ($repeat copies of the text)" >&2
    out="$(timed "$cpus" "$big")"; read -r w rss <<<"$out"
    wall_sum="$(awk -v s="$wall_sum" -v w="$w" 'BEGIN { print s + w }')"
    rss_max="$(awk -v m="$rss_max" -v x="$rss" 'BEGIN { print (x > m ? x : m) }')"
  done
  wall="$(awk -v s="$wall_sum" -v n="$runs" 'BEGIN { printf "%.4f", s / n }')"
  # Processing time: wall time less the start-up/load of the probe run.
  row="$(awk -v w="$wall" -v l="$load" -v t="$chron_tokens" -v k="$repeat" -v ch="$big_chars" \
             -v wt="$wink_tps" -v rss="$rss_max" -v c="$cores" '
    BEGIN { p = w - l; if (p <= 0) p = w
            tps = t * k / p; cps = ch / p
            printf "chronicle|%s|%d|%d|%s|%s|%.2f", c, tps, cps, rss, l, tps / wt }')"
  if [ "$cores" = 1 ]; then c1_row="$row"; c1_wall="$wall"; else c2_row="$row"; c2_wall="$wall"; fi
done

table_header
table_row wink-nlp 1 "$wink_tps" "$wink_cps" "$wink_rss" "$wink_load" 1.00
IFS='|' read -r -a row <<<"$c1_row"; table_row "${row[@]}"
IFS='|' read -r -a row <<<"$c2_row"; table_row "${row[@]}"
echo
echo "tokens: wink-nlp $wink_tokens per copy (its own tokenizer), chronicle $chron_tokens per copy (non-blank lines of --format conll)."
echo "chronicle: $repeat copies of the text per run ($big_chars chars), mean wall ${c1_wall} s on 1 core, ${c2_wall} s on 2 cores, over $runs runs;"
echo "tokens/s = tokens / (wall - load), load = mean wall of a one-sentence run (process start + model load)."
echo "wink-nlp: mean over passes of ${min_seconds}+ s after one warm-up pass, load timed separately, in one process."
