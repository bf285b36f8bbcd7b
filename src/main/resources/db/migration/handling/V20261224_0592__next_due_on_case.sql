-- The next due date of a case's active clocks (RUNNING, EXTENDED, OVERDUE, PAUSED) on the case row (issue #11):
-- the worklists and the case list sort by it, and with it in an index of the open cases in that order a page
-- reads the page's rows instead of computing the next due date of every open case of a unit to sort them
-- (EXPLAIN in bench/README.md). The engine writes it with the case row in each step (CaseActions.run), at
-- creation (CaseCreation, with the number) and when a policy sets a clock's length (CaseNotes); the deadline
-- sweep changes no due date and no clock's activity, so it leaves it alone. Null: no active clock.
alter table handling.cases add column next_due date;

-- Every open case's value from its clocks, as the owner (RLS is forced, so lifted for this one statement).
alter table handling.cases no force row level security;
alter table handling.clock no force row level security;
update handling.cases c
   set next_due = k.next_due
  from (select congress_id, case_id, min(due_date) as next_due
          from handling.clock
         where state in ('RUNNING','EXTENDED','OVERDUE','PAUSED')
         group by congress_id, case_id) k
 where c.congress_id = k.congress_id and c.id = k.case_id;
alter table handling.cases force row level security;
alter table handling.clock force row level security;

-- The open cases in list order (next due first, no clock last, then newest id), with what the worklists test
-- (kind and state): replaces cases_open (congress, id), which every use of finds the congress's open cases
-- through just as well, so a case write maintains as many indexes as before.
drop index if exists handling.cases_open;
create index cases_open_due on handling.cases (congress_id, next_due, id desc) include (kind, state) where not final;
