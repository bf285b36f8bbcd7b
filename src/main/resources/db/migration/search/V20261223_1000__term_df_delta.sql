-- Document-frequency changes, insert-only. Indexing a case used to upsert search.term_stats, one row per term and
-- congress: every creation of a congress updated the same rows (the common terms) and held their locks to its
-- commit, so creations queued behind each other (issue #11, the 32-worker collapse). Indexing now inserts one
-- row per term here (+1, or -1 for a term a re-index or removal drops); readers add the pending rows of their
-- terms to term_stats, and the search module folds them into term_stats in the background (a delete of the
-- visible rows and an upsert of their sums in one transaction, so no change is counted twice or lost).
create table search.term_df_delta
(
  congress_id bigint not null default core.current_congress(),
  id          bigint generated always as identity,
  term        text   not null,
  delta       int    not null,
  primary key (congress_id, id)
);
create index term_df_delta_term on search.term_df_delta (congress_id, term) include (delta);
alter table search.term_df_delta enable row level security;
alter table search.term_df_delta force row level security;
create policy tenant on search.term_df_delta using (congress_id = any (array[core.current_congress()]))
  with check (congress_id = any (array[core.current_congress()]));
grant select, insert, delete on search.term_df_delta to ${app_role};
