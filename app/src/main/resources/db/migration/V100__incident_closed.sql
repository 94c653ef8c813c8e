-- An incident is resolved by a verified release and closed later by a supervisor: decisions that follow a release
-- (a referral to child protective services or none, with its reason) can be recorded until it is closed.
alter table incident drop constraint incident_status_check;
alter table incident add constraint incident_status_check check (status in ('OPEN', 'RESOLVED', 'CLOSED'));
alter table incident add column closed_at timestamptz;
alter table incident add column closed_by text;
