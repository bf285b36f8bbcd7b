-- No query reads active clocks by (congress, due date) or (congress, yellow_from) any more: the sweep uses
-- clock_sweep, lists and worklists read a case's clocks through clock_case. Each colour change, pause or
-- extension updated both anyway (state is in their predicate, so no update is HOT): two index entries
-- fewer per clock update (bench/README.md, "Deadline sweep, set-based chain links").
drop index if exists handling.clock_active_due;
drop index if exists handling.clock_active_yellow;
