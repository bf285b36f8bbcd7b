-- The numbered writes in the numbering round trip (issue #11, session 10): the CREATE event's append also leaves the
-- new number in the transaction-local setting app.new_case_number, which the other modules' writes that name the
-- number read with current_setting() (a stable function on a bound name: PostgreSQL and Citus evaluate it when the
-- statement runs, with no sub-select in INSERT … VALUES). They follow this call in the same batch, so the
-- number_sequence row lock no longer waits for a client hop between the number and those writes. The setting ends
-- with the transaction; a later creation in the same transaction overwrites it before its own writes run. A missing
-- case now raises (it returned no row): the batch may end with the transaction's COMMIT (CreationCommit), which an
-- error before it skips, so nothing of a failed creation is committed.
create or replace function handling.append_numbered_event(p_case bigint, p_actor bigint, p_actor_name text,
                                                          p_action text, p_from text, p_to text, p_payload jsonb)
    returns table (seq int, hash text)
    language plpgsql volatile
as $$
#variable_conflict use_column
declare
  v_number text;
begin
  select c.number into v_number
    from handling.cases c
   where c.congress_id = core.current_congress() and c.id = p_case;
  if not found or v_number is null then
    -- raised, not an empty result: the writes after it (and a COMMIT ending the round trip) must not run
    raise exception 'no numbered case % in the bound congress', p_case using errcode = 'P0002';
  end if;
  perform set_config('app.new_case_number', v_number, true);
  return query
    select a.seq, a.hash
      from handling.append_event(p_case, p_actor, p_actor_name, p_action, p_from, p_to,
                                 p_payload || jsonb_build_object('number', v_number)) a;
end
$$;
revoke all on function handling.append_numbered_event(bigint, bigint, text, text, text, text, jsonb) from public;
grant execute on function handling.append_numbered_event(bigint, bigint, text, text, text, text, jsonb) to ${app_role};
