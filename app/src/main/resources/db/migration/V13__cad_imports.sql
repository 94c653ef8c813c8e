-- Historical incidents imported from a department's computer-aided dispatch (CAD) system. The import row is the
-- incident's provenance and makes the import idempotent by the CAD incident number; every timeline entry says
-- whether Leo recorded it live or took it from CAD.
create table cad_import (
  cad_number   text primary key check (length(cad_number) between 1 and 64),
  incident_id  uuid not null unique references incident (id) deferrable initially deferred,
  imported_at  timestamptz not null,
  imported_by  text not null
);

create trigger cad_import_append_only before update or delete on cad_import
  for each row execute function leo_refuse_change();
create trigger cad_import_no_truncate before truncate on cad_import
  for each statement execute function leo_refuse_change();

alter table incident_event add column provenance text not null default 'LEO' check (provenance in ('LEO', 'CAD'));
