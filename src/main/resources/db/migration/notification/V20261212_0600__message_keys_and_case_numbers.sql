-- Messages keep their i18n keys and arguments, so the inbox shows each message in the reader's current
-- language (the stored subject/body stay as sent, for e-mail and for messages from before this change).
alter table notification.message add column subject_key text;
alter table notification.message add column body_key text;
alter table notification.message add column args jsonb;

-- The document number and title of each case, copied from the engine's CaseCreated events, so notices name
-- a case by its number (江夏人大建议〔2026〕第12号) instead of its internal id.
create table notification.case_ref
(
  congress_id bigint not null default core.current_congress(),
  case_id     bigint not null,
  number      text   not null,
  title       text   not null,
  primary key (congress_id, case_id)
);
alter table notification.case_ref enable row level security;
alter table notification.case_ref force row level security;
create policy tenant on notification.case_ref using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on notification.case_ref to ${app_role};
