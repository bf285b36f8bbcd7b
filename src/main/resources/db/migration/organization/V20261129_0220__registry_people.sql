-- Organization registry, part 2: people and their roles over time (deputy, SC member, staff, unit
-- officer, appointee). One role table with per-kind columns keeps "who was what, when" in one query.

create table organization.person
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  name        text   not null check (length(name) between 1 and 60),
  gender      text check (gender in ('MALE','FEMALE')),
  employer    text,
  phone       text,
  street_id   bigint references organization.street (id),
  active      boolean not null default true,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
create index person_name on organization.person (congress_id, name);
alter table organization.person enable row level security;
alter table organization.person force row level security;
create policy tenant on organization.person using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on organization.person to ${app_role};

create table organization.person_role
(
  id            bigint generated always as identity primary key,
  congress_id   bigint not null default core.current_congress() references organization.congress (id),
  person_id     bigint not null references organization.person (id),
  kind          text   not null check (kind in ('DEPUTY','SC_MEMBER','STAFF','UNIT_OFFICER','APPOINTEE')),
  valid_from    date   not null,
  valid_to      date,
  -- DEPUTY
  deputy_level  text check (deputy_level in ('DISTRICT','CITY','PROVINCE','NATIONAL')),
  constituency  text,
  street_id     bigint references organization.street (id),
  term          int,
  -- SC_MEMBER
  sc_position   text check (sc_position in ('CHAIR','VICE_CHAIR','SECRETARY_GENERAL','MEMBER')),
  -- SC_MEMBER (committee) and STAFF (body)
  body_id       bigint references organization.body (id),
  -- UNIT_OFFICER and APPOINTEE
  unit_id       bigint references organization.unit (id),
  title         text,
  check (valid_to is null or valid_to >= valid_from),
  check (kind <> 'DEPUTY' or deputy_level is not null),
  check (kind <> 'SC_MEMBER' or sc_position is not null),
  check (kind <> 'STAFF' or body_id is not null),
  check (kind not in ('UNIT_OFFICER','APPOINTEE') or unit_id is not null)
);
create index person_role_person on organization.person_role (person_id, kind);
create index person_role_kind on organization.person_role (congress_id, kind, street_id);
alter table organization.person_role enable row level security;
alter table organization.person_role force row level security;
create policy tenant on organization.person_role using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on organization.person_role to ${app_role};
