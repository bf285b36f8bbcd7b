-- Organization registry, part 1: streets, bodies (standing committee, committees, directors' meeting,
-- street working committees) and handling units. Every table is tenant data under forced RLS.

create table organization.street
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  name        text   not null check (length(name) between 1 and 60),
  sort_order  int    not null default 0,
  active      boolean not null default true,
  unique (congress_id, name)
);
alter table organization.street enable row level security;
alter table organization.street force row level security;
create policy tenant on organization.street using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on organization.street to ${app_role};

create table organization.body
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  kind        text   not null check (kind in ('STANDING_COMMITTEE','COMMITTEE','DIRECTORS_MEETING','STREET_COMMITTEE')),
  name        text   not null check (length(name) between 1 and 100),
  street_id   bigint references organization.street (id),
  sort_order  int    not null default 0,
  active      boolean not null default true,
  unique (congress_id, name),
  check ((kind = 'STREET_COMMITTEE') = (street_id is not null))
);
create index body_kind on organization.body (congress_id, kind, sort_order);
alter table organization.body enable row level security;
alter table organization.body force row level security;
create policy tenant on organization.body using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on organization.body to ${app_role};

create table organization.unit
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  name        text   not null check (length(name) between 1 and 100),
  short_name  text,
  type        text   not null check (type in ('GOVERNMENT','DEPARTMENT','SUPERVISORY_COMMISSION','COURT','PROCURATORATE','STREET_OFFICE','OTHER')),
  street_id   bigint references organization.street (id),
  address     text,
  phone       text,
  active      boolean not null default true,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  unique (congress_id, name)
);
create index unit_type on organization.unit (congress_id, type, name);
alter table organization.unit enable row level security;
alter table organization.unit force row level security;
create policy tenant on organization.unit using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on organization.unit to ${app_role};
