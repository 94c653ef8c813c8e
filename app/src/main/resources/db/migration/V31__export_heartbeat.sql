-- When an export last made progress: a copy whose producing node died stops beating and is marked FAILED, so that
-- the person who asked for it sees what happened and can export again.
alter table evidence_export add column progress_at timestamptz;
update evidence_export set progress_at = requested_at;
alter table evidence_export alter column progress_at set not null;
create index evidence_export_running on evidence_export (progress_at) where state = 'RUNNING';
