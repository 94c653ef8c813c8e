-- Fills the transparency read models as 1,000,000 complaints would: the complaints are generated here (seeded,
-- so every run is the same), then aggregated into exactly the cells and totals the event listeners keep
-- (GROUP BY CUBE gives the totals the listeners add one by one; NULL becomes the total marker '*' or year 0).
select setseed(0.734);

create temporary table bench_allegation as
select 2016 + floor(random() * 10)::int as year,
       'UNIT-' || lpad(floor(random() * 40)::int::text, 2, '0') as unit,
       (array['FORCE','ABUSE_OF_AUTHORITY','DISCOURTESY','OFFENSIVE_LANGUAGE','UNTRUTHFUL_STATEMENT','NEGLECT_OF_DUTY',
              'PROTOCOL_VIOLATION','FAILURE_TO_TAKE_REPORT','INTERFERENCE_WITH_INVESTIGATION','CONDUCT_UNBECOMING'])[1 + floor(random() * 10)::int] as category,
       (array['SUSTAINED','NOT_SUSTAINED','EXONERATED','UNFOUNDED','CLOSED_NO_FINDING','MEDIATED'])[1 + floor(random() * 6)::int] as finding,
       floor(20 + random() * random() * 700)::int as days,
       md5('officer-' || floor(random() * 2000)::int)::uuid as officer_id
from generate_series(1, 1000000);

insert into transparency_complaints_received (year, unit, complaints)
select coalesce(year, 0), coalesce(unit, '*'), count(*) from bench_allegation group by cube (year, unit);

insert into transparency_allegation_outcomes (year, unit, category, finding, allegations)
select coalesce(year, 0), coalesce(unit, '*'), coalesce(category, '*'), coalesce(finding, '*'), count(*)
from bench_allegation group by cube (year, unit, category, finding);

insert into transparency_closure_days (year, unit, category, days, allegations)
select coalesce(year, 0), coalesce(unit, '*'), coalesce(category, '*'), days, count(*)
from bench_allegation group by days, cube (year, unit, category);

insert into transparency_officer_outcomes (officer_id, year, category, finding, allegations)
select officer_id, year, category, finding, count(*) from bench_allegation group by officer_id, year, category, finding;

create temporary table bench_incident as
select 2016 + floor(random() * 10)::int as year,
       (array['FOUND_CHILD','MISSING_CHILD','VULNERABLE_ADULT_FOUND','MISSING_VULNERABLE_ADULT'])[1 + floor(random() * 4)::int] as kind,
       (random() < 0.1)::int as escalated,
       (random() < 0.9)::int as reunified,
       floor(random() * random() * 60)::int as minutes
from generate_series(1, 50000);

insert into transparency_protocol_incidents (year, kind, incidents, escalations, reunifications)
select coalesce(year, 0), coalesce(kind, '*'), count(*), sum(escalated), sum(reunified) from bench_incident group by cube (year, kind);

insert into transparency_engagement_minutes (year, kind, minutes, incidents)
select coalesce(year, 0), coalesce(kind, '*'), minutes, count(*) from bench_incident where reunified = 1 group by minutes, cube (year, kind);

create temporary table bench_commendation as
select 2016 + floor(random() * 10)::int as year, 'UNIT-' || lpad(floor(random() * 40)::int::text, 2, '0') as unit,
       md5('officer-' || floor(random() * 100000)::int)::uuid as officer_id
from generate_series(1, 200000);

insert into transparency_commendations (year, unit, commendations)
select coalesce(year, 0), coalesce(unit, '*'), count(*) from bench_commendation group by cube (year, unit);

insert into transparency_officer_commendations (officer_id, year, commendations)
select officer_id, year, count(*) from bench_commendation group by officer_id, year;

-- The officer pages' keys: Leo computes them as HMACs under the installation secret; here md5 stands in, since only
-- their lookup is measured. Commendations are spread over 100,000 officers so the index is as large as an agency's.
insert into transparency_officer_pages (officer_id, field, name_key, pseudonym_key, name_label, pseudonym_label, updated_at)
select officer_id, field, upper(substr(md5('NAME:' || officer_id), 1, 12)), upper(substr(md5(field || ':' || officer_id), 1, 12)),
       'Bench Officer ' || substr(officer_id::text, 1, 8), 'Officer ' || upper(substr(md5('pseudonym:' || field || officer_id), 1, 8)),
       now() - (random() * interval '300 days')
from (select distinct officer_id, 'CASE_OUTCOMES' as field from bench_allegation
      union select distinct officer_id, 'COMMENDATIONS' from bench_commendation) published;

insert into transparency_table_updates (table_name, updated_at)
select t, now() from unnest(array['complaints-received','allegation-outcomes','closure-times','protocol-incidents',
       'engagement-times','commendations','officer-outcomes','officer-commendations']) t
on conflict (table_name) do update set updated_at = excluded.updated_at;

analyze;

select 'allegation_outcomes' as read_model, count(*) as rows from transparency_allegation_outcomes
union all select 'closure_days', count(*) from transparency_closure_days
union all select 'officer_outcomes', count(*) from transparency_officer_outcomes
union all select 'officer_pages', count(*) from transparency_officer_pages
union all select 'complaints (total)', complaints from transparency_complaints_received where year = 0 and unit = '*';
