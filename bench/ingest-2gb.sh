#!/usr/bin/env bash
# Streams a 2 GiB "video" into Leo over HTTP (one-request upload, raw body) with the server at -Xmx256m, and
# compares the wall time with sha256sum over the same file. Needs the app jar: ./mvnw -pl app package -DskipTests
#   bench/ingest-2gb.sh [size-in-MiB]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mib=${1:-2048}
work=$(mktemp -d /tmp/leo-ingest-XXXXXX)
port=18080
password=bench-password-$$-demo
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41' > "$work/clip.mp4"
head -c $((size_mib * 1024 * 1024 - 24)) /dev/urandom >> "$work/clip.mp4"

LEO_DEMO=true LEO_HTTP_BASIC=true LEO_DEMO_PASSWORD=$password java -Xmx256m -jar app/target/leo-exec.jar --server.port=$port \
  --leo.database.embedded.directory="$work/data" --leo.evidence.directory="$work/data/evidence" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -s -o /dev/null "http://localhost:$port/login" && break; sleep 1; done

sha256sum "$work/clip.mp4" > /dev/null
echo "sha256sum of $size_mib MiB (second pass, file in the page cache):"
/usr/bin/time -f "  %e s wall, %M KB max RSS" sha256sum "$work/clip.mp4"
echo "HTTP ingest of $size_mib MiB (server -Xmx256m):"
/usr/bin/time -f "  %e s wall (curl)" curl -sS -u "investigator:$password" -X POST -T "$work/clip.mp4" \
  -H 'Content-Type: application/octet-stream' \
  "http://localhost:$port/api/v1/evidence?kind=CCTV_VIDEO&fileName=clip.mp4" -o "$work/answer.json"
grep -o '"sha256":"[0-9a-f]*"' "$work/answer.json"
echo "  server max RSS: $(grep VmHWM /proc/$server/status | awk '{print $2, $3}')"
