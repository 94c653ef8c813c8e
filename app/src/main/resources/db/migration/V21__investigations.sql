-- Internal-affairs investigations. Officers, complaints and evidence are referenced by id only.
create sequence investigation_number;

create table investigation (
  id             uuid primary key,
  case_number    text not null unique,
  case_type      text not null,
  complaint_id   uuid unique,
  status         text not null check (status in ('OPEN', 'INVESTIGATING', 'IN_REVIEW', 'CLOSED')),
  summary        text not null,
  opened_by      text not null,
  opened_at      timestamptz not null,
  due_at         timestamptz not null,
  closed_at      timestamptz,
  investigator   text
);
create index investigation_by_status on investigation (status, due_at);
create index investigation_by_investigator on investigation (investigator, status);

create table allegation (
  id                uuid primary key,
  investigation_id  uuid not null references investigation (id),
  position          int not null,
  officer_id        uuid not null,
  category          text not null,
  description       text not null,
  unique (investigation_id, position)
);
create index allegation_by_officer on allegation (officer_id);

-- Every recommended and final finding ever recorded, with who and when; the latest per stage counts.
create table allegation_finding (
  position       bigint generated always as identity primary key,
  allegation_id  uuid not null references allegation (id),
  stage          text not null check (stage in ('RECOMMENDED', 'FINAL')),
  finding        text not null check (finding in ('SUSTAINED', 'NOT_SUSTAINED', 'EXONERATED', 'UNFOUNDED', 'CLOSED_NO_FINDING', 'MEDIATED')),
  agency_code    text,
  reason         text,
  recorded_by    text not null,
  recorded_at    timestamptz not null
);
create index allegation_finding_by_allegation on allegation_finding (allegation_id, stage, position);
create trigger allegation_finding_append_only before update or delete on allegation_finding
  for each row execute function leo_refuse_change();
create trigger allegation_finding_no_truncate before truncate on allegation_finding
  for each statement execute function leo_refuse_change();

-- Interviews and statements, and references to evidence, protocol findings and earlier cases.
create table case_entry (
  id                uuid primary key,
  investigation_id  uuid not null references investigation (id),
  kind              text not null check (kind in ('STATEMENT', 'EVIDENCE', 'PROTOCOL_FINDING', 'PRIOR_CASE')),
  reference         text,
  person_role       text,
  person_name       text,
  content           text not null,
  recorded_by       text not null,
  recorded_at       timestamptz not null
);
create index case_entry_by_investigation on case_entry (investigation_id, recorded_at);

-- Staff who may be assigned cases, with the officer they are when sworn, and the relations they declared.
create table investigator (
  username      text primary key,
  display_name  text not null,
  officer_id    uuid
);

create table relation_declaration (
  position     bigint generated always as identity primary key,
  username     text not null references investigator (username),
  officer_id   uuid not null,
  relation     text not null,
  declared_at  timestamptz not null
);
create index relation_declaration_by_username on relation_declaration (username);

-- Personnel actions ordered from a case; the roster keeps the resulting status history.
create table case_personnel_action (
  position          bigint generated always as identity primary key,
  investigation_id  uuid not null references investigation (id),
  officer_id        uuid not null,
  action            text not null,
  reason            text not null,
  ordered_by        text not null,
  ordered_at        timestamptz not null
);
create trigger case_personnel_action_append_only before update or delete on case_personnel_action
  for each row execute function leo_refuse_change();
