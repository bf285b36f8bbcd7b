-- A step looks up the rows of one case: its assignments, clocks, proposers, replies, evaluations, extensions,
-- attachments (CaseSnapshots); the suggestion and search modules do the same for their tables (suggestion/V20270104_0920,
-- search/V20270104_1000). Each statement names the congress and the
-- case, and each table has its primary key (congress_id, id) beside an index on the case. For a congress the
-- statistics do not know — a congress provisioned after the last ANALYZE, or one grown since — the planner took
-- "congress_id = X" for one row (the most-common-values list covered every congress it had seen), found the primary
-- key as cheap as the case's index, and scanned the whole congress's rows for each look-up, filtering by case: in the
-- engine benchmark (a congress provisioned for it) the clock look-up read 1,470 rows per scan, the others ~690, and a
-- step's server CPU grew with the congress (issue #11, session 9; pg_stat_user_indexes). A one-entry list of most
-- common values keeps the largest congress exact and estimates any other congress, seen or not, at its average share
-- of the rows, so the index on the case wins. Plain PostgreSQL only: on Citus each shard holds one congress's rows
-- and is planned with its own statistics.
do $$
declare
  t text;
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    return;
  end if;
  foreach t in array array['handling.assignment', 'handling.clock', 'handling.proposer', 'handling.reply',
                           'handling.evaluation', 'handling.extension', 'handling.attachment'] loop
    execute format('alter table %s alter column congress_id set statistics 1', t);
    execute format('analyze %s', t);
  end loop;
end
$$;
