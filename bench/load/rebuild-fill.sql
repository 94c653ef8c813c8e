-- History for the rebuild benchmark (bench/load/rebuild.sh): an agency's source records written straight into the
-- source modules' tables, as if Leo had run for ten years before the transparency module was installed.
-- :complaints complaints (5 % of them commendations), one case per 6 in 10 complaints (5 in 6 of those closed, one
-- to three allegations with a final finding), :complaints / 10 incidents (a third escalated, half reunified).
-- Names and narratives are placeholders; nothing here is a person.

insert into unit (id, code, name)
select md5('unit-' || u)::uuid, 'UNIT-' || lpad(u::text, 2, '0'), 'Unit ' || u from generate_series(0, 39) u;

insert into officer (id, agency_code, badge_number, first_name, last_name, rank, unit_id, status, created_at)
select md5('officer-' || o)::uuid, 'BENCH', 'B' || o, 'First', 'Last' || o, 'Police Officer',
       md5('unit-' || (o % 40))::uuid, 'ACTIVE', now()
from generate_series(0, 1999) o;

create temporary table bench_complaint as
select md5('complaint-' || c)::uuid as id, c,
       case when c % 20 = 0 then 'COMMENDATION' else 'COMPLAINT' end as kind,
       timestamptz '2016-01-01' + random() * interval '3650 days' as received_at,
       md5('officer-' || floor(2000 * random() ^ 2)::int)::uuid as officer_id
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
       case when p = 0 then k.officer_id else md5('officer-' || floor(2000 * random())::int)::uuid end as officer_id,
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
       timestamptz '2016-01-01' + random() * interval '3650 days' as reported_at
from generate_series(1, :complaints / 10) i;

insert into incident (id, kind, status, protocol_version, reported_at, location, person_description, person_condition,
                      risk_factors, priority, priority_reasons, opened_by)
select id, kind, 'RESOLVED', (select max(version) from protocol_version), reported_at, 'placeholder', 'placeholder', 'CALM',
       '{}', 'HIGH', '{}', 'bench'
from bench_incident;

insert into escalation (incident_id, step_code, level, notify_role, due_at, raised_at)
select id, 'NOTIFY_SUPERVISOR', 1, 'SUPERVISOR', reported_at + interval '10 minutes', reported_at + interval '11 minutes'
from bench_incident where i % 3 = 0;

insert into incident_event (incident_id, occurred_at, recorded_at, type, step_code, recorded_by)
select id, reported_at + (1 + i % 20) * interval '1 minute', reported_at, 'STEP_DONE', 'ENGAGE_PERSON', 'bench'
from bench_incident where i % 2 = 0;

insert into release_verification (id, incident_id, claimant_name, relationship, document_type, document_issuer, document_last_four,
                                  photo_matches, recognition, custody_clear, authorisation_source, verifying_officer_id,
                                  released_at, recorded_by)
select md5('release-' || i)::uuid, id, 'placeholder', 'parent', 'licence', 'state', '0000', true, 'RECOGNISED', true,
       'placeholder', md5('officer-1')::uuid, reported_at + interval '2 hours', 'bench'
from bench_incident where i % 2 = 0;

analyze;
