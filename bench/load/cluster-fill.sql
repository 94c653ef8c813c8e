-- A 35,000-officer department's history for the deployment run (bench/cluster.sh), written set-based straight into
-- the migrated, empty database before the nodes start (psql as the superuser, variables below):
--   :officers officers hired over 20 years (35,000 of them active today, the rest retired or gone) in 200 units under
--   the chief's office, whose five command staff (a chief and four deputy chiefs) are the top of the chain of command,
--   :complaints complaints (5 % commendations) with cases, allegations and final findings as in rebuild-fill.sql,
--   :complaints / 10 incidents, resolved,
--   :custody custody events over :custody / 4 evidence items (ingested, linked, viewed, retention set), with leaf hashes
--   computed exactly as CustodyEvent.leafHash() does, so that the nodes' Merkle tree and signed heads are real,
--   :staff staff accounts bench-staff-1.. (each an active officer; every tenth a sergeant and SUPERVISOR, the rest OFFICER) with the password :'staff_hash'
--   (a bcrypt hash made by the script from LEO_BENCH_STAFF_PASSWORD; the password itself never reaches a file).
-- Names and narratives are placeholders; nothing here is a person.

-- The chief's office above the 200 units, with the command staff: an escalation that climbs to command reaches these
-- five (without a command rank or a hierarchy a roster has no command staff, and such an escalation reaches nobody).
insert into unit (id, code, name) values (md5('unit-hq')::uuid, 'HQ', 'Office of the Chief');
insert into unit (id, code, name, parent_id)
select md5('unit-' || u)::uuid, 'UNIT-' || lpad(u::text, 3, '0'), 'Unit ' || u, md5('unit-hq')::uuid
from generate_series(0, 199) u;
insert into officer (id, agency_code, badge_number, first_name, last_name, rank, unit_id, hire_date, status, created_at)
select md5('command-' || c)::uuid, 'BENCH', 'HQ' || c, 'First', 'Command' || c,
       case when c = 0 then 'Chief of Police' else 'Deputy Chief' end, md5('unit-hq')::uuid, date '2006-01-01', 'ACTIVE', now()
from generate_series(0, 4) c;

insert into officer (id, agency_code, badge_number, first_name, last_name, rank, unit_id, hire_date, status, created_at)
select md5('officer-' || o)::uuid, 'BENCH', 'B' || o, 'First', 'Last' || o,
       case when o % 10 = 0 then 'Sergeant' else 'Police Officer' end, md5('unit-' || (o % 200))::uuid,
       date '2006-01-01' + (o * 7305 / :officers),
       case when o >= :officers - 35000 then 'ACTIVE' else 'RETIRED' end, now()
from generate_series(0, :officers - 1) o;

create temporary table bench_complaint as
select md5('complaint-' || c)::uuid as id, c,
       case when c % 20 = 0 then 'COMMENDATION' else 'COMPLAINT' end as kind,
       timestamptz '2006-01-01' + random() * interval '7300 days' as received_at,
       md5('officer-' || floor(:officers * random() ^ 0.5)::int)::uuid as officer_id
from generate_series(1, :complaints) c;

insert into complaint (id, tracking_code, access_key_hash, kind, stage, filed_for, about_a_child, anonymous, narrative, received_at)
select id, 'BENCH-' || c, '\x00'::bytea, kind, 'RECEIVED', 'SELF', c % 7 = 0, false, 'placeholder', received_at from bench_complaint;

insert into complaint_officer (complaint_id, position, badge_number, officer_id)
select id, 0, null, officer_id from bench_complaint;

create temporary table bench_case as
select md5('case-' || c)::uuid as id, c, id as complaint_id, officer_id, received_at as opened_at,
       case when c % 6 <> 0 then received_at + (30 + random() * 400) * interval '1 day' end as closed_at
from bench_complaint where kind = 'COMPLAINT' and c % 10 < 6;

insert into investigation (id, case_number, case_type, complaint_id, status, summary, opened_by, opened_at, due_at, closed_at)
select id, 'BENCH-' || c, 'CITIZEN_COMPLAINT', complaint_id, case when closed_at is null then 'INVESTIGATING' else 'CLOSED' end,
       'placeholder', 'bench', opened_at, opened_at + interval '180 days', closed_at
from bench_case;

