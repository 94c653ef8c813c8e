-- Personnel actions taken on an officer with their authority: surrender and return of service weapon and badge,
-- administrative leave, reinstatement. Who authorised it under which case or order, why and when; never changed.
create table personnel_action (
  position       bigint generated always as identity primary key,
  officer_id     uuid not null references officer (id),
  action         text not null check (action in ('WEAPON_SURRENDERED', 'WEAPON_RETURNED', 'BADGE_SURRENDERED',
                                                 'BADGE_RETURNED', 'ADMINISTRATIVE_LEAVE', 'REINSTATEMENT')),
  authorised_by  text not null,
  reference      text not null,
  reason         text not null,
  taken_at       timestamptz not null,
  recorded_by    text not null,
  recorded_at    timestamptz not null
);
create index personnel_action_by_officer on personnel_action (officer_id, position);

create trigger personnel_action_append_only before update or delete on personnel_action
  for each row execute function leo_refuse_change();
create trigger personnel_action_no_truncate before truncate on personnel_action
  for each statement execute function leo_refuse_change();
