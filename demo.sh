#!/usr/bin/env bash
# The demo: build the CLI, ingest the bundled sample into an embedded store, then look at it.
set -euo pipefail
cd "$(dirname "$0")"

dotnet build src/Chronicle.Cli -c Release -nologo -v q >/dev/null
chronicle=src/Chronicle.Cli/bin/Release/net10.0/chronicle
db=${DB:-demo.db}

run() { echo; echo "\$ chronicle $*"; "$chronicle" "$@"; }

run ingest samples/dispatch.txt --db "$db"
run ingest samples/dispatch.txt --db "$db"   # the same article again: stored once
run articles --db "$db"
id=$("$chronicle" articles --db "$db" --format csv | sed -n 2p | cut -d, -f1)
run show "$id" --db "$db"
run search "border security" --db "$db"
run actors samples/dispatch.txt --date 2024-11-20 --format table
run actor "the Iranian Foreign Minister" --date 2024-11-20
run extract samples/dispatch.txt --date 2024-11-20 --format table
