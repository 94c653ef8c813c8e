-- A personnel action ordered from a case is first proposed by one person and takes effect only when another
-- approves it (separation of duties). Proposals and approvals are append-only; a proposal is pending while it
-- has no approval, and it can be approved once.
create table case_personnel_proposal (
  id                uuid primary key,
  investigation_id  uuid not null references investigation (id),
  officer_id        uuid not null,
  action            text not null,
  reason            text not null,
  proposed_by       text not null,
  proposed_at       timestamptz not null
);
create index case_personnel_proposal_by_case on case_personnel_proposal (investigation_id, proposed_at);

create table case_personnel_approval (
  proposal_id  uuid primary key references case_personnel_proposal (id),
  approved_by  text not null,
  approved_at  timestamptz not null
);

create trigger case_personnel_proposal_append_only before update or delete on case_personnel_proposal
  for each row execute function leo_refuse_change();
create trigger case_personnel_proposal_no_truncate before truncate on case_personnel_proposal
  for each statement execute function leo_refuse_change();
create trigger case_personnel_approval_append_only before update or delete on case_personnel_approval
  for each row execute function leo_refuse_change();
create trigger case_personnel_approval_no_truncate before truncate on case_personnel_approval
  for each statement execute function leo_refuse_change();
