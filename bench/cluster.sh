#!/usr/bin/env bash
# Three Leo nodes behind HAProxy over Debian's PostgreSQL and an S3 server (S3Proxy, filesystem backend), all on this
# one machine, started together on an empty database with demo data; a mixed load through the balancer (public
# complaints, portal reads, resumable evidence uploads); node 2 killed with SIGKILL halfway. Afterwards it checks
# that every acknowledged complaint and every completed upload is in the database, with the right SHA-256, and that
# the three nodes registered one signing key. See docs/deploy.md and bench/README.md.
#
#   apt-get install -y haproxy        # PostgreSQL 15 is Debian's default server package
#   ./mvnw -q -pl app package -DskipTests
#   bench/cluster.sh [upload-MiB] [seconds] [uploaders] [complainers]
set -euo pipefail
cd "$(dirname "$0")/.."
size_mib=${1:-1024}
seconds=${2:-120}
uploaders=${3:-2}
complainers=${4:-4}
pg_bin=/usr/lib/postgresql/15/bin
work=$(mktemp -d /tmp/leo-cluster-XXXXXX)
chmod 755 "$work"
secret() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20; }
superuser_password=$(secret) owner_password=$(secret) app_password=$(secret) s3_secret=$(secret)
demo_password="demo-$(secret)"
pg_port=55432 s3_port=18090 lb_port=18080
node_ports=(18081 18082 18083)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pgrun/data" -m fast stop >/dev/null 2>&1 || true
  echo "Logs and results in $work"
}
trap cleanup EXIT

echo "== PostgreSQL 15 (Debian) on port $pg_port"
mkdir -p "$work/pgrun" && chown postgres "$work/pgrun"
printf '%s\n' "$superuser_password" > "$work/pgrun/pw" && chown postgres "$work/pgrun/pw"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pgrun/data" -A scram-sha-256 --pwfile="$work/pgrun/pw" -U postgres >/dev/null
rm "$work/pgrun/pw"
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pgrun/data" -l "$work/pgrun/postgres.log" -w \
  -o "-p $pg_port -k $work/pgrun -c max_connections=100 -c shared_buffers=256MB" start >/dev/null
export PGPASSWORD=$superuser_password
psql -q -h 127.0.0.1 -p $pg_port -U postgres -d postgres <<SQL
create role leo_owner login password '$owner_password';
create role leo_app login password '$app_password';
create database leo owner leo_owner;
revoke all on database leo from public;
grant connect, temporary on database leo to leo_app;
\c leo
alter schema public owner to leo_owner;
revoke create on schema public from public;
SQL
unset PGPASSWORD

echo "== S3Proxy (filesystem backend) on port $s3_port"
[ -f bench/target/s3proxy-classpath.txt ] || ./mvnw -o -q -pl app dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/bench/target/s3proxy-classpath.txt"
mkdir -p "$work/s3/leo-evidence"
cat > "$work/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$s3_port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=leo
s3proxy.credential=$s3_secret
jclouds.provider=filesystem
jclouds.identity=leo
jclouds.credential=$s3_secret
jclouds.filesystem.basedir=$work/s3
CONF
java -Xmx512m -cp "$(cat bench/target/s3proxy-classpath.txt)" org.gaul.s3proxy.Main --properties "$work/s3proxy.conf" \
  > "$work/s3proxy.log" 2>&1 &
pids+=($!)

echo "== HAProxy on port $lb_port in front of ${node_ports[*]}"
{
  printf 'global\n  maxconn 4096\ndefaults\n  mode http\n  timeout connect 2s\n  timeout client 10m\n  timeout server 10m\n'
  printf '  retries 2\n  option redispatch\nfrontend leo\n  bind 127.0.0.1:%s\n  default_backend nodes\n' $lb_port
  printf 'backend nodes\n  balance roundrobin\n  option httpchk GET /login\n'
  for i in 0 1 2; do printf '  server node%d 127.0.0.1:%s check inter 1s fall 2 rise 2\n' $((i + 1)) "${node_ports[$i]}"; done
} > "$work/haproxy.cfg"
haproxy -f "$work/haproxy.cfg" > "$work/haproxy.log" 2>&1 &
pids+=($!)

