-- The custody ledger: one row per custody event, leaf i of an RFC 6962/9162 Merkle tree. Append-only.
create table custody_event (
  position     bigint primary key check (position >= 0),
  id           uuid not null unique,
  occurred_at  timestamptz not null,
  evidence_id  uuid not null,
  action       text not null,
  actor        text not null,
  detail       text not null,
  leaf_hash    bytea not null check (length(leaf_hash) = 32)
);
create index custody_event_by_evidence on custody_event (evidence_id, position);

create trigger custody_event_append_only before update or delete on custody_event
  for each row execute function leo_refuse_change();
create trigger custody_event_no_truncate before truncate on custody_event
  for each statement execute function leo_refuse_change();

-- Signed tree heads (checkpoints): the root of the first tree_size leaves, signed with the ledger's Ed25519 key.
create table custody_tree_head (
  tree_size    bigint primary key,
  root_hash    bytea not null check (length(root_hash) = 32),
  issued_at    timestamptz not null,
  key_id       text not null,
  signature    bytea not null
);
create trigger custody_tree_head_append_only before update or delete on custody_tree_head
  for each row execute function leo_refuse_change();
create trigger custody_tree_head_no_truncate before truncate on custody_tree_head
  for each statement execute function leo_refuse_change();

-- Public halves of the keys that ever signed a tree head; the private halves never enter the database.
create table custody_signing_key (
  key_id       text primary key,
  public_key   bytea not null,
  created_at   timestamptz not null
);

create table evidence_item (
  id              uuid primary key,
  kind            text not null check (kind in ('BODY_CAMERA_VIDEO', 'CCTV_VIDEO', 'PHOTO', 'DOCUMENT', 'PHONE_RECORDS')),
  media_type      text not null,
  file_name       text not null,
  size_bytes      bigint not null check (size_bytes > 0),
  sha256          text not null,
  storage_key     text not null,
  device          text,
  officer_id      uuid,
  recorded_from   timestamptz,
  recorded_to     timestamptz,
  location        text,
  ingested_at     timestamptz not null,
  ingested_by     text not null,
  state           text not null default 'ACTIVE' check (state in ('ACTIVE', 'DELETION_PENDING', 'DELETED')),
  deletion_due    timestamptz,
  check (recorded_to is null or recorded_from is null or recorded_to >= recorded_from)
);
create index evidence_item_by_sha on evidence_item (sha256);
create index evidence_item_by_officer on evidence_item (officer_id);

-- Links to incidents and cases of other modules, by opaque reference. A case link may name the officer the case
-- investigates: that officer is refused the evidence.
create table evidence_link (
  evidence_id      uuid not null references evidence_item (id),
  kind             text not null check (kind in ('CASE', 'INCIDENT')),
  reference        text not null,
  subject_officer  uuid,
  linked_at        timestamptz not null,
  linked_by        text not null,
  primary key (evidence_id, kind, reference)
);
create index evidence_link_by_reference on evidence_link (kind, reference);

-- Declared personal stakes: the staff member may not see the case's evidence (conflict of interest).
create table evidence_access_exclusion (
  case_reference  text not null,
  username        text not null,
  reason          text not null,
  declared_by     text not null,
  declared_at     timestamptz not null,
  primary key (case_reference, username)
);

-- Need to know: when a case has a team, only its members (and command) see the case's evidence.
create table evidence_case_team (
  case_reference  text not null,
  username        text not null,
  added_by        text not null,
  added_at        timestamptz not null,
  primary key (case_reference, username)
);

-- A resumable upload in progress; the bytes received so far are the length of its part file.
create table evidence_upload (
  id               uuid primary key,
  created_by       text not null,
  created_at       timestamptz not null,
  kind             text not null,
  file_name        text not null,
  declared_size    bigint not null check (declared_size > 0),
  declared_sha256  text,
  device           text,
  officer_id       uuid,
  recorded_from    timestamptz,
  recorded_to      timestamptz,
  location         text,
  case_reference   text,
  incident_reference text,
  evidence_id      uuid
);

-- A per-recipient, watermarked copy of an item; its hash traces a leaked file back to it.
create table evidence_export (
  id            uuid primary key,
  code          text not null unique,
  evidence_id   uuid not null references evidence_item (id),
  recipient     text not null,
  purpose       text not null,
  requested_by  text not null,
  requested_at  timestamptz not null,
  state         text not null check (state in ('RUNNING', 'READY', 'FAILED')),
  progress      int not null default 0,
  media_type    text,
  sha256        text,
  size_bytes    bigint,
  storage_key   text,
  failure       text
);
create index evidence_export_by_sha on evidence_export (sha256);
create index evidence_export_by_evidence on evidence_export (evidence_id);

-- Retention: categories with durations (null = until manually deleted), the longest applicable wins.
create table retention_category (
  code        text primary key,
  name        text not null,
  duration    interval,
  basis       text not null
);
insert into retention_category (code, name, duration, basis) values
  ('NON_EVIDENTIARY', 'Non-evidentiary recording', interval '90 days',
   'Texas CCP Art. 2B.0106 (at least 90 days); Illinois 50 ILCS 706/10-20 (90-day storage period); Minnesota 13.825'),
  ('USE_OF_FORCE', 'Use of force, detention or arrest', interval '2 years',
   'California PC 832.18(b)(5)(B): evidentiary data at least 2 years'),
  ('COMPLAINT', 'Formal complaint against an officer', interval '2 years',
   'California PC 832.18; Minnesota 13.825 (1 year for a formal complaint); the longer applies'),
  ('CRIMINAL_CASE', 'Criminal case', null, 'Kept until final disposition: deleted only by hand after the case closes'),
  ('INTERNAL_INVESTIGATION', 'Internal investigation', interval '5 years', 'Agency policy for internal-affairs records');

create table evidence_retention (
  evidence_id  uuid not null references evidence_item (id),
  category     text not null references retention_category (code),
  set_by       text not null,
  set_at       timestamptz not null,
  primary key (evidence_id, category)
);

create table evidence_legal_hold (
  evidence_id  uuid primary key references evidence_item (id),
  reason       text not null,
  placed_by    text not null,
  placed_at    timestamptz not null
);
