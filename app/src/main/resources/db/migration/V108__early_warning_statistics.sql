-- Planner statistics for the early-warning history right after an import. An import adds hundreds of thousands of
-- rows in one transaction; until autovacuum gets round to analysing them (up to a minute later, longer on a busy
-- server) PostgreSQL plans the ranking's statement as if the tables were nearly empty, and a ranking of 35,000
-- officers that takes half a second with statistics took minutes without them. ANALYZE may only be run by a table's
-- owner, and Leo's running role owns nothing, so the owner lends it this one maintenance step: the function runs with
-- the owner's rights, takes no arguments and can do nothing but refresh the statistics of these four tables.
create function ew_refresh_statistics() returns void
  language plpgsql
  security definer
  set search_path = public, pg_temp
as $$
begin
  analyze ew_officer;
  analyze ew_complaint;
  analyze ew_allegation;
  analyze ew_peer_count;
end
$$;
