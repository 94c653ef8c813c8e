-- The duty roster: who holds which post over which unit from when to when. A shift that covers an instant puts its
-- officer on duty then; escalations read it to find the supervisor and watch commander of the moment.
create table duty_shift (
  id          uuid primary key,
  officer_id  uuid not null references officer (id),
  unit_id     uuid not null references unit (id),
  post        text not null check (post in ('SUPERVISOR', 'WATCH_COMMANDER', 'OFFICER')),
  starts_at   timestamptz not null,
  ends_at     timestamptz not null,
  created_by  text not null,
  created_at  timestamptz not null,
  check (ends_at > starts_at),
  unique (officer_id, unit_id, post, starts_at)
);
create index duty_shift_by_time on duty_shift (starts_at, ends_at);
create index duty_shift_by_officer on duty_shift (officer_id);
