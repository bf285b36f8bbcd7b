-- Notification: the in-app inbox and an outbox of e-mails and text messages sent by a job, so that a
-- notice accepted in a transaction is never lost to a mail server that is down.
create schema if not exists notification;
grant usage on schema notification to ${app_role};

create table notification.message
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress(),
  account_id  bigint not null,
  kind        text   not null,
  subject     text   not null,
  body        text   not null,
  link        text,
  dedupe_key  text,
  created_at  timestamptz not null default now(),
  read_at     timestamptz
);
-- A redelivered event must not notify twice.
create unique index message_dedupe on notification.message (congress_id, account_id, dedupe_key) where dedupe_key is not null;
create index message_inbox on notification.message (congress_id, account_id, created_at desc);
create index message_unread on notification.message (congress_id, account_id) where read_at is null;
alter table notification.message enable row level security;
alter table notification.message force row level security;
create policy tenant on notification.message using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on notification.message to ${app_role};

create table notification.outbox
(
  id              bigint generated always as identity primary key,
  congress_id     bigint not null default core.current_congress(),
  channel         text   not null check (channel in ('EMAIL', 'SMS')),
  recipient       text   not null,
  subject         text   not null,
  body            text   not null,
  status          text   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED', 'DISABLED')),
  attempts        int    not null default 0,
  last_error      text,
  created_at      timestamptz not null default now(),
  next_attempt_at timestamptz not null default now(),
  sent_at         timestamptz
);
create index outbox_pending on notification.outbox (congress_id, next_attempt_at) where status = 'PENDING';
alter table notification.outbox enable row level security;
alter table notification.outbox force row level security;
create policy tenant on notification.outbox using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on notification.outbox to ${app_role};

-- One digest per account and day, whatever the number of application instances.
create table notification.digest_sent
(
  congress_id bigint not null default core.current_congress(),
  account_id  bigint not null,
  day         date   not null,
  primary key (congress_id, account_id, day)
);
alter table notification.digest_sent enable row level security;
alter table notification.digest_sent force row level security;
create policy tenant on notification.digest_sent using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on notification.digest_sent to ${app_role};
