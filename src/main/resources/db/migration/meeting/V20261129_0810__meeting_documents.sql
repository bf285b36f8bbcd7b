-- Meeting documents (agenda, reports, draft resolutions) distributed to members, with read receipts:
-- the first time an account opens a document is recorded.
create table meeting.document
(
  id           bigint generated always as identity primary key,
  congress_id  bigint not null default core.current_congress() references organization.congress (id),
  meeting_id   bigint not null references meeting.meeting (id),
  kind         text   not null check (kind in ('AGENDA','REPORT','DRAFT_RESOLUTION','OTHER')),
  title        text   not null check (length(title) between 1 and 200),
  file_name    text   not null check (length(file_name) between 1 and 200),
  content_type text   not null,
  content      bytea  not null,
  size         int    not null,
  uploaded_by  bigint not null,
  uploaded_at  timestamptz not null default now()
);
create index document_meeting on meeting.document (meeting_id, id);
alter table meeting.document enable row level security;
alter table meeting.document force row level security;
create policy tenant on meeting.document using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on meeting.document to ${app_role};

create table meeting.document_read
(
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  document_id bigint not null references meeting.document (id),
  account_id  bigint not null,
  person_id   bigint,
  reader      text   not null,
  read_at     timestamptz not null default now(),
  primary key (document_id, account_id)
);
alter table meeting.document_read enable row level security;
alter table meeting.document_read force row level security;
create policy tenant on meeting.document_read using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on meeting.document_read to ${app_role};
