-- A submission's signers are read by the congress and the submission (TenantStatementsTests); the unique key
-- (congress_id, submission_id, person_id) serves that look-up, so signer_submission (submission_id) was only one
-- more entry for every signer insert and one more relation locked by the submit step (issue #11, session 10).
drop index if exists suggestion.signer_submission;
