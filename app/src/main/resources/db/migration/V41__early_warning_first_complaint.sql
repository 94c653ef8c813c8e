-- When each officer's first complaint was received: an officer is "known" on a date only if a complaint came in
-- before it, and with this column the peer group of one officer is found without scanning every allegation.
alter table ew_officer add column first_complaint_on date;

update ew_officer o set first_complaint_on = f.first
from (select a.officer_id, min(c.received_on) as first
      from ew_allegation a join ew_complaint c on c.id = a.complaint_id group by a.officer_id) f
where o.id = f.officer_id;

create index ew_officer_peer_group on ew_officer (agency_code, rank, first_complaint_on);
