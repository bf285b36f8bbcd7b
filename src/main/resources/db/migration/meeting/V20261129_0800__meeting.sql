-- Meetings: standing committee meetings, directors' meetings, party group meetings, theory study
-- sessions and joint meetings; their agenda items (with the 监督法 第十五条 report dates), attendance,
-- observers (列席), votes, the resolutions and appointments registers, and the follow-up of special
-- work reports (pre-meeting research, deliberation remarks, generated supervision opinions).
-- Every table is tenant data under forced RLS.
create schema if not exists meeting;
grant usage on schema meeting to ${app_role};

create table meeting.meeting
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  kind        text   not null check (kind in ('SC_MEETING','DIRECTORS_MEETING','PARTY_GROUP_MEETING','THEORY_STUDY','JOINT_MEETING')),
  term        int    not null check (term > 0),
  number      int    check (number > 0),
  title       text   not null check (length(title) between 1 and 200),
  starts_at   timestamptz not null,
  ends_at     timestamptz,
  place       text   check (length(place) <= 200),
  convener    text   check (length(convener) <= 100),
  status      text   not null default 'PLANNED' check (status in ('PLANNED','NOTIFIED','HELD','MINUTES_APPROVED')),
  created_at  timestamptz not null default now(),
  check (ends_at is null or ends_at >= starts_at),
  check ((kind = 'SC_MEETING') = (number is not null))
);
create unique index meeting_number on meeting.meeting (congress_id, kind, term, number) where number is not null;
create index meeting_start on meeting.meeting (congress_id, starts_at desc);
create index meeting_kind on meeting.meeting (congress_id, kind, status, starts_at desc);
alter table meeting.meeting enable row level security;
alter table meeting.meeting force row level security;
create policy tenant on meeting.meeting using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on meeting.meeting to ${app_role};

create table meeting.agenda_item
(
  id                   bigint generated always as identity primary key,
  congress_id          bigint not null default core.current_congress() references organization.congress (id),
  meeting_id           bigint not null references meeting.meeting (id),
  position             int    not null,
  type                 text   not null check (type in ('SPECIAL_WORK_REPORT','LAW_ENFORCEMENT_INSPECTION_REPORT','SPECIAL_INQUIRY','RESOLUTION','APPOINTMENT','OTHER')),
  title                text   not null check (length(title) between 1 and 200),
  reporting_unit_id    bigint references organization.unit (id),
  committee_id         bigint references organization.body (id),
  -- 监督法 第十五条: actual dates the report reached the committee, the revised report the SC, the members
  report_to_committee  date,
  revised_to_sc        date,
  sent_to_members      date,
  -- the vote: the members of the SC when it was taken, the tallies and the result
  voted_at             timestamptz,
  vote_by_member       boolean,
  members_total        int,
  votes_for            int,
  votes_against        int,
  votes_abstain        int,
  votes_not_voting     int,
  passed               boolean,
  unique (meeting_id, position)
);
create index agenda_item_type on meeting.agenda_item (congress_id, type, meeting_id);
alter table meeting.agenda_item enable row level security;
alter table meeting.agenda_item force row level security;
create policy tenant on meeting.agenda_item using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on meeting.agenda_item to ${app_role};

create table meeting.attendance
(
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  meeting_id  bigint not null references meeting.meeting (id),
  person_id   bigint not null references organization.person (id),
  status      text   not null check (status in ('PRESENT','ON_LEAVE','ABSENT')),
  primary key (meeting_id, person_id)
);
alter table meeting.attendance enable row level security;
alter table meeting.attendance force row level security;
create policy tenant on meeting.attendance using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update, delete on meeting.attendance to ${app_role};

-- Attending deputies and observers (列席)
create table meeting.observer
(
  id           bigint generated always as identity primary key,
  congress_id  bigint not null default core.current_congress() references organization.congress (id),
  meeting_id   bigint not null references meeting.meeting (id),
  kind         text   not null check (kind in ('DEPUTY','OBSERVER')),
  name         text   not null check (length(name) between 1 and 60),
  organization text   check (length(organization) <= 200)
);
create index observer_meeting on meeting.observer (meeting_id);
alter table meeting.observer enable row level security;
alter table meeting.observer force row level security;
create policy tenant on meeting.observer using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, delete on meeting.observer to ${app_role};

