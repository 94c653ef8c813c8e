-- A recusal's reason and a flagged decision's reason are kept as a message key with its arguments, not as an English
-- sentence, so that a case page, the API and a mail say them in their reader's language. Rows written before keep
-- their meaning: a sentence one of the four rules wrote is read back into its key and arguments; any other sentence is
-- kept word for word as the one argument of conflicts.reason.recorded. The tables stay append-only: their triggers are
-- set aside for this upgrade only.
create function leo_conflict_reason_key(reason text) returns text language sql immutable as $$
  select case
    when reason ~ ' is in the chain of command of the subject officer$' then 'conflicts.rule.chain'
    when reason ~ ' already acts on this case as its .+$' then 'conflicts.rule.role'
    when reason ~ ' declared a personal relation \(.*\) to the [a-z ]+$' then 'conflicts.rule.relation'
    when reason ~ ' is the [a-z ]+ of this record$' then 'conflicts.rule.party'
    else 'conflicts.reason.recorded'
  end
$$;

create function leo_conflict_reason_arguments(reason text) returns text[] language sql immutable as $$
  select case leo_conflict_reason_key(reason)
    when 'conflicts.rule.chain' then array[]::text[]
    when 'conflicts.rule.role' then array[substring(reason from ' already acts on this case as its (.+)$')]
    when 'conflicts.rule.relation' then array[
      substring(reason from ' declared a personal relation \((.*)\) to the [a-z ]+$'),
      'conflicts.party.' || upper(replace(substring(reason from ' to the ([a-z ]+)$'), ' ', '_'))]
    when 'conflicts.rule.party' then array[
      'conflicts.party.' || upper(replace(substring(reason from ' is the ([a-z ]+) of this record$'), ' ', '_'))]
    else array[reason]
  end
$$;

alter table recusal add column reason_key text, add column reason_arguments text[];
alter table recusal disable trigger recusal_append_only;
update recusal set reason_key = leo_conflict_reason_key(reason),
  reason_arguments = leo_conflict_reason_arguments(reason);
alter table recusal enable trigger recusal_append_only;
alter table recusal alter column reason_key set not null, alter column reason_arguments set not null,
  drop column reason;

alter table conflict_review add column reason_key text, add column reason_arguments text[];
alter table conflict_review disable trigger conflict_review_append_only;
update conflict_review set reason_key = leo_conflict_reason_key(reason),
  reason_arguments = leo_conflict_reason_arguments(reason);
alter table conflict_review enable trigger conflict_review_append_only;
alter table conflict_review alter column reason_key set not null, alter column reason_arguments set not null,
  drop column reason;

drop function leo_conflict_reason_arguments(text);
drop function leo_conflict_reason_key(text);
