-- Learned early-warning models, one row per training: the agency and the date it is trained for (nothing on or after
-- it was used), the gradient-boosted trees in XGBoost's own binary format, and the model card (data, period,
-- features, validation on held-out years, fairness audit) as JSON. Without trees the agency's history was too short
-- and the rule score stands in; the card says why. Models are never changed: a new training adds a row.
create table ew_model (
  id           uuid primary key,
  agency_code  text not null,
  as_of        date not null,
  trained_at   timestamptz not null,
  trained_by   text not null,
  trees        bytea,
  card         jsonb not null
);
create index ew_model_by_agency on ew_model (agency_code, as_of, trained_at);
create trigger ew_model_append_only before update or delete on ew_model
  for each row execute function leo_refuse_change();
