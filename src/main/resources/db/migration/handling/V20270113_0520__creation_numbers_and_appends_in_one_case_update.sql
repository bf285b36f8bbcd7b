-- A creation wrote its case row three times (issue #11, session 11): the insert, the number's update (seq, number,
-- next_due) and the CREATE event's advance of the chain head (append_numbered_event, which read the number back from
-- the row and called append_event). The last two are now one UPDATE: the number from the sequence row the batch has
-- just advanced and the chain head advanced over the CREATE event, whose payload carries that number, as
-- V20270113_0500 does for a step. One row version fewer per creation (the whole row in the WAL and an entry in each of
-- the case's indexes), one read and one nested function call fewer, and the number_sequence row lock is released
-- sooner. The number still reaches the other modules' writes through app.new_case_number (V20270109_0500).
--
-- The chain-only appends are one function again: append_event links an event to its case's head and, given the
-- number's parts (p_number_kind …), also numbers the case in the same update; append_numbered_event is gone. A numbered
-- append of a case missing from the bound congress raises (the writes after it in the batch, and a COMMIT ending it,
-- must not run); an unnumbered one returns no row, as before. The step's own append stays in act_and_append: calling
-- this function from there would cost a nested PL/pgSQL call per step (bench/README.md, issue #11 session 11).
-- On Citus (STABLE functions with column references are refused in an UPDATE) the head is read and locked first and
-- the digest computed in PL/pgSQL, then the head advanced by a second update, as before there.
drop function handling.append_numbered_event(bigint, bigint, text, text, text, text, jsonb);
drop function handling.append_event(bigint, bigint, text, text, text, text, jsonb);

create function handling.append_event(p_case bigint, p_actor bigint, p_actor_name text, p_action text, p_from text,
                                      p_to text, p_payload jsonb, p_number_kind text default null,
                                      p_number_year int default null, p_number_prefix text default null,
                                      p_number_suffix text default null, p_next_due date default null)
    returns table (seq int, hash text)
    language plpgsql volatile security definer set search_path = handling, pg_temp
as $$
#variable_conflict use_column
declare
  v_congress bigint := core.current_congress();
  v_at       timestamptz := date_trunc('microseconds', clock_timestamp());
  v_number   text;
  v_payload  jsonb := p_payload;
  v_seq      int;
  v_prev     text;
  v_hash     text;
begin
  if p_number_kind is null then
    update handling.cases c
       set chain_prev = c.chain_hash, chain_seq = c.chain_seq + 1,
           chain_hash = handling.event_digest(c.chain_hash, p_case, c.chain_seq + 1, v_at, p_actor, p_action, p_from,
                                              p_to, p_payload)
     where c.congress_id = v_congress and c.id = p_case
    returning c.chain_seq, c.chain_prev, c.chain_hash into v_seq, v_prev, v_hash;
    if not found then
      return;
    end if;
  else
    update handling.cases c
       set seq = s.last_value, number = p_number_prefix || s.last_value || p_number_suffix, next_due = p_next_due,
           chain_prev = c.chain_hash, chain_seq = c.chain_seq + 1,
           chain_hash = handling.event_digest(c.chain_hash, p_case, c.chain_seq + 1, v_at, p_actor, p_action, p_from,
                                              p_to, p_payload || jsonb_build_object(
                                                  'number', p_number_prefix || s.last_value || p_number_suffix))
      from handling.number_sequence s
     where s.congress_id = v_congress and s.kind = p_number_kind and s.year = p_number_year
       and c.congress_id = v_congress and c.id = p_case
    returning c.number, c.chain_seq, c.chain_prev, c.chain_hash into v_number, v_seq, v_prev, v_hash;
    if not found then
      raise exception 'no case % in the bound congress to number', p_case using errcode = 'P0002';
    end if;
    perform set_config('app.new_case_number', v_number, true);
    v_payload := p_payload || jsonb_build_object('number', v_number);
  end if;
  insert into handling.event (congress_id, case_id, seq, at, actor_id, actor_name, action, from_state, to_state,
                              payload, prev_hash, hash)
  values (v_congress, p_case, v_seq, v_at, p_actor, p_actor_name, p_action, p_from, p_to, v_payload, v_prev, v_hash);
  seq := v_seq;
  hash := v_hash;
  return next;
end
$$;
revoke all on function handling.append_event(bigint, bigint, text, text, text, text, jsonb, text, int, text, text, date)
    from public;
grant execute on function handling.append_event(bigint, bigint, text, text, text, text, jsonb, text, int, text, text,
                                                date) to ${app_role};

do $$
begin
  if not exists (select 1 from pg_extension where extname = 'citus') then
    return;
  end if;
  create or replace function handling.append_event(p_case bigint, p_actor bigint, p_actor_name text, p_action text,
                                                   p_from text, p_to text, p_payload jsonb,
                                                   p_number_kind text default null, p_number_year int default null,
                                                   p_number_prefix text default null,
                                                   p_number_suffix text default null, p_next_due date default null)
      returns table (seq int, hash text)
      language plpgsql volatile security invoker set search_path = handling, pg_temp
  as $body$
  #variable_conflict use_column
  declare
    v_congress bigint := core.current_congress();
    v_at       timestamptz := date_trunc('microseconds', clock_timestamp());
    v_number   text;
    v_payload  jsonb := p_payload;
    v_seq      int;
    v_prev     text;
    v_hash     text;
  begin
    if p_number_kind is null then
      select c.chain_seq + 1, c.chain_hash into v_seq, v_prev
        from handling.cases c
       where c.congress_id = v_congress and c.id = p_case
         for update;
      if not found then
        return;
      end if;
    else
      update handling.cases c
         set seq = s.last_value, number = p_number_prefix || s.last_value || p_number_suffix, next_due = p_next_due
        from handling.number_sequence s
       where s.congress_id = v_congress and s.kind = p_number_kind and s.year = p_number_year
         and c.congress_id = v_congress and c.id = p_case
      returning c.number, c.chain_seq + 1, c.chain_hash into v_number, v_seq, v_prev;
      if not found then
        raise exception 'no case % in the bound congress to number', p_case using errcode = 'P0002';
      end if;
      perform set_config('app.new_case_number', v_number, true);
      v_payload := p_payload || jsonb_build_object('number', v_number);
    end if;
    v_hash := handling.event_digest(v_prev, p_case, v_seq, v_at, p_actor, p_action, p_from, p_to, v_payload);
    insert into handling.event (congress_id, case_id, seq, at, actor_id, actor_name, action, from_state, to_state,
                                payload, prev_hash, hash)
    values (v_congress, p_case, v_seq, v_at, p_actor, p_actor_name, p_action, p_from, p_to, v_payload, v_prev, v_hash);
    update handling.cases c set chain_seq = v_seq, chain_hash = v_hash
     where c.congress_id = v_congress and c.id = p_case;
    seq := v_seq;
    hash := v_hash;
    return next;
  end
  $body$;
end
$$;
