-- Who did a step is not who clicked. Every timeline entry and step completion keeps the officer who PERFORMED it
-- (incident_event.officer_id, incident_step.done_by_officer) apart from the staff member who RECORDED it (the
-- account, recorded_by / done_by) and, when that staff member is an officer, the recorder's own officer id.
alter table incident_event add column recorded_by_officer uuid;
alter table incident_step add column recorded_by_officer uuid;

comment on column incident_event.officer_id is 'The officer who performed the event (or whom it concerns); never simply the one who typed it in';
comment on column incident_event.recorded_by is 'The staff account that recorded the entry';
comment on column incident_event.recorded_by_officer is 'The recording staff member''s own officer id, when they are an officer';
comment on column incident_step.done_by_officer is 'The officer who performed the step';
comment on column incident_step.done_by is 'The staff account that recorded the step as done';
comment on column incident_step.recorded_by_officer is 'The recording staff member''s own officer id, when they are an officer';