echo "== Three Leo nodes started at once on the empty database, demo data on"
node_pid=()
for i in 0 1 2; do
  mkdir -p "$work/node$((i + 1))"
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/leo" SPRING_DATASOURCE_USERNAME=leo_app \
  SPRING_DATASOURCE_PASSWORD=$app_password SPRING_FLYWAY_USER=leo_owner SPRING_FLYWAY_PASSWORD=$owner_password \
  LEO_DATABASE_RUNNING_ROLE=leo_app LEO_DB_POOL_SIZE=10 LEO_DEMO=true LEO_HTTP_BASIC=true LEO_DEMO_PASSWORD=$demo_password \
  LEO_ADMIN_PASSWORD="admin-$demo_password" LEO_COMPLAINTS_SUBMISSIONS_PER_HOUR=100000000 \
  LEO_EVIDENCE_STORE=s3 LEO_EVIDENCE_S3_ENDPOINT="http://127.0.0.1:$s3_port" LEO_EVIDENCE_S3_BUCKET=leo-evidence \
  LEO_EVIDENCE_S3_ACCESS_KEY=leo LEO_EVIDENCE_S3_SECRET_KEY=$s3_secret LEO_EVIDENCE_KEY_FILE="$work/keys/ledger.key" \
  LEO_EVIDENCE_DIRECTORY="$work/node$((i + 1))/evidence" \
    java -Xmx768m -XX:+UseSerialGC -jar app/target/leo-exec.jar --server.port="${node_ports[$i]}" \
    > "$work/node$((i + 1)).log" 2>&1 &
  node_pid+=($!)
  pids+=($!)
done
for i in 0 1 2; do
  for _ in $(seq 1 300); do
    curl -s -o /dev/null "http://127.0.0.1:${node_ports[$i]}/login" && break
    kill -0 "${node_pid[$i]}" 2>/dev/null || { echo "node $((i + 1)) died at start:"; tail -30 "$work/node$((i + 1)).log"; exit 1; }
    sleep 1
  done
done
echo "   all three up"

lb="http://127.0.0.1:$lb_port"
printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41' > "$work/clip.mp4"
head -c $((size_mib * 1024 * 1024 - 24)) /dev/urandom >> "$work/clip.mp4"
clip_sha=$(sha256sum "$work/clip.mp4" | cut -d' ' -f1)
chunk_mib=16
end=$((SECONDS + seconds))

# Each request kind appends "seconds http-status" lines to its own file.
complainer() {
  set +e
  local n=0
  while [ $SECONDS -lt $end ]; do
    n=$((n + 1))
    local key
    key=$(cat /proc/sys/kernel/random/uuid)
    curl -s -o "$work/c-$1-$n.json" -w '%{time_total} %{http_code}\n' -X POST "$lb/api/v1/public/complaints" \
      -H 'Content-Type: application/json' -H "Idempotency-Key: $key" --data \
      '{"kind":"COMPLAINT","filedFor":"SELF","name":"Bench Party","narrative":"The officer ignored my call for help.","occurredOn":"yesterday","location":"Main St"}' \
      >> "$work/complaints.times" || echo "0 000" >> "$work/complaints.times"
    grep -o '"trackingCode":"[^"]*"' "$work/c-$1-$n.json" 2>/dev/null | cut -d'"' -f4 >> "$work/acknowledged-complaints" || true
  done
}
reader() {
  set +e
  while [ $SECONDS -lt $end ]; do
    curl -s -o /dev/null -w '%{time_total} %{http_code}\n' "$lb/transparency" >> "$work/portal.times" || echo "0 000" >> "$work/portal.times"
  done
}
uploader() {
  set +e
  while [ $SECONDS -lt $end ]; do
    local id offset size status
    size=$(stat -c %s "$work/clip.mp4")
    id=$(curl -s -u "investigator:$demo_password" -H 'Content-Type: application/json' -X POST "$lb/api/v1/evidence/uploads" \
      --data "{\"kind\":\"CCTV_VIDEO\",\"fileName\":\"bench-$1.mp4\",\"size\":$size,\"sha256\":\"$clip_sha\"}" \
      | grep -o '"id":"[^"]*"' | cut -d'"' -f4) || true
    [ -n "$id" ] || { sleep 1; continue; }
    offset=0
    while [ "$offset" -lt "$size" ]; do
      status=$(tail -c +$((offset + 1)) "$work/clip.mp4" | head -c $((chunk_mib * 1048576)) \
        | curl -s -o /dev/null -w '%{time_total} %{http_code}' -u "investigator:$demo_password" -X PUT \
          -H 'Content-Type: application/octet-stream' --data-binary @- "$lb/api/v1/evidence/uploads/$id?offset=$offset") \
        || status="0 000"
      echo "$status" >> "$work/chunks.times"
      # whatever happened, ask any node where the upload stands and go on from there
      offset=$(curl -s -u "investigator:$demo_password" "$lb/api/v1/evidence/uploads/$id" | grep -o '"receivedBytes":[0-9]*' \
        | cut -d: -f2) || offset=0
      [ -n "$offset" ] || { sleep 1; offset=0; }
      [ "${status#* }" = 000 ] && echo "$id resumed at $offset" >> "$work/resumed"
    done
    curl -s -o "$work/u-$id.json" -w '%{time_total} %{http_code}\n' -u "investigator:$demo_password" -X POST \
      "$lb/api/v1/evidence/uploads/$id/complete" >> "$work/completes.times"
    grep -q "\"sha256\":\"$clip_sha\"" "$work/u-$id.json" && echo "$id" >> "$work/completed-uploads"
  done
}
heap() {
  set +e
  while [ $SECONDS -lt $end ]; do
    for i in 0 1 2; do
      kill -0 "${node_pid[$i]}" 2>/dev/null && echo "$SECONDS node$((i + 1)) $(jstat -gc "${node_pid[$i]}" | tail -1 | awk '{print $3 + $4 + $6 + $8}')" >> "$work/heap"
    done
    sleep 5
  done
}

