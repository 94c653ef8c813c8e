-- A flag's reasons are kept as message keys with their arguments, one line each (ew.reason.X|argument|argument, with
-- |, \ and a line break inside an argument written \|, \\ and \n), not as English sentences, so that staff pages, the
-- API and mails say them in their reader's language. Reasons written before keep their meaning: a sentence one of the
-- four rules wrote is read back into its key and arguments; any other line is kept word for word and said as it is.
create function leo_ew_reason_argument(argument text) returns text language sql immutable as $$
  select replace(replace(replace(argument, '\', '\\'), '|', '\|'), E'\n', '\n')
$$;

create function leo_ew_reason_line(line text) returns text language sql immutable as $$
  select case
    when line ~ '^\d+ complaints received in the last \d+ months \(the agency''s threshold is \d+\)$' then
      regexp_replace(line, '^(\d+) complaints received in the last (\d+) months \(the agency''s threshold is (\d+)\)$',
        'ew.reason.threshold|\1|\2|\3')
    when line ~ '^\d+ complaints in the last \d+ months: more than \d+ % of -?\d+ peers of the same rank and service$' then
      regexp_replace(line,
        '^(\d+) complaints in the last (\d+) months: more than (\d+) % of (-?\d+) peers of the same rank and service$',
        'ew.reason.peers|\1|\2|\3|\4')
    when line ~ '^Repeated insufficient-evidence pattern: \d+ separate complaints of .+ within \d+ months, each closed not sustained for lack of evidence$' then
      regexp_replace(line, '^Repeated insufficient-evidence pattern: (\d+) separate complaints of .+ within (\d+) months, .*$',
        'ew.reason.repeated|\1|') || leo_ew_reason_argument(upper(replace(
        substring(line from '^Repeated insufficient-evidence pattern: \d+ separate complaints of (.+) within \d+ months, each closed not sustained for lack of evidence$'),
        ' ', '_'))) || '|' || substring(line from ' within (\d+) months, each closed not sustained for lack of evidence$')
    when line ~ '^Leo''s Protocol findings \(\d+ in \d+ months\): ' then
      regexp_replace(line, '^Leo''s Protocol findings \((\d+) in (\d+) months\): .*$', 'ew.reason.protocol.many|\1|\2|')
        || leo_ew_reason_argument(substring(line from '^Leo''s Protocol findings \(\d+ in \d+ months\): (.*)$'))
    when line ~ '^Leo''s Protocol finding: ' then
      'ew.reason.protocol.one|' || leo_ew_reason_argument(substring(line from '^Leo''s Protocol finding: (.*)$'))
    else line
  end
$$;

update ew_flag set reasons = (
  select string_agg(leo_ew_reason_line(line), E'\n' order by n)
  from regexp_split_to_table(ew_flag.reasons, E'\n') with ordinality as lines(line, n));

drop function leo_ew_reason_line(text);
drop function leo_ew_reason_argument(text);
