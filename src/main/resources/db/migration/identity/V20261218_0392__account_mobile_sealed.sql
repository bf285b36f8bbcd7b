-- An account's mobile number (for SMS notices) at rest: sealed under the personal-data key like every phone
-- (issue #15). After each migrate AccountMobileSealing moves any plain number here; the plain column stays empty.
alter table identity.account add column mobile_sealed text;
