-- The CREATE event of a case numbered in the same round trip (issue #11, session 8): the creation sends the sequence's
-- advance, the case's number, this append and the other modules' writes that name the number as one batch, the
-- creation's last round trip before the commit, so the number_sequence row lock is held that long only. The event's
-- payload carries the number, which the application does not know yet when it sends the batch: it is taken from the
-- case row here. jsonb keeps its keys in one canonical order, so the payload — and the chain's digest over it — is
-- what the application would have built with the number in it. A function, not a sub-select as append_event's
-- argument, which would nest distributed queries on Citus; it calls append_event, whatever version the server has.
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
    return;
  end if;
  return query
    select a.seq, a.hash
      from handling.append_event(p_case, p_actor, p_actor_name, p_action, p_from, p_to,
                                 p_payload || jsonb_build_object('number', v_number)) a;
end
$$;
revoke all on function handling.append_numbered_event(bigint, bigint, text, text, text, text, jsonb) from public;
grant execute on function handling.append_numbered_event(bigint, bigint, text, text, text, text, jsonb) to ${app_role};
