-- The citizen review board, hearings on closed cases, each member's vote and the decision.
create table board_member (
  username      text primary key,
  display_name  text not null,
  seated_at     timestamptz not null
);

create table hearing (
  id                uuid primary key,
  investigation_id  uuid not null references investigation (id),
  purpose           text not null check (purpose in ('DISCIPLINARY', 'BOARD_REVIEW')),
  subject_officer   uuid,
  held_at           timestamptz not null,
  presented         text,
  minutes           text,
  decision          text,
  decided_at        timestamptz,
  recorded_by       text not null
);
create index hearing_by_investigation on hearing (investigation_id);

create table hearing_attendee (
  hearing_id  uuid not null references hearing (id),
  position    int not null,
  name        text not null,
  role        text not null,
  primary key (hearing_id, position)
);

create table hearing_vote (
  hearing_id  uuid not null references hearing (id),
  member      text not null references board_member (username),
  choice      text not null,
  cast_at     timestamptz not null,
  primary key (hearing_id, member)
);
create trigger hearing_vote_append_only before update or delete on hearing_vote
  for each row execute function leo_refuse_change();
