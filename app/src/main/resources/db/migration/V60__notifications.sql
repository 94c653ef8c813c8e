-- Notifications: an outbox written in the transaction of what caused them, and one delivery per channel that
-- workers on any node claim with a short lease. Staff accounts get the mail address notices are sent to.
alter table staff_account add column email text check (email is null or email ~ '^[^@\s]+@[^@\s]+$');

-- One notice to one recipient. An officer without a linked account is kept (account_id null) so the failed
-- delivery is visible, never dropped. A cause reaches each recipient once.
create table notification (
  id               uuid primary key,
  cause            text not null,
  account_id       uuid references staff_account (id),
  officer_id       uuid references officer (id),
  kind             text not null check (kind in ('ESCALATION', 'DEADLINE', 'FLAG_FOLLOW_UP', 'HEARING', 'CASE_ASSIGNMENT')),
  subject_key      text not null,
  arguments        text[] not null,
  link             text,
  muteable         boolean not null,
  created_at       timestamptz not null,
  acknowledged_at  timestamptz,
  acknowledged_by  text,
  check (account_id is not null or officer_id is not null),
  check ((acknowledged_at is null) = (acknowledged_by is null))
);
create unique index notification_once_per_account on notification (cause, account_id) where account_id is not null;
create unique index notification_once_per_unlinked_officer on notification (cause, officer_id) where account_id is null;
create index notification_inbox on notification (account_id, created_at desc);

-- A department's paging or CAD system; the secret signs each POST (HMAC-SHA256) and is never shown again.
create table notification_webhook (
  id          uuid primary key,
  name        text not null,
  url         text not null check (url ~ '^https?://'),
  secret      text not null,
  enabled     boolean not null default true,
  created_at  timestamptz not null,
  created_by  text not null
);

-- One delivery of a notification on one channel (and, for webhooks, to one endpoint).
create table notification_delivery (
  id               uuid primary key,
  notification_id  uuid not null references notification (id),
  channel          text not null check (channel in ('INBOX', 'EMAIL', 'WEBHOOK')),
  endpoint_id      uuid references notification_webhook (id),
  state            text not null check (state in ('QUEUED', 'DELIVERED', 'FAILED')),
  attempts         int not null default 0,
  next_attempt_at  timestamptz not null,
  claimed_by       text,
  claimed_until    timestamptz,
  last_error       text,
  delivered_at     timestamptz,
  created_at       timestamptz not null,
  check ((channel = 'WEBHOOK') = (endpoint_id is not null))
);
create unique index notification_delivery_once on notification_delivery
  (notification_id, channel, coalesce(endpoint_id, '00000000-0000-0000-0000-000000000000'));
create index notification_delivery_due on notification_delivery (next_attempt_at) where state = 'QUEUED';
create index notification_delivery_state on notification_delivery (state, created_at desc);

-- The channels a staff member chose per kind; without a row, mail and inbox. The inbox always receives.
create table notification_choice (
  account_id  uuid not null references staff_account (id) on delete cascade,
  kind        text not null check (kind in ('ESCALATION', 'DEADLINE', 'FLAG_FOLLOW_UP', 'HEARING', 'CASE_ASSIGNMENT')),
  email       boolean not null,
  webhook     boolean not null,
  primary key (account_id, kind)
);

-- The language a staff member reads notices in (mail and webhook text); English without a row.
create table notification_language (
  account_id  uuid primary key references staff_account (id) on delete cascade,
  language    text not null check (language in ('en', 'es'))
);
