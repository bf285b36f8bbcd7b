-- Tenant policies compare congress_id with ANY (ARRAY[core.current_congress()]) instead of "=".
-- Why: statements now name the congress as a value (congress_id = ?) so that Citus routes them to one shard.
-- With the policy also an equality, the planner puts the parameter and core.current_congress() into one
-- equivalence class and derives the variable-free qual "? = core.current_congress()"; Citus on PostgreSQL 15/16
-- refuses such pseudoconstant quals in any statement with an outer join. "= ANY (ARRAY[…])" means the same,
-- stays an index condition, and forms no equivalence class. New tenant tables use this form
-- (docs/CONVENTIONS.md; SchemaRulesTests checks it).
do $$
declare
  p record;
begin
  for p in
    select pol.polname, n.nspname, c.relname
      from pg_policy pol
      join pg_class c on c.oid = pol.polrelid
      join pg_namespace n on n.oid = c.relnamespace
     where pg_get_expr(pol.polqual, pol.polrelid) = '(congress_id = core.current_congress())'
  loop
    execute format('alter policy %I on %I.%I using (congress_id = any (array[core.current_congress()]))'
                   || ' with check (congress_id = any (array[core.current_congress()]))',
                   p.polname, p.nspname, p.relname);
  end loop;
end $$;
