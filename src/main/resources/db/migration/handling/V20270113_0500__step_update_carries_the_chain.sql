-- A step's case row: one statement instead of two (issue #11, session 11). act_and_append first locked the case row at
-- the version the step read (select … for no key update: a statement, an index probe and a tuple lock of its own) to
-- learn the chain head, then inserted the event and updated the row. Now the version-checked UPDATE advances the head
-- itself: the new hash is computed in the SET list from the row's current head, and the previous head, which the event
-- row carries as prev_hash, is kept in chain_prev so that RETURNING can hand it back (PostgreSQL 17 returns only the
-- new row). A lost race still updates no row and raises RE409 before anything else of the step runs; a concurrent
-- append of the same case (the sweep's, a note's) is waited for and the head re-read by the update's recheck, as the
-- lock did. The tuple lock's WAL record does not go away: the event's foreign-key check now locks the row's new version
-- (the old lock covered it). append_event takes the same shape (V20270113_0520). The event's time is taken when the
-- function starts instead of after the lock: a step that waited for another append of its case may carry a time a few
-- milliseconds before that append's; the chain's order is seq, as always.
--
-- chain_prev is an output slot of these updates, not a maintained fact: the sweep's set-based append and the Citus
-- versions do not write it, and nothing reads it but the RETURNING of the update that set it.
--
-- On Citus act_and_append keeps its lock-first body (V20270104_0510): Citus refuses a STABLE function called with
-- column references in an UPDATE (the digest over the current head).
alter table handling.cases add column chain_prev text;

do $$
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    return;
  end if;

  create or replace function handling.act_and_append(p_case bigint, p_version bigint, p_state text,
                                                     p_visibility text, p_key_case boolean, p_leader bigint,
                                                     p_tracking_months int, p_tracked boolean, p_result_class text,
                                                     p_evaluation text, p_final boolean, p_updated_at timestamptz,
                                                     p_next_due date, p_actor bigint, p_actor_name text,
                                                     p_action text, p_from text, p_payload jsonb)
      returns int
      language plpgsql volatile security definer set search_path = handling, pg_temp
  as $body$
  #variable_conflict use_column
  declare
    v_congress bigint := core.current_congress();
    v_at       timestamptz := date_trunc('microseconds', clock_timestamp());
    v_seq      int;
    v_prev     text;
    v_hash     text;
  begin
    update handling.cases c
       set state = p_state, visibility = p_visibility, key_case = p_key_case, supervising_leader = p_leader,
           tracking_months = p_tracking_months, tracked = p_tracked, result_class = p_result_class,
           evaluation = p_evaluation, final = p_final, version = c.version + 1, updated_at = p_updated_at,
           next_due = p_next_due, chain_prev = c.chain_hash, chain_seq = c.chain_seq + 1,
           chain_hash = handling.event_digest(c.chain_hash, p_case, c.chain_seq + 1, v_at, p_actor, p_action, p_from,
                                              p_state, p_payload)
     where c.congress_id = v_congress and c.id = p_case and c.version = p_version
    returning c.chain_seq, c.chain_prev, c.chain_hash into v_seq, v_prev, v_hash;
    if not found then
      raise exception 'case % changed since the step read it', p_case using errcode = 'RE409';
    end if;
    insert into handling.event (congress_id, case_id, seq, at, actor_id, actor_name, action, from_state, to_state,
                                payload, prev_hash, hash)
    values (v_congress, p_case, v_seq, v_at, p_actor, p_actor_name, p_action, p_from, p_state, p_payload, v_prev,
            v_hash);
    return v_seq;
  end
  $body$;
end
$$;
