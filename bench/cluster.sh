#!/usr/bin/env bash
# Leo's deployment run (issue 19): Debian's PostgreSQL 15, an S3 server (S3Proxy, filesystem backend) and HAProxy in
# front of three Leo nodes, all on this one machine, over a 35,000-officer department's history
# (bench/load/cluster-fill.sql, written into the migrated database before the nodes start) and 500 signed-in staff.
# A mixed load goes through the balancer: public complaints, incident step clocks (incidents opened so that their
# first step falls due during the run; the escalations it raises are timed against their due time), staff reads by
# the signed-in sessions, portal reads and resumable evidence uploads (16 MiB chunks). It runs once with 1, 2 and 3
# nodes behind the balancer, then with 3 nodes while node 2 is killed with SIGKILL halfway, and checks afterwards
# that every acknowledged write is in the database, that no escalation came more than 5 s late, that every upload a
# dead node interrupted was resumed through another node, and each node's heap over the run. See docs/deploy.md and
# bench/README.md ("Three nodes behind HAProxy").
#
#   apt-get install -y haproxy wrk        # PostgreSQL 15 is Debian's default server package
#   ./mvnw -o -q -pl app -am package -DskipTests -Djacoco.skip=true
#   LEO_BENCH_STAFF_PASSWORD=... bench/cluster.sh [upload-MiB] [seconds-per-run] [officers] [complaints] [custody-events] [staff]
#
# LEO_BENCH_STAFF_PASSWORD is the password of the run's staff accounts (never written to a file; random if unset).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mib=${1:-1024}
seconds=${2:-90}
officers=${3:-83000}
complaints=${4:-330000}
custody=${5:-1000000}
staff=${6:-500}
pg_bin=/usr/lib/postgresql/15/bin
work=$(mktemp -d /tmp/leo-cluster-XXXXXX)
chmod 755 "$work"
secret() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20; }
superuser_password=$(secret) owner_password=$(secret) app_password=$(secret) s3_secret=$(secret)
staff_password=${LEO_BENCH_STAFF_PASSWORD:-staff-$(secret)}
pg_port=55432 s3_port=18090 lb_port=18080
node_ports=(18081 18082 18083)
pids=()
node_pid=()
haproxy_pid=
cleanup() {
  for pid in "${pids[@]}" "${node_pid[@]}" $haproxy_pid; do kill "$pid" 2>/dev/null || true; done
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pgrun/data" -m fast stop >/dev/null 2>&1 || true
  rm -f "$work/clip.mp4"
  echo "Logs and results in $work"
}
trap cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "== PostgreSQL 15 (Debian) on port $pg_port"
mkdir -p "$work/pgrun" && chown postgres "$work/pgrun"
printf '%s\n' "$superuser_password" > "$work/pgrun/pw" && chown postgres "$work/pgrun/pw"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pgrun/data" -A scram-sha-256 --pwfile="$work/pgrun/pw" -U postgres >/dev/null
rm "$work/pgrun/pw"
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pgrun/data" -l "$work/pgrun/postgres.log" -w \
  -o "-p $pg_port -k $work/pgrun -c max_connections=100 -c shared_buffers=512MB -c max_wal_size=4GB" start >/dev/null
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
q() { psql -At -h 127.0.0.1 -p $pg_port -U postgres -d leo -c "$1"; }

echo "== S3Proxy (filesystem backend) on port $s3_port"
[ -f bench/target/s3proxy-classpath.txt ] || ./mvnw -q -pl app dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$PWD/bench/target/s3proxy-classpath.txt"
mkdir -p "$work/s3"
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
# The bucket is made through the S3 API (CreateBucket, signed with AWS Signature V4), as Leo's own S3 tests do, not
# as a directory behind the server's back (curl signs it; S3Proxy wants the empty body's SHA-256 declared).
for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$s3_port/" && break; sleep 1; done
bucket_status=$(curl -s -o "$work/create-bucket.xml" -w '%{http_code}' -X PUT --aws-sigv4 'aws:amz:us-east-1:s3' \
  --user "leo:$s3_secret" -H "x-amz-content-sha256: $(printf '' | sha256sum | cut -d' ' -f1)" \
  "http://127.0.0.1:$s3_port/leo-evidence")
