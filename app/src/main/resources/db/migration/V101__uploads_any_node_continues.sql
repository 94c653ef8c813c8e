-- A resumable upload lives in the database and the object store, not on the node that began it: any node continues
-- it, and a node that dies loses at most the piece it was receiving. The bytes go to the store as numbered parts
-- (an S3 multipart upload, or part files in the shared evidence directory); a piece too small to be a part (S3 wants
-- 5 MiB but for the last) waits as a "tail" object until the next chunk makes it big enough. The SHA-256 of the
-- whole file so far is kept as the hash function's own state (a few hundred bytes), so the node that receives the
-- last chunk finishes the hash without reading the file again.
alter table evidence_upload
  add column received_bytes   bigint not null default 0,
  add column hash_state       bytea,
  add column head             bytea,
  add column store_handle     text,
  add column part_count       integer not null default 0,
  add column tail_tag         text,
  add column tail_bytes       bigint not null default 0,
  add column last_activity_at timestamptz;

update evidence_upload set last_activity_at = created_at;
alter table evidence_upload alter column last_activity_at set not null;

create index evidence_upload_idle on evidence_upload (last_activity_at) where evidence_id is null;

create table evidence_upload_part (
  upload_id    uuid not null references evidence_upload (id) on delete cascade,
  part_number  integer not null check (part_number >= 1),
  size_bytes   bigint not null check (size_bytes > 0),
  tag          text not null,
  primary key (upload_id, part_number)
);
