-- Indexing a new case writes one row (issue #11, the write path): its terms travel on the document itself as two
-- parallel arrays until TermStatsFolder expands them into the postings (search.term) and the document frequencies
-- (search.term_stats) in the background, many documents at once. Until then readers take a pending document's
-- postings and its +1 per term from these arrays, so a fold changes no figure. A pending document has no rows in
-- search.term (it was new when indexed; a re-index writes its postings at once and clears the arrays).
alter table search.document add column pending_terms text[], add column pending_tfs int[];
-- Readers and the folder find a congress's pending documents (a handful between two folds) without a scan.
create index document_pending on search.document (congress_id) include (case_id) where pending_terms is not null;
