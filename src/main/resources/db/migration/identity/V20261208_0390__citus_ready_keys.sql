-- Citus-ready keys for the identity schema (core.citus_ready_keys explains). A user name must stay unique
-- across congresses (people sign in by name alone), but a table distributed by congress_id can only be
-- unique per congress: the names move to a registry without tenant (a reference table on Citus), written
-- with the account in one transaction, whose primary key keeps them unique everywhere. Its congress column
-- is not named congress_id: that name marks tenant tables (distributed by it, SchemaRulesTests).
create table identity.login_name
(
  username         text   primary key,
  home_congress_id bigint not null
);
insert into identity.login_name (username, home_congress_id)
select username, congress_id from identity.account;
-- The application only adds names; login reads them through the definer functions below.
grant insert on identity.login_name to ${app_role};

call core.citus_ready_keys('identity');

-- Sign-in: the congress from the registry, then the account on that congress's shard only.
create or replace function identity.account_for_login(p_username text)
    returns table (id bigint, congress_id bigint, username text, password_hash text, display_name text, roles text[],
                   person_id bigint, unit_id bigint, street text, locale text, enabled boolean)
    language plpgsql stable security definer set search_path = identity, pg_temp
as $$
declare
  v_congress bigint;
begin
  select n.home_congress_id into v_congress from identity.login_name n where n.username = lower(p_username);
  if v_congress is null then
    return;
  end if;
  return query
    select a.id, a.congress_id, a.username, a.password_hash, a.display_name, a.roles, a.person_id, a.unit_id,
           a.street, a.locale, a.enabled
      from identity.account a where a.congress_id = v_congress and a.username = lower(p_username);
end
$$;

-- A token's account is joined on the congress too (co-located rows).
create or replace function identity.username_for_token(p_hash text) returns text
    language sql stable security definer set search_path = identity, pg_temp
as $$ select a.username from identity.api_token t
        join identity.account a on a.congress_id = t.congress_id and a.id = t.account_id
      where t.token_hash = p_hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > now()) $$;

-- Looking a token up by its hash alone (before any congress is known) reads every congress's tokens.
create index api_token_hash on identity.api_token (token_hash);