[ "$bucket_status" = 200 ] || { echo "CreateBucket answered $bucket_status:"; cat "$work/create-bucket.xml"; exit 1; }
echo "   bucket leo-evidence created through the S3 API"

# every node's settings, as arguments for env (so that $! is the node's own process, the one killed)
node_vars=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/leo" SPRING_DATASOURCE_USERNAME=leo_app \
    SPRING_DATASOURCE_PASSWORD="$app_password" SPRING_FLYWAY_USER=leo_owner SPRING_FLYWAY_PASSWORD="$owner_password" \
    LEO_DATABASE_RUNNING_ROLE=leo_app LEO_DB_POOL_SIZE=10 LEO_DEMO=false LEO_HTTP_BASIC=true \
    LEO_ADMIN_PASSWORD="admin-$staff_password" LEO_COMPLAINTS_SUBMISSIONS_PER_HOUR=100000000 \
    LEO_EVIDENCE_STORE=s3 LEO_EVIDENCE_S3_ENDPOINT="http://127.0.0.1:$s3_port" LEO_EVIDENCE_S3_BUCKET=leo-evidence \
    LEO_EVIDENCE_S3_ACCESS_KEY=leo LEO_EVIDENCE_S3_SECRET_KEY="$s3_secret" LEO_EVIDENCE_KEY_FILE="$work/keys/ledger.key")

echo "== Schema migrated once (a command run), then the department's history written into it"
env "${node_vars[@]}" LEO_EVIDENCE_DIRECTORY="$work/migrate" java -Xmx512m -jar app/target/leo-exec.jar help > "$work/migrate.log" 2>&1
# A bcrypt hash of the staff password, made by PostgreSQL (pgcrypto, cost 6: the sign-ins are part of the run, not
# what it measures); the password goes to psql on its standard input, never on a command line.
staff_hash=$(printf "create extension if not exists pgcrypto;\nselect crypt(convert_from(decode('%s', 'base64'), 'UTF8'), gen_salt('bf', 6));\n" \
  "$(printf %s "$staff_password" | base64 -w0)" | psql -At -q -h 127.0.0.1 -p $pg_port -U postgres -d postgres | tail -1)
fill_started=$SECONDS
psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $pg_port -U postgres -d leo -v officers="$officers" \
  -v complaints="$complaints" -v custody="$custody" -v staff="$staff" -v staff_hash="$staff_hash" \
  -f bench/load/cluster-fill.sql
echo "   written in $((SECONDS - fill_started)) s: $(q 'select count(*) from officer') officers," \
  "$(q 'select count(*) from complaint') complaints, $(q 'select count(*) from custody_event') custody events," \
  "$(q 'select count(*) from staff_account') staff accounts; database $(q "select pg_size_pretty(pg_database_size('leo'))")"

echo "== Three Leo nodes started at once"
for i in 0 1 2; do
  mkdir -p "$work/node$((i + 1))"
  env "${node_vars[@]}" LEO_EVIDENCE_DIRECTORY="$work/node$((i + 1))/evidence" \
    java -Xmx768m -XX:+UseSerialGC -jar app/target/leo-exec.jar --server.port="${node_ports[$i]}" \
    > "$work/node$((i + 1)).log" 2>&1 &
  node_pid+=($!)
done
started=$SECONDS
for i in 0 1 2; do
  for _ in $(seq 1 600); do
    curl -s -o /dev/null "http://127.0.0.1:${node_ports[$i]}/login" && break
    kill -0 "${node_pid[$i]}" 2>/dev/null || { echo "node $((i + 1)) died at start:"; tail -30 "$work/node$((i + 1)).log"; exit 1; }
    sleep 1
  done
