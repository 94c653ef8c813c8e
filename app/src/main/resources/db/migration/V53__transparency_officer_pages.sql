-- The public officer pages: one row per officer and policy field the officer has published records in, with the
-- keys of the pages that can show them. The keys are HMACs of the officer's id under the installation secret
-- (transparency_installation_secret) in separate contexts, computed once by the event listeners and kept here so
-- a page is found by its key without scanning. Which of them are served depends on the policy at request time.
create table transparency_officer_pages (
    officer_id      uuid        not null,
    field           text        not null check (field in ('CASE_OUTCOMES', 'COMMENDATIONS')),
    name_key        text        not null,
    pseudonym_key   text        not null unique,
    name_label      text,
    pseudonym_label text        not null,
    updated_at      timestamptz not null,
    primary key (officer_id, field)
);

create index transparency_officer_pages_by_name_key on transparency_officer_pages (name_key);
create index transparency_officer_pages_by_name on transparency_officer_pages (field, name_label);
create index transparency_officer_pages_by_pseudonym on transparency_officer_pages (field, pseudonym_label);
create index transparency_officer_pages_by_update on transparency_officer_pages (field, updated_at);
