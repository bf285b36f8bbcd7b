-- The case lists' colour filters (CaseQueries.colour) start from the active clocks of the congress: with
-- case_id in the index they are index-only scans. Paused clocks (judged by paused_on) get their own.
create index if not exists clock_paused on handling.clock (congress_id) include (case_id, due_date, yellow_from, paused_on)
    where state = 'PAUSED';
drop index if exists handling.clock_active_due;
create index clock_active_due on handling.clock (congress_id, due_date) include (case_id)
    where state in ('RUNNING', 'EXTENDED', 'OVERDUE');
drop index if exists handling.clock_active_yellow;
create index clock_active_yellow on handling.clock (congress_id, yellow_from) include (case_id)
    where state in ('RUNNING', 'EXTENDED', 'OVERDUE');
-- A unit's to-do lists read its assignments by state and role: index-only with case_id and role.
drop index if exists handling.assignment_unit_state;
create index assignment_unit_state on handling.assignment (congress_id, unit_id, state) include (case_id, role);
