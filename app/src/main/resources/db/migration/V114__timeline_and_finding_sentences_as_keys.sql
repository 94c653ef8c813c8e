-- What Leo says on an incident's timeline and in a protocol finding is kept as a message key with its arguments
-- (incident-timeline.X|argument|argument and incident-finding.X|argument, with |, \ and a line break inside an argument
-- written \|, \\ and \n), not as an English sentence, so that every reader reads it in their own language. What a person
-- typed stays word for word: alone, or on the lines below Leo's sentence (a decision's reason, why a record was closed).
-- A sentence Leo wrote before is read back into its key and arguments; any other detail is kept as it was, as typed.
create function leo_said_argument(argument text) returns text language sql immutable as $$
  select replace(replace(replace(argument, '\', '\\'), '|', '\|'), E'\n', '\n')
$$;

create function leo_said_word(word text) returns text language sql immutable as $$
  select upper(replace(word, ' ', '_'))
$$;

create function leo_said_finding(summary text) returns text language plpgsql immutable as $$
declare
  m text[];
begin
  if summary ~ '^incident-finding\.' then
    return summary;
  end if;
  m := regexp_match(summary, '^on scene (\S+) before first engagement \(protocol: within (\S+)\)$');
  if m is not null then
    return 'incident-finding.on-scene|' || m[1] || '|' || m[2];
  end if;
  m := regexp_match(summary,
    '^camera off (\S+) during engagement \((.+) ([A-Za-z][A-Za-z0-9+:-]*)\)(; from body-camera footage)?$');
  if m is not null then
    return 'incident-finding.camera-off' || case when m[4] is null then '' else '.footage' end
      || '|' || m[1] || '|' || leo_said_argument(m[2]) || '|' || m[3];
  end if;
  m := regexp_match(summary,
    '^released without verification: unit cleared at (\S+) (\S+) with no verified release on record$');
  if m is not null then
    return 'incident-finding.unverified|' || m[1] || '|' || m[2];
  end if;
  return 'incident-finding.as-written|' || leo_said_argument(summary);
end
$$;

-- Who an escalation reached, as the key (after incident-timeline.) and arguments of a sentence.
create function leo_said_reached(reached text) returns text language plpgsql immutable as $$
declare
  m text[];
begin
  m := regexp_match(reached, '^(.*) \(no responsible officer yet: the (officer|supervisor|watch commander|command) '
    || 'over the unit of (.*), who opened the incident\)$');
  if m is not null then
    return case when m[1] = 'nobody could be reached' then 'incident-timeline.reached.unassigned.nobody'
      else 'incident-timeline.reached.unassigned|' || leo_said_argument(m[1]) end
      || '|' || leo_said_word(m[2]) || '|' || leo_said_argument(m[3]);
  end if;
  if reached = 'nobody could be reached' then
    return 'incident-timeline.reached.nobody';
  end if;
  return 'incident-timeline.reached|' || leo_said_argument(reached);
end
$$;

create function leo_said_detail(kind text, detail text) returns text language plpgsql immutable as $$
declare
  m text[];
  kinds constant text := '(Found child|Missing child|Vulnerable adult found|Missing vulnerable adult)';
  decisions constant text := '(Referred to child protective services|No referral to child protective services'
    || '|AMBER alert requested|No AMBER alert|Decision)';
begin
  if detail is null or detail ~ '^incident-timeline\.' then
    return detail;
  end if;
  if kind = 'REPORT_RECEIVED' then
    m := regexp_match(detail, '^' || kinds || ' reported at (.*); priority ([A-Z]+)(; imported from CAD incident (.*))?$');
    if m is not null then
      return 'incident-timeline.reported' || case when m[4] is null then '' else '.cad' end || '|'
        || leo_said_word(m[1]) || '|' || leo_said_argument(m[2]) || '|' || m[3]
        || coalesce('|' || leo_said_argument(m[5]), '');
    end if;
  elsif kind = 'DECISION_RECORDED' then
    m := regexp_match(detail, '^' || decisions || ': (.*)$');
    if m is not null then
      return 'incident-timeline.decision|' || case m[1]
          when 'Referred to child protective services' then 'REFERRAL_TO_CHILD_PROTECTIVE_SERVICES'
          when 'No referral to child protective services' then 'NO_REFERRAL_TO_CHILD_PROTECTIVE_SERVICES'
          when 'Decision' then 'OTHER'
          else leo_said_word(m[1]) end
        || E'\n' || m[2];
    end if;
  elsif kind = 'INCIDENT_CLOSED' then
    if detail = 'Record closed' then
      return 'incident-timeline.closed';
    end if;
    m := regexp_match(detail, '^Record closed: (.*)$');
    if m is not null then
      return 'incident-timeline.closed' || E'\n' || m[1];
    end if;
  elsif kind = 'RELEASE_VERIFIED' then
    m := regexp_match(detail, '^Released to the (.+) after verification: (.+) ending (\S*), recognition '
      || '(recognised|not recognised|not possible), custody (clear|conflict)(, confirmed by a second staff member)?$');
    if m is not null then
      return 'incident-timeline.released' || case when m[6] is null then '' else '.confirmed' end
        || '|' || leo_said_argument(m[1]) || '|' || leo_said_argument(m[2]) || '|' || leo_said_argument(m[3])
        || '|' || leo_said_word(m[4]) || '|' || upper(m[5]);
    end if;
  elsif kind = 'ESCALATION_RAISED' then
    m := regexp_match(detail, '^Level (\d+): (officer|supervisor|command) notified \(from CAD\)$');
    if m is not null then
      return 'incident-timeline.escalation.cad|' || m[1] || '|' || upper(m[2]);
    end if;
    m := regexp_match(detail, '^Level (\d+) \((officer|supervisor|command)\): reached (.*); "(.*)" was due at (.+)$');
    if m is not null then
      return 'incident-timeline.escalation.raised|' || m[1] || '|' || upper(m[2]) || '|' || leo_said_argument(m[5])
        || '|' || leo_said_reached(m[3]);
    end if;
  elsif kind = 'ESCALATION_PASSED_ON' then
    m := regexp_match(detail,
      '^Level (\d+) not acknowledged since (.+); passed to the (officer|supervisor|watch commander|command): (.*)$');
    if m is not null then
      return 'incident-timeline.escalation.passed' || case when m[4] = 'nobody could be reached' then '.nobody' else '' end
        || '|' || m[1] || '|' || leo_said_argument(m[2]) || '|' || leo_said_word(m[3])
        || '|' || leo_said_argument(m[4]);
    end if;
  elsif kind = 'ESCALATION_ACKNOWLEDGED' then
    m := regexp_match(detail, '^Level (\d+) acknowledged by (.+) at (\d{1,2}:\d{2}.*)$');
    if m is not null then
      return 'incident-timeline.escalation.acknowledged|' || m[1] || '|' || leo_said_argument(m[2])
        || '|' || leo_said_argument(m[3]);
    end if;
  elsif kind in ('RECORDING_STARTED', 'RECORDING_STOPPED') then
    m := regexp_match(detail, '^from footage (.+) \(evidence ([0-9a-f-]+)\)$');
    if m is not null then
      return 'incident-timeline.footage|' || leo_said_argument(m[1]) || '|' || m[2];
    end if;
  elsif kind = 'STEP_DONE' then
    if detail in ('assigned', 'recording started', 'broadcast issued', 'released') then
      return 'incident-timeline.completed|' || leo_said_word(detail);
    end if;
  elsif kind = 'FINDING_RECORDED' then
    m := regexp_match(detail, '^Finding: (.*)$');
    if m is not null then
      return 'incident-timeline.finding|' || leo_said_finding(m[1]);
    end if;
  elsif kind = 'FINDING_WITHDRAWN' then
    m := regexp_match(detail, '^Finding withdrawn after an amendment of the record: (.*)$');
    if m is not null then
      return 'incident-timeline.finding.withdrawn.amendment|' || leo_said_finding(m[1]);
    end if;
    m := regexp_match(detail, '^Finding withdrawn: body-camera footage \(evidence ([0-9a-f-]+)\) does not bear it out: (.*)$');
    if m is not null then
      return 'incident-timeline.finding.withdrawn.footage|' || m[1] || '|' || leo_said_finding(m[2]);
    end if;
  end if;
  return detail;
end
$$;

update incident_event set detail = leo_said_detail(type, detail)
where detail is not null and detail is distinct from leo_said_detail(type, detail);

update protocol_finding set summary = leo_said_finding(summary) where summary !~ '^incident-finding\.';

drop function leo_said_detail(text, text);
drop function leo_said_reached(text);
drop function leo_said_finding(text);
drop function leo_said_word(text);
drop function leo_said_argument(text);
