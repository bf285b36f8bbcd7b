-- Tables added in the same wave as V20261216_0100 (idempotent requests, nominee ballots, activity photos) were
-- created with the older "congress_id = core.current_congress()" policy. The conversion is kept as a function so
-- that a later migration can call it again; SchemaRulesTests fails the build on any policy left in the old form.
create or replace function core.tenant_policies_as_any() returns integer
language plpgsql as $$
declare
  p record;
  n integer := 0;
begin
  for p in
    select pol.polname, ns.nspname, c.relname
      from pg_policy pol
      join pg_class c on c.oid = pol.polrelid
      join pg_namespace ns on ns.oid = c.relnamespace
     where pg_get_expr(pol.polqual, pol.polrelid) = '(congress_id = core.current_congress())'
  loop
    execute format('alter policy %I on %I.%I using (congress_id = any (array[core.current_congress()]))'
                   || ' with check (congress_id = any (array[core.current_congress()]))',
                   p.polname, p.nspname, p.relname);
    n := n + 1;
  end loop;
  return n;
end $$;

revoke execute on function core.tenant_policies_as_any() from public;

select core.tenant_policies_as_any();
