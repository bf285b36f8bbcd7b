-- Idempotency-Key on every API write (issue 15): the first answer to a key is kept with a digest of the
-- request, in the same transaction as the write, so a client retrying after a crash gets that answer again
-- and nothing is written twice; the same key with another request is refused (422). Per congress and user.
create table core.idempotent_request
(
  congress_id  bigint      not null default core.current_congress(),
  id           bigint generated always as identity,
  username     text        not null,
  key          text        not null,
  request_hash text        not null,
  status       int,
  content_type text,
  body         text,
  created_at   timestamptz not null default now(),
  primary key (congress_id, id),
  unique (congress_id, username, key)
);
alter table core.idempotent_request enable row level security;
alter table core.idempotent_request force row level security;
create policy tenant on core.idempotent_request using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update, delete on core.idempotent_request to ${app_role};
