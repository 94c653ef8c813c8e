-- When Leo closes a flag itself, because the protocol finding it was raised from was withdrawn by an amendment of the
-- incident's record, the flag's outcome is kept as a message key with its arguments (ew.outcome.withdrawn|record|reason,
-- with |, \ and a line break inside an argument written \|, \\ and \n), so that every reader reads why in their own
-- language. Outcomes Leo wrote before as an English sentence are read back into the key and its two arguments; an
-- outcome a supervisor wrote stays word for word.
create function leo_ew_outcome_argument(argument text) returns text language sql immutable as $$
  select replace(replace(replace(argument, '\', '\\'), '|', '\|'), E'\n', '\n')
$$;

update ew_flag
set outcome = 'ew.outcome.withdrawn|'
  || leo_ew_outcome_argument(substring(outcome from
       '^Closed by Leo: the protocol finding it was raised from was withdrawn when the record of (.*?) was amended \(.*\)$'))
  || '|'
  || leo_ew_outcome_argument(substring(outcome from
       '^Closed by Leo: the protocol finding it was raised from was withdrawn when the record of .*? was amended \((.*)\)$'))
where closed_by = 'earlywarning'
  and outcome ~ '^Closed by Leo: the protocol finding it was raised from was withdrawn when the record of .* was amended \(.*\)$';

drop function leo_ew_outcome_argument(text);
