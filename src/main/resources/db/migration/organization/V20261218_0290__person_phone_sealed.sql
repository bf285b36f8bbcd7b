-- A person's phone at rest (issue #15): sealed with AES-GCM under the configured key (core.PersonalData), a keyed
-- digest to find a number without opening every row, and the masked form that lists show. After each migrate
-- PersonPhoneSealing (a Flyway callback with the application's key) moves any plain number here; the plain column
-- stays, always empty, so that a restore of an older backup is sealed the same way.
alter table organization.person
  add column phone_sealed text,
  add column phone_digest text,
  add column phone_masked text;
create index person_phone_digest on organization.person (congress_id, phone_digest) where phone_digest is not null;
create index person_phone_plain on organization.person (congress_id) where phone is not null;
