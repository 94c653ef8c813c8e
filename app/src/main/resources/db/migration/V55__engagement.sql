-- Community engagement: outreach events, public registration with a waiting list, and short surveys after an event
-- or, by invitation, after an incident.
create table outreach_event (
  id          uuid primary key,
  title       text not null,
  starts_at   timestamptz not null,
  place       text not null,
  activities  text not null,
  capacity    int not null check (capacity > 0),
  language    text not null,
  created_at  timestamptz not null,
  updated_at  timestamptz not null
);
create index outreach_event_by_start on outreach_event (starts_at);

-- One registration per submitted form; the submission key makes a double submit land on the same row.
-- Only a hash of the private link's token is kept.
create table event_registration (
  id              uuid primary key,
  event_id        uuid not null references outreach_event (id),
  submission_key  text not null,
  name            text not null,
  email           text not null,
  party_size      int not null check (party_size between 1 and 10),
  status          text not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
  token_hash      bytea not null unique,
  registered_at   timestamptz not null,
  unique (event_id, submission_key)
);
create index event_registration_by_event on event_registration (event_id, status, registered_at);

-- An invitation after an incident names the incident only; the address it went to is not kept.
create table survey_invitation (
  id           uuid primary key,
  incident_id  uuid not null,
  token_hash   bytea not null unique,
  invited_by   text not null,
  invited_at   timestamptz not null,
  expires_at   timestamptz not null,
  used_at      timestamptz
);

-- Answers: three ratings from 1 to 5 and an optional comment that is never published.
create table survey_response (
  id               uuid primary key,
  kind             text not null check (kind in ('EVENT', 'INCIDENT')),
  event_id         uuid references outreach_event (id),
  registration_id  uuid unique references event_registration (id),
  invitation_id    uuid unique references survey_invitation (id),
  first_rating     smallint not null check (first_rating between 1 and 5),
  second_rating    smallint not null check (second_rating between 1 and 5),
  third_rating     smallint not null check (third_rating between 1 and 5),
  comment          text,
  answered_at      timestamptz not null
);
create index survey_response_by_event on survey_response (event_id);
create trigger survey_response_append_only before update or delete on survey_response
  for each row execute function leo_refuse_change();
