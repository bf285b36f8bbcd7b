-- Citus-ready keys (issue #16). A table distributed by congress_id needs congress_id in its primary key and
-- in every unique constraint, and a foreign key between two distributed tables must carry congress_id on
-- both sides (co-located rows). Each module's migration of this date calls core.citus_ready_keys for its
-- own schema; the procedure only rewrites constraints (no row is touched, every row is kept):
--   1. foreign keys between a tenant table (one with a congress_id column) and another schema are dropped,
--      both ways: modules ask each other through their facades;
--   2. foreign keys between tenant tables of the schema that do not carry congress_id are dropped, to be
--      recreated in step 4;
--   3. every primary key and unique constraint of a tenant table not led by congress_id gets it prepended
--      (same name): (id) becomes (congress_id, id), (meeting_id, person_id) becomes (congress_id, meeting_id,
--      person_id);
--   4. the foreign keys of step 2 come back as (congress_id, x_id) references (congress_id, id), with their
--      ON DELETE action (SET NULL only nulls the referencing column, never congress_id).
-- A unique index that is no constraint and does not lead with congress_id cannot be rewritten generically:
-- the procedure refuses it, so that the migration that made it is fixed instead. SchemaRulesTests checks
-- the result for every schema, including tables added later.
create procedure core.citus_ready_keys(p_schema text)
    language plpgsql
as $$
declare
  tenants  oid[];
  fk       record;
  k        record;
  redo     text[] := '{}';
  stmt     text;
  cols     text;
  refcols  text;
  action   text;
begin
  select coalesce(array_agg(c.oid), '{}') into tenants
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
   where c.relkind in ('r', 'p') and n.nspname = p_schema
     and exists (select 1 from pg_attribute a
                  where a.attrelid = c.oid and a.attname = 'congress_id' and not a.attisdropped);

  -- 1: foreign keys of other schemas' tables to this schema's tenant tables (they would block step 3)
  for fk in
    select con.conname, con.conrelid::regclass as rel
      from pg_constraint con
      join pg_class c on c.oid = con.conrelid
      join pg_namespace n on n.oid = c.relnamespace
     where con.contype = 'f' and con.confrelid = any (tenants) and n.nspname <> p_schema
  loop
    execute format('alter table %s drop constraint %I', fk.rel, fk.conname);
  end loop;

  -- 1 and 2: foreign keys of this schema's tenant tables
  for fk in
    select con.oid, con.conname, con.conrelid::regclass as rel, con.confrelid::regclass as ref,
           rn.nspname as ref_schema, con.conkey, con.confkey, con.confdeltype,
           con.confrelid = any (tenants) as ref_tenant,
           (select a.attname from pg_attribute a where a.attrelid = con.conrelid and a.attnum = con.conkey[1])
               as first_col
      from pg_constraint con
      join pg_class rc on rc.oid = con.confrelid
      join pg_namespace rn on rn.oid = rc.relnamespace
     where con.contype = 'f' and con.conrelid = any (tenants)
  loop
    if fk.ref_schema <> p_schema then
      execute format('alter table %s drop constraint %I', fk.rel, fk.conname);
    elsif fk.ref_tenant and fk.first_col <> 'congress_id' then
      select string_agg(quote_ident(a.attname), ', ' order by u.ord) into cols
        from unnest(fk.conkey) with ordinality u(attnum, ord)
        join pg_attribute a on a.attrelid = fk.rel and a.attnum = u.attnum;
      select string_agg(quote_ident(a.attname), ', ' order by u.ord) into refcols
        from unnest(fk.confkey) with ordinality u(attnum, ord)
        join pg_attribute a on a.attrelid = fk.ref and a.attnum = u.attnum;
      action := case fk.confdeltype
                  when 'c' then ' on delete cascade'
                  when 'r' then ' on delete restrict'
                  when 'n' then ' on delete set null (' || cols || ')'
                  when 'd' then ' on delete set default (' || cols || ')'
                  else '' end;
      redo := redo || format('alter table %s add constraint %I foreign key (congress_id, %s) references %s (congress_id, %s)%s',
                             fk.rel, fk.conname, cols, fk.ref, refcols, action);
      execute format('alter table %s drop constraint %I', fk.rel, fk.conname);
    end if;
  end loop;

  -- 3: primary keys and unique constraints
  for k in
    select con.conname, con.conrelid::regclass as rel, con.contype,
           (select string_agg(quote_ident(a.attname), ', ' order by u.ord)
              from unnest(con.conkey) with ordinality u(attnum, ord)
              join pg_attribute a on a.attrelid = con.conrelid and a.attnum = u.attnum
             where a.attname <> 'congress_id') as rest
      from pg_constraint con
     where con.contype in ('p', 'u') and con.conrelid = any (tenants)
       and (select a.attname from pg_attribute a where a.attrelid = con.conrelid and a.attnum = con.conkey[1])
           <> 'congress_id'
  loop
    execute format('alter table %s drop constraint %I', k.rel, k.conname);
    execute format('alter table %s add constraint %I %s (congress_id, %s)', k.rel, k.conname,
                   case k.contype when 'p' then 'primary key' else 'unique' end, k.rest);
  end loop;

  for k in
    select i.indexrelid::regclass as idx
      from pg_index i
     where i.indisunique and i.indrelid = any (tenants)
       and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid)
       and (i.indkey[0] = 0 or (select a.attname from pg_attribute a
                                 where a.attrelid = i.indrelid and a.attnum = i.indkey[0]) <> 'congress_id')
  loop
    raise exception 'unique index % does not lead with congress_id: fix the migration that created it', k.idx;
  end loop;

  -- 4: foreign keys back, carrying the congress
  foreach stmt in array redo
  loop
    execute stmt;
  end loop;
end
$$;

-- core.audit_log
call core.citus_ready_keys('core');