done
echo "   all three up after $((SECONDS - started)) s (load $(load))"

balance() {
  [ -n "$haproxy_pid" ] && { kill "$haproxy_pid"; wait "$haproxy_pid" 2>/dev/null || true; }
  {
    printf 'global\n  maxconn 4096\ndefaults\n  mode http\n  timeout connect 2s\n  timeout client 10m\n  timeout server 10m\n'
    printf '  retries 2\n  option redispatch\nfrontend leo\n  bind 127.0.0.1:%s\n  default_backend nodes\n' $lb_port
    printf 'backend nodes\n  balance roundrobin\n  option httpchk GET /login\n'
    for i in $(seq 0 $(($1 - 1))); do
      printf '  server node%d 127.0.0.1:%s check inter 1s fall 2 rise 2\n' $((i + 1)) "${node_ports[$i]}"
    done
  } > "$work/haproxy-$1.cfg"
  haproxy -f "$work/haproxy-$1.cfg" >> "$work/haproxy.log" 2>&1 &
  haproxy_pid=$!
  for _ in $(seq 1 30); do curl -s -o /dev/null "http://127.0.0.1:$lb_port/login" && break; sleep 0.5; done
}
balance 3
lb="http://127.0.0.1:$lb_port"

echo "== $staff staff sign in through the balancer (form sign-in, sessions in PostgreSQL)"
: > "$work/sessions"
sign_in() {
  local jar="$work/jar-$1" csrf
  csrf=$(curl -s -c "$jar" "$lb/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"\|value="[^"]*"[^>]*name="_csrf"' \
    | grep -o 'value="[^"]*"' | cut -d'"' -f2)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=bench-staff-$1" \
    --data-urlencode "password@-" --data-urlencode "_csrf=$csrf" "$lb/login" < <(printf %s "$staff_password")
  awk '$6 == "LEO_SESSION" { print "LEO_SESSION=" $7 }' "$jar"
  rm -f "$jar"
}
for s in $(seq 3 "$staff"); do sign_in "$s"; done >> "$work/sessions" 2>/dev/null
echo "   $(wc -l < "$work/sessions") sessions signed in (accounts 1 and 2 open incidents and upload)"

printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isommp41' > "$work/clip.mp4"
head -c $((size_mib * 1024 * 1024 - 24)) /dev/urandom >> "$work/clip.mp4"
clip_sha=$(sha256sum "$work/clip.mp4" | cut -d' ' -f1)
chunk_mib=16
opener="bench-staff-1:$staff_password"
uploader_user="bench-staff-2:$staff_password"

# Incident step clocks: every 2 s an incident reported 280 s ago, so that its first step (dispatch a unit, due 300 s
# after the report) falls due 20 s later and, with no unit dispatched, raises an escalation.
clocks() {
  set +e
  while [ $SECONDS -lt $end ]; do
    local reported
    reported=$(date -u -d '-280 seconds' +%Y-%m-%dT%H:%M:%SZ)
    curl -s -o "$run/incident.json" -w '%{time_total} %{http_code}\n' -u "$opener" -H 'Content-Type: application/json' \
      -X POST "$lb/api/v1/incidents" --data "{\"kind\":\"FOUND_CHILD\",\"location\":\"Bench Plaza\",\"reportedAt\":\"$reported\",
      \"person\":{\"name\":\"Bench Child\",\"age\":7,\"description\":\"green raincoat\",\"condition\":\"DISTRESSED\",\"riskFactors\":[]}}" \
      >> "$run/incidents.times" < /dev/null || echo "0 000" >> "$run/incidents.times"
    grep -o '"id":"[^"]*"' "$run/incident.json" 2>/dev/null | head -1 | cut -d'"' -f4 >> "$run/acknowledged-incidents"
    sleep 2
  done
}
uploader() {
  set +e
  local size
  size=$(stat -c %s "$work/clip.mp4")
  while [ $SECONDS -lt $end ]; do
    local id offset status
    id=$(curl -s -u "$uploader_user" -H 'Content-Type: application/json' -X POST "$lb/api/v1/evidence/uploads" \
      --data "{\"kind\":\"CCTV_VIDEO\",\"fileName\":\"bench-$1.mp4\",\"size\":$size,\"sha256\":\"$clip_sha\"}" \
      | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4) || true
    [ -n "$id" ] || { echo "upload not begun" >> "$run/upload-problems"; sleep 1; continue; }
    echo "$id" >> "$run/begun-uploads"
    offset=0
    while [ "$offset" -lt "$size" ] && [ $SECONDS -lt $((end + 300)) ]; do
      status=$(tail -c +$((offset + 1)) "$work/clip.mp4" | head -c $((chunk_mib * 1048576)) \
        | curl -s -o "$run/chunk-$1.json" -w '%{time_total} %{http_code}' -u "$uploader_user" -X PUT -H 'Expect:' \
          -H 'Content-Type: application/octet-stream' --data-binary @- "$lb/api/v1/evidence/uploads/$id?offset=$offset"; \
          echo " $?")
      echo "$status" >> "$run/chunks.curl"
      status=${status% *}
      [ -n "${status#* }" ] || status="0 000"
      echo "$status" >> "$run/chunks.times"
      # whatever happened, ask any node where the upload stands and go on from there
      offset=$(curl -s -u "$uploader_user" "$lb/api/v1/evidence/uploads/$id" | grep -o '"receivedBytes":[0-9]*' \
        | cut -d: -f2) || offset=0
      [ -n "$offset" ] || { sleep 1; offset=0; }
      case "${status#* }" in 2*) ;; *) echo "$id chunk answered ${status#* }; resumed at $offset" >> "$run/resumed" ;; esac
    done
    [ "$offset" -lt "$size" ] && { echo "$id unfinished at $offset" >> "$run/unfinished-uploads"; continue; }
    curl -s -o "$run/u-$id.json" -w '%{time_total} %{http_code}\n' -u "$uploader_user" -X POST \
      "$lb/api/v1/evidence/uploads/$id/complete" >> "$run/completes.times"
    grep -q "\"sha256\":\"$clip_sha\"" "$run/u-$id.json" && echo "$id" >> "$run/completed-uploads"
  done
}
# Whether a request body of more than 1 MiB is arriving on the port within 0.2 s: an evidence chunk (complaints and
# staff reads are a few KiB). ss reports the bytes received per connection, keyed here by the peer's address.
chunk_in_flight() {
  local before
  before=$(received "$1")
  sleep 0.2
  received "$1" | awk -v before="$before" 'BEGIN { n = split(before, lines, "\n"); for (i = 1; i <= n; i++) {
      split(lines[i], f, " "); seen[f[1]] = f[2] } }
    ($1 in seen) && $2 - seen[$1] > 1048576 { found = 1 } END { exit found ? 0 : 1 }'
}
received() {
  ss -Htin state established "( sport = :$1 )" | paste - - \
    | awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^bytes_received:/) { split($i, b, ":"); print $4, b[2] } }'
}
heap() {
  set +e
  while [ $SECONDS -lt $end ]; do
    for i in 0 1 2; do
      kill -0 "${node_pid[$i]}" 2>/dev/null \
        && echo "$SECONDS node$((i + 1)) $(jstat -gc "${node_pid[$i]}" | tail -1 | awk '{print $3 + $4 + $6 + $8, $8}') $(load)" \
          | tee -a "$work/heap-all" >> "$run/heap"
    done
    sleep 5
  done
}
summary() {
  [ -s "$run/$1.times" ] || { echo "  $1: none"; return; }
  sort -n "$run/$1.times" | awk -v kind="$1" -v secs="$seconds" '
    { t[NR] = $1; if ($2 !~ /^2/) failed++ }
    END { printf "  %-10s %6d requests, %6.2f/s, failed %d, p50 %.0f ms, p99 %.0f ms, max %.0f ms\n", kind, NR, NR / secs,
      failed, t[int(NR * 0.5) + 1] * 1000, t[int(NR * 0.99) + 1] * 1000, t[NR] * 1000 }'
}

