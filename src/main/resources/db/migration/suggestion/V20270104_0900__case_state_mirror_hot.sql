-- The submission's copy of its case's state (SuggestionCaseWrites, five times per suggestion's lifecycle) sets
-- case_state and updated_at. updated_at was the last column of submission_lead, so every such update was a non-HOT
-- update: a new heap tuple placed on another page and an entry in each of the table's indexes (issue #11, session 9:
-- 8 % of the table's updates were HOT). No statement reads that index in updated_at order: the deputy's own list
-- ("lead or co-signer", an OR) reads the congress's rows and sorts them, so the index keeps its look-up by lead and
-- drops updated_at. The deputy still sees the case's last step first (the list is ordered by updated_at as before).
-- Free space on each page (fillfactor 85) lets the new version stay on the page, the condition of a HOT update.
drop index suggestion.submission_lead;
create index submission_lead on suggestion.submission (congress_id, lead_account_id);
alter table suggestion.submission set (fillfactor = 85);
