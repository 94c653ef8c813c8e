-- Each published total leaves out the cells of 1 to 4 beneath it (complementary protection against differencing,
-- docs/adr/0011-totals-of-published-cells.md). Each total row keeps the sum of the suppressed cells beneath it,
-- maintained by the listeners; the cells themselves keep 0. Rows counted before this migration are filled in here.

alter table transparency_complaints_received add column complaints_suppressed bigint not null default 0;
alter table transparency_commendations add column commendations_suppressed bigint not null default 0;
alter table transparency_allegation_outcomes add column allegations_suppressed bigint not null default 0;
alter table transparency_protocol_incidents add column incidents_suppressed bigint not null default 0,
    add column escalations_suppressed bigint not null default 0,
    add column reunifications_suppressed bigint not null default 0;

update transparency_complaints_received t set complaints_suppressed = coalesce((
    select sum(c.complaints) from transparency_complaints_received c
    where c.year <> 0 and c.unit <> '*' and c.complaints between 1 and 4
      and (t.year = 0 or c.year = t.year) and (t.unit = '*' or c.unit = t.unit)), 0)
where t.year = 0 or t.unit = '*';

update transparency_commendations t set commendations_suppressed = coalesce((
    select sum(c.commendations) from transparency_commendations c
    where c.year <> 0 and c.unit <> '*' and c.commendations between 1 and 4
      and (t.year = 0 or c.year = t.year) and (t.unit = '*' or c.unit = t.unit)), 0)
where t.year = 0 or t.unit = '*';

update transparency_allegation_outcomes t set allegations_suppressed = coalesce((
    select sum(c.allegations) from transparency_allegation_outcomes c
    where c.year <> 0 and c.unit <> '*' and c.category <> '*' and c.finding <> '*' and c.allegations between 1 and 4
      and (t.year = 0 or c.year = t.year) and (t.unit = '*' or c.unit = t.unit)
      and (t.category = '*' or c.category = t.category) and (t.finding = '*' or c.finding = t.finding)), 0)
where t.year = 0 or t.unit = '*' or t.category = '*' or t.finding = '*';

update transparency_protocol_incidents t set
    incidents_suppressed = coalesce((select sum(c.incidents) from transparency_protocol_incidents c
        where c.year <> 0 and c.kind <> '*' and c.incidents between 1 and 4
          and (t.year = 0 or c.year = t.year) and (t.kind = '*' or c.kind = t.kind)), 0),
    escalations_suppressed = coalesce((select sum(c.escalations) from transparency_protocol_incidents c
        where c.year <> 0 and c.kind <> '*' and c.escalations between 1 and 4
          and (t.year = 0 or c.year = t.year) and (t.kind = '*' or c.kind = t.kind)), 0),
    reunifications_suppressed = coalesce((select sum(c.reunifications) from transparency_protocol_incidents c
        where c.year <> 0 and c.kind <> '*' and c.reunifications between 1 and 4
          and (t.year = 0 or c.year = t.year) and (t.kind = '*' or c.kind = t.kind)), 0)
where t.year = 0 or t.kind = '*';