create temporary table bench_allegation as
select md5('allegation-' || k.c || '-' || p)::uuid as id, k.id as investigation_id, p as position,
       case when p = 0 then k.officer_id else md5('officer-' || floor(:officers * random())::int)::uuid end as officer_id,
       (array['FORCE','ABUSE_OF_AUTHORITY','DISCOURTESY','OFFENSIVE_LANGUAGE','UNTRUTHFUL_STATEMENT','NEGLECT_OF_DUTY',
              'PROTOCOL_VIOLATION','FAILURE_TO_TAKE_REPORT','INTERFERENCE_WITH_INVESTIGATION','CONDUCT_UNBECOMING'])[1 + floor(random() * 10)::int] as category,
       (array['SUSTAINED','NOT_SUSTAINED','EXONERATED','UNFOUNDED','CLOSED_NO_FINDING','MEDIATED'])[1 + floor(random() * 6)::int] as finding,
       k.closed_at
from bench_case k, generate_series(0, (k.c % 3)) p;

insert into allegation (id, investigation_id, position, officer_id, category, description)
select id, investigation_id, position, officer_id, category, 'placeholder' from bench_allegation;

insert into allegation_finding (allegation_id, stage, finding, recorded_by, recorded_at)
select id, 'FINAL', finding, 'bench', closed_at from bench_allegation where closed_at is not null;

create temporary table bench_incident as
select md5('incident-' || i)::uuid as id, i,
       (array['FOUND_CHILD','MISSING_CHILD','VULNERABLE_ADULT_FOUND','MISSING_VULNERABLE_ADULT'])[1 + i % 4] as kind,
       timestamptz '2006-01-01' + random() * interval '7300 days' as reported_at
from generate_series(1, :complaints / 10) i;

insert into incident (id, kind, status, protocol_version, reported_at, location, person_description, person_condition,
                      risk_factors, priority, priority_reasons, opened_by)
select id, kind, 'RESOLVED', (select max(version) from protocol_version), reported_at, 'placeholder', 'placeholder', 'CALM',
       '{}', 'HIGH', '{}', 'bench'
from bench_incident;

insert into escalation (incident_id, step_code, level, notify_role, due_at, raised_at)
select id, 'NOTIFY_SUPERVISOR', 1, 'SUPERVISOR', reported_at + interval '10 minutes', reported_at + interval '11 minutes'
from bench_incident where i % 3 = 0;

-- Evidence: four custody events per item, in time order; positions 0 .. :custody - 1.
insert into evidence_item (id, kind, media_type, file_name, size_bytes, sha256, storage_key, ingested_at, ingested_by)
select md5('evidence-' || e)::uuid, 'PHOTO', 'image/jpeg', 'bench-' || e || '.jpg', 100000 + e,
       encode(sha256(('evidence-' || e)::bytea), 'hex'), 'evidence/' || encode(sha256(('evidence-' || e)::bytea), 'hex'),
       timestamptz '2006-01-01' + (e::bigint * 630720000 / (:custody / 4)) * interval '1 second', 'bench'
from generate_series(0, :custody / 4 - 1) e;

create temporary table bench_custody as
select p as position, md5('custody-' || p)::uuid as id,
       timestamptz '2006-01-01' + ((p / 4)::bigint * 630720000 / (:custody / 4) + p % 4) * interval '1 second' as occurred_at,
       md5('evidence-' || (p / 4))::uuid as evidence_id,
       (array['INGESTED','LINKED','RETENTION_SET','VIEWED'])[1 + p % 4] as action,
       'bench' as actor, 'placeholder' as detail
from generate_series(0, :custody - 1) p;

-- CustodyEvent.entry(): each field as a four-byte big-endian length and its UTF-8 bytes; leaf = SHA-256(0x00 || entry).
create function pg_temp.field(text) returns bytea language sql immutable
  as $$ select int4send(octet_length(convert_to($1, 'UTF8'))) || convert_to($1, 'UTF8') $$;

insert into custody_event (position, id, occurred_at, evidence_id, action, actor, detail, leaf_hash)
select position, id, occurred_at, evidence_id, action, actor, detail,
       sha256('\x00'::bytea || pg_temp.field('leo-custody-event/v1') || pg_temp.field(position::text)
              || pg_temp.field(id::text) || pg_temp.field(to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
              || pg_temp.field(evidence_id::text) || pg_temp.field(action) || pg_temp.field(actor) || pg_temp.field(detail))
from bench_custody order by position;

insert into staff_account (id, username, display_name, officer_id, created_at)
select md5('staff-' || s)::uuid, 'bench-staff-' || s, 'Bench Staff ' || s, md5('officer-' || (:officers - s))::uuid, now()
from generate_series(1, :staff) s;
insert into staff_role (account_id, role)
select md5('staff-' || s)::uuid, case when s % 10 = 0 then 'SUPERVISOR' else 'OFFICER' end from generate_series(1, :staff) s;
insert into staff_credential (account_id, kind, secret, created_at)
select md5('staff-' || s)::uuid, 'PASSWORD', '{bcrypt}' || :'staff_hash', now() from generate_series(1, :staff) s;

analyze;
