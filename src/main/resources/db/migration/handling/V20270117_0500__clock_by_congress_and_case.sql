-- The case snapshot's clocks by one index led by the congress (issue #11, session 11). Under the tenant policy the
-- snapshot's generic plan found a case's clocks with clock_case (case_id) and the congress condition beside it; once
-- the clock's primary key was rebuilt compact (bench data), the planner preferred a BitmapAnd of clock_case with
-- clock_pkey (congress_id, id) — a scan of every clock of the congress per step (36,047 entries for the bench's new
-- congress at scale 1: the snapshot 0.2 → 2.0 ms, the engine's PostgreSQL CPU per lifecycle 11 → 20 ms). With both
-- conditions in one index there is no second index to combine: 0.21 ms for the same case. Every statement on the
-- clock names its congress (TenantStatementsTests), so the new index serves all that clock_case served, as
-- assignment_congress_case and evaluation_congress_case do for their tables.
create index clock_congress_case on handling.clock (congress_id, case_id);
drop index handling.clock_case;
