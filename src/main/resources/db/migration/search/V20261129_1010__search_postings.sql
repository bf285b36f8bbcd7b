-- A covering index of the postings: ranking reads (term → case_id, tf) from the index alone, without
-- visiting the table (the primary key has no tf). Measured by bench/ SearchBench (bench/README.md).
create index term_postings on search.term (congress_id, term) include (case_id, tf);
