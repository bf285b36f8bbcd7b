-- Evidence files (提有据) a deputy attaches to a draft; copied onto the case when the office registers it.

create table suggestion.draft_attachment
(
  id                  bigint generated always as identity primary key,
  congress_id         bigint not null default core.current_congress(),
  submission_id       bigint not null references suggestion.submission (id),
  filename            text   not null,
  content_type        text   not null,
  size                bigint not null,
  sha256              text   not null,
  data                bytea  not null,
  uploaded_by         bigint not null,
  uploaded_at         timestamptz not null default now(),
  case_attachment_id  bigint
);
create index draft_attachment_submission on suggestion.draft_attachment (congress_id, submission_id, id);

alter table suggestion.draft_attachment enable row level security;
alter table suggestion.draft_attachment force row level security;
create policy tenant on suggestion.draft_attachment using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update, delete on suggestion.draft_attachment to ${app_role};
