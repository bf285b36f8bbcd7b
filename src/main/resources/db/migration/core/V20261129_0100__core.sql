-- Core: the tenant binding used by every row-level security policy, and the event publication registry.
create schema if not exists core;
grant usage on schema core to ${app_role};

-- The congress bound to the current transaction, or null (then every tenant policy matches no row).
create function core.current_congress() returns bigint
    language sql stable
as $$ select nullif(current_setting('app.congress_id', true), '')::bigint $$;

-- Spring Modulith's JDBC event publication registry (schema v2): events survive a crash after commit.
create table if not exists public.event_publication
(
  id                     uuid not null primary key,
  listener_id            text not null,
  event_type             text not null,
  serialized_event       text not null,
  publication_date       timestamp with time zone not null,
  completion_date        timestamp with time zone,
  status                 text,
  completion_attempts    int,
  last_resubmission_date timestamp with time zone
);
create index if not exists event_publication_serialized_event_hash_idx on public.event_publication using hash(serialized_event);
create index if not exists event_publication_by_completion_date_idx on public.event_publication (completion_date);
grant select, insert, update, delete on public.event_publication to ${app_role};

-- Append-only audit of administrative changes (who changed what), per congress.
create table core.audit_log
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null,
  at          timestamptz not null default now(),
  actor       text not null,
  action      text not null,
  object_type text not null,
  object_id   text,
  detail      text
);
create index audit_log_congress_at on core.audit_log (congress_id, at desc);
alter table core.audit_log enable row level security;
alter table core.audit_log force row level security;
create policy tenant on core.audit_log using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on core.audit_log to ${app_role};
