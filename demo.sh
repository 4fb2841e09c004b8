#!/usr/bin/env bash
# The demo: build the CLI, ingest the bundled sample into an embedded store, look at it, then serve the
# analyst's desk on it (http://127.0.0.1:5080) until Ctrl+C.
#
# The server starts only when the demo runs in a terminal: piped or scripted (CI, tests), the demo
# prints the serve command and exits, so it always terminates there. --serve or --no-serve decides it.
set -euo pipefail
cd "$(dirname "$0")"

serve=auto
for arg in "$@"; do
  case "$arg" in
    --serve) serve=yes ;;
    --no-serve) serve=no ;;
    *) echo "usage: ./demo.sh [--serve|--no-serve]" >&2; exit 2 ;;
  esac
done
if [ "$serve" = auto ]; then
  if [ -t 0 ] && [ -t 1 ]; then serve=yes; else serve=no; fi
fi

dotnet build src/Chronicle.Cli -c Release -nologo -v q >/dev/null
chronicle=src/Chronicle.Cli/bin/Release/net10.0/chronicle
db=${DB:-demo.db}

run() { echo; echo "\$ chronicle $*"; "$chronicle" "$@"; }

run ingest samples/dispatch.txt --db "$db" --date 2024-11-20
run ingest samples/dispatch.txt --db "$db" --date 2024-11-20   # the same article again: stored once
run articles --db "$db"
id=$("$chronicle" articles --db "$db" --format csv | sed -n 2p | cut -d, -f1)
run show "$id" --db "$db"
run search "border security" --db "$db"
run actors samples/dispatch.txt --date 2024-11-20 --format table
run actor "the Iranian Foreign Minister" --date 2024-11-20
run extract samples/dispatch.txt --date 2024-11-20 --format table
run events --db "$db" --country TUN --format table

if [ "$serve" = yes ]; then
  echo
  echo "Open http://127.0.0.1:5080 in a browser; Ctrl+C stops the server."
  run serve --db "$db"
else
  echo
  echo "To browse it: $chronicle serve --db $db   (then open http://127.0.0.1:5080)"
fi
