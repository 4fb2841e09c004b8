#!/usr/bin/env bash
# Scale-out on NATS JetStream: the same queue of synthetic articles drained by 1, 2 and 4 `chronicle worker`
# processes (--concurrency 1 each, so one worker is one core of analysis), all storing into one store: by
# default one SQLite file.
#
#   bash bench/queue.sh [ARTICLES] [WORKER_COUNTS]      defaults: 3000 "1 2 4"
#   STORES=separate bash bench/queue.sh ...             each worker its own SQLite file: no shared write lock,
#                                                       to measure what the one writer at a time costs
#   STORES=postgres bash bench/queue.sh ...             one PostgreSQL database on a throwaway server the script
#                                                       starts (PostgreSQL's binaries under /usr/lib/postgresql)
#
# Needs nats-server (/usr/sbin/nats-server or on PATH) and Release builds of the CLI and Chronicle.Bench:
#   dotnet build -c Release src/Chronicle.Cli && dotnet build -c Release bench/Chronicle.Bench
# (CHRONICLE_CLI=path/to/chronicle.dll runs the workers of another build, to compare two builds with one script).
# For each worker count: a fresh nats-server and store; `chronicle enqueue` queues the articles; the
# workers start, load their models and pull; `Chronicle.Bench queue wait` waits for the last article to be
# stored. Prints the wall time from when every worker was ready to the last article stored, and the steady
# rate over the middle 80% of the articles (by ingest time: the first ones come while the last worker is
# still loading, the last ones while some have run dry); the CPU time the workers used meanwhile (from /proc), as
# cores busy and as articles per worker CPU-second (what scaling would be on an idle machine: on a shared
# one, the cores the workers get bound the wall-time speed-up); then stops the workers (SIGTERM) and prints
# their tallies (counts, and the seconds they spent analyzing and storing, waits for the store included).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
articles="${1:-3000}"
counts="${2:-1 2 4}"
cli="${CHRONICLE_CLI:-$root/src/Chronicle.Cli/bin/Release/net10.0/chronicle.dll}"
bench="$root/bench/Chronicle.Bench/bin/Release/net10.0/Chronicle.Bench.dll"
nats="$(command -v nats-server || echo /usr/sbin/nats-server)"
for f in "$cli" "$bench" "$nats"; do [ -e "$f" ] || { echo "queue.sh: $f is missing (see the header)" >&2; exit 2; }; done

tmp="$(mktemp -d)"
server=""
workers=()
pg=""
cleanup() {
  for pid in "${workers[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$server" ] && kill "$server" 2>/dev/null
  [ -n "$pg" ] && as_postgres "$pg/pg_ctl" -D "$tmp/pg" -m immediate stop >/dev/null 2>&1
  rm -rf "$tmp"
}
# PostgreSQL refuses to run as root: there, its commands run as the postgres user.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
trap cleanup EXIT
now() { date +%s.%N; }
# CPU seconds (user + system) the given processes have used so far.
cpu() { local ticks=0 pid; for pid in "$@"; do ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$pid/stat"))); done; calc "$ticks / $(getconf CLK_TCK)"; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }

dotnet "$bench" queue make "$articles" "$tmp/articles.jsonl"
dotnet "$bench" queue costs "$tmp/articles.jsonl" 300
echo "$(nproc) cores"

if [ "${STORES:-shared}" = postgres ]; then
  pg="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [ -x "$pg/initdb" ] || { echo "queue.sh: STORES=postgres needs PostgreSQL's binaries under /usr/lib/postgresql" >&2; exit 2; }
  pgport=$((20000 + RANDOM % 20000))
  chmod 755 "$tmp"; mkdir "$tmp/pg"
  [ "$(id -u)" = 0 ] && chown postgres "$tmp/pg"
  as_postgres "$pg/initdb" -D "$tmp/pg" -A trust -U postgres >/dev/null
  as_postgres "$pg/pg_ctl" -D "$tmp/pg" -l "$tmp/pg/server.log" -w \
    -o "-p $pgport -k $tmp/pg -c listen_addresses=127.0.0.1" start >/dev/null
fi

base=""
for k in $counts; do
  port=$((20000 + RANDOM % 20000))
  "$nats" -js -a 127.0.0.1 -p "$port" -sd "$tmp/js-$k" >"$tmp/nats-$k.log" 2>&1 &
  server=$!
  for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  url="nats://127.0.0.1:$port"
  # Queued before the workers start, so that no other process competes with them for the cores.
  dotnet "$cli" enqueue "$tmp/articles.jsonl" --nats "$url" 2>&1 | tail -1
  dbs=()
  workers=()
  for i in $(seq "$k"); do
    db="$tmp/store-$k.db"
    [ "${STORES:-shared}" = separate ] && db="$tmp/store-$k-$i.db"
    if [ -n "$pg" ]; then
      db="postgresql://postgres@127.0.0.1:$pgport/chronicle_$k"
      [ "$i" = 1 ] && as_postgres "$pg/createdb" -h 127.0.0.1 -p "$pgport" -U postgres "chronicle_$k"
    fi
    [ "${dbs[*]:-}" = "$db" ] || dbs+=("$db")
    dotnet "$cli" worker --nats "$url" --db "$db" --concurrency 1 2>"$tmp/worker-$k-$i.log" &
    workers+=($!)
  done
  # Each worker says so once its models are loaded and it is pulling.
  until [ "$(cat "$tmp"/worker-"$k"-*.log 2>/dev/null | grep -c '^worker: CHRONICLE ->')" -eq "$k" ]; do
    for pid in "${workers[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "queue.sh: a worker ended before it was ready:" >&2; cat "$tmp"/worker-"$k"-*.log >&2; exit 1; }
    done
    sleep 0.2
  done
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  cpu0=$(cpu "${workers[@]}")
  start=$(now)
  rate=$(dotnet "$bench" queue wait "$articles" "${dbs[@]}")
  wall=$(calc "$(now) - $start")
  used=$(calc "$(cpu "${workers[@]}") - $cpu0")
  for pid in "${workers[@]}"; do kill -TERM "$pid"; done
  for pid in "${workers[@]}"; do wait "$pid" || true; done
  workers=()
  steady=$(echo "$rate" | sed -E 's/.*: ([0-9.]+) articles\/s/\1/')
  [ -z "$base" ] && base="$steady"
  echo "$k worker(s), ${#dbs[@]} store(s): all ready to last stored $wall s; steady: $rate; speed-up $(calc "$steady / $base")x"
  echo "    workers used $used CPU s: $(calc "$used / $wall") cores busy, $(calc "$articles / $used") articles per worker CPU-second; load average at start $load, at end $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -h "^worker: [0-9]" "$tmp"/worker-"$k"-*.log | sed 's/^/    /'
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
done
