#!/usr/bin/env bash
# The tamper suite against a real installation: each attack is made in the database (or on disk), verify-ledger
# must report it with its location (exit code 1), and the attack is undone before the next.
# RUN IT ONLY ON A DISPOSABLE COPY (a restored backup or a test installation), never on live evidence, with Leo
# stopped (a running Leo would sign new heads over the damage).
#   LEO_TAMPER_DB   psql connection string of that copy's database as a superuser, the only role that may switch the
#                   append-only triggers off (embedded: user postgres, password "superuser" in data/database.credentials)
#   LEO_VERIFY      the verify command (default: ./leo verify-ledger --skip-blobs)
#   LEO_BLOBS       the evidence blob directory, to flip a byte (default: data/evidence/blobs; skipped if absent)
#   LEO_VERIFY_AUDIT  the audit verify command (default: ./leo verify-audit)
# First save a checkpoint as an auditor would:  curl -s http://HOST/api/public/v1/ledger/checkpoint > kept.txt
# then:  LEO_TAMPER_DB=... bench/tamper.sh kept.txt --i-know-this-is-a-copy
# A replaced key file (rather than a key registered beside it) is exercised by LedgerTamperSuiteIntegrationTests.
set -uo pipefail
kept=${1:?usage: bench/tamper.sh KEPT_CHECKPOINT.txt --i-know-this-is-a-copy}
[ "${2:-}" = "--i-know-this-is-a-copy" ] || { echo "Refusing: pass --i-know-this-is-a-copy (this script damages the ledger it is given)"; exit 2; }
db=${LEO_TAMPER_DB:?set LEO_TAMPER_DB}
verify=${LEO_VERIFY:-./leo verify-ledger --skip-blobs}
verify_audit=${LEO_VERIFY_AUDIT:-./leo verify-audit}
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

# A fork: a row rewritten AND its leaf hash recomputed (RFC 9162 leaf: SHA-256 of 0x00 and the entry, each field of the
# entry with its four-byte length first; the time as Java's Instant prints it), and the heads after it deleted, so that
# the ledger is consistent with itself and only the kept checkpoint can tell.
leaf() { # SQL for the leaf hash of custody_event row e with detail $1 (an SQL expression)
  cat <<SQL
sha256('\\x00'::bytea || (select string_agg(int4send(octet_length(b)) || b, ''::bytea order by n) from unnest(array[
  convert_to('leo-custody-event/v1', 'UTF8'), convert_to(e.position::text, 'UTF8'), convert_to(e.id::text, 'UTF8'),
  convert_to(to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || case
    when extract(microseconds from e.occurred_at)::bigint % 1000000 = 0 then ''
    when extract(microseconds from e.occurred_at)::bigint % 1000 = 0 then '.' || lpad(((extract(microseconds from e.occurred_at)::bigint % 1000000) / 1000)::text, 3, '0')
    else '.' || lpad((extract(microseconds from e.occurred_at)::bigint % 1000000)::text, 6, '0') end || 'Z', 'UTF8'),
  convert_to(e.evidence_id::text, 'UTF8'), convert_to(e.action, 'UTF8'), convert_to(e.actor, 'UTF8'), convert_to($1, 'UTF8')])
  with ordinality as t(b, n)))
SQL
}
forked=$((size - 2))
same=$(psql -qtA "$db" -c "select $(leaf e.detail) = e.leaf_hash from custody_event e where position = $forked")
if [ "$same" = "t" ]; then
  sql "create table tamper_saved as select position, detail, leaf_hash from custody_event where position = $forked;
       create table tamper_cosigs as select * from custody_cosignature where tree_size > $forked;
       create table tamper_points as select * from custody_checkpoint where tree_size > $forked;
       create table tamper_heads as select * from custody_tree_head where tree_size > $forked;
       delete from custody_cosignature where tree_size > $forked; delete from custody_checkpoint where tree_size > $forked;
       delete from custody_tree_head where tree_size > $forked;
       update custody_event e set detail = 'rewritten and re-hashed', leaf_hash = $(leaf "'rewritten and re-hashed'") where position = $forked;"
  expect "fork (row rewritten and re-hashed)" "FORK"
  sql "update custody_event e set detail = s.detail, leaf_hash = s.leaf_hash from tamper_saved s where e.position = s.position;
       insert into custody_tree_head select * from tamper_heads; insert into custody_checkpoint select * from tamper_points;
       insert into custody_cosignature select * from tamper_cosigs;
       drop table tamper_saved; drop table tamper_heads; drop table tamper_points; drop table tamper_cosigs;"
else
  echo "SKIPPED   fork: this script could not reproduce event $forked's leaf hash (entry format changed?)"; failures=$((failures + 1))
fi

# A deleted audit row: the audit trail's hash chain (and its heads in the ledger) must name it.
row=$(psql -qtA "$db" -c "select max(audit_position) from audit_chain")
if [ -n "$row" ]; then
  sql "create table tamper_audit as select * from audit_event where position = $row; delete from audit_event where position = $row;"
  out=$($verify_audit 2>&1); code=$?
  if [ $code -eq 1 ] && grep -q "Audit row $row was deleted" <<<"$out"; then echo "DETECTED  deleted audit row: $(grep -m1 "Audit row $row" <<<"$out" | cut -c1-160)"
  else echo "MISSED    deleted audit row $row (exit $code)"; failures=$((failures + 1)); fi
  sql "insert into audit_event overriding system value select * from tamper_audit; drop table tamper_audit;"
fi

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
