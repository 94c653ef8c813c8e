-- A case file refers to incidents as typed references too (the entry's kind says which record its reference names).
alter table case_entry drop constraint case_entry_kind_check;
alter table case_entry add constraint case_entry_kind_check
  check (kind in ('STATEMENT', 'EVIDENCE', 'PROTOCOL_FINDING', 'PRIOR_CASE', 'INCIDENT'));
