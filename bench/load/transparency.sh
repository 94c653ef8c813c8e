#!/usr/bin/env bash
# Load test of the transparency portal: starts Leo on loopback with a fresh database in a temporary directory and a
# small heap, fills the read models as 1,000,000 complaints would (transparency-fill.sql), then measures portal pages
# and whole-table CSV downloads with wrk while the GC log records the heap.
#   bench/load/transparency.sh [duration=30s] [connections=4] [threads=2] [heap=256m]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30s}; connections=${2:-4}; threads=${3:-2}; heap=${4:-256m}
port=${LEO_LOAD_PORT:-18091}
export LEO_LOAD_DIR=$(mktemp -d /tmp/leo-transparency.XXXXXX)
source bench/load/leo-on-loopback.sh
echo "filling the read models from 1,000,000 generated complaints"
psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d leo -f bench/load/transparency-fill.sql
for table in allegation-outcomes closure-times officer-outcomes; do
  echo "$table.csv: $(curl -s "$base/transparency/data/$table.csv" | wc -lc | awk '{print $1 " lines, " $2 " bytes"}')"
done
warmup=${LEO_LOAD_WARMUP:-60s}
echo "warm-up ($warmup, until the JIT has compiled the page path)"; wrk -t2 -c8 -d"$warmup" -s bench/load/transparency.lua "$base" > /dev/null
echo "landing page, for comparison: wrk -t$threads -c$connections -d$duration /"
wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base/" | grep -E "Requests/sec|  (50|90|99)%"
echo "portal pages: wrk -t$threads -c$connections -d$duration"
wrk -t"$threads" -c"$connections" -d"$duration" -s bench/load/transparency.lua "$base" | tail -1
# 20 officers with the most outcome rows (the heaviest pages, by pseudonym as installed) and 20 named pages
export LEO_OFFICER_KEYS=$(psql -At -h 127.0.0.1 -p "$pgport" -U postgres -d leo -c "
  (select p.pseudonym_key from transparency_officer_pages p join transparency_officer_outcomes o using (officer_id)
   where p.field = 'CASE_OUTCOMES' group by p.pseudonym_key order by count(*) desc limit 20)
  union all (select name_key from transparency_officer_pages where field = 'COMMENDATIONS' order by name_key limit 20)" | paste -sd,)
# The position of row 25,000 by name descending, as the "next page" link after it carries it (base64url of label, 0x1f, key)
export LEO_OFFICER_AFTER=$(psql -At -h 127.0.0.1 -p "$pgport" -U postgres -d leo -c "
  select label || chr(31) || page_key from (select name_label as label, name_key as page_key from transparency_officer_pages
   where field = 'COMMENDATIONS' order by 1 desc, 2 desc offset 24999 limit 1) row" | tr -d '\n' | base64 -w0 | tr '+/' '-_' | tr -d '=')
echo "officer pages warm-up (${LEO_OFFICER_WARMUP:-30s})"
wrk -t2 -c8 -d"${LEO_OFFICER_WARMUP:-30s}" -s bench/load/transparency-officers.lua "$base" > /dev/null
LEO_OFFICER_INDEX=1 wrk -t2 -c8 -d"${LEO_OFFICER_WARMUP:-30s}" -s bench/load/transparency-officers.lua "$base" > /dev/null
echo "officer pages (HTML en/es, JSON; 20 pseudonymous outcome pages, 20 named): wrk -t$threads -c$connections -d$duration"
wrk -t"$threads" -c"$connections" -d"$duration" -s bench/load/transparency-officers.lua "$base" | tail -1
echo "officer index (first page, search sorted by update, the page after row 25,000 of the ~86,000 named pages, page 3, API search): wrk -t$threads -c$connections -d$duration"
LEO_OFFICER_INDEX=1 wrk -t"$threads" -c"$connections" -d"$duration" -s bench/load/transparency-officers.lua "$base" | tail -1
echo "heap after GC before the downloads: $(grep -o '[0-9]*M->[0-9]*M' "$LEO_LOAD_DIR/gc.log" | tail -1)"
echo "whole officer-outcomes.csv, 4 at a time: wrk -t2 -c4 -d$duration"
wrk -t2 -c4 -d"$duration" --timeout 60s -s bench/load/transparency-csv.lua "$base/transparency/data/officer-outcomes.csv" | tail -1
echo "heap after GC, last ten collections: $(grep -o '[0-9]*M->[0-9]*M' "$LEO_LOAD_DIR/gc.log" | tail -10 | tr '\n' ' ')"
echo "largest heap after GC during the run: $(grep -o 'M->[0-9]*M' "$LEO_LOAD_DIR/gc.log" | tr -dc '0-9\n' | sort -n | tail -1) MB of $heap"
