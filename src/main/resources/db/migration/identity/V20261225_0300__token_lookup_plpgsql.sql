-- The token look-up as PL/pgSQL: Citus cannot plan a multi-shard query inside a SQL function that uses its
-- parameters ("could not create distributed plan"), and a token is looked up by its hash before any congress is
-- known, so the query reads every congress's shard. PL/pgSQL hands Citus the statement with the value bound.
-- Same result on plain PostgreSQL.
create or replace function identity.username_for_token(p_hash text) returns text
    language plpgsql stable security definer set search_path = identity, pg_temp
as $$
declare
  v_username text;
begin
  select a.username into v_username
    from identity.api_token t
    join identity.account a on a.congress_id = t.congress_id and a.id = t.account_id
   where t.token_hash = p_hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > now());
  return v_username;
end
$$;
