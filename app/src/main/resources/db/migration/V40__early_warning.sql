-- Early warning: complaint history from any agency, Leo's Protocol findings, commendations, rule settings and
-- flags with their supervisor review. Officers of other agencies live here, keyed by (agency, external id), and
-- point at the Leo roster only when they are the same person.

create table ew_officer (
  id                 uuid primary key,
  agency_code        text not null,
  external_id        text not null,
  badge_number       text,
  first_name         text,
  last_name          text,
  rank               text,
  unit               text,
  hire_date          date,
  roster_officer_id  uuid references officer (id),
  unique (agency_code, external_id)
);
create index ew_officer_by_roster on ew_officer (roster_officer_id);

create table ew_complaint (
  id           uuid primary key,
  agency_code  text not null,
  external_id  text not null,
  received_on  date not null,
  closed_on    date,
  unique (agency_code, external_id)
);
create index ew_complaint_by_received on ew_complaint (received_on);

create table ew_allegation (
  id             uuid primary key,
  complaint_id   uuid not null references ew_complaint (id),
  officer_id     uuid not null references ew_officer (id),
  category       text not null,
  category_code  text not null,
  description    text,
  finding        text not null check (finding in ('SUSTAINED', 'NOT_SUSTAINED', 'EXONERATED', 'UNFOUNDED',
                                                  'CLOSED_NO_FINDING', 'MEDIATED', 'PENDING')),
  finding_code   text
);
create index ew_allegation_by_officer on ew_allegation (officer_id, complaint_id);
create index ew_allegation_by_complaint on ew_allegation (complaint_id);

create table ew_protocol_finding (
  id           uuid primary key,
  officer_id   uuid not null references ew_officer (id),
  occurred_on  date not null,
  kind         text not null,
  description  text not null,
  reference    text,
  recorded_at  timestamptz not null,
  recorded_by  text not null
);
create index ew_protocol_finding_by_officer on ew_protocol_finding (officer_id, occurred_on);
create trigger ew_protocol_finding_append_only before update or delete on ew_protocol_finding
  for each row execute function leo_refuse_change();
create trigger ew_protocol_finding_no_truncate before truncate on ew_protocol_finding
  for each statement execute function leo_refuse_change();

create table ew_commendation (
  id           uuid primary key,
  officer_id   uuid not null references ew_officer (id),
  received_on  date not null,
  description  text not null,
  source       text,
  recorded_at  timestamptz not null,
  recorded_by  text not null
);
create index ew_commendation_by_officer on ew_commendation (officer_id, received_on);
create trigger ew_commendation_append_only before update or delete on ew_commendation
  for each row execute function leo_refuse_change();
create trigger ew_commendation_no_truncate before truncate on ew_commendation
  for each statement execute function leo_refuse_change();

create table ew_rule_setting (
  rule           text primary key,
  enabled        boolean not null,
  threshold      int not null check (threshold between 1 and 100),
  window_months  int not null check (window_months between 1 and 120),
  updated_by     text,
  updated_at     timestamptz
);
insert into ew_rule_setting (rule, enabled, threshold, window_months) values
  ('COMPLAINT_THRESHOLD', true, 2, 12),
  ('PEER_PERCENTILE', true, 95, 24),
  ('REPEATED_INSUFFICIENT_EVIDENCE', true, 2, 36),
  ('PROTOCOL_FINDING', true, 1, 12);

create table ew_flag (
  id                 uuid primary key,
  officer_id         uuid not null references ew_officer (id),
  raised_at          timestamptz not null,
  updated_at         timestamptz not null,
  score              numeric(8, 2) not null,
  reasons            text not null,
  status             text not null check (status in ('OPEN', 'ACKNOWLEDGED', 'INTERVENTION_PLANNED', 'CLOSED')),
  acknowledged_by    text,
  acknowledged_at    timestamptz,
  intervention_plan  text,
  follow_up_on       date,
  outcome            text,
  closed_by          text,
  closed_at          timestamptz
);
create unique index ew_flag_one_open_per_officer on ew_flag (officer_id) where status <> 'CLOSED';
create index ew_flag_by_status on ew_flag (status, score desc);
