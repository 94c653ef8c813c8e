#!/usr/bin/env bash
# The tamper suite against a real installation: each attack is made in the database (or on disk), verify-ledger
# must report it with its location (exit code 1), and the attack is undone before the next.
# RUN IT ONLY ON A DISPOSABLE COPY (a restored backup or a test installation), never on live evidence.
#   LEO_TAMPER_DB   psql connection string of that copy's database, as its owner (e.g. postgresql://leo@host/leo)
#   LEO_VERIFY      the verify command (default: ./leo verify-ledger --skip-blobs)
#   LEO_BLOBS       the evidence blob directory, to flip a byte (default: data/evidence/blobs; skipped if absent)
# First save a checkpoint as an auditor would:  curl -s http://HOST/api/public/v1/ledger/checkpoint > kept.txt
# then:  LEO_TAMPER_DB=... bench/tamper.sh kept.txt --i-know-this-is-a-copy
# The fork (a row rewritten and re-hashed) and a replaced key file are exercised by LedgerTamperSuiteIntegrationTests.
set -uo pipefail
kept=${1:?usage: bench/tamper.sh KEPT_CHECKPOINT.txt --i-know-this-is-a-copy}
[ "${2:-}" = "--i-know-this-is-a-copy" ] || { echo "Refusing: pass --i-know-this-is-a-copy (this script damages the ledger it is given)"; exit 2; }
db=${LEO_TAMPER_DB:?set LEO_TAMPER_DB}
verify=${LEO_VERIFY:-./leo verify-ledger --skip-blobs}
blobs=${LEO_BLOBS:-data/evidence/blobs}
failures=0
sql() { psql -q -v ON_ERROR_STOP=1 "$db" -c "set session_replication_role = replica; $1"; }
expect() { # NAME PATTERN
  out=$($verify --checkpoint="$kept" 2>&1); code=$?
  if [ $code -eq 1 ] && grep -q -- "$2" <<<"$out"; then echo "DETECTED  $1: $(grep -m1 -- "$2" <<<"$out" | cut -c1-160)"
  else echo "MISSED    $1 (exit $code)"; failures=$((failures + 1)); fi
}
size=$(sed -n 2p "$kept")
echo "Kept checkpoint of size $size"

sql "create table tamper_saved as select * from custody_event where position >= $size - 3;
     create table tamper_heads as select * from custody_tree_head where tree_size > $size - 3;
     delete from custody_event where position >= $size - 3; delete from custody_tree_head where tree_size > $size - 3;"
expect "truncated ledger and latest heads" "TRUNCATED"
sql "insert into custody_event select * from tamper_saved; insert into custody_tree_head select * from tamper_heads;
     drop table tamper_saved; drop table tamper_heads;"

sql "create table tamper_saved as select position, actor from custody_event where position = $size - 2;
     update custody_event set actor = 'nobody' where position = $size - 2;"
expect "edited custody row" "Event $((size - 2)) ("
sql "update custody_event e set actor = s.actor from tamper_saved s where e.position = s.position; drop table tamper_saved;"

sql "insert into custody_signing_key values ('ffffffffffffffff', decode('302a300506032b6570032100' || repeat('ab', 32), 'hex'), now());"
expect "replaced signing key" "without a signed transition"
sql "delete from custody_signing_key where key_id = 'ffffffffffffffff';"

blob=$(find "$blobs" -type f 2>/dev/null | head -1)
if [ -n "$blob" ]; then
  cp -p "$blob" /tmp/leo-tamper-blob && chmod u+w "$blob"
  printf '\x00' | dd of="$blob" bs=1 seek=0 conv=notrunc status=none
  out=$(${verify/--skip-blobs/} --checkpoint="$kept" 2>&1)
  grep -q "changed: its content now hashes" <<<"$out" && echo "DETECTED  flipped blob byte: $(grep -m1 'changed: its content' <<<"$out" | cut -c1-160)" \
    || { echo "MISSED    flipped blob byte"; failures=$((failures + 1)); }
  cp -p /tmp/leo-tamper-blob "$blob" && rm /tmp/leo-tamper-blob
fi
$verify --checkpoint="$kept" >/dev/null && echo "Restored: INTACT again" || echo "WARNING: not intact after undoing the attacks"
exit $failures
