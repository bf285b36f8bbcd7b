-- A mobile number for SMS notices (optional; masked wherever shown, never logged).
alter table identity.account add column mobile text check (mobile is null or mobile ~ '^1[3-9][0-9]{9}$');
create index account_unit on identity.account (congress_id, unit_id) where unit_id is not null;
