#!/usr/bin/env bash
# Peak memory of a full `chronicle ingest` (read, analyze, store) of large JSONL files: for each size in
# MB, writes that much generated news (about 1 KB an article, every 997th line broken in one of three
# ways), ingests it into a fresh SQLite store under /usr/bin/time -v, and prints the size, articles
# stored, lines failed, wall time and peak resident set size. Peak RSS that does not grow with the file
# is the point: the reader streams and the pipeline holds a bounded window of articles.
#
#   dotnet build -c Release src/Chronicle.Cli
#   bash bench/ingest-memory.sh [MB...]        # default: 10 100
#
# CHRONICLE_DLL=path/to/chronicle.dll runs another build (a copy, to compare builds or to keep building).
# Files and stores go to a temporary folder (TMPDIR), deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

cli=${CHRONICLE_DLL:-src/Chronicle.Cli/bin/Release/net10.0/chronicle.dll}
[ -f "$cli" ] || { echo "build first: dotnet build -c Release src/Chronicle.Cli" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Sentences with actors, verbs, places and dates, so that every stage of the pipeline has work; the line
# number in each article keeps every text distinct (the store dedups by text).
generate() {
  awk -v bytes=$(( $1 * 1024 * 1024 )) 'BEGIN {
    split("Iranian Foreign Minister Hossein Amir-Abdollahian|Iraqi Prime Minister Mohammed Shia al-Sudani|Bahraini police|Yemeni officials|U.S. officials|the United Nations|Saudi Arabia|Israeli troops", actor, "|")
    split("met|criticized|accused|thanked|warned|urged|visited|condemned|attacked|praised", verb, "|")
    split("Baghdad|Tehran|Manama|Aden|Beirut|Riyadh", place, "|")
    split("on Monday|on Tuesday|last week|in January 2020|since September 24th last year", day, "|")
    srand(1)
    for (n = 1; written < bytes; n++) {
      if (n % 997 == 0) {
        kind = int(n / 997) % 3
        line = kind == 0 ? "{\"id\": \"n" n "\", \"text\": \"cut off" : kind == 1 ? "[1, 2, 3]" : "{\"id\": \"n" n "\", \"text\": 42}"
      } else {
        text = "Talks and tensions, report " n "\\n\\n"
        for (s = 0; s < 8; s++)
          text = text actor[int(rand() * 8) + 1] " " verb[int(rand() * 10) + 1] " " actor[int(rand() * 8) + 1] " in " place[int(rand() * 6) + 1] " " day[int(rand() * 5) + 1] ", report " n "." (s < 7 ? " " : "")
        line = "{\"id\": \"n" n "\", \"date\": \"2024-03-05\", \"text\": \"" text "\"}"
      }
      print line
      written += length(line) + 1
    }
  }'
}

printf '%-8s %10s %8s %10s %12s\n' "size" "stored" "failed" "wall" "peak RSS"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100)
for size in "${sizes[@]}"; do
  generate "$size" > "$work/news.jsonl"
  rm -f "$work/news.db"*
  /usr/bin/time -v -o "$work/time.txt" dotnet "$cli" ingest "$work/news.jsonl" --db "$work/news.db" > /dev/null 2> "$work/err.txt" || true
  summary=$(grep -o 'ingest: [0-9]* stored, [0-9]* already stored, [0-9]* failed' "$work/err.txt")
  stored=$(awk '{print $2}' <<< "$summary")
  failed=$(awk '{print $7}' <<< "$summary")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f MB", $2 / 1024}' "$work/time.txt")
  printf '%-8s %10s %8s %10s %12s\n' "${size} MB" "$stored" "$failed" "$wall" "$rss"
done
