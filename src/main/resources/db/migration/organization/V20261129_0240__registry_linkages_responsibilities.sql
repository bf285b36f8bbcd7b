-- Organization registry, part 4: 双进双联 (each SC member's committee, discussion group and linked
-- deputies), the contact log, and leadership responsibilities (包保) with their visit log.

create table organization.linkage
(
  id               bigint generated always as identity primary key,
  congress_id      bigint not null default core.current_congress() references organization.congress (id),
  member_id        bigint not null references organization.person (id),
  committee_id     bigint references organization.body (id),
  discussion_group text,
  updated_at       timestamptz not null default now(),
  unique (congress_id, member_id)
);
alter table organization.linkage enable row level security;
alter table organization.linkage force row level security;
create policy tenant on organization.linkage using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on organization.linkage to ${app_role};

create table organization.linkage_deputy
(
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  linkage_id  bigint not null references organization.linkage (id),
  deputy_id   bigint not null references organization.person (id),
  primary key (linkage_id, deputy_id)
);
create index linkage_deputy_deputy on organization.linkage_deputy (deputy_id);
alter table organization.linkage_deputy enable row level security;
alter table organization.linkage_deputy force row level security;
create policy tenant on organization.linkage_deputy using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, delete on organization.linkage_deputy to ${app_role};

-- A contact between a member and a linked deputy (counterpart_id set) or a deputy and voters (voters text).
create table organization.contact_log
(
  id             bigint generated always as identity primary key,
  congress_id    bigint not null default core.current_congress() references organization.congress (id),
  person_id      bigint not null references organization.person (id),
  counterpart_id bigint references organization.person (id),
  voters         text,
  contact_date   date   not null,
  channel        text   not null check (channel in ('VISIT','PHONE','MEETING','ONLINE','OTHER')),
  summary        text   not null check (length(summary) between 1 and 2000),
  recorded_by    text   not null,
  recorded_at    timestamptz not null default now(),
  check ((counterpart_id is null) <> (voters is null))
);
create index contact_log_person on organization.contact_log (congress_id, person_id, contact_date desc);
create index contact_log_counterpart on organization.contact_log (counterpart_id);
alter table organization.contact_log enable row level security;
alter table organization.contact_log force row level security;
create policy tenant on organization.contact_log using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on organization.contact_log to ${app_role};

create table organization.responsibility
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  leader_id   bigint not null references organization.person (id),
  target_type text   not null check (target_type in ('RIVER_BASIN','KEY_ENTERPRISE','MAJOR_PROJECT')),
  target_name text   not null check (length(target_name) between 1 and 100),
  description text,
  active      boolean not null default true,
  updated_at  timestamptz not null default now(),
  unique (congress_id, target_name)
);
create index responsibility_leader on organization.responsibility (congress_id, leader_id);
alter table organization.responsibility enable row level security;
alter table organization.responsibility force row level security;
create policy tenant on organization.responsibility using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on organization.responsibility to ${app_role};

create table organization.responsibility_visit
(
  id                bigint generated always as identity primary key,
  congress_id       bigint not null default core.current_congress() references organization.congress (id),
  responsibility_id bigint not null references organization.responsibility (id),
  visit_date        date   not null,
  summary           text   not null check (length(summary) between 1 and 2000),
  problems          text,
  recorded_by       text   not null,
  recorded_at       timestamptz not null default now()
);
create index responsibility_visit_target on organization.responsibility_visit (responsibility_id, visit_date desc);
alter table organization.responsibility_visit enable row level security;
alter table organization.responsibility_visit force row level security;
create policy tenant on organization.responsibility_visit using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on organization.responsibility_visit to ${app_role};
