-- Escalations reach people. Each level of a step's chain says how long its recipients have to acknowledge it
-- (null: the default for its role) before it passes to the next rung of the chain of command. Who was reached,
-- in which round (0 when raised, 1, 2 ... each time it passed on), and who acknowledged, are appended and kept.
alter table protocol_escalation add column acknowledge_within_seconds int check (acknowledge_within_seconds > 0);

create table escalation_round (
  incident_id  uuid not null references incident (id),
  step_code    text not null,
  level        int not null,
  round        int not null check (round >= 0),
  rung         text not null check (rung in ('OFFICER', 'SUPERVISOR', 'WATCH_COMMANDER', 'COMMAND')),
  reached_at   timestamptz not null,
  primary key (incident_id, step_code, level, round),
  foreign key (incident_id, step_code, level) references escalation (incident_id, step_code, level)
);

create table escalation_recipient (
  incident_id      uuid not null,
  step_code        text not null,
  level            int not null,
  round            int not null,
  officer_id       uuid not null,
  notification_id  uuid not null,
  primary key (incident_id, step_code, level, round, officer_id),
  foreign key (incident_id, step_code, level, round) references escalation_round (incident_id, step_code, level, round)
);

create table escalation_acknowledgement (
  incident_id      uuid not null,
  step_code        text not null,
  level            int not null,
  username         text not null,
  acknowledged_at  timestamptz not null,
  primary key (incident_id, step_code, level, username),
  foreign key (incident_id, step_code, level) references escalation (incident_id, step_code, level)
);

do $$
declare
  guarded text;
begin
  foreach guarded in array array['escalation_round', 'escalation_recipient', 'escalation_acknowledgement'] loop
    execute format('create trigger %I before update or delete on %I for each row execute function leo_refuse_change()',
                   guarded || '_append_only', guarded);
    execute format('create trigger %I before truncate on %I for each statement execute function leo_refuse_change()',
                   guarded || '_no_truncate', guarded);
  end loop;
end
$$;
