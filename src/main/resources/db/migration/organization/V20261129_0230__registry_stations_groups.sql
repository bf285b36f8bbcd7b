-- Organization registry, part 3: deputy studios, liaison stations and contact points with their
-- stationed deputies; deputy groups (incl. the 共同缔造 professional groups) with members.

create table organization.station
(
  id                 bigint generated always as identity primary key,
  congress_id        bigint not null default core.current_congress() references organization.congress (id),
  type               text   not null check (type in ('DEPUTY_STUDIO','LIAISON_STATION','CONTACT_POINT')),
  studio_kind        text check (studio_kind in ('FUNCTIONAL','HUB','ORDINARY')),
  name               text   not null check (length(name) between 1 and 100),
  street_id          bigint not null references organization.street (id),
  address            text,
  reception_schedule text,
  active             boolean not null default true,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  unique (congress_id, name),
  check ((type = 'DEPUTY_STUDIO') = (studio_kind is not null))
);
create index station_type on organization.station (congress_id, type, street_id);
alter table organization.station enable row level security;
alter table organization.station force row level security;
create policy tenant on organization.station using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on organization.station to ${app_role};

create table organization.station_deputy
(
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  station_id  bigint not null references organization.station (id),
  person_id   bigint not null references organization.person (id),
  primary key (station_id, person_id)
);
create index station_deputy_person on organization.station_deputy (person_id);
alter table organization.station_deputy enable row level security;
alter table organization.station_deputy force row level security;
create policy tenant on organization.station_deputy using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, delete on organization.station_deputy to ${app_role};

create table organization.deputy_group
(
  id           bigint generated always as identity primary key,
  congress_id  bigint not null default core.current_congress() references organization.congress (id),
  name         text   not null check (length(name) between 1 and 100),
  street_id    bigint references organization.street (id),
  professional boolean not null default false,
  station_id   bigint references organization.station (id),
  active       boolean not null default true,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  unique (congress_id, name)
);
create index deputy_group_street on organization.deputy_group (congress_id, street_id);
alter table organization.deputy_group enable row level security;
alter table organization.deputy_group force row level security;
create policy tenant on organization.deputy_group using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on organization.deputy_group to ${app_role};

create table organization.group_member
(
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  group_id    bigint not null references organization.deputy_group (id),
  person_id   bigint not null references organization.person (id),
  primary key (group_id, person_id)
);
create index group_member_person on organization.group_member (person_id);
alter table organization.group_member enable row level security;
alter table organization.group_member force row level security;
create policy tenant on organization.group_member using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, delete on organization.group_member to ${app_role};
