-- Tables Leo's running role may only insert into and read: after every migration run the schema owner grants it
-- SELECT and INSERT there and nothing else (RunningRoleGrants), so no connection of the running application can
-- update, delete, truncate, disable a trigger or switch session_replication_role, whatever the triggers allow.
-- A module whose table must never change adds its name here in its own migration.
create table leo_insert_only (
  table_name text primary key
);
insert into leo_insert_only (table_name) values
  ('leo_insert_only'), ('audit_event'), ('audit_chain'), ('custody_event'), ('custody_tree_head');

-- The audit trail's hash chain, one link per audit row, in the order the rows were sealed (a row written by a
-- transaction that commits late is sealed after rows with higher positions). A link carries the SHA-256 of its
-- row's content and the hash of the previous link; chain_hash = SHA-256(previous_hash || content_hash). The
-- chain's head is entered in the custody ledger at each sealing, so a deleted or changed row, or a shortened
-- chain, is found by ./leo verify-audit.
create table audit_chain (
  seq             bigint primary key check (seq >= 1),
  audit_position  bigint not null unique,
  content_hash    bytea not null check (length(content_hash) = 32),
  previous_hash   bytea not null check (length(previous_hash) = 32),
  chain_hash      bytea not null check (length(chain_hash) = 32),
  sealed_at       timestamptz not null
);

create trigger audit_chain_append_only before update or delete on audit_chain
  for each row execute function leo_refuse_change();
create trigger audit_chain_no_truncate before truncate on audit_chain
  for each statement execute function leo_refuse_change();
create trigger leo_insert_only_append_only before update or delete on leo_insert_only
  for each row execute function leo_refuse_change();
