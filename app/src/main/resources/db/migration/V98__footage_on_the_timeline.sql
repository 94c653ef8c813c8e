-- Body-camera footage is the timeline's source (issue 16, part 5).

-- Which officer wore which body camera, and when: a device is assigned to one officer for a period (open-ended
-- while he still carries it). Footage is placed with the officer whose assignment covers its recording start.
create table body_camera_assignment (
  id             uuid primary key,
  device_id      text not null check (length(device_id) between 1 and 100),
  officer_id     uuid not null,
  assigned_from  timestamptz not null,
  assigned_until timestamptz,
  recorded_by    text not null,
  recorded_at    timestamptz not null,
  ended_by       text,
  check (assigned_until is null or assigned_until > assigned_from)
);
create index body_camera_assignment_device on body_camera_assignment (device_id, assigned_from);

-- What a body-camera file says about itself (ffprobe at intake): its recording start and stop, the device and
-- where the device's name came from, the officer who wore it, and whether the span could be placed on a timeline
-- (and the sentence that says why not).
create table body_camera_footage (
  evidence_id     uuid primary key references evidence_item (id),
  device_id       text,
  device_source   text check (device_source in ('FOOTAGE', 'DECLARED')),
  officer_id      uuid,
  recording_start timestamptz,
  recording_stop  timestamptz,
  placement       text not null check (placement in ('PLACED', 'PLACED_WITH_DECLARED_OFFICER', 'NO_START', 'UNREADABLE',
                                                  'NO_LENGTH', 'NO_DEVICE', 'NO_OFFICER')),
  note            text not null,
  probed_at       timestamptz not null
);
insert into leo_insert_only (table_name) values ('body_camera_footage');

-- A timeline entry may come from footage: it names the evidence item it was read from (once per item and type).
alter table incident_event drop constraint if exists incident_event_provenance_check;
alter table incident_event add constraint incident_event_provenance_check check (provenance in ('LEO', 'CAD', 'FOOTAGE'));
alter table incident_event add column evidence_id uuid;
alter table incident_event add constraint incident_event_footage_evidence
  check ((provenance = 'FOOTAGE') = (evidence_id is not null));
create unique index incident_event_footage on incident_event (incident_id, evidence_id, type) where evidence_id is not null;

-- A finding may be withdrawn because footage arrived that contradicts the camera entries typed by hand.
alter table protocol_finding_withdrawal alter column amendment_id drop not null;
alter table protocol_finding_withdrawal add column evidence_id uuid;
alter table protocol_finding_withdrawal add constraint protocol_finding_withdrawal_cause
  check (amendment_id is not null or evidence_id is not null);
