-- Indexes on the case alone that a congress-led index already serves (issue #11, session 10). Every statement on
-- these tables names the congress and the case (TenantStatementsTests), and the foreign-key checks name both too,
-- so (congress_id, case_id, …) answers each of them; the case-only index was one more entry for every insert and
-- every non-HOT update of a step (an assignment's acceptance changes its state) and one more relation each step's
-- transaction locks (PostgreSQL 17 keeps 16 relation locks per backend on its fast path).
drop index if exists handling.assignment_case;   -- served by assignment_congress_case (congress_id, case_id)
drop index if exists handling.evaluation_case;   -- served by evaluation_congress_case (congress_id, case_id, at, id)
