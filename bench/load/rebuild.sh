#!/usr/bin/env bash
# Rebuild of the transparency read models from history: starts Leo on loopback with a fresh database in a temporary
# directory, writes an agency's history straight into the source tables (rebuild-fill.sql: N complaints, their cases
# and findings, N/10 incidents), then rebuilds through POST /api/v1/transparency/rebuild and reports the time the
# rebuild recorded (start to commit) and the heap.
#   bench/load/rebuild.sh [complaints=100000] [heap=256m]
set -euo pipefail
cd "$(dirname "$0")/../.."
complaints=${1:-100000}; heap=${2:-256m}
port=${LEO_LOAD_PORT:-18092}
export LEO_LOAD_DIR=$(mktemp -d /tmp/leo-rebuild.XXXXXX)
export LEO_ADMIN_PASSWORD=${LEO_ADMIN_PASSWORD:-bench-rebuild-$$-$RANDOM}
export LEO_HTTP_BASIC=true
source bench/load/leo-on-loopback.sh
echo "writing the history of $complaints complaints"
time psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d leo -v complaints="$complaints" -f bench/load/rebuild-fill.sql
curl -s -u "admin:$LEO_ADMIN_PASSWORD" -X POST "$base/api/v1/transparency/rebuild" > /dev/null
while curl -s -u "admin:$LEO_ADMIN_PASSWORD" "$base/api/v1/transparency/rebuild" | grep -q '"running":true'; do sleep 2; done
curl -s -u "admin:$LEO_ADMIN_PASSWORD" "$base/api/v1/transparency/rebuild"; echo
psql -h 127.0.0.1 -p "$pgport" -U postgres -d leo -c "select (select complaints from transparency_complaints_received where year = 0 and unit = '*') as complaints_counted,
  (select allegations from transparency_allegation_outcomes where year = 0 and unit = '*' and category = '*' and finding = '*') as allegations_counted,
  (select incidents from transparency_protocol_incidents where year = 0 and kind = '*') as incidents_counted"
echo "largest heap after GC during the run: $(grep -o 'M->[0-9]*M' "$LEO_LOAD_DIR/gc.log" | tr -dc '0-9\n' | sort -n | tail -1) MB of $heap"
