-- The worklists (to accept / plan / reply, near due, overdue) filter a unit's open cases by "kind:state":
-- with the state in the open-cases index that check is index-only (EXPLAIN in bench/README.md, "Pages as fast
-- as the JSON"), instead of one heap visit per open case of the unit. Same index count as before (the board
-- used it for the kind only), so case writes cost what they did.
drop index if exists handling.cases_open;
create index cases_open on handling.cases (congress_id, id) include (kind, state) where not final;
