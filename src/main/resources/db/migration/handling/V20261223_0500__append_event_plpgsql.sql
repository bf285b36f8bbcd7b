-- handling.append_event as PL/pgSQL. As a SQL function with a SET clause it could be neither inlined nor keep its
-- plan: PostgreSQL (before 18) parsed and planned its three-statement CTE on every call, ≈1.3 ms of server CPU per
-- engine step (pg_stat_statements, issue #11), more than the step's own read. PL/pgSQL prepares each statement once
-- per session and reuses the plan. Same contract: lock the case row (the chain head), insert the event linked to the
-- head, advance the head, return the new link; nothing when the bound congress has no such case.
-- On Citus, V20261208_0595 keeps its own (invoker) version.
do $$
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    return;
  end if;

  create or replace function handling.append_event(p_case bigint, p_actor bigint, p_actor_name text, p_action text,
                                                   p_from text, p_to text, p_payload jsonb)
      returns table (seq int, hash text)
      language plpgsql volatile security definer set search_path = handling, pg_temp
  as $body$
  #variable_conflict use_column
  declare
    v_congress bigint := core.current_congress();
    v_seq      int;
    v_prev     text;
    v_at       timestamptz;
    v_hash     text;
  begin
    select c.chain_seq + 1, c.chain_hash into v_seq, v_prev
      from handling.cases c
     where c.congress_id = v_congress and c.id = p_case
       for no key update;
    if not found then
      return;
    end if;
    v_at := date_trunc('microseconds', clock_timestamp());
    v_hash := handling.event_digest(v_prev, p_case, v_seq, v_at, p_actor, p_action, p_from, p_to, p_payload);
    insert into handling.event (congress_id, case_id, seq, at, actor_id, actor_name, action, from_state, to_state,
                                payload, prev_hash, hash)
    values (v_congress, p_case, v_seq, v_at, p_actor, p_actor_name, p_action, p_from, p_to, p_payload, v_prev, v_hash);
    update handling.cases c set chain_seq = v_seq, chain_hash = v_hash
     where c.congress_id = v_congress and c.id = p_case;
    seq := v_seq;
    hash := v_hash;
    return next;
  end
  $body$;
end
$$;
