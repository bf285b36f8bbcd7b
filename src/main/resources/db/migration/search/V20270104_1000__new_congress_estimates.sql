-- As handling/V20270104_0520, for search.document's look-ups by case (the step's unit and number updates): for a
-- congress the statistics did not know the planner read the congress's documents through document_length (~370-490
-- index entries per scan in the engine benchmark, issue #11 session 9) instead of the key naming the case. A
-- one-entry list of most common values estimates an unknown congress at its average share. Plain PostgreSQL only.
do $$
begin
  if exists (select 1 from pg_extension where extname = 'citus') then
    return;
  end if;
  alter table search.document alter column congress_id set statistics 1;
  analyze search.document;
end
$$;
