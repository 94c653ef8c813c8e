-- The persistent, cluster-safe scheduler behind the step clocks (com.github.kagkarlsson:db-scheduler 16):
-- every node polls this table and claims due executions with optimistic locking, so each deadline is handled
-- by one node, and pending deadlines survive restarts.
create table scheduled_tasks (
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
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);
