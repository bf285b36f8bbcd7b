-- The to-dos' per-case probe "this unit's PENDING assignment of this case" (CaseLists) reads
-- assignment_unit_state (congress_id, unit_id, state) and filtered case_id from the INCLUDE list: every probe walked
-- all the unit's assignments in that state (thousands for the busiest unit at scale 1) once assignment_case was
-- dropped (V20270108_0500). With case_id a key column the probe is one entry; the index holds the same columns, so
-- its size and the writes that maintain it are unchanged, and every query using its prefix is served as before.
drop index if exists handling.assignment_unit_state;
create index assignment_unit_state on handling.assignment (congress_id, unit_id, state, case_id) include (role);
