#!/usr/bin/env bash
# The API under a bounded loopback load for a fixed time, from a process of its own:
#   bash bench/load.sh [STORE] [SECONDS] [CLIENTS] [RATE]
# STORE (default $TMPDIR/chronicle-desk-100k.db, a file or a postgresql:// URL) is built with 100,000
# synthetic events when it is a missing file. `chronicle serve` runs in the background on a free port;
# the bench's `load` subcommand drives it and prints p50/p95/p99 per request kind and the errors.
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:-${TMPDIR:-/tmp}/chronicle-desk-100k.db}
seconds=${2:-60}
clients=${3:-4}
rate=${4:-}

dotnet build -c Release bench/Chronicle.Bench -nologo -v q >/dev/null
dotnet build -c Release src/Chronicle.Cli -nologo -v q >/dev/null
bench="dotnet bench/Chronicle.Bench/bin/Release/net10.0/Chronicle.Bench.dll"
case "$store" in
  postgres://*|postgresql://*) ;;
  *) [ -f "$store" ] || $bench store --db "$store" --events 100000 ;;
esac

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log=$(mktemp)
dotnet src/Chronicle.Cli/bin/Release/net10.0/chronicle.dll serve --db "$store" --urls "http://127.0.0.1:$port" 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/api/stats/facets" >/dev/null 2>&1 && break
  sleep 0.2
done

ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{ print ($14 + $15) / t }' "/proc/$server/stat"; }
before=$(cpu)
status=0
$bench load --url "http://127.0.0.1:$port" --duration "$seconds" --concurrency "$clients" ${rate:+--rate "$rate"} || status=$?
echo "server CPU during warm-up and load: $(awk -v a="$before" -v b="$(cpu)" 'BEGIN { printf "%.1f s", b - a }')"
exit $status
