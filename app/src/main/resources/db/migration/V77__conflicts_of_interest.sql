-- Relations staff declare to officers or to members of the public; investigators' earlier declarations carried over.
create table declared_relation (
  id           uuid primary key,
  username     text not null,
  officer_id   uuid,
  person_name  text,
  relation     text not null,
  declared_at  timestamptz not null,
  constraint declared_relation_names_someone check ((officer_id is null) <> (person_name is null))
);
create index declared_relation_by_username on declared_relation (username);
create trigger declared_relation_append_only before update or delete on declared_relation
  for each row execute function leo_refuse_change();
insert into declared_relation (id, username, officer_id, person_name, relation, declared_at)
  select gen_random_uuid(), username, officer_id, null, relation, declared_at from relation_declaration;

-- A decider recused from a case for a conflict of interest, and the alternate the decision passed to (null: none
-- was designated or eligible, so the decision waits for command to designate one).
create table recusal (
  id              uuid primary key,
  case_number     text not null,
  username        text not null,
  deciding_role   text not null,
  reason          text not null,
  alternate       text,
  recused_at      timestamptz not null,
  unique (case_number, username, deciding_role)
);
create trigger recusal_append_only before update or delete on recusal
  for each row execute function leo_refuse_change();

-- Decisions taken before their decider declared a relation that conflicts with them: flagged for review on the case.
create table conflict_review (
  id           uuid primary key,
  case_number  text not null,
  record_kind  text not null,
  record_id    text not null,
  username     text not null,
  action       text not null,
  reason       text not null,
  taken_at     timestamptz not null,
  flagged_at   timestamptz not null,
  unique (record_kind, record_id, username, action)
);
create index conflict_review_by_case on conflict_review (case_number);
create trigger conflict_review_append_only before update or delete on conflict_review
  for each row execute function leo_refuse_change();
