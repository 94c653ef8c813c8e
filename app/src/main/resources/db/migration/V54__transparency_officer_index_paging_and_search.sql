-- The officer index (/transparency/officers) reads a page of 50 in the order asked, starting after the last row of
-- the page before (keyset paging). Each index below serves one field's rows in that order, sort value then page
-- key, so the query merges a few index scans and stops after 51 rows, whatever page it is on.
drop index if exists transparency_officer_pages_by_name;
drop index if exists transparency_officer_pages_by_pseudonym;
drop index if exists transparency_officer_pages_by_update;
create index transparency_officer_pages_by_name on transparency_officer_pages (field, name_label, name_key);
create index transparency_officer_pages_by_pseudonym on transparency_officer_pages (field, pseudonym_label, pseudonym_key);
create index transparency_officer_pages_by_update_named on transparency_officer_pages (field, updated_at, name_key);
create index transparency_officer_pages_by_update_pseudonymous on transparency_officer_pages (field, updated_at, pseudonym_key);

-- The search is a case-insensitive substring match, which no btree serves. pg_trgm's GIN index does; it ships with
-- PostgreSQL (contrib, a trusted extension since 13, so the database owner may create it) and with the embedded
-- binaries. Where it is missing or may not be created, the migration goes on without it and the search still works,
-- only slower.
do $$
declare
    trgm_schema text;
begin
    begin
        create extension if not exists pg_trgm;
    exception when others then
        raise notice 'pg_trgm not available (%): the officer index searches without a trigram index', sqlerrm;
    end;
    select n.nspname into trgm_schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
    if trgm_schema is not null then
        execute format('create index transparency_officer_pages_name_search on transparency_officer_pages using gin (lower(name_label) %I.gin_trgm_ops)', trgm_schema);
        execute format('create index transparency_officer_pages_pseudonym_search on transparency_officer_pages using gin (lower(pseudonym_label) %I.gin_trgm_ops)', trgm_schema);
    end if;
end
$$;
