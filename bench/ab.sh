#!/usr/bin/env bash
# Same-run A/B of two builds of the tagging path, alternating old and new so that both see the same
# machine load (this machine is shared; numbers from different runs do not compare).
#
#   bash bench/ab.sh snapshot DIR            copy the current Release builds of Chronicle.Bench and the CLI to DIR
#   bash bench/ab.sh run OLD NEW TEXT [ROUNDS]
#
# run: ROUNDS (default 3) rounds; each round runs, for OLD then NEW, `Chronicle.Bench tagger TEXT` on
# core 0 with tiered compilation off, as the CLI runs (its second pass), and `chronicle tag` on 5
# copies of TEXT on core 0 and on cores 0,1 (tokens/s = tokens / (wall - wall of a one-sentence run),
# as bench/peer/compare.sh counts them).
# TEXT is plain text, e.g. the OntoNotes dev text from bench/peer/ontonotes-text.mjs (outside the repository).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

if [ "${1:-}" = snapshot ]; then
  dir="${2:?usage: ab.sh snapshot DIR}"
  mkdir -p "$dir"
  rm -rf "$dir/bench" "$dir/cli"
  cp -r "$root/bench/Chronicle.Bench/bin/Release/net10.0" "$dir/bench"
  cp -r "$root/src/Chronicle.Cli/bin/Release/net10.0" "$dir/cli"
  echo "ab.sh: builds copied to $dir"
  exit 0
fi

[ "${1:-}" = run ] || { echo "usage: ab.sh snapshot DIR | ab.sh run OLD NEW TEXT [ROUNDS]" >&2; exit 2; }
old="$2"; new="$3"; text="$4"; rounds="${5:-3}"
tmp="$(mktemp -d)"
trap 'rm -rf -- "$tmp"' EXIT
for ((i = 0; i < 5; i++)); do cat "$text"; printf '\n'; done > "$tmp/big.txt"
printf 'The minister arrived in Baghdad on Thursday.\n' > "$tmp/probe.txt"

seconds() { # cpus file chronicle
  local t0 t1
  t0="$(date +%s.%N)"
  taskset -c "$1" "$3" tag "$2" --format conll > /dev/null
  t1="$(date +%s.%N)"
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }'
}

declare -A tokens
for side in old new; do
  dir="${!side}"
  tokens[$side]="$("$dir/cli/chronicle" tag "$text" --format conll | grep -cv '^[[:space:]]*$')"
done

for ((r = 1; r <= rounds; r++)); do
  for side in old new; do
    dir="${!side}"
    stages="$(DOTNET_TieredCompilation=0 taskset -c 0 dotnet "$dir/bench/Chronicle.Bench.dll" tagger "$text" | tail -1 | sed 's/^pass [0-9]*: //')"
    line="round $r $side: $stages"
    for cpus in 0 0,1; do
      load="$(seconds "$cpus" "$tmp/probe.txt" "$dir/cli/chronicle")"
      wall="$(seconds "$cpus" "$tmp/big.txt" "$dir/cli/chronicle")"
      line+="$(awk -v w="$wall" -v l="$load" -v t="${tokens[$side]}" -v c="$cpus" \
        'BEGIN { printf "; chronicle tag cpus %s: %d tokens/s", c, t * 5 / (w - l) }')"
    done
    echo "$line"
  done
done
