-- History imports run in the background on the node that received the files, but every node behind the load balancer
-- shows the same job: its progress, its report and its rejected rows are kept here, not in the memory or on the disk
-- of the node running it.
--
-- ew_import_job: one row per import an administrator started. The running node writes how far it has read and its
-- last progress line (a stored sentence, key|argument|…) at most about once a second, and beats heartbeat_at (the
-- database's clock, so the nodes' own clocks need not agree) every few seconds while it holds the job. A RUNNING job
-- whose heartbeat has stopped for minutes belonged to a node that died: any node reading it marks it FAILED with a
-- sentence telling the administrator to start the import again (the import's transaction died with the node, so
-- nothing of it was stored). The finished report keeps its figures as columns, and its refusal, warnings and
-- unmapped codes as JSON; the first rows rejected are read back from ew_import_rejected_row.
create table ew_import_job (
  id            uuid primary key,
  mapping       text not null,
  file_names    text not null,
  size_bytes    bigint not null check (size_bytes >= 0),
  started_by    text not null,
  started_at    timestamptz not null,
  node          text,
  state         text not null default 'RUNNING' check (state in ('RUNNING', 'DONE', 'FAILED')),
  bytes_read    bigint not null default 0 check (bytes_read >= 0),
  progress      text not null,
  failure       text,
  agency        text,
  created       bigint,
  changed       bigint,
  unchanged     bigint,
  rejected      bigint,
  officers      bigint,
  complaints    bigint,
  file_problem  text,
  refusal       jsonb,
  warned        jsonb,
  warnings      jsonb,
  unmapped      jsonb,
  heartbeat_at  timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  check (state <> 'DONE' or rejected is not null),
  check (state <> 'FAILED' or failure is not null)
);

create index ew_import_job_started on ew_import_job (started_at desc);
create index ew_import_job_beating on ew_import_job (heartbeat_at) where state = 'RUNNING';

-- ew_import_rejected_row: every row an import rejected, in the order it was found (position), with its line number,
-- its file when the export has several, and why as a stored sentence, so the rejected rows download in full, in the
-- reader's language, from any node. Deleted with their job.
create table ew_import_rejected_row (
  job_id      uuid not null references ew_import_job (id) on delete cascade,
  position    bigint not null,
  row_number  bigint not null,
  file        text,
  reason      text not null,
  primary key (job_id, position)
);
