-- API tokens for programs (RFC 6750 bearer tokens). Only the SHA-256 hash of the 256-bit secret is kept, so a copy
-- of the database lets nobody call the API; the prefix lets the holder recognise a token in a list. Rows are never
-- deleted: a revoked or expired token stays on record with who made it and when it was last used.
create table api_token (
  id            uuid primary key,
  name          text not null,
  username      text not null references staff_account (username) on delete cascade,
  service       boolean not null,
  scopes        text not null,
  prefix        text not null,
  token_hash    text not null unique,
  created_by    text not null,
  created_at    timestamptz not null,
  expires_at    timestamptz not null,
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  revoked_by    text
);
create index api_token_by_username on api_token (username);
