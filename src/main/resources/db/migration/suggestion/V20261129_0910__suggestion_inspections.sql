-- 半年视察: half-year inspection records of key suggestions, and the index the reports read registered cases by.

create table suggestion.inspection
(
  id            bigint generated always as identity primary key,
  congress_id   bigint not null default core.current_congress(),
  inspected_on  date   not null,
  leader        text   not null check (length(leader) between 1 and 200),
  participants  text   not null check (length(participants) <= 2000),
  places        text   not null check (length(places) between 1 and 2000),
  findings      text   not null check (length(findings) between 1 and 20000),
  requirements  text   not null check (length(requirements) between 1 and 20000),
  created_by    bigint not null,
  created_at    timestamptz not null default now()
);
create index inspection_date on suggestion.inspection (congress_id, inspected_on desc, id desc);

create table suggestion.inspection_suggestion
(
  congress_id    bigint not null default core.current_congress(),
  inspection_id  bigint not null references suggestion.inspection (id) on delete cascade,
  submission_id  bigint not null references suggestion.submission (id),
  primary key (inspection_id, submission_id)
);
create index inspection_suggestion_submission on suggestion.inspection_suggestion (congress_id, submission_id);

create index submission_registered_year on suggestion.submission (congress_id, year, id) where case_id is not null;

alter table suggestion.inspection enable row level security;
alter table suggestion.inspection force row level security;
create policy tenant on suggestion.inspection using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on suggestion.inspection to ${app_role};

alter table suggestion.inspection_suggestion enable row level security;
alter table suggestion.inspection_suggestion force row level security;
create policy tenant on suggestion.inspection_suggestion using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on suggestion.inspection_suggestion to ${app_role};
