-- Which congresses the deadline sweep has something to send in today. Without it the sweep opened a transaction
-- per congress (begin, tenant binding, find, commit) only to find nothing in most of them: 100 congresses, 100
-- transactions, for a sweep with nothing to do. This function answers in one statement, before any transaction of
-- a congress: for each given congress, one probe of each partial index the sweep's find reads (clock_sweep_green:
-- a green clock whose reminder window has opened; clock_sweep_yellow: a yellow clock past due), stopping at the
-- first row. It returns congress ids only, no tenant data; SECURITY DEFINER because it must look across congresses
-- before any is bound (as organization.active_congress_ids does); the caller then sweeps each returned congress in
-- a transaction bound to it, where row-level security applies as always.
-- PL/pgSQL with one statement per congress naming it as a value: on Citus each probe is routed to the congress's
-- shard (a LANGUAGE sql function running a multi-shard query with its parameters is refused there).
create or replace function handling.sweep_congresses(p_congresses bigint[], p_today date) returns setof bigint
    language plpgsql stable security definer set search_path = handling, pg_temp
as $$
declare
  v_congress bigint;
begin
  foreach v_congress in array coalesce(p_congresses, '{}') loop
    perform 1 from handling.clock k
     where k.congress_id = v_congress and k.state in ('RUNNING','EXTENDED','OVERDUE')
       and k.notified = 'GREEN' and k.yellow_from <= p_today
     limit 1;
    if not found then
      perform 1 from handling.clock k
       where k.congress_id = v_congress and k.state in ('RUNNING','EXTENDED','OVERDUE')
         and k.notified = 'YELLOW' and k.due_date < p_today
       limit 1;
    end if;
    if found then
      return next v_congress;
    end if;
  end loop;
end
$$;
revoke all on function handling.sweep_congresses(bigint[], date) from public;
grant execute on function handling.sweep_congresses(bigint[], date) to ${app_role};