create table meeting.vote
(
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  item_id     bigint not null references meeting.agenda_item (id),
  person_id   bigint not null references organization.person (id),
  choice      text   not null check (choice in ('FOR','AGAINST','ABSTAIN','NOT_VOTING')),
  primary key (item_id, person_id)
);
alter table meeting.vote enable row level security;
alter table meeting.vote force row level security;
create policy tenant on meeting.vote using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, delete on meeting.vote to ${app_role};

create table meeting.resolution
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  number      text   not null check (length(number) between 1 and 60),
  title       text   not null check (length(title) between 1 and 200),
  meeting_id  bigint not null references meeting.meeting (id),
  item_id     bigint unique references meeting.agenda_item (id),
  adopted_on  date   not null,
  text        text   check (length(text) <= 20000),
  status      text   not null default 'IN_FORCE' check (status in ('IN_FORCE','IMPLEMENTED','REPEALED')),
  follow_up   text   check (length(follow_up) <= 4000),
  unique (congress_id, number)
);
create index resolution_adopted on meeting.resolution (congress_id, adopted_on desc);
alter table meeting.resolution enable row level security;
alter table meeting.resolution force row level security;
create policy tenant on meeting.resolution using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on meeting.resolution to ${app_role};

create table meeting.appointment
(
  id           bigint generated always as identity primary key,
  congress_id  bigint not null default core.current_congress() references organization.congress (id),
  person_id    bigint references organization.person (id),
  person_name  text   not null check (length(person_name) between 1 and 60),
  position     text   not null check (length(position) between 1 and 100),
  unit_id      bigint references organization.unit (id),
  action       text   not null check (action in ('APPOINT','REMOVE','APPROVE_APPOINTMENT','ACCEPT_RESIGNATION','DISMISS')),
  meeting_id   bigint not null references meeting.meeting (id),
  item_id      bigint references meeting.agenda_item (id),
  vote_result  text   check (length(vote_result) <= 100),
  effective_on date   not null
);
create index appointment_effective on meeting.appointment (congress_id, effective_on desc);
create index appointment_meeting on meeting.appointment (meeting_id);
alter table meeting.appointment enable row level security;
alter table meeting.appointment force row level security;
create policy tenant on meeting.appointment using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on meeting.appointment to ${app_role};

-- 会前调研: visits and findings before the meeting
create table meeting.research_note
(
  id          bigint generated always as identity primary key,
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  item_id     bigint not null references meeting.agenda_item (id),
  kind        text   not null check (kind in ('VISIT','FINDING')),
  noted_on    date   not null,
  content     text   not null check (length(content) between 1 and 4000)
);
create index research_note_item on meeting.research_note (item_id, noted_on);
alter table meeting.research_note enable row level security;
alter table meeting.research_note force row level security;
create policy tenant on meeting.research_note using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on meeting.research_note to ${app_role};

-- 会中讨论: members' deliberation remarks by discussion group
create table meeting.remark
(
  id               bigint generated always as identity primary key,
  congress_id      bigint not null default core.current_congress() references organization.congress (id),
  item_id          bigint not null references meeting.agenda_item (id),
  discussion_group text   not null check (length(discussion_group) between 1 and 60),
  person_id        bigint references organization.person (id),
  speaker          text   not null check (length(speaker) between 1 and 60),
  content          text   not null check (length(content) between 1 and 4000),
  created_at       timestamptz not null default now()
);
create index remark_item on meeting.remark (item_id, discussion_group, id);
alter table meeting.remark enable row level security;
alter table meeting.remark force row level security;
create policy tenant on meeting.remark using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on meeting.remark to ${app_role};

-- 会后督办: supervision opinions (cases of the handling engine) generated from an item
create table meeting.item_opinion
(
  congress_id bigint not null default core.current_congress() references organization.congress (id),
  item_id     bigint not null references meeting.agenda_item (id),
  case_id     bigint not null,
  case_number text,
  created_at  timestamptz not null default now(),
  primary key (item_id, case_id)
);
alter table meeting.item_opinion enable row level security;
alter table meeting.item_opinion force row level security;
create policy tenant on meeting.item_opinion using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on meeting.item_opinion to ${app_role};
