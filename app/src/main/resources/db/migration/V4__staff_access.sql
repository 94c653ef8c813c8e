-- A staff member's identity is separate from how they prove it: a password today, a TOTP secret or an
-- external identity provider's subject later, each a row of its own.
create table staff_account (
  id               uuid primary key,
  username         text not null unique,
  display_name     text not null,
  officer_id       uuid references officer (id),
  enabled          boolean not null default true,
  failed_attempts  int not null default 0,
  locked_until     timestamptz,
  created_at       timestamptz not null
);

create table staff_role (
  account_id  uuid not null references staff_account (id) on delete cascade,
  role        text not null check (role in ('OFFICER', 'SUPERVISOR', 'INVESTIGATOR', 'REVIEW_BOARD', 'COMMAND', 'ADMIN')),
  primary key (account_id, role)
);

create table staff_credential (
  account_id  uuid not null references staff_account (id) on delete cascade,
  kind        text not null check (kind in ('PASSWORD', 'TOTP')),
  secret      text not null,
  created_at  timestamptz not null,
  primary key (account_id, kind)
);

create table staff_external_identity (
  issuer      text not null,
  subject     text not null,
  account_id  uuid not null references staff_account (id) on delete cascade,
  primary key (issuer, subject)
);
