-- Training on a protocol version and every officer's acknowledgement of it; acknowledgements are append-only.
create table training_module (
  id                uuid primary key,
  protocol_version  int not null,
  title             text not null,
  summary           text not null,
  content           text,
  link              text,
  created_by        text not null,
  created_at        timestamptz not null
);
create index training_module_by_version on training_module (protocol_version);

create table training_acknowledgement (
  module_id        uuid not null references training_module (id),
  officer_id       uuid not null,
  acknowledged_by  text not null,
  acknowledged_at  timestamptz not null,
  primary key (module_id, officer_id)
);
create trigger training_acknowledgement_append_only before update or delete on training_acknowledgement
  for each row execute function leo_refuse_change();
