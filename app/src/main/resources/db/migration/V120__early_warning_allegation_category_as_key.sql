-- Early warning keeps what Leo says of an allegation its own investigations brought to a final finding as a message
-- key with its arguments (ew.allegation.investigated|CATEGORY|allegation), the category said as a word in each
-- reader's language; the allegation's description, as the investigator typed it, stays word for word on the lines
-- below. An allegation Leo described before in English ("Use of force (allegation …): typed description") is read back
-- into that form; an allegation an agency imported from its own records is kept as it was typed.
with english as (
  select id, regexp_match(description,
    '^(Use of force|Abuse of authority|Discourtesy|Offensive language|Untruthful statement|Neglect of duty'
    || '|Violation of Leo''s Protocol|Failure to take a report|Interference with an investigation|Conduct unbecoming)'
    || ' \(allegation ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)(?:: (.*))?$') as m
  from ew_allegation
  where description like '% (allegation %)%'
)
update ew_allegation a
set description = 'ew.allegation.investigated|' || case e.m[1]
    when 'Use of force' then 'FORCE'
    when 'Abuse of authority' then 'ABUSE_OF_AUTHORITY'
    when 'Discourtesy' then 'DISCOURTESY'
    when 'Offensive language' then 'OFFENSIVE_LANGUAGE'
    when 'Untruthful statement' then 'UNTRUTHFUL_STATEMENT'
    when 'Neglect of duty' then 'NEGLECT_OF_DUTY'
    when 'Violation of Leo''s Protocol' then 'PROTOCOL_VIOLATION'
    when 'Failure to take a report' then 'FAILURE_TO_TAKE_REPORT'
    when 'Interference with an investigation' then 'INTERFERENCE_WITH_INVESTIGATION'
    when 'Conduct unbecoming' then 'CONDUCT_UNBECOMING' end
  || '|' || e.m[2] || coalesce(E'\n' || e.m[3], '')
from english e
where e.id = a.id and e.m is not null;
