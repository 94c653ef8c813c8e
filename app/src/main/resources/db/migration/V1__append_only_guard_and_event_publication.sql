-- A guard for records that must never change once written (audit trail, status histories, custody ledger).
-- Attached as BEFORE UPDATE OR DELETE (per row) and BEFORE TRUNCATE (per statement) triggers.
create function leo_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
    using errcode = 'insufficient_privilege';
end
$$;

-- Spring Modulith's event publication registry: module events survive a crash until every listener completed.
create table event_publication (
  id                     uuid not null primary key,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamptz not null,
  completion_date        timestamptz,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
