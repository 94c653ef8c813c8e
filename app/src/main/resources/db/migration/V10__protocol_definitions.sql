-- Leo's Protocol as data: each published version lists its steps (who acts, by when after which anchor event,
-- on whose authority) and each step's escalation chain. A version is never changed once published; incidents
-- keep the version they ran under, so history is never rewritten by a new version.
create table protocol_version (
  version       int primary key check (version >= 1),
  name          text not null,
  published_at  timestamptz not null,
  published_by  text not null,
  notes         text
);

create table protocol_step (
  version           int not null references protocol_version (version),
  code              text not null check (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  position          int not null,
  title             text not null,
  instruction       text not null,
  acting_role       text not null check (acting_role in ('OFFICER', 'SUPERVISOR', 'COMMAND')),
  anchor            text not null check (anchor in ('REPORT_RECEIVED', 'UNIT_ASSIGNED', 'UNIT_ARRIVED')),
  deadline_seconds  int not null check (deadline_seconds >= 0),
  applies_to        text[] not null,
  under_age         int check (under_age > 0),
  completed_by      text check (completed_by in ('ASSIGNED', 'RECORDING_STARTED', 'BROADCAST_ISSUED', 'RELEASED')),
  source            text not null,
  primary key (version, code),
  unique (version, position)
);

create table protocol_escalation (
  version        int not null,
  step_code      text not null,
  level          int not null check (level >= 1),
  notify_role    text not null check (notify_role in ('OFFICER', 'SUPERVISOR', 'COMMAND')),
  after_seconds  int not null check (after_seconds >= 0),
  primary key (version, step_code, level),
  foreign key (version, step_code) references protocol_step (version, code)
);

create trigger protocol_version_append_only before update or delete on protocol_version
  for each row execute function leo_refuse_change();
create trigger protocol_version_no_truncate before truncate on protocol_version
  for each statement execute function leo_refuse_change();
create trigger protocol_step_append_only before update or delete on protocol_step
  for each row execute function leo_refuse_change();
create trigger protocol_step_no_truncate before truncate on protocol_step
  for each statement execute function leo_refuse_change();
create trigger protocol_escalation_append_only before update or delete on protocol_escalation
  for each row execute function leo_refuse_change();
create trigger protocol_escalation_no_truncate before truncate on protocol_escalation
  for each statement execute function leo_refuse_change();

-- Version 1, from docs/research/PROTOCOL-RESEARCH.md (sections 1-3 and 8).
insert into protocol_version (version, name, published_at, published_by, notes)
values (1, 'Leo''s Protocol, first edition', timestamptz '2026-01-01 00:00:00+00', 'leo',
        'Default version shipped with Leo; agencies publish their own versions from it.');

insert into protocol_step (version, code, position, title, instruction, acting_role, anchor, deadline_seconds,
                           applies_to, under_age, completed_by, source) values
(1, 'DISPATCH_UNIT', 1, 'Dispatch a unit at once',
 'Accept the report whatever the time since last seen (no waiting period) and assign a unit at once.',
 'OFFICER', 'REPORT_RECEIVED', 300,
 '{FOUND_CHILD,MISSING_CHILD,VULNERABLE_ADULT_FOUND,MISSING_VULNERABLE_ADULT}', null, 'ASSIGNED',
 '34 U.S.C. 41308(a)(1) (no waiting period); LASD Manual 5-09/120.05 (dispatch at once for a child under 12 or an at-risk person)'),
(1, 'CAMERA_ON', 2, 'Body camera on at approach',
 'Start the body-worn camera while approaching, to record people and vehicles for later review.',
 'OFFICER', 'UNIT_ARRIVED', 60,
 '{FOUND_CHILD,MISSING_CHILD,VULNERABLE_ADULT_FOUND,MISSING_VULNERABLE_ADULT}', null, 'RECORDING_STARTED',
 'AATTAP Patrol First Responder Checklist, step 1 (2020); NCMEC-derived EASTERN Investigative Checklist for First Responders'),
(1, 'ENGAGE_PERSON', 3, 'Engage the person',
 'Go to the person at once, speak at eye level, say who you are and stay with them.',
 'OFFICER', 'UNIT_ARRIVED', 120,
 '{FOUND_CHILD,VULNERABLE_ADULT_FOUND}', null, null,
 'Leo''s Protocol, agency policy: no published on-scene threshold exists (research section 1); the Code Adam 10-minute rule is the nearest published anchor'),
(1, 'INTERVIEW_REPORTING_PARTY', 4, 'Interview the reporting person',
 'Interview the parents, guardians or reporting person, privately if possible, and confirm that the person is in fact missing.',
 'OFFICER', 'UNIT_ARRIVED', 300,
 '{MISSING_CHILD,MISSING_VULNERABLE_ADULT}', null, null,
 'AATTAP Patrol First Responder Checklist, steps 2 and 3 (2020)'),
(1, 'BROADCAST_DESCRIPTION', 5, 'Broadcast the description without the name',
 'Relay the description (clothing and shoes first) for broadcast; never broadcast the person''s name.',
 'OFFICER', 'UNIT_ARRIVED', 600,
 '{FOUND_CHILD,MISSING_CHILD,VULNERABLE_ADULT_FOUND,MISSING_VULNERABLE_ADULT}', null, 'BROADCAST_ISSUED',
 'EASTERN Investigative Checklist for First Responders (relay the description); 42 U.S.C. 5792a(b)(2) and Code Adam practice (never broadcast the child''s name)'),
(1, 'RESOLVE_OR_NOTIFY_SUPERVISOR', 6, 'Resolved within 10 minutes, or the supervisor takes charge',
 'Reunite the person with a verified guardian within 10 minutes of the report; if not, the supervisor is notified and takes charge.',
 'OFFICER', 'REPORT_RECEIVED', 600,
 '{FOUND_CHILD,MISSING_CHILD,VULNERABLE_ADULT_FOUND,MISSING_VULNERABLE_ADULT}', null, 'RELEASED',
 'Code Adam program norm (escalate at 10 minutes, research T3); LASD Manual 5-09/120.05 (notify the watch sergeant and watch commander)'),
(1, 'NCIC_ENTRY', 7, 'Enter the missing person into NCIC',
 'Enter the minimum data elements into NCIC under the right category (EMJ, EMD, EME, EMI) and record the NIC number.',
 'OFFICER', 'REPORT_RECEIVED', 7200,
 '{MISSING_CHILD,MISSING_VULNERABLE_ADULT}', 21, null,
 '34 U.S.C. 41307 (report every missing person under 21 to NCIC); 34 U.S.C. 41308(a)(3) (entry within 2 hours of receipt)'),
(1, 'SUPERVISOR_REVIEW', 8, 'Supervisor review and alert decision',
 'Brief with the first responder away from the family; confirm search, descriptions and NCIC entry; decide on an AMBER alert or other community notification.',
 'SUPERVISOR', 'REPORT_RECEIVED', 1800,
 '{MISSING_CHILD,MISSING_VULNERABLE_ADULT}', null, null,
 'AATTAP Supervisory Officer Checklist, steps 1 and 2');

insert into protocol_escalation (version, step_code, level, notify_role, after_seconds) values
(1, 'DISPATCH_UNIT', 1, 'OFFICER', 0), (1, 'DISPATCH_UNIT', 2, 'SUPERVISOR', 120), (1, 'DISPATCH_UNIT', 3, 'COMMAND', 600),
(1, 'CAMERA_ON', 1, 'OFFICER', 0), (1, 'CAMERA_ON', 2, 'SUPERVISOR', 120),
(1, 'ENGAGE_PERSON', 1, 'OFFICER', 0), (1, 'ENGAGE_PERSON', 2, 'SUPERVISOR', 180), (1, 'ENGAGE_PERSON', 3, 'COMMAND', 480),
(1, 'INTERVIEW_REPORTING_PARTY', 1, 'OFFICER', 0), (1, 'INTERVIEW_REPORTING_PARTY', 2, 'SUPERVISOR', 300),
(1, 'BROADCAST_DESCRIPTION', 1, 'OFFICER', 0), (1, 'BROADCAST_DESCRIPTION', 2, 'SUPERVISOR', 300),
(1, 'RESOLVE_OR_NOTIFY_SUPERVISOR', 1, 'SUPERVISOR', 0), (1, 'RESOLVE_OR_NOTIFY_SUPERVISOR', 2, 'COMMAND', 1200),
(1, 'NCIC_ENTRY', 1, 'OFFICER', 0), (1, 'NCIC_ENTRY', 2, 'SUPERVISOR', 600), (1, 'NCIC_ENTRY', 3, 'COMMAND', 1800),
(1, 'SUPERVISOR_REVIEW', 1, 'SUPERVISOR', 0), (1, 'SUPERVISOR_REVIEW', 2, 'COMMAND', 900);
