create table unit (
  id         uuid primary key,
  code       text not null unique,
  name       text not null,
  parent_id  uuid references unit (id)
);

create table officer (
  id            uuid primary key,
  agency_code   text not null,
  badge_number  text not null,
  first_name    text not null,
  last_name     text not null,
  rank          text not null,
  unit_id       uuid references unit (id),
  hire_date     date,
  status        text not null check (status in ('ACTIVE', 'ADMINISTRATIVE_LEAVE', 'SUSPENDED', 'TERMINATED', 'RETIRED')),
  created_at    timestamptz not null,
  version       int not null default 0,
  unique (agency_code, badge_number)
);
create index officer_by_name on officer (lower(last_name), lower(first_name));
create index officer_by_unit on officer (unit_id);

create table officer_status_change (
  position        bigint generated always as identity primary key,
  officer_id      uuid not null references officer (id),
  changed_at      timestamptz not null,
  from_status     text,
  to_status       text not null,
  reason          text not null,
  changed_by      text not null,
  case_reference  text
);
create index officer_status_change_by_officer on officer_status_change (officer_id, position);

create trigger officer_status_change_append_only before update or delete on officer_status_change
  for each row execute function leo_refuse_change();
create trigger officer_status_change_no_truncate before truncate on officer_status_change
  for each statement execute function leo_refuse_change();
