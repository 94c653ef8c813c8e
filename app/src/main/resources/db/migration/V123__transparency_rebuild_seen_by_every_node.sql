-- The last rebuild of the public read models, as every node reads it: one row, written by the node that runs the
-- rebuild when it starts, at each step and every thousand events replayed, and when it ends. A second node behind the
-- load balancer shows the same progress, and a rebuild whose node died (its cluster lock released, the row still
-- running) is read as interrupted: it ran in one transaction, so it changed nothing. The step is a code, said in the
-- reader's language.
create table transparency_rebuild (
  id           smallint primary key check (id = 1),
  running      boolean not null,
  step         text not null check (step in ('STARTING', 'EMPTYING', 'COMPLAINTS', 'CASES_OPENED', 'CASES_CLOSED',
                                             'INCIDENTS', 'ESCALATIONS', 'REUNIFICATIONS', 'COMMITTING', 'DONE',
                                             'FAILED', 'INTERRUPTED')),
  replayed     bigint not null check (replayed >= 0),
  started_by   text not null,
  started_at   timestamptz not null,
  finished_at  timestamptz,
  failure      text,
  updated_at   timestamptz not null
);
