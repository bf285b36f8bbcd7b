-- A step wrote its case row twice (issue #11, session 9): the version-checked update of the step's columns, then
-- append_event's advance of the chain head (chain_seq, chain_hash). Each update of a row is a new row version: a
-- second heap tuple per step, its WAL record (the whole row, title and content included) and one more version for
-- every later read to step over. This function does the step's part of both in one row version: it locks the case
-- row at the version the step read (a lost race finds no row and raises RE409, as handling.stale_unless_one does),
-- appends the event linked to the head exactly as append_event does (same digest, same columns), and updates the
-- step's columns, the version and the chain head in one UPDATE. The step's other writes follow it in the same
-- round trip, under the same row lock, as before. SECURITY DEFINER as append_event: only the owner inserts events
-- already linked (V20261130_0550); on Citus it runs with the caller's rights, as append_event does there
-- (V20261208_0595: a definer may not read shards the caller changed earlier in the transaction). The bound congress
-- is kept in a variable, so each statement names its value and Citus routes it to one shard.
create or replace function handling.act_and_append(p_case bigint, p_version bigint, p_state text, p_visibility text,
                                                   p_key_case boolean, p_leader bigint, p_tracking_months int,
                                                   p_tracked boolean, p_result_class text, p_evaluation text,
                                                   p_final boolean, p_updated_at timestamptz, p_next_due date,
                                                   p_actor bigint, p_actor_name text, p_action text, p_from text,
                                                   p_payload jsonb)
    returns int
    language plpgsql volatile security definer set search_path = handling, pg_temp
as $$
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
   where c.congress_id = v_congress and c.id = p_case and c.version = p_version
     for no key update;
  if not found then
    raise exception 'case % changed since the step read it', p_case using errcode = 'RE409';
  end if;
  v_at := date_trunc('microseconds', clock_timestamp());
  v_hash := handling.event_digest(v_prev, p_case, v_seq, v_at, p_actor, p_action, p_from, p_state, p_payload);
  insert into handling.event (congress_id, case_id, seq, at, actor_id, actor_name, action, from_state, to_state,
                              payload, prev_hash, hash)
  values (v_congress, p_case, v_seq, v_at, p_actor, p_actor_name, p_action, p_from, p_state, p_payload, v_prev, v_hash);
  update handling.cases c
     set state = p_state, visibility = p_visibility, key_case = p_key_case, supervising_leader = p_leader,
         tracking_months = p_tracking_months, tracked = p_tracked, result_class = p_result_class,
         evaluation = p_evaluation, final = p_final, version = c.version + 1, updated_at = p_updated_at,
         next_due = p_next_due, chain_seq = v_seq, chain_hash = v_hash
   where c.congress_id = v_congress and c.id = p_case;
  return v_seq;
end
$$;
revoke all on function handling.act_and_append(bigint, bigint, text, text, boolean, bigint, int, boolean, text, text,
                                               boolean, timestamptz, date, bigint, text, text, text, jsonb) from public;
grant execute on function handling.act_and_append(bigint, bigint, text, text, boolean, bigint, int, boolean, text, text,
                                                  boolean, timestamptz, date, bigint, text, text, text, jsonb)
    to ${app_role};
do $$
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    alter function handling.act_and_append(bigint, bigint, text, text, boolean, bigint, int, boolean, text, text,
                                           boolean, timestamptz, date, bigint, text, text, text, jsonb)
        security invoker;
  end if;
end
$$;
