-- The signed checkpoints, their witnesses' cosignatures and the signed key transitions vouch for the custody ledger
-- like its tree heads do: the running role may add to them and read them, never change or remove a row.
insert into leo_insert_only (table_name) values
  ('custody_checkpoint'), ('custody_cosignature'), ('custody_key_transition');
