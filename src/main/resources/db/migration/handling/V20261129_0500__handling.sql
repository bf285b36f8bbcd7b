-- Handling engine (办理引擎): cases, assignments, clocks, replies, evaluations, extensions, attachments,
-- the append-only hash-chained timeline, idempotency keys and per-congress deadline policies.
create schema if not exists handling;
grant usage on schema handling to ${app_role};

create table handling.cases
(
  id                   bigint generated always as identity primary key,
  congress_id          bigint  not null default core.current_congress(),
  kind                 text    not null,
  number               text    not null,
  year                 int     not null,
  seq                  bigint  not null,
  title                text    not null,
  content              text    not null default '',
  category             text,
  source_type          text    not null,
  source_ref           text,
  source_date          date,
  attributes           jsonb   not null default '{}',
  state                text    not null,
  visibility           text    not null default 'INTERNAL' check (visibility in ('INTERNAL','PUBLISHED')),
  key_case             boolean not null default false,
  supervising_leader   bigint,
  tracking_months      int,
  tracked              boolean not null default false,
  result_class         text check (result_class in ('A','B','C','D')),
  evaluation           text check (evaluation in ('SATISFIED','BASICALLY_SATISFIED','UNSATISFIED')),
  final                boolean not null default false,
  version              bigint  not null default 0,
  created_by           bigint  not null,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  unique (congress_id, kind, year, seq),
  unique (congress_id, number)
);
create index cases_congress_state on handling.cases (congress_id, kind, state);
create index cases_congress_created on handling.cases (congress_id, created_at desc);
create index cases_key on handling.cases (congress_id, supervising_leader) where key_case and not final;

create table handling.proposer
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress(),
  case_id     bigint not null references handling.cases (id),
  account_id  bigint,
  person_id   bigint,
  name        text   not null
);
create index proposer_case on handling.proposer (case_id);
create index proposer_account on handling.proposer (congress_id, account_id);

-- unit_id is an organization unit id (no cross-schema foreign key).
create table handling.assignment
(
  id               bigint generated always as identity primary key,
  congress_id      bigint not null default core.current_congress(),
  case_id          bigint not null references handling.cases (id),
  unit_id          bigint not null,
  role             text   not null check (role in ('LEAD','CO','SEPARATE')),
  state            text   not null,
  assigned_at      timestamptz not null default now(),
  accepted_at      timestamptz,
  return_reason    text,
  transferred_to   bigint
);
create index assignment_case on handling.assignment (case_id);
create index assignment_unit_state on handling.assignment (congress_id, unit_id, state);

create table handling.clock
(
  id             bigint generated always as identity primary key,
  congress_id    bigint not null default core.current_congress(),
  case_id        bigint not null references handling.cases (id),
  assignment_id  bigint references handling.assignment (id),
  name           text   not null,
  anchor_event   text   not null,
  anchor_date    date   not null,
  amount         int    not null,
  unit           text   not null,
  due_date       date   not null,
  yellow_from    date   not null,
  reminder_leads text   not null default '',
  state          text   not null check (state in ('RUNNING','EXTENDED','PAUSED','OVERDUE','MET','CANCELLED')),
  paused_on      date,
  met_on         date,
  met_late       boolean not null default false,
  extensions     int    not null default 0,
  notified       text   not null default 'GREEN' check (notified in ('GREEN','YELLOW','RED')),
  created_at     timestamptz not null default now()
);
create index clock_case on handling.clock (case_id);
-- The deadline sweep and the near-due/overdue lists read active clocks by due date.
create index clock_active_due on handling.clock (congress_id, due_date)
  where state in ('RUNNING','EXTENDED','OVERDUE');
create index clock_active_yellow on handling.clock (congress_id, yellow_from)
  where state in ('RUNNING','EXTENDED','OVERDUE');

create table handling.reply
(
  id            bigint generated always as identity primary key,
  congress_id   bigint not null default core.current_congress(),
  case_id       bigint not null references handling.cases (id),
  assignment_id bigint references handling.assignment (id),
  unit_id       bigint,
  type          text   not null check (type in ('PLAN','CO_OPINION','RESULT','TRACKING_REPORT')),
  text          text   not null,
  result_class  text check (result_class in ('A','B','C','D')),
  published     boolean not null default false,
  actor_id      bigint not null,
  at            timestamptz not null default now()
);
create index reply_case on handling.reply (case_id, at);

create table handling.evaluation
(
  id           bigint generated always as identity primary key,
  congress_id  bigint not null default core.current_congress(),
  case_id      bigint not null references handling.cases (id),
  evaluation   text   not null check (evaluation in ('SATISFIED','BASICALLY_SATISFIED','UNSATISFIED')),
  comment      text,
  evaluator_id bigint not null,
  at           timestamptz not null default now()
);
create index evaluation_case on handling.evaluation (case_id, at);

create table handling.extension
(
  id           bigint generated always as identity primary key,
  congress_id  bigint not null default core.current_congress(),
  case_id      bigint not null references handling.cases (id),
  clock_id     bigint not null references handling.clock (id),
  amount       int    not null,
  unit         text   not null,
  reason       text,
  status       text   not null check (status in ('REQUESTED','APPROVED','REJECTED','DIRECT')),
  requested_by bigint not null,
  requested_at timestamptz not null default now(),
  decided_by   bigint,
  decided_at   timestamptz,
  old_due      date,
  new_due      date
);
create index extension_case on handling.extension (case_id);

