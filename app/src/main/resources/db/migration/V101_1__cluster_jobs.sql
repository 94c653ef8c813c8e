-- Work done once for the whole installation however many nodes run it (tree-head signing, retention sweeps,
-- session cleanup, expiry of idle uploads, housekeeping): recurring db-scheduler tasks in their own table, so the
-- step clocks' scheduler never sees them and they run on wall time. A node that dies while running one stops
-- beating; after four missed one-second beats another node takes the job over.
create table cluster_task (
  task_name             text not null,
  task_instance         text not null,
  task_data             bytea,
  execution_time        timestamptz not null,
  picked                boolean not null,
  picked_by             text,
  last_success          timestamptz,
  last_failure          timestamptz,
  consecutive_failures  int,
  last_heartbeat        timestamptz,
  version               bigint not null,
  priority              smallint,
  primary key (task_name, task_instance)
);
create index cluster_task_execution_time on cluster_task (execution_time);
create index cluster_task_last_heartbeat on cluster_task (last_heartbeat);
create index cluster_task_priority_execution_time on cluster_task (priority desc, execution_time asc);

-- Each run of a cluster job: which node ran it, for which scheduled time, and when it finished (null: it died or
-- failed). What an operator reads to see that the nightly sweep ran, and where. Kept for 90 days.
create table cluster_job_run (
  id             bigint generated always as identity primary key,
  job            text not null,
  scheduled_for  timestamptz not null,
  node           text not null,
  started_at     timestamptz not null,
  finished_at    timestamptz,
  outcome        text
);
create index cluster_job_run_job on cluster_job_run (job, scheduled_for);