# One run: the mixed load for $seconds through the balancer in front of $1 nodes; with "kill", node 2 is killed
# with SIGKILL halfway.
run_load() {
  local nodes=$1 kill_one=${2:-}
  run="$work/run-$nodes${kill_one:+-kill}"
  mkdir -p "$run"
  balance "$nodes"
  echo "== $nodes node(s)${kill_one:+, node 2 killed at $((seconds / 2)) s}: $seconds s; load before $(load)"
  end=$((SECONDS + seconds))
  local workers=()
  LEO_LOAD_DIR="$run" wrk -t1 -c8 -d"${seconds}s" --timeout 10s -s bench/load/submit.lua "$lb" > "$run/complaints.wrk" 2>&1 &
  workers+=($!)
  wrk -t1 -c4 -d"${seconds}s" --timeout 10s -s bench/load/p95.lua "$lb/transparency" > "$run/portal.wrk" 2>&1 &
  workers+=($!)
  LEO_SESSIONS="$work/sessions" LEO_THINK_MS=2000 LEO_STAFF_PATH=/staff \
    wrk -t1 -c"$((staff - 2))" -d"${seconds}s" --timeout 10s -s bench/load/cluster-staff.lua "$lb" > "$run/staff.wrk" 2>&1 &
  workers+=($!)
  clocks & workers+=($!)
  uploader 1 & local up=$!
  heap & workers+=($!)
  if [ -n "$kill_one" ]; then
    sleep $((seconds / 2))
    # node 2 dies while a chunk is streaming into it (up to 60 s more for the round-robin to hand it one), so that
    # the run shows an upload resumed through another node, not only a kill between chunks
    local waited=0
    until chunk_in_flight "${node_ports[1]}" || [ $waited -ge 300 ]; do waited=$((waited + 1)); done
    kill -9 "${node_pid[1]}"
    echo "   node 2 (pid ${node_pid[1]}) killed with SIGKILL at $(date -u +%T), load $(load)," \
      "$([ $waited -lt 300 ] && echo 'with a chunk streaming into it' || echo 'no chunk was streaming into it')"
  fi
  for w in "${workers[@]}"; do wait "$w" || true; done
  echo "   load at the end $(load); waiting for the upload in flight to finish"
  wait "$up" || true
  sleep 8   # the last escalations fall due up to 20 s after the last incident; wait for the due ones to be raised
  set +e
  echo "  complaints $(grep -h '^requests\|^p99' "$run/complaints.wrk" | paste -sd' ')"
  echo "  portal     $(grep -h '^requests' "$run/portal.wrk")"
  echo "  staff      $(grep -h '^requests' "$run/staff.wrk")"
  summary incidents; summary chunks; summary completes
  cat "$run"/acknowledged-*.txt 2>/dev/null | grep -v '^FAILED' | cut -d' ' -f1 > "$run/acknowledged-complaints"
  sort -u "$run/acknowledged-incidents" -o "$run/acknowledged-incidents" 2>/dev/null
  # the acknowledged keys go to PostgreSQL through COPY (there are too many for one command line)
  { printf 'create temporary table complaint_ack (code text);\ncopy complaint_ack from stdin;\n'; cat "$run/acknowledged-complaints"
    printf '\\.\ncreate temporary table incident_ack (id uuid);\ncopy incident_ack from stdin;\n'
    cat "$run/acknowledged-incidents" 2>/dev/null; printf '\\.\n'
    cat <<SQL
select '  complaints acknowledged ' || (select count(*) from complaint_ack) || ', in the database '
  || (select count(*) from complaint where tracking_code in (select code from complaint_ack)) || ', lost '
  || (select count(*) from complaint_ack a where not exists (select 1 from complaint c where c.tracking_code = a.code));
select '  incidents acknowledged ' || (select count(*) from incident_ack) || ', in the database '
  || (select count(*) from incident where id in (select id from incident_ack));
select '  escalations raised for the dispatch step ' || count(*) || ', later than 5 s after due '
  || count(*) filter (where raised_at - due_at > interval '5 seconds') || ', lateness p50 / p99 / max '
  || coalesce(round(percentile_cont(0.5) within group (order by extract(epoch from raised_at - due_at))::numeric, 2) || ' / '
  || round(percentile_cont(0.99) within group (order by extract(epoch from raised_at - due_at))::numeric, 2) || ' / '
  || round(max(extract(epoch from raised_at - due_at))::numeric, 2) || ' s', '-')
  from escalation where incident_id in (select id from incident_ack) and step_code = 'DISPATCH_UNIT' and level = 1;
select '  dispatch steps due more than 5 s before now without an escalation ' || count(*) from incident i
  where i.id in (select id from incident_ack) and i.reported_at + interval '300 seconds' < now() - interval '5 seconds'
  and not exists (select 1 from escalation e where e.incident_id = i.id and e.step_code = 'DISPATCH_UNIT' and e.level = 1);
SQL
  } | psql -At -q -h 127.0.0.1 -p $pg_port -U postgres -d leo
  echo "  uploads begun $(sort -u "$run/begun-uploads" 2>/dev/null | grep -c .), completed with the file's SHA-256 $(sort -u "$run/completed-uploads" 2>/dev/null | grep -c .)," \
    "interrupted chunks $(grep -c . "$run/resumed" 2>/dev/null || echo 0) in $(cut -d' ' -f1 "$run/resumed" 2>/dev/null | sort -u | grep -c .) uploads," \
    "of which completed $(cut -d' ' -f1 "$run/resumed" 2>/dev/null | sort -u | grep -cxFf "$run/completed-uploads" 2>/dev/null || true)," \
    "unfinished $(grep -c . "$run/unfinished-uploads" 2>/dev/null || echo 0)"
  echo "  heap used (MB) per node, first / max / last sample of the run:"
  for n in node1 node2 node3; do
    grep " $n " "$run/heap" 2>/dev/null | awk -v n=$n 'NR == 1 { first = $3 } { last = $3; if ($3 > max) max = $3 }
      END { if (NR) printf "    %s %.0f / %.0f / %.0f (%d samples)\n", n, first / 1024, max / 1024, last / 1024, NR }'
  done
  set -e
}

