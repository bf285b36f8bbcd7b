-- The deadline sweep reads exactly the clocks whose colour must be sent: green ones whose reminder window has
-- opened (yellow_from <= today) and yellow ones past due (due_date < today). One partial index for each, holding
-- only such candidates, replaces clock_sweep (every not-yet-red clock in its window, re-read by every sweep only to
-- be filtered out): a sweep with nothing to send reads no clock row, a day's sweep reads the day's changes.
create index if not exists clock_sweep_green on handling.clock (congress_id, yellow_from) include (case_id)
  where state in ('RUNNING','EXTENDED','OVERDUE') and notified = 'GREEN';
create index if not exists clock_sweep_yellow on handling.clock (congress_id, due_date) include (case_id)
  where state in ('RUNNING','EXTENDED','OVERDUE') and notified = 'YELLOW';
drop index if exists handling.clock_sweep;
