-- Public read models of the transparency portal. They hold ids, years, unit codes, categories and counts only:
-- never a name, an address or a narrative. Dimension value '*' (and year 0) is the total over that dimension,
-- kept at write time so that every filtered page is an index lookup, never a scan.

create table transparency_complaints_received (
    year       int    not null,
    unit       text   not null,
    complaints bigint not null,
    primary key (year, unit)
);

create table transparency_allegation_outcomes (
    year        int    not null,
    unit        text   not null,
    category    text   not null,
    finding     text   not null,
    allegations bigint not null,
    primary key (year, unit, category, finding)
);

create table transparency_closure_days (
    year        int    not null,
    unit        text   not null,
    category    text   not null,
    days        int    not null,
    allegations bigint not null,
    primary key (year, unit, category, days)
);

create table transparency_protocol_incidents (
    year           int    not null,
    kind           text   not null,
    incidents      bigint not null default 0,
    escalations    bigint not null default 0,
    reunifications bigint not null default 0,
    primary key (year, kind)
);

create table transparency_engagement_minutes (
    year      int    not null,
    kind      text   not null,
    minutes   int    not null,
    incidents bigint not null,
    primary key (year, kind, minutes)
);

create table transparency_commendations (
    year          int    not null,
    unit          text   not null,
    commendations bigint not null,
    primary key (year, unit)
);

create table transparency_officer_outcomes (
    officer_id  uuid   not null,
    year        int    not null,
    category    text   not null,
    finding     text   not null,
    allegations bigint not null,
    primary key (officer_id, year, category, finding)
);

create table transparency_officer_commendations (
    officer_id    uuid   not null,
    year          int    not null,
    commendations bigint not null,
    primary key (officer_id, year)
);

-- What the read models need to remember between events: when a complaint was received, which complaint a case
-- came from, and the kind and year of an incident. Ids and instants only.
create table transparency_complaint_receipts (
    complaint_id uuid        primary key,
    received_at  timestamptz not null
);

create table transparency_case_origins (
    investigation_id uuid primary key,
    complaint_id     uuid
);

create table transparency_incident_kinds (
    incident_id uuid primary key,
    kind        text not null,
    year        int  not null
);

-- An event delivered twice (after a crash, the Modulith registry republishes it) is counted once.
create table transparency_counted_events (
    event_key text primary key
);

create table transparency_table_updates (
    table_name text        primary key,
    updated_at timestamptz not null
);

create table transparency_publication_policy (
    field      text        primary key,
    mode       text        not null check (mode in ('NAME', 'PSEUDONYM', 'HIDDEN')),
    changed_at timestamptz,
    changed_by text
);

insert into transparency_publication_policy (field, mode) values ('CASE_OUTCOMES', 'PSEUDONYM'), ('COMMENDATIONS', 'NAME');

-- The installation's pseudonym key: three random UUIDs (366 random bits) from PostgreSQL's strong random source, made when
-- this migration runs on an installation's database, so it is never in the repository.
create table transparency_installation_secret (
    id     int   primary key check (id = 1),
    secret bytea not null
);

insert into transparency_installation_secret (id, secret)
values (1, uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));
