-- Identity: accounts (one congress each), API tokens and login throttling.
create schema if not exists identity;
grant usage on schema identity to ${app_role};

create table identity.account
(
  id                  bigint generated always as identity primary key,
  congress_id         bigint not null references organization.congress (id),
  username            text   not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
  password_hash       text   not null,
  display_name        text   not null,
  roles               text[] not null,
  person_id           bigint,
  unit_id             bigint,
  street              text,
  email               text,
  locale              text   not null default 'zh-CN',
  enabled             boolean not null default true,
  created_at          timestamptz not null default now(),
  password_changed_at timestamptz
);
create index account_congress on identity.account (congress_id, username);
alter table identity.account enable row level security;
alter table identity.account force row level security;
create policy tenant on identity.account using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on identity.account to ${app_role};

-- Login happens before any congress is bound: these definer functions answer only for one name or token.
create function identity.account_for_login(p_username text)
    returns table (id bigint, congress_id bigint, username text, password_hash text, display_name text, roles text[],
                   person_id bigint, unit_id bigint, street text, locale text, enabled boolean)
    language sql stable security definer set search_path = identity, pg_temp
as $$ select id, congress_id, username, password_hash, display_name, roles, person_id, unit_id, street, locale, enabled
      from identity.account where username = lower(p_username) $$;
revoke all on function identity.account_for_login(text) from public;
grant execute on function identity.account_for_login(text) to ${app_role};

create table identity.api_token
(
  id           bigint generated always as identity primary key,
  congress_id  bigint not null references organization.congress (id),
  account_id   bigint not null references identity.account (id),
  name         text   not null,
  token_hash   text   not null unique,
  prefix       text   not null,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz,
  last_used_at timestamptz,
  revoked_at   timestamptz
);
create index api_token_account on identity.api_token (account_id, created_at desc);
alter table identity.api_token enable row level security;
alter table identity.api_token force row level security;
create policy tenant on identity.api_token using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on identity.api_token to ${app_role};

create function identity.username_for_token(p_hash text) returns text
    language sql stable security definer set search_path = identity, pg_temp
as $$ select a.username from identity.api_token t join identity.account a on a.id = t.account_id
      where t.token_hash = p_hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > now()) $$;
revoke all on function identity.username_for_token(text) from public;
grant execute on function identity.username_for_token(text) to ${app_role};

-- Failed logins per key (user name and client address); shared by every application instance.
create table identity.login_failure
(
  key          text primary key,
  failures     int not null,
  first_at     timestamptz not null,
  locked_until timestamptz
);
grant select, insert, update, delete on identity.login_failure to ${app_role};
