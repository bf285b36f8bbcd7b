-- Organization: congresses (the tenants). Later migrations add bodies, units, people and stations.
create schema if not exists organization;
grant usage on schema organization to ${app_role};

create table organization.congress
(
  id         bigint generated always as identity primary key,
  code       text not null unique,
  name       text not null,
  short_name text not null,
  level      text not null check (level in ('NATIONAL','PROVINCE','CITY','DISTRICT','TOWNSHIP')),
  parent_id  bigint references organization.congress (id),
  term       int  not null default 1,
  active     boolean not null default true,
  created_at timestamptz not null default now()
);
alter table organization.congress enable row level security;
alter table organization.congress force row level security;
-- A congress sees only itself; the row's id is its tenant id.
create policy tenant on organization.congress using (id = core.current_congress()) with check (id = core.current_congress());
grant select, update on organization.congress to ${app_role};

-- Jobs that work per congress (reminders, digests) need the list of tenants without a binding.
create function organization.active_congress_ids() returns setof bigint
    language sql stable security definer set search_path = organization, pg_temp
as $$ select id from organization.congress where active order by id $$;
revoke all on function organization.active_congress_ids() from public;
grant execute on function organization.active_congress_ids() to ${app_role};

-- Provisioning a congress happens outside any tenant (the row's id is not known before the insert).
create function organization.provision_congress(p_code text, p_name text, p_short_name text, p_level text,
                                                p_parent bigint, p_term int) returns bigint
    language sql volatile security definer set search_path = organization, pg_temp
as $$ insert into organization.congress (code, name, short_name, level, parent_id, term)
      values (p_code, p_name, p_short_name, p_level, p_parent, p_term)
      on conflict (code) do update set name = excluded.name
      returning id $$;
revoke all on function organization.provision_congress(text, text, text, text, bigint, int) from public;
grant execute on function organization.provision_congress(text, text, text, text, bigint, int) to ${app_role};

create function organization.congress_id_by_code(p_code text) returns bigint
    language sql stable security definer set search_path = organization, pg_temp
as $$ select id from organization.congress where code = p_code $$;
revoke all on function organization.congress_id_by_code(text) from public;
grant execute on function organization.congress_id_by_code(text) to ${app_role};
