-- Public free text (review-board minutes, public case summaries) as written, as redacted by the redaction gate, and
-- who approved the redacted text for publication: never its author. Nothing is public before it is approved.
create table public_text (
  id                uuid primary key,
  kind              text not null check (kind in ('MINUTES', 'CASE_SUMMARY')),
  subject_id        uuid not null,
  investigation_id  uuid not null references investigation (id),
  written_text      text not null,
  redacted_text     text not null,
  written_by        text not null,
  written_at        timestamptz not null,
  approved_by       text,
  approved_at       timestamptz,
  unique (kind, subject_id),
  check (approved_by is null or approved_by <> written_by),
  check ((approved_by is null) = (approved_at is null))
);
create index public_text_pending on public_text (written_at) where approved_by is null;
