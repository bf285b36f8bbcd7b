-- The chain head on the case row (issue #11): each case keeps the seq and hash of its last event, read and
-- advanced by the statement that appends the next one, so an append reads no handling.event row and needs
-- no trigger (Citus refuses nested distributed queries in triggers). Events are appended only by the two
-- SECURITY DEFINER functions below, which link the new event to the head of its case (locked for update)
-- and advance the head in the same statement; the application role may no longer insert events itself,
-- so it still cannot write a link of its own. Rows the owner inserts itself (migrations, the benchmark
-- data generator) carry their links and must set the head of their case to their last event.
alter table handling.cases
  add column chain_seq  int  not null default 0,
  add column chain_hash text not null default repeat('0', 64);

-- Every case's head from its timeline, as the owner (RLS is forced, so lifted for this one statement).
alter table handling.cases no force row level security;
alter table handling.event no force row level security;
update handling.cases c
   set chain_seq = l.seq, chain_hash = l.hash
  from (select distinct on (case_id) case_id, seq, hash from handling.event order by case_id, seq desc) l
 where l.case_id = c.id;
alter table handling.cases force row level security;
alter table handling.event force row level security;

drop trigger event_chain on handling.event;
drop function handling.event_chain();
revoke insert on handling.event from ${app_role};

-- One event, linked to its case's head; returns its seq and hash. The case must be of the bound congress.
create function handling.append_event(p_case bigint, p_actor bigint, p_actor_name text, p_action text,
                                      p_from text, p_to text, p_payload jsonb)
    returns table (seq int, hash text)
    language sql volatile security definer set search_path = handling, pg_temp
as $$
with head as materialized (
  select c.id, c.chain_seq + 1 as seq, c.chain_hash as prev_hash,
         date_trunc('microseconds', clock_timestamp()) as at
    from handling.cases c
   where c.id = p_case and c.congress_id = core.current_congress()
     for update
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
 where c.id = ins.case_id
returning ins.seq, ins.hash
$$;
revoke all on function handling.append_event(bigint, bigint, text, text, text, text, jsonb) from public;
grant execute on function handling.append_event(bigint, bigint, text, text, text, text, jsonb) to ${app_role};

-- The deadline sweep's system events, one per case, linked to the heads in one statement (as before, but
-- from the case rows instead of a look-up of each case's last event).
create or replace function handling.append_linked_events(p_cases bigint[], p_actions text[], p_states text[],
                                                         p_payloads text[]) returns int
    language sql volatile security definer set search_path = handling, pg_temp
as $$
with x as materialized (
  select u.case_id, u.action, u.state, u.payload::jsonb as payload, u.n, c.chain_seq + 1 as seq,
         c.chain_hash as prev_hash, (select date_trunc('microseconds', clock_timestamp())) as at
    from unnest(p_cases, p_actions, p_states, p_payloads) with ordinality as u(case_id, action, state, payload, n)
    join handling.cases c on c.id = u.case_id and c.congress_id = core.current_congress()
     for update of c
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
   where c.id = ins.case_id
  returning 1
)
select count(*)::int from head
$$;
