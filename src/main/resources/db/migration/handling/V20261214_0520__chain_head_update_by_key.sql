-- The chain functions run as their owner (SECURITY DEFINER), whom row-level security does not restrict, so
-- their final "update handling.cases ... where c.id = ins.case_id" carried no congress: since the Citus-ready
-- key (congress_id, id) that update found the case by scanning the whole primary-key index — 24 ms per event at
-- scale 0.1 (100,000 cases), ten times that at scale 1, in every engine step and for every case the sweep
-- touches. Both functions now name the congress in every statement, so each link is two key look-ups.
-- On Citus, V20261208_0595 keeps its own (invoker) versions, which already name it.
do $$
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    return;
  end if;

  create or replace function handling.append_event(p_case bigint, p_actor bigint, p_actor_name text, p_action text,
                                                   p_from text, p_to text, p_payload jsonb)
      returns table (seq int, hash text)
      language sql volatile security definer set search_path = handling, pg_temp
  as $body$
  with head as materialized (
    select c.id, c.chain_seq + 1 as seq, c.chain_hash as prev_hash,
           date_trunc('microseconds', clock_timestamp()) as at
      from handling.cases c
     where c.congress_id = core.current_congress() and c.id = p_case
       for no key update
  ), ins as (
    insert into handling.event (congress_id, case_id, seq, at, actor_id, actor_name, action, from_state, to_state,
                                payload, prev_hash, hash)
    select core.current_congress(), id, seq, at, p_actor, p_actor_name, p_action, p_from, p_to, p_payload, prev_hash,
           handling.event_digest(prev_hash, id, seq, at, p_actor, p_action, p_from, p_to, p_payload)
      from head
    returning case_id, seq, hash
  )
  update handling.cases c set chain_seq = ins.seq, chain_hash = ins.hash
    from ins
   where c.congress_id = core.current_congress() and c.id = ins.case_id
  returning ins.seq, ins.hash
  $body$;

  create or replace function handling.append_linked_events(p_cases bigint[], p_actions text[], p_states text[],
                                                           p_payloads text[]) returns int
      language sql volatile security definer set search_path = handling, pg_temp
  as $body$
  with x as materialized (
    select u.case_id, u.action, u.state, u.payload::jsonb as payload, u.n, c.chain_seq + 1 as seq,
           c.chain_hash as prev_hash, (select date_trunc('microseconds', clock_timestamp())) as at
      from unnest(p_cases, p_actions, p_states, p_payloads) with ordinality as u(case_id, action, state, payload, n)
      join handling.cases c on c.congress_id = core.current_congress() and c.id = u.case_id
       for no key update of c
  ), ins as (
    insert into handling.event (congress_id, case_id, seq, at, actor_id, actor_name, action, from_state, to_state,
                                payload, prev_hash, hash)
    select core.current_congress(), case_id, seq, at, null, null, action, state, state, payload, prev_hash,
           handling.event_digest(prev_hash, case_id, seq, at, null, action, state, state, payload)
      from x
     order by n
    returning case_id, seq, hash
  ), head as (
    update handling.cases c set chain_seq = ins.seq, chain_hash = ins.hash
      from ins
     where c.congress_id = core.current_congress() and c.id = ins.case_id
    returning 1
  )
  select count(*)::int from head
  $body$;
end
$$;
