-- Failed sign-ins counted per account AND per client address (hashed), so that whoever guesses passwords from one
-- address slows and locks only themselves: the staff member signing in from elsewhere is never locked out.
-- The account's own failed_attempts/locked_until columns are no longer raised by failures.
create table login_source_counter (
  username         text not null,
  source_hash      text not null,
  failed_attempts  int not null,
  locked_until     timestamptz,
  primary key (username, source_hash)
);
