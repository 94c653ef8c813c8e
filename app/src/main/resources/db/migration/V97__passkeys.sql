-- Passkeys (WebAuthn, W3C Web Authentication Level 3) of local staff accounts, in the two tables whose names and
-- columns Spring Security's JDBC repositories expect. A user entity is the account as the authenticators know it:
-- a random 64-byte handle (never the user name, section 14.6.1 of the specification) and the user name it stands
-- for. A credential is one passkey: its id and public key (COSE), the signature counter that exposes a cloned
-- authenticator, and the label its owner gave it. Only public keys are kept: a copy of the database signs in
-- nobody. Removing a staff account removes its passkeys.
create table user_entities (
  id            varchar(1000) primary key,
  name          text not null unique references staff_account (username) on delete cascade on update cascade,
  display_name  text
);

create table user_credentials (
  credential_id                 varchar(1000) primary key,
  user_entity_user_id           varchar(1000) not null references user_entities (id) on delete cascade,
  public_key                    bytea not null,
  signature_count               bigint,
  uv_initialized                boolean,
  backup_eligible               boolean not null,
  authenticator_transports      varchar(1000),
  public_key_credential_type    varchar(100),
  backup_state                  boolean not null,
  attestation_object            bytea,
  attestation_client_data_json  bytea,
  created                       timestamptz not null,
  last_used                     timestamptz not null,
  label                         varchar(1000) not null
);
create index user_credentials_by_user on user_credentials (user_entity_user_id);