echo "== Load for $seconds s: $complainers complainers, 4 portal readers, $uploaders uploaders of $size_mib MiB; node 2 killed at $((seconds / 2)) s"
workers=()
for c in $(seq 1 "$complainers"); do complainer "$c" & workers+=($!); done
for r in 1 2 3 4; do reader & workers+=($!); done
for u in $(seq 1 "$uploaders"); do uploader "$u" & workers+=($!); done
heap & workers+=($!)
sleep $((seconds / 2))
kill -9 "${node_pid[1]}"
echo "   node 2 (pid ${node_pid[1]}) killed with SIGKILL at $(date -u +%T)"
for w in "${workers[@]}"; do wait "$w" || true; done

echo "== Results"
set +e
summary() {
  [ -f "$work/$1.times" ] || { echo "  $1: none"; return; }
  sort -n "$work/$1.times" | awk -v kind="$1" -v secs="$seconds" '
    { t[NR] = $1; if ($2 !~ /^2/) failed++ }
    END { printf "  %-10s %6d requests, %5.1f/s, failed %d, p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", kind, NR, NR / secs,
      failed, t[int(NR * 0.5) + 1] * 1000, t[int(NR * 0.99) + 1] * 1000, t[NR] * 1000 }'
}
summary complaints; summary portal; summary chunks; summary completes
export PGPASSWORD=$superuser_password
q() { psql -At -h 127.0.0.1 -p $pg_port -U postgres -d leo -c "$1"; }
acknowledged=$(sort -u "$work/acknowledged-complaints" 2>/dev/null | wc -l)
stored=0
if [ "$acknowledged" -gt 0 ]; then
  stored=$(q "select count(*) from complaint where tracking_code in ($(sort -u "$work/acknowledged-complaints" | sed "s/.*/'&'/" | paste -sd,))")
fi
echo "  complaints acknowledged $acknowledged, in the database $stored, lost $((acknowledged - stored))"
completed=$(sort -u "$work/completed-uploads" 2>/dev/null | wc -l)
echo "  uploads completed $completed, resumed after a failed chunk $(cut -d' ' -f1 "$work/resumed" 2>/dev/null | sort -u | wc -l)," \
  "items with the file's SHA-256 $(q "select count(*) from evidence_item where sha256 = '$clip_sha'")"
echo "  signing keys registered $(q 'select count(*) from custody_signing_key'), keys that signed tree heads $(q 'select count(distinct key_id) from custody_tree_head')"
echo "  staff accounts named chief $(q "select count(*) from staff_account where username = 'chief'")"
echo "  cluster job runs by node: $(q "select node || ' ' || count(*) from cluster_job_run group by node" | paste -sd';')"
echo "  retention sweeps run twice for one due time $(q "select count(*) from (select 1 from cluster_job_run where job = 'evidence-retention-sweep' group by scheduled_for having count(*) > 1) twice")"
[ -f "$work/heap" ] && echo "  heap used (KB) per node, first and last sample:" && for n in node1 node2 node3; do
  grep " $n " "$work/heap" | awk -v n=$n 'NR == 1 { first = $3 } { last = $3 } END { printf "    %s %d -> %d\n", n, first, last }'
done
