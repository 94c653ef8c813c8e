-- CJIS Security Policy 5.4.1.1: who, what, when, where, type of event and outcome, for every staff access.
create table audit_event (
  position        bigint generated always as identity primary key,
  id              uuid not null unique,
  occurred_at     timestamptz not null,
  actor           text not null,
  actor_kind      text not null check (actor_kind in ('STAFF', 'ANONYMOUS', 'SYSTEM')),
  action          text not null,
  component       text not null,
  record_type     text,
  record_id       text,
  outcome         text not null check (outcome in ('SUCCESS', 'FAILURE')),
  source_address  text,
  detail          text
);
create index audit_event_by_time on audit_event (occurred_at desc);
create index audit_event_by_actor on audit_event (actor, occurred_at desc);
create index audit_event_by_record on audit_event (record_type, record_id);

create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function leo_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function leo_refuse_change();
