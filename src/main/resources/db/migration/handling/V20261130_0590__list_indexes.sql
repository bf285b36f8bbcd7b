-- The case lists' colour filters (CaseQueries.colour) start from the active clocks of the congress. One
-- index serves both colours index-only: yellow is yellow_from <= today, red is due_date < today, and every
-- red clock is inside its reminder window (yellow_from <= due_date by construction, Deadlines.yellowFrom).
drop index if exists handling.clock_active_due;
drop index if exists handling.clock_active_yellow;
create index clock_active_yellow on handling.clock (congress_id, yellow_from) include (case_id, due_date)
    where state in ('RUNNING', 'EXTENDED', 'OVERDUE');
-- Paused clocks are judged by their pause day; they are few.
create index if not exists clock_paused on handling.clock (congress_id) include (case_id, due_date, yellow_from, paused_on)
    where state = 'PAUSED';
-- A unit's to-do lists read its assignments by state and role: index-only with case_id and role.
drop index if exists handling.assignment_unit_state;
create index assignment_unit_state on handling.assignment (congress_id, unit_id, state) include (case_id, role);
