-- Complaints and commendations from the public. The access key is never stored, only its SHA-256 hash; the
-- idempotency key of a submission is stored as a hash too, with the access key sealed under it so that a repeated
-- submission can show the same key again to whoever holds the form token, and to nobody else.
create table complaint (
  id                    uuid primary key,
  tracking_code         text not null unique,
  access_key_hash       bytea not null,
  idempotency_hash      bytea unique,
  sealed_access_key     bytea,
  kind                  text not null check (kind in ('COMPLAINT', 'COMMENDATION')),
  stage                 text not null,
  filed_for             text not null check (filed_for in ('SELF', 'ON_BEHALF')),
  about_a_child         boolean not null,
  anonymous             boolean not null,
  complainant_name      text,
  represented_person    text,
  relationship          text,
  contact_email         text,
  contact_phone         text,
  occurred_on           text,
  location              text,
  narrative             text not null,
  received_at           timestamptz not null,
  case_reference        text
);
create index complaint_by_stage on complaint (stage, received_at);

create table complaint_officer (
  complaint_id   uuid not null references complaint (id),
  position       int not null,
  badge_number   text,
  officer_name   text,
  description    text,
  officer_id     uuid,
  primary key (complaint_id, position)
);
create index complaint_officer_by_officer on complaint_officer (officer_id);

-- What the person who filed can see: every public stage with its time. Never changed once written.
create table complaint_stage_change (
  position      bigint generated always as identity primary key,
  complaint_id  uuid not null references complaint (id),
  stage         text not null,
  changed_at    timestamptz not null,
  note          text
);
create index complaint_stage_change_by_complaint on complaint_stage_change (complaint_id, position);
create trigger complaint_stage_change_append_only before update or delete on complaint_stage_change
  for each row execute function leo_refuse_change();
create trigger complaint_stage_change_no_truncate before truncate on complaint_stage_change
  for each statement execute function leo_refuse_change();

-- Token buckets of public intake, per hashed client address and purpose; shared by every node.
create table intake_throttle (
  bucket       text primary key,
  tokens       double precision not null,
  refilled_at  timestamptz not null
);
