-- The handling report reads a year's registered cases by congress and year: the case id rides in the index.
create index submission_year_case on suggestion.submission (congress_id, year) include (case_id) where case_id is not null;
