#!/usr/bin/env bash
# Load test of public complaint intake: starts Leo on loopback with a fresh database in a temporary directory
# (durable: fsync on, as in production; deleted afterwards; throttle raised for the single test client), files
# complaints with wrk for DURATION, then looks up every acknowledged complaint.
#   bench/load/run.sh [duration=30s] [connections=64] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30s}; connections=${2:-64}; threads=${3:-2}
port=${LEO_LOAD_PORT:-18734}
export LEO_LOAD_DIR=$(mktemp -d /tmp/leo-load.XXXXXX)
jar=app/target/leo-exec.jar
[ -f "$jar" ] || ./mvnw -q -pl app package -DskipTests
java -Xmx1g -jar "$jar" --server.port=$port --leo.database.embedded.directory="$LEO_LOAD_DIR/data" \
  --leo.complaints.submissions-per-hour=100000000 \
  --leo.complaints.lookups-per-hour=100000000 --logging.level.root=WARN > "$LEO_LOAD_DIR/leo.log" 2>&1 &
leo=$!
trap 'kill $leo 2>/dev/null; wait $leo 2>/dev/null || true; rm -rf "$LEO_LOAD_DIR/data"' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
warmup=${LEO_LOAD_WARMUP:-120s}
echo "warm-up ($warmup, until the JIT has compiled the intake path)"; wrk -t2 -c32 -d"$warmup" -s bench/load/submit.lua "http://127.0.0.1:$port" > /dev/null
rm -f "$LEO_LOAD_DIR"/acknowledged-*.txt
echo "submissions: wrk -t$threads -c$connections -d$duration"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/load/submit.lua "http://127.0.0.1:$port"
cat "$LEO_LOAD_DIR"/acknowledged-*.txt | grep -v '^FAILED' > "$LEO_LOAD_DIR/acknowledged.txt" || true
echo "acknowledged: $(wc -l < "$LEO_LOAD_DIR/acknowledged.txt"), failed: $(cat "$LEO_LOAD_DIR"/acknowledged-*.txt | grep -c '^FAILED' || true)"
echo "verification"
python3 bench/load/verify.py "http://127.0.0.1:$port" "$LEO_LOAD_DIR/acknowledged.txt"
