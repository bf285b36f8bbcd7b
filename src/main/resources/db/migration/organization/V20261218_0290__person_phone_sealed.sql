-- A person's phone at rest (issue #15): sealed with AES-GCM under the configured key (core.PersonalData), a keyed
-- digest to find a number without opening every row, and the masked form that lists show. Migration 0291 (Java,
-- PersonPhoneSealing) seals the plain numbers; 0292 drops the plain column.
alter table organization.person
  add column phone_sealed text,
  add column phone_digest text,
  add column phone_masked text;
create index person_phone_digest on organization.person (congress_id, phone_digest) where phone_digest is not null;
