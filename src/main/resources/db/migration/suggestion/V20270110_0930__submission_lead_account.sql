-- The deputy's own list ("lead or co-signer") as two index look-ups (SuggestionRepository.mine, issue #11, session
-- 10): the co-signed submissions through signer_person, the led ones through this index. Without it (dropped in
-- V20270104_0910) the list read every submission of the congress and sorted them on each page. lead_account_id never
-- changes after the insert, so the case-state mirror's update (case_state, updated_at) stays HOT-eligible; the list's
-- order (updated_at) is deliberately not in the index, which would make every such update write a new index entry:
-- the deputy's own rows (tens) are sorted instead. V20270104_0920's estimates keep the planner on the primary key for
-- the look-ups of one submission that also name the lead (DraftDesk): an unknown congress is estimated at its average
-- share, no longer one row.
create index submission_lead_account on suggestion.submission (congress_id, lead_account_id);
