-- What the administrator's home reports about the installation instead of saying "not recorded".
--
-- cluster_node: every running node beats here every few seconds (its name is the one it uses in the schedulers'
-- tables); a node that stops cleanly marks itself stopped, a node killed simply goes silent. Rows of nodes silent for
-- a week are pruned by the live nodes' beats, so the table stays as small as the cluster.
create table cluster_node (
  name          text primary key,
  host          text not null,
  started_at    timestamptz not null,
  last_seen_at  timestamptz not null,
  stopped_at    timestamptz
);

-- installation_backup: one row per finished ./leo backup, written after the copy succeeded (so a backup never holds
-- its own row). Append-only: the record of backups is part of the installation's accountability.
create table installation_backup (
  id              bigserial primary key,
  finished_at     timestamptz not null,
  directory       text not null,
  database_rows   bigint not null check (database_rows >= 0),
  evidence_files  bigint not null check (evidence_files >= 0),
  evidence_bytes  bigint not null check (evidence_bytes >= 0)
);

create trigger installation_backup_append_only before update or delete on installation_backup
  for each row execute function leo_refuse_change();
create trigger installation_backup_no_truncate before truncate on installation_backup
  for each statement execute function leo_refuse_change();

insert into leo_insert_only (table_name) values ('installation_backup');
