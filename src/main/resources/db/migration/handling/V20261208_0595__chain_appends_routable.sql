-- The chain appends (V20261207_0500) on a database with Citus (issue #16); on plain PostgreSQL this migration
-- changes nothing. Citus refuses them as written there, for two reasons:
-- 1. Routing. Citus sends a statement to one shard only when it names a value of congress_id; with
--    core.current_congress() it goes to every shard, where FOR UPDATE and modifying CTEs are refused. In
--    PL/pgSQL the bound congress kept in a variable reaches each statement as a bound parameter, such a value,
--    and the row lock of the case, the insert of the event and the advance of the head run on its shard.
--    The sweep's set-based append (a CTE over unnest) is still planned across shards, so on Citus it appends
--    case by case through append_event (one routed statement per case).
-- 2. Rights. Citus opens its connections to the workers per user, and a SECURITY DEFINER function (another
--    user) may not read shards the caller changed earlier in the same transaction (the case row the step
--    created or updated). On Citus the functions therefore run with the caller's rights and the application
--    role may insert events: that it links them only through these functions is a convention there, while on
--    plain PostgreSQL the database still refuses an event with a link of the application's own.
do $$
begin
  if not exists (select 1 from pg_extension where extname = 'citus') then
    return;
  end if;

  create or replace function handling.append_event(p_case bigint, p_actor bigint, p_actor_name text, p_action text,
                                                   p_from text, p_to text, p_payload jsonb)
      returns table (seq int, hash text)
      language plpgsql volatile security invoker set search_path = handling, pg_temp
  as $body$
  declare
    v_congress bigint := core.current_congress();
  begin
    return query
    with head as materialized (
      select c.id, c.chain_seq + 1 as seq, c.chain_hash as prev_hash,
             date_trunc('microseconds', clock_timestamp()) as at
        from handling.cases c
       where c.congress_id = v_congress and c.id = p_case
         for update
    ), ins as (
      insert into handling.event (congress_id, case_id, seq, at, actor_id, actor_name, action, from_state, to_state,
                                  payload, prev_hash, hash)
      select v_congress, h.id, h.seq, h.at, p_actor, p_actor_name, p_action, p_from, p_to, p_payload, h.prev_hash,
             handling.event_digest(h.prev_hash, h.id, h.seq, h.at, p_actor, p_action, p_from, p_to, p_payload)
        from head h
      returning event.case_id, event.seq, event.hash
    )
    update handling.cases c set chain_seq = ins.seq, chain_hash = ins.hash
      from ins
     where c.congress_id = v_congress and c.id = ins.case_id
    returning ins.seq, ins.hash;
  end
  $body$;

  create or replace function handling.append_linked_events(p_cases bigint[], p_actions text[], p_states text[],
                                                           p_payloads text[]) returns int
      language plpgsql volatile security invoker set search_path = handling, pg_temp
  as $body$
  declare
    v_count int := 0;
  begin
    for i in 1 .. coalesce(array_length(p_cases, 1), 0) loop
      perform handling.append_event(p_cases[i], null, null, p_actions[i], p_states[i], p_states[i],
                                    p_payloads[i]::jsonb);
      if found then
        v_count := v_count + 1;
      end if;
    end loop;
    return v_count;
  end
  $body$;

  execute format('grant insert on handling.event to %I', '${app_role}');
end
$$;
