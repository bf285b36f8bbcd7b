-- Document frequency of every term per congress (the df of BM25), kept by SearchRepository in the same
-- transaction as the postings. Similar-case and full-text ranking read it to keep only a query's most
-- selective terms (highest IDF) instead of counting every posting of every term at query time.
create table search.term_stats
(
  congress_id bigint not null default core.current_congress(),
  term        text   not null,
  df          int    not null,
  primary key (congress_id, term)
);
alter table search.term_stats enable row level security;
alter table search.term_stats force row level security;
create policy tenant on search.term_stats using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update, delete on search.term_stats to ${app_role};

-- Backfill from the existing postings (the owner reads every congress while search.term is not forced).
alter table search.term no force row level security;
alter table search.term_stats no force row level security;
insert into search.term_stats (congress_id, term, df)
select congress_id, term, count(*) from search.term group by congress_id, term;
alter table search.term force row level security;
alter table search.term_stats force row level security;
