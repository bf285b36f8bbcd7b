-- Suggestions and motions (议案建议): submissions with their basis and signers before they become cases,
-- quality reviews (深实细准效), contacts of the units with the deputies, progress notes, key suggestions.
create schema if not exists suggestion;
grant usage on schema suggestion to ${app_role};

create table suggestion.submission
(
  id               bigint generated always as identity primary key,
  congress_id      bigint  not null default core.current_congress(),
  type             text    not null check (type in ('SUGGESTION','MOTION')),
  title            text    not null,
  content          text    not null default '',
  topic            text,
  year             int     not null,
  during_session   boolean not null default false,
  research         text    not null default '',
  facts            text    not null default '',
  consulted        text    not null default '',
  lead_account_id  bigint,
  lead_person_id   bigint,
  lead_name        text    not null,
  status           text    not null check (status in ('DRAFT','SUBMITTED','IMPROVING','REGISTERED','WITHDRAWN')),
  review_comment   text,
  checklist_failed text[]  not null default '{}',
  complex          boolean not null default false,
  publish_consent  boolean not null default false,
  case_id          bigint,
  case_kind        text,
  case_number      text,
  case_state       text,
  merged_into      bigint,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  submitted_at     timestamptz,
  registered_at    timestamptz,
  unique (congress_id, case_id)
);
create index submission_status on suggestion.submission (congress_id, status, submitted_at desc);
create index submission_lead on suggestion.submission (congress_id, lead_account_id, updated_at desc);
create index submission_merged on suggestion.submission (congress_id, merged_into) where merged_into is not null;

create table suggestion.signer
(
  id            bigint generated always as identity primary key,
  congress_id   bigint not null default core.current_congress(),
  submission_id bigint not null references suggestion.submission (id) on delete cascade,
  person_id     bigint,
  account_id    bigint,
  name          text   not null,
  lead          boolean not null default false,
  unique (submission_id, person_id)
);
create index signer_submission on suggestion.signer (submission_id);
create index signer_person on suggestion.signer (congress_id, person_id);

create table suggestion.contact
(
  id           bigint generated always as identity primary key,
  congress_id  bigint not null default core.current_congress(),
  case_id      bigint not null,
  unit_id      bigint not null,
  contact_date date   not null,
  way          text   not null check (way in ('VISIT','MEETING','PHONE','ONLINE','INSPECTION')),
  agreed       text   not null,
  created_by   bigint not null,
  created_at   timestamptz not null default now()
);
create index contact_case on suggestion.contact (congress_id, case_id, unit_id);

create table suggestion.progress_note
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress(),
  case_id     bigint not null,
  unit_id     bigint,
  note        text   not null,
  noted_on    date   not null,
  created_by  bigint not null,
  created_at  timestamptz not null default now()
);
create index progress_case on suggestion.progress_note (congress_id, case_id, noted_on);

create table suggestion.key_choice
(
  case_id       bigint not null,
  congress_id   bigint not null default core.current_congress(),
  meeting_ref   text   not null,
  meeting_date  date   not null,
  leader_id     bigint not null,
  created_at    timestamptz not null default now(),
  primary key (congress_id, case_id)
);

alter table suggestion.submission enable row level security;
alter table suggestion.submission force row level security;
create policy tenant on suggestion.submission using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on suggestion.submission to ${app_role};

alter table suggestion.signer enable row level security;
alter table suggestion.signer force row level security;
create policy tenant on suggestion.signer using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, delete on suggestion.signer to ${app_role};

alter table suggestion.contact enable row level security;
alter table suggestion.contact force row level security;
create policy tenant on suggestion.contact using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on suggestion.contact to ${app_role};

alter table suggestion.progress_note enable row level security;
alter table suggestion.progress_note force row level security;
create policy tenant on suggestion.progress_note using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on suggestion.progress_note to ${app_role};

alter table suggestion.key_choice enable row level security;
alter table suggestion.key_choice force row level security;
create policy tenant on suggestion.key_choice using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on suggestion.key_choice to ${app_role};
