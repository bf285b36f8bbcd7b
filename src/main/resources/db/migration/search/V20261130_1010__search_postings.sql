-- A covering index of the postings: ranking reads (term → case_id, tf) from the index alone, without
-- visiting the table (the primary key has no tf). Measured by bench/ SearchBench (bench/README.md).
create index term_postings on search.term (congress_id, term) include (case_id, tf);
-- The collection statistics of BM25 (count and average length of a congress's documents) from the index alone.
create index document_length on search.document (congress_id) include (length);
