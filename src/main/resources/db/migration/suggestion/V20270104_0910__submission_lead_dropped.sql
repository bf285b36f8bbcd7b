-- submission_lead (congress_id, lead_account_id) served no statement well: the deputy's own list ("lead or
-- co-signer", an OR with a correlated EXISTS) reads the congress's rows through the primary key and sorts them, and
-- the look-ups of one submission (DraftDesk's status check, isSigner: id and lead) name the id, which the primary key
-- finds. For a congress the statistics did not know the planner took it for the one-row path and read every
-- submission of the deputy for each such look-up (397 index entries per scan in the engine benchmark, about ten
-- scans per suggestion's lifecycle; issue #11, session 9). Without it each submission insert and non-HOT update
-- also writes one index entry less.
drop index suggestion.submission_lead;
