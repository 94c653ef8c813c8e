-- Reminders of dates (statutory deadlines, hearings, flag follow-ups) sent once per cause, whatever node sweeps.
create table reminder_sent (
  cause    text primary key,
  sent_at  timestamptz not null
);
create trigger reminder_sent_append_only before update or delete on reminder_sent
  for each row execute function leo_refuse_change();
create trigger reminder_sent_no_truncate before truncate on reminder_sent
  for each statement execute function leo_refuse_change();

-- Tolls and extensions of an investigation's statutory clock, each with its reason and authority, append-only.
-- The case's due_at is recomputed from the clock's first deadline (due_before of its first row) and all rows.
create table deadline_adjustment (
  position        bigserial primary key,
  investigation_id uuid not null references investigation (id),
  clock           text not null check (clock in ('STATUTORY')),
  kind            text not null check (kind in ('TOLL', 'EXTENSION')),
  tolled_from     date,
  tolled_until    date,
  extension_days  integer check (extension_days > 0),
  reason          text not null check (length(reason) between 1 and 4000),
  authority       text not null check (length(authority) between 1 and 500),
  authority_reference text,
  due_before      timestamptz not null,
  due_after       timestamptz not null,
  recorded_by     text not null,
  recorded_at     timestamptz not null,
  check ((kind = 'TOLL' and tolled_from is not null and tolled_until >= tolled_from and extension_days is null)
      or (kind = 'EXTENSION' and extension_days is not null and tolled_from is null and tolled_until is null))
);
create index deadline_adjustment_by_case on deadline_adjustment (investigation_id, clock, position);
create trigger deadline_adjustment_append_only before update or delete on deadline_adjustment
  for each row execute function leo_refuse_change();
create trigger deadline_adjustment_no_truncate before truncate on deadline_adjustment
  for each statement execute function leo_refuse_change();

-- The sweep looks for undecided hearings still to come.
create index hearing_undecided_by_date on hearing (held_at) where decision is null;