create table handling.attachment
(
  id           bigint generated always as identity primary key,
  congress_id  bigint not null default core.current_congress(),
  case_id      bigint not null references handling.cases (id),
  filename     text   not null,
  content_type text   not null,
  size         bigint not null,
  sha256       text   not null,
  data         bytea  not null,
  uploaded_by  bigint not null,
  uploaded_at  timestamptz not null default now()
);
create index attachment_case on handling.attachment (case_id);

-- Gapless numbers per congress, kind and year: the row lock serialises concurrent creations and a
-- rolled-back creation rolls back its increment.
create table handling.number_sequence
(
  congress_id bigint not null default core.current_congress(),
  kind        text   not null,
  year        int    not null,
  last_value  bigint not null,
  primary key (congress_id, kind, year)
);

create table handling.deadline_policy
(
  congress_id    bigint not null default core.current_congress(),
  kind           text   not null,
  clock          text   not null,
  amount         int    not null check (amount >= 0),
  unit           text   not null check (unit in ('CALENDAR_DAYS','WORKING_DAYS','WEEKS','MONTHS')),
  reminder_leads text   not null default '',
  updated_at     timestamptz not null default now(),
  primary key (congress_id, kind, clock)
);

create table handling.idempotency_key
(
  congress_id bigint not null default core.current_congress(),
  account_id  bigint not null,
  key         text   not null,
  scope       text   not null,
  status      int,
  body        text,
  created_at  timestamptz not null default now(),
  primary key (congress_id, account_id, key)
);

-- The timeline: append-only, each case's events chained with SHA-256.
create table handling.event
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress(),
  case_id     bigint not null references handling.cases (id),
  seq         int    not null,
  at          timestamptz not null default clock_timestamp(),
  actor_id    bigint,
  actor_name  text,
  action      text   not null,
  from_state  text,
  to_state    text,
  payload     jsonb  not null default '{}',
  prev_hash   text   not null,
  hash        text   not null,
  unique (case_id, seq)
);

-- The canonical content of an event: fields joined with '|', the time as UTC microseconds since the
-- epoch, the payload as PostgreSQL's normalised jsonb text.
create function handling.event_digest(p_prev text, p_case bigint, p_seq int, p_at timestamptz, p_actor bigint,
                                       p_action text, p_from text, p_to text, p_payload jsonb) returns text
    language sql immutable
as $$
select encode(sha256(convert_to(
    p_prev || '|' || p_case || '|' || p_seq || '|' || (extract(epoch from p_at) * 1000000)::bigint || '|' ||
    coalesce(p_actor::text, '') || '|' || p_action || '|' || coalesce(p_from, '') || '|' || coalesce(p_to, '') || '|' ||
    p_payload::text, 'UTF8')), 'hex')
$$;

-- Sequence number, previous hash and hash are set by the database, never by the application.
create function handling.event_chain() returns trigger
    language plpgsql
as $$
declare
  last record;
begin
  select e.seq, e.hash into last from handling.event e where e.case_id = new.case_id order by e.seq desc limit 1;
  new.seq := coalesce(last.seq, 0) + 1;
  new.prev_hash := coalesce(last.hash, repeat('0', 64));
  new.at := date_trunc('microseconds', clock_timestamp());
  new.hash := handling.event_digest(new.prev_hash, new.case_id, new.seq, new.at, new.actor_id, new.action,
                                    new.from_state, new.to_state, new.payload);
  return new;
end
$$;
create trigger event_chain before insert on handling.event for each row execute function handling.event_chain();

create function handling.event_immutable() returns trigger
    language plpgsql
as $$
begin
  raise exception 'handling.event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger event_immutable before update or delete on handling.event
  for each row execute function handling.event_immutable();
create trigger event_no_truncate before truncate on handling.event
  for each statement execute function handling.event_immutable();

do $$
declare t text;
begin
  foreach t in array array['cases','proposer','assignment','clock','reply','evaluation','extension','attachment',
                           'number_sequence','deadline_policy','idempotency_key','event']
  loop
    execute format('alter table handling.%I enable row level security', t);
    execute format('alter table handling.%I force row level security', t);
    execute format('create policy tenant on handling.%I using (congress_id = core.current_congress()) '
                   'with check (congress_id = core.current_congress())', t);
  end loop;
end
$$;

grant select, insert, update on handling.cases, handling.assignment, handling.clock, handling.extension,
  handling.number_sequence, handling.deadline_policy, handling.idempotency_key to ${app_role};
grant select, insert on handling.proposer, handling.reply, handling.evaluation, handling.attachment, handling.event
  to ${app_role};

-- ShedLock: one row per scheduled job, shared by every application instance (not tenant data).
create table if not exists public.shedlock
(
  name       varchar(64)  not null primary key,
  lock_until timestamptz  not null,
  locked_at  timestamptz  not null,
  locked_by  varchar(255) not null
);
grant select, insert, update on public.shedlock to ${app_role};
