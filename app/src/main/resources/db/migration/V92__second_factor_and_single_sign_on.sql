-- Second factors of local accounts and the link of an account to an identity provider's subject.
-- A TOTP secret is a staff_credential row of kind TOTP (V4); last_step is the RFC 6238 time step of the last code
-- accepted, so that the same code is never accepted twice (RFC 6238 section 5.2).
alter table staff_credential add column last_step bigint;

-- One-time recovery codes, for a lost authenticator. Only a SHA-256 hash of each is kept: the codes are random
-- (60 bits each), so a fast hash is enough, and a code is spent by marking it used.
create table staff_recovery_code (
  account_id  uuid not null references staff_account (id) on delete cascade,
  code_hash   text not null,
  used_at     timestamptz,
  primary key (account_id, code_hash)
);

-- When an account was linked to the provider's subject (single sign-on), and the last sign-in through it.
alter table staff_external_identity add column linked_at timestamptz not null default now();
alter table staff_external_identity add column last_sign_in timestamptz;

-- Sign-ins sent to the provider and not yet back, by their OAuth 2.0 "state" (RFC 6749 section 10.12). Kept here
-- rather than in the session, because Leo's session cookie is SameSite=Strict and so is not sent on the provider's
-- redirect back; a SameSite=Lax cookie holding the state binds the row to the browser that started the sign-in.
create table sso_pending_sign_in (
  state       text primary key,
  request     bytea not null,
  created_at  timestamptz not null
);
