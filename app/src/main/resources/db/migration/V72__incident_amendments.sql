-- Amendments of an incident's record: a wrongly attributed timeline entry is corrected by appending an amendment
-- (the officer who really performed it, and why), proposed by one staff member and approved by a second. Nothing
-- recorded before is changed: readers apply approved amendments, and findings computed from the wrong attribution
-- are withdrawn (not deleted) while the findings of the amended record are added as a new revision.
create table incident_amendment (
  id                  uuid primary key,
  incident_id         uuid not null references incident (id),
  entry_position      bigint not null,
  recorded_performer  uuid,
  performed_by        uuid not null,
  reason              text not null check (length(btrim(reason)) > 0),
  proposed_by         text not null,
  proposed_at         timestamptz not null
);
create index incident_amendment_by_incident on incident_amendment (incident_id, proposed_at);

create table incident_amendment_approval (
  amendment_id  uuid primary key references incident_amendment (id),
  approved_by   text not null,
  approved_at   timestamptz not null
);

alter table protocol_finding add column revision int not null default 0;
alter table protocol_finding drop constraint protocol_finding_incident_id_kind_key;
alter table protocol_finding add constraint protocol_finding_one_per_revision unique (incident_id, kind, revision);

create table protocol_finding_withdrawal (
  finding_id    uuid primary key references protocol_finding (id),
  amendment_id  uuid not null references incident_amendment (id),
  withdrawn_at  timestamptz not null
);

-- Early warning keeps the findings it was told of; a withdrawn one stays on the record, marked, and stops counting
-- from the moment it was withdrawn (what was known before stays known for backtests).
create table ew_protocol_finding_withdrawal (
  finding_id    uuid primary key references ew_protocol_finding (id),
  withdrawn_at  timestamptz not null,
  reason        text not null,
  reference     text
);

do $$
declare
  guarded text;
begin
  foreach guarded in array array['incident_amendment', 'incident_amendment_approval', 'protocol_finding_withdrawal',
                                  'ew_protocol_finding_withdrawal'] loop
    execute format('create trigger %I before update or delete on %I for each row execute function leo_refuse_change()',
                   guarded || '_append_only', guarded);
    execute format('create trigger %I before truncate on %I for each statement execute function leo_refuse_change()',
                   guarded || '_no_truncate', guarded);
  end loop;
end
$$;
