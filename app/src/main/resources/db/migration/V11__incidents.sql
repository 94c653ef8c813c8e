-- Incidents of Leo's Protocol. The incident row and its step clocks hold current state; everything that
-- happened is also written to append-only tables (timeline, escalations, findings, broadcasts, releases,
-- decisions) that refuse UPDATE, DELETE and TRUNCATE.
create table incident (
  id                      uuid primary key,
  kind                    text not null check (kind in ('FOUND_CHILD', 'MISSING_CHILD', 'VULNERABLE_ADULT_FOUND', 'MISSING_VULNERABLE_ADULT')),
  status                  text not null check (status in ('OPEN', 'RESOLVED')),
  protocol_version        int not null references protocol_version (version),
  reported_at             timestamptz not null,
  last_seen_at            timestamptz,
  location                text not null,
  person_name             text,
  person_age              int check (person_age between 0 and 130),
  person_description      text not null,
  person_condition        text not null,
  risk_factors            text[] not null,
  priority                text not null,
  priority_reasons        text[] not null,
  opened_by               text not null,
  responsible_officer_id  uuid,
  resolved_at             timestamptz,
  version                 int not null default 0
);
create index incident_open on incident (status, reported_at desc);

create table incident_step (
  incident_id       uuid not null references incident (id),
  protocol_version  int not null,
  code              text not null,
  anchor_at         timestamptz,
  due_at            timestamptz,
  status            text not null check (status in ('OPEN', 'DONE', 'LATE')),
  done_at           timestamptz,
  done_by           text,
  done_by_officer   uuid,
  primary key (incident_id, code),
  foreign key (protocol_version, code) references protocol_step (version, code)
);

create table escalation (
  position                bigint generated always as identity primary key,
  incident_id             uuid not null references incident (id),
  step_code               text not null,
  level                   int not null,
  notify_role             text not null,
  due_at                  timestamptz not null,
  raised_at               timestamptz not null,
  responsible_officer_id  uuid,
  unique (incident_id, step_code, level)
);

create table incident_event (
  position     bigint generated always as identity primary key,
  incident_id  uuid not null references incident (id),
  occurred_at  timestamptz not null,
  recorded_at  timestamptz not null,
  type         text not null,
  officer_id   uuid,
  device_id    text,
  step_code    text,
  detail       text,
  recorded_by  text not null
);
create index incident_event_by_incident on incident_event (incident_id, occurred_at, position);

create table protocol_finding (
  id                uuid primary key,
  incident_id       uuid not null references incident (id),
  kind              text not null,
  officer_id        uuid,
  measured_seconds  bigint,
  summary           text not null,
  recorded_at       timestamptz not null,
  unique (incident_id, kind)
);

create table description_broadcast (
  id           uuid primary key,
  incident_id  uuid not null references incident (id),
  issued_at    timestamptz not null,
  issued_by    text not null,
  text         text not null
);

create table release_verification (
  id                      uuid primary key,
  incident_id             uuid not null unique references incident (id),
  claimant_name           text not null,
  relationship            text not null,
  document_type           text not null,
  document_issuer         text not null,
  document_last_four      text not null check (length(document_last_four) between 1 and 4),
  photo_matches           boolean not null,
  recognition             text not null check (recognition in ('RECOGNISED', 'NOT_RECOGNISED', 'NOT_POSSIBLE')),
  recognition_note        text,
  custody_clear           boolean not null,
  authorisation_source    text not null,
  verifying_officer_id    uuid not null,
  confirming_officer_id   uuid,
  released_at             timestamptz not null,
  recorded_by             text not null
);

create table incident_decision (
  id           uuid primary key,
  incident_id  uuid not null references incident (id),
  decision     text not null,
  reason       text not null,
  decided_at   timestamptz not null,
  decided_by   text not null
);

do $$
declare
  guarded text;
begin
  foreach guarded in array array['escalation', 'incident_event', 'protocol_finding', 'description_broadcast',
                                  'release_verification', 'incident_decision'] loop
    execute format('create trigger %I before update or delete on %I for each row execute function leo_refuse_change()',
                   guarded || '_append_only', guarded);
    execute format('create trigger %I before truncate on %I for each statement execute function leo_refuse_change()',
                   guarded || '_no_truncate', guarded);
  end loop;
end
$$;
