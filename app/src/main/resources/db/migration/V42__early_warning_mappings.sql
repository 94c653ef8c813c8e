-- Mapping files administrators upload for their agency's history export, kept by name so the next import can
-- choose them again. Each upload of a name replaces the text; the audit trail keeps who did it.
create table ew_mapping (
  name         text primary key,
  content      text not null,
  uploaded_by  text not null,
  uploaded_at  timestamptz not null
);
