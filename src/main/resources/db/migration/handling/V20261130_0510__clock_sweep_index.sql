-- The deadline sweep reads only active clocks not yet red whose yellow window has begun: a partial index
-- on exactly those (bench/README.md, SweepBench). Red clocks, the bulk of a backlog, are never re-read.
create index clock_sweep on handling.clock (congress_id, yellow_from) include (due_date, notified, case_id)
  where state in ('RUNNING','EXTENDED','OVERDUE') and notified <> 'RED';
