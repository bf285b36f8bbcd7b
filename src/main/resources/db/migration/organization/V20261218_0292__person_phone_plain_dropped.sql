-- The plain phone column is gone: 0291 sealed every number into phone_sealed (issue #15).
alter table organization.person drop column phone;
