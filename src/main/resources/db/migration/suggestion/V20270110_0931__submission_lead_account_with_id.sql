-- submission_lead_account (V20270110_0930) with the id as its last column. The look-up of one submission by id and
-- lead (DraftDesk: "congress_id = ? and id = ? and lead_account_id = ?") may be planned through this index rather
-- than the primary key when the lead's value is rare in the statistics (the generated data has no lead accounts);
-- with id in the index that plan finds the one entry instead of walking every submission of the deputy, the cost
-- for which session 9 dropped submission_lead (V20270104_0910). The deputy's own list reads the deputy's range as
-- before. Still no updated_at: the case-state mirror's update stays HOT-eligible.
drop index suggestion.submission_lead_account;
create index submission_lead_account on suggestion.submission (congress_id, lead_account_id, id);
