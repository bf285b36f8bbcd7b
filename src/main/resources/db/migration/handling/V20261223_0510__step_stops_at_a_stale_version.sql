-- A step sends its writes in one round trip, the case row's version-checked update first. A step that lost the
-- race used to update no case row and still run the rest of its batch (assignments, clocks, the event append) before
-- the application saw the count and rolled back: wasted work under contention, and its row locks, taken in another
-- order than the winner's, could deadlock with it (HandlingEngineTests, 50 threads on one step). The update is now
-- followed in the same statement by this check, which raises when no row was updated: the batch stops there.
create or replace function handling.stale_unless_one(p_count bigint, p_case bigint) returns int
    language plpgsql
as $$
begin
  if p_count <> 1 then
    raise exception 'case % changed since the step read it', p_case using errcode = 'RE409';
  end if;
  return 1;
end
$$;
grant execute on function handling.stale_unless_one(bigint, bigint) to ${app_role};
