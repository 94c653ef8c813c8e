-- Each known officer's complaint count in the peer window as of the date of the last full recompute, by peer group
-- (agency, rank, five-year band of service). A new finding then places its officer among 100,000 peers by counting
-- index entries instead of recounting every peer's complaints. The full recompute rewrites it; each live update
-- rewrites its own officer's row. Any other date is computed from the allegations as before.
create table ew_peer_count (
  officer_id  uuid primary key references ew_officer (id),
  peer_group  text not null,
  complaints  int not null
);
create index ew_peer_count_by_group on ew_peer_count (peer_group, complaints);

create table ew_peer_snapshot (
  id           boolean primary key default true check (id),
  as_of        date not null,
  peer_months  int not null
);
