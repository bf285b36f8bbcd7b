-- The three-colour board and the year's handling report aggregate a congress's cases with GROUP BY
-- (bench/README.md, dashboard and work_report): each joined table is read through an index that leads
-- with the congress and carries the columns the aggregate needs, so PostgreSQL reads one congress's
-- entries (index-only where the visibility map allows) instead of the whole table or one probe per case.
create index cases_open on handling.cases (congress_id, id) include (kind) where not final;
create index clock_open_case on handling.clock (congress_id, case_id) include (state, due_date, yellow_from, paused_on)
  where state in ('RUNNING','EXTENDED','OVERDUE','PAUSED');
create index clock_reply_case on handling.clock (congress_id, case_id, id) include (state, met_late) where name = 'REPLY';
create index assignment_congress_case on handling.assignment (congress_id, case_id) include (unit_id, role, state, id);
create index reply_result_case on handling.reply (congress_id, case_id, unit_id, at, id) include (result_class)
  where type = 'RESULT' and unit_id is not null and result_class is not null;
create index evaluation_congress_case on handling.evaluation (congress_id, case_id, at, id) include (evaluation);
