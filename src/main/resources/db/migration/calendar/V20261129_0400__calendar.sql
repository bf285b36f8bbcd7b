-- Calendar: each congress's overrides of the national holiday schedule (bundled with the application,
-- not stored here) and a change counter that lets every application instance keep its cache correct.
create schema if not exists calendar;
grant usage on schema calendar to ${app_role};

-- A congress's own decision on one date (next year's schedule before it ships, a local day off); it wins
-- over the national data.
create table calendar.day_override
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  date        date not null,
  workday     boolean not null,
  name        text not null check (length(btrim(name)) between 1 and 60),
  created_by  text not null,
  created_at  timestamptz not null default now(),
  -- one decision per date; the index also serves the per-congress listing in date order
  constraint day_override_congress_date unique (congress_id, date)
);
alter table calendar.day_override enable row level security;
alter table calendar.day_override force row level security;
create policy tenant on calendar.day_override using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, delete on calendar.day_override to ${app_role};

-- Bumped from a sequence on every change, so a value is never reused, not even after a rollback: an
-- instance whose cached overrides carry another value than the row reloads them.
create sequence calendar.override_change_seq;
grant usage on sequence calendar.override_change_seq to ${app_role};

create table calendar.override_version
(
  congress_id bigint primary key default core.current_congress() references organization.congress (id),
  version     bigint not null
);
alter table calendar.override_version enable row level security;
alter table calendar.override_version force row level security;
create policy tenant on calendar.override_version using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on calendar.override_version to ${app_role};
