-- C2SP signed-note checkpoints of the custody ledger: the note text exactly as signed by the installation key.
create table custody_checkpoint (
  tree_size    bigint primary key,
  note         text not null,
  key_id       text not null,
  signed_at    timestamptz not null
);
create trigger custody_checkpoint_append_only before update or delete on custody_checkpoint
  for each row execute function leo_refuse_change();

-- Cosignatures returned by witnesses (C2SP tlog-witness): one signature line per witness and checkpoint.
create table custody_cosignature (
  tree_size    bigint not null references custody_checkpoint (tree_size),
  witness      text not null,
  line         text not null,
  received_at  timestamptz not null,
  primary key (tree_size, witness)
);
create trigger custody_cosignature_append_only before update or delete on custody_cosignature
  for each row execute function leo_refuse_change();

-- Signed key transitions: the old installation key and the new one both sign the statement that hands over.
create table custody_key_transition (
  new_key_id     text primary key,
  old_key_id     text not null,
  statement      text not null,
  old_signature  bytea not null,
  new_signature  bytea not null,
  made_at        timestamptz not null
);
create trigger custody_key_transition_append_only before update or delete on custody_key_transition
  for each row execute function leo_refuse_change();

-- Leo as a witness for other logs: each known log's verifier key and the latest checkpoint cosigned for it. This
-- state moves forward only, by the witness's own rules; it is the one table here that is updated.
create table witness_log (
  origin        text primary key,
  verifier_key  text not null,
  tree_size     bigint not null default 0,
  root_hash     bytea,
  updated_at    timestamptz not null
);
