-- The case list filtered by kind and state (the staff's usual list, the JSON list) walks its newest cases in
-- index order and stops after the page: created_at and id in the key, the next due date and "final" beside it,
-- so the colour filter (red read from next_due, CaseQueries.RED_BY_NEXT_DUE) is checked in the index without
-- reading the rows it passes over (EXPLAIN in bench/README.md, issue #11 session 7). It replaces the
-- (congress_id, kind, state) index, which it serves as well (CaseCounts), so case writes keep their index count.
drop index if exists handling.cases_congress_state;
create index cases_kind_state_created on handling.cases (congress_id, kind, state, created_at desc, id desc)
    include (next_due, final);
