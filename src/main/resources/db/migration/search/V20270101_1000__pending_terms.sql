-- Indexing a new case writes its document and one row here, in one statement (issue #11, the write path): the
-- document's terms as two parallel arrays, until TermStatsFolder expands them into the postings (search.term) and
-- the document frequencies (search.term_stats) in the background, many documents at once, deleting the row. Until
-- then readers take a pending document's postings and its +1 per term from here, so a fold changes no figure.
-- A document with a row here has no postings in search.term (it was new when indexed; a re-index writes its
-- postings at once and deletes its row). The folder never locks search.document, so steps that update a document
-- (its number, its units) never wait for a fold.
create table search.pending_document
(
  congress_id bigint not null default core.current_congress(),
  case_id     bigint not null,
  terms       text[] not null,
  tfs         int[]  not null,
  primary key (congress_id, case_id)
);
alter table search.pending_document enable row level security;
alter table search.pending_document force row level security;
create policy tenant on search.pending_document using (congress_id = any (array[core.current_congress()]))
  with check (congress_id = any (array[core.current_congress()]));
grant select, insert, update, delete on search.pending_document to ${app_role};