run_load 1
run_load 2
run_load 3
run_load 3 kill

echo "== Whole installation"
echo "  signing keys registered $(q 'select count(*) from custody_signing_key'), keys that signed tree heads $(q 'select count(distinct key_id) from custody_tree_head'), largest head $(q 'select max(tree_size) from custody_tree_head')"
echo "  cluster job runs by node: $(q "select node || ' ' || count(*) from cluster_job_run group by node" | paste -sd';')"
echo "  load average at the end $(load)"
# A node's memory must not grow with the run: the old generation (what survives young collections) of each node over
# all four runs, with its least-squares slope; a leak shows as a steady positive slope, a bounded node as one near 0.
echo "  old generation per node over all runs (MB): first / max / last, slope MB per minute, samples"
for n in node1 node2 node3; do
  grep " $n " "$work/heap-all" 2>/dev/null | awk -v n=$n 'NR == 1 { first = $4 } { x = $1 / 60; y = $4 / 1024; sx += x; sy += y;
      sxx += x * x; sxy += x * y; last = $4; if ($4 > max) max = $4 }
    END { if (NR > 1) printf "    %s %.0f / %.0f / %.0f, %+.1f MB/min, %d samples\n", n, first / 1024, max / 1024, last / 1024,
      (NR * sxy - sx * sy) / (NR * sxx - sx * sx), NR }'
done
