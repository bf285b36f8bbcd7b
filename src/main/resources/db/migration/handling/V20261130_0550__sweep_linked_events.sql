-- The deadline sweep appends one system event per case with set-based chain links (bench/README.md,
-- "Deadline sweep, set-based chain links"): one join finds each case's last event, one expression
-- computes seq, prev_hash and handling.event_digest, instead of the row trigger's look-up and PL/pgSQL
-- call per row. Only this SECURITY DEFINER function may insert rows already linked: the trigger skips a
-- row only when its hash is set AND the statement runs as the owner (inside this function or a
-- migration); every insert by the application role is still linked by the trigger, whatever it sends.
-- A wrong link from two concurrent appends is refused by unique (case_id, seq), as with the trigger.
create function handling.append_linked_events(p_cases bigint[], p_actions text[], p_states text[],
                                              p_payloads text[]) returns int
    language sql volatile security definer set search_path = handling, pg_temp
as $$
with x as materialized (
  select u.case_id, u.action, u.state, u.payload::jsonb as payload, u.n,
         (select date_trunc('microseconds', clock_timestamp())) as at
    from unnest(p_cases, p_actions, p_states, p_payloads) with ordinality as u(case_id, action, state, payload, n)
    join handling.cases c on c.id = u.case_id and c.congress_id = core.current_congress()
), linked as materialized (
  select x.*, coalesce(l.seq, 0) + 1 as seq, coalesce(l.hash, repeat('0', 64)) as prev_hash
    from x left join lateral (select e.seq, e.hash from handling.event e where e.case_id = x.case_id
                               order by e.seq desc limit 1) l on true
), ins as (
  insert into handling.event (congress_id, case_id, seq, at, actor_id, actor_name, action, from_state, to_state,
                              payload, prev_hash, hash)
  select core.current_congress(), case_id, seq, at, null, null, action, state, state, payload, prev_hash,
         handling.event_digest(prev_hash, case_id, seq, at, null, action, state, state, payload)
    from linked
   order by n
  returning 1
)
select count(*)::int from ins
$$;
revoke all on function handling.append_linked_events(bigint[], text[], text[], text[]) from public;
grant execute on function handling.append_linked_events(bigint[], text[], text[], text[]) to ${app_role};

-- The trigger function is no longer called for rows the owner inserts already linked (WHEN clause: no
-- PL/pgSQL call at all for them); the owner's name is fixed here, when the migration runs as the owner.
drop trigger event_chain on handling.event;
do $$
begin
  execute format('create trigger event_chain before insert on handling.event for each row'
                 ' when (new.hash = '''' or current_user <> %L) execute function handling.event_chain()',
                 current_user);
end
$$;
