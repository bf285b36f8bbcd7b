-- As handling/V20270104_0520, for the suggestion's look-ups of one submission or one case's rows (the step's mirror
-- update and consent read by case, the deputies' notice, the signers and contacts of one submission or case). For a
-- congress the statistics did not know, "congress_id = X" was estimated at one row, any index led by congress_id
-- looked as good as the one naming the case, and the planner read the congress's rows through the primary key (or
-- through submission_lead, before V20270104_0910): 112 index entries per scan of suggestion.submission, ~690 of
-- signer and contact, in the engine benchmark (issue #11, session 9). A one-entry list of most common values
-- estimates an unknown congress at its average share, so the unique (congress_id, case_id) key and the indexes on
-- the submission or case win. Plain PostgreSQL only (on Citus each shard is planned with its own statistics).
do $$
declare
  t text;
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    return;
  end if;
  foreach t in array array['suggestion.submission', 'suggestion.signer', 'suggestion.contact'] loop
    execute format('alter table %s alter column congress_id set statistics 1', t);
    execute format('analyze %s', t);
  end loop;
end
$$;
