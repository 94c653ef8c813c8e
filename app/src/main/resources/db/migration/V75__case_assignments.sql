-- Everyone ever assigned to a case as its investigator, in order; never changed. Separation of duties reads it:
-- whoever investigated a case may not sit or vote on its hearing, even after the case was reassigned.
create table case_assignment (
  position          bigint generated always as identity primary key,
  investigation_id  uuid not null references investigation (id),
  username          text not null,
  assigned_at       timestamptz not null
);
create index case_assignment_by_case on case_assignment (investigation_id, username);

insert into case_assignment (investigation_id, username, assigned_at)
  select id, investigator, coalesce(closed_at, opened_at) from investigation where investigator is not null;

create trigger case_assignment_append_only before update or delete on case_assignment
  for each row execute function leo_refuse_change();
create trigger case_assignment_no_truncate before truncate on case_assignment
  for each statement execute function leo_refuse_change();
