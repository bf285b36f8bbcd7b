-- Supervision beyond opinions (issue #13 part A): the annual supervision plan (监督法 第六十三条) and its items,
-- inspections and research visits (视察调研) with visits, photos and findings, research reports to the Party
-- committee (调研专报) with leaders' instructions (批示), social-condition surveys (社情民意调查),
-- law-enforcement inspections (执法检查) with questionnaires and findings per article, and the collective
-- evaluation of handling reports (监督法 第十七条). Every table is tenant data under forced RLS, Citus-ready:
-- primary key (congress_id, id), foreign keys carry congress_id, none crosses into another module's schema
-- (meetings, people, committees and cases are referred to by id and resolved through their modules' facades).
create schema if not exists supervision;
grant usage on schema supervision to ${app_role};

create table supervision.plan
(
  congress_id        bigint not null default core.current_congress(),
  id                 bigint generated always as identity,
  year               int    not null check (year between 2000 and 2100),
  title              text   not null check (length(title) between 1 and 200),
  adopted_meeting_id bigint,
  adopted_on         date,
  published          boolean not null default false,
  created_at         timestamptz not null default now(),
  primary key (congress_id, id),
  unique (congress_id, year),
  check (published = false or adopted_meeting_id is not null)
);

create table supervision.plan_item
(
  congress_id       bigint not null default core.current_congress(),
  id                bigint generated always as identity,
  plan_id           bigint not null,
  form              text   not null check (form in ('SPECIAL_WORK_REPORT','LAW_ENFORCEMENT_INSPECTION','SPECIAL_INQUIRY','INSPECTION','FOLLOW_UP')),
  title             text   not null check (length(title) between 1 and 200),
  lead_committee_id bigint,
  leader_person_id  bigint,
  participant_ids   bigint[] not null default '{}',
  starts_on         date   not null,
  ends_on           date   not null,
  heard_meeting_id  bigint,
  heard_item_id     bigint,
  phase             text   not null default 'PLANNED' check (phase in ('PLANNED','UNDER_WAY','HEARD','FOLLOW_UP','DONE')),
  primary key (congress_id, id),
  foreign key (congress_id, plan_id) references supervision.plan (congress_id, id),
  check (ends_on >= starts_on)
);
create index plan_item_plan on supervision.plan_item (congress_id, plan_id, starts_on);

create table supervision.inspection
(
  congress_id      bigint not null default core.current_congress(),
  id               bigint generated always as identity,
  plan_item_id     bigint,
  kind             text   not null check (kind in ('DIRECTORS_RESEARCH','SPECIAL_INSPECTION','RESPONSIBILITY_VISIT')),
  topic            text   not null check (length(topic) between 1 and 200),
  leader_person_id bigint,
  team_ids         bigint[] not null default '{}',
  starts_on        date   not null,
  heard_item_id    bigint,
  report           text   check (length(report) <= 50000),
  reported_on      date,
  status           text   not null default 'UNDER_WAY' check (status in ('UNDER_WAY','REPORTED','CLOSED')),
  created_at       timestamptz not null default now(),
  primary key (congress_id, id),
  foreign key (congress_id, plan_item_id) references supervision.plan_item (congress_id, id),
  check ((status = 'UNDER_WAY') = (report is null))
);
create index inspection_start on supervision.inspection (congress_id, starts_on desc, id desc);
create index inspection_plan_item on supervision.inspection (congress_id, plan_item_id) where plan_item_id is not null;

create table supervision.enforcement
(
  congress_id      bigint not null default core.current_congress(),
  id               bigint generated always as identity,
  plan_item_id     bigint,
  law              text   not null check (length(law) between 1 and 200),
  mode             text   not null check (mode in ('CITY_JOINT','SELF_INITIATED')),
  city_reference   text   check (length(city_reference) <= 200),
  scope            text   check (length(scope) <= 4000),
  leader_person_id bigint,
  team_ids         bigint[] not null default '{}',
  starts_on        date   not null,
  follow_up_of     bigint,
  -- the report's parts named by 监督法 第三十六条
  assessment       text   check (length(assessment) <= 50000),
  problems         text   check (length(problems) <= 50000),
  suggestions      text   check (length(suggestions) <= 50000),
  law_amendments   text   check (length(law_amendments) <= 50000),
  reported_on      date,
  heard_meeting_id bigint,
  heard_item_id    bigint,
  status           text   not null default 'UNDER_WAY' check (status in ('UNDER_WAY','REPORTED','HEARD','PUBLISHED')),
  created_at       timestamptz not null default now(),
  primary key (congress_id, id),
  foreign key (congress_id, plan_item_id) references supervision.plan_item (congress_id, id),
  foreign key (congress_id, follow_up_of) references supervision.enforcement (congress_id, id),
  check (mode = 'SELF_INITIATED' or city_reference is not null),
  check (status = 'UNDER_WAY' or (assessment is not null and problems is not null and suggestions is not null)),
  check (status not in ('HEARD','PUBLISHED') or heard_item_id is not null)
);
create index enforcement_start on supervision.enforcement (congress_id, starts_on desc, id desc);
create index enforcement_plan_item on supervision.enforcement (congress_id, plan_item_id) where plan_item_id is not null;

-- A visit of an inspection or of a law-enforcement inspection (exactly one of the two).
create table supervision.visit
(
  congress_id    bigint not null default core.current_congress(),
  id             bigint generated always as identity,
  inspection_id  bigint,
  enforcement_id bigint,
  place          text   not null check (length(place) between 1 and 200),
  visited_on     date   not null,
  people_met     text   check (length(people_met) <= 2000),
  findings       text   check (length(findings) <= 10000),
  primary key (congress_id, id),
  foreign key (congress_id, inspection_id) references supervision.inspection (congress_id, id),
  foreign key (congress_id, enforcement_id) references supervision.enforcement (congress_id, id),
  check ((inspection_id is null) <> (enforcement_id is null))
);
create index visit_inspection on supervision.visit (congress_id, inspection_id, visited_on) where inspection_id is not null;
create index visit_enforcement on supervision.visit (congress_id, enforcement_id, visited_on) where enforcement_id is not null;

create table supervision.visit_photo
(
  congress_id  bigint not null default core.current_congress(),
  id           bigint generated always as identity,
  visit_id     bigint not null,
  file_name    text   not null check (length(file_name) between 1 and 200),
  content_type text   not null check (length(content_type) between 1 and 100),
  content      bytea  not null,
  primary key (congress_id, id),
  foreign key (congress_id, visit_id) references supervision.visit (congress_id, id)
);
create index visit_photo_visit on supervision.visit_photo (congress_id, visit_id);

-- A finding of an inspection or of a law-enforcement inspection (then per article); it becomes a case:
-- a research opinion letter (123) or a rectification problem (限期整改) with its own clock.
create table supervision.finding
(
  congress_id    bigint not null default core.current_congress(),
  id             bigint generated always as identity,
  inspection_id  bigint,
  enforcement_id bigint,
  article        text   check (length(article) <= 100),
  text           text   not null check (length(text) between 1 and 2000),
  outcome        text   check (outcome in ('OPINION','RECTIFICATION')),
  case_id        bigint,
  case_number    text,
  primary key (congress_id, id),
  foreign key (congress_id, inspection_id) references supervision.inspection (congress_id, id),
  foreign key (congress_id, enforcement_id) references supervision.enforcement (congress_id, id),
  check ((inspection_id is null) <> (enforcement_id is null)),
  check ((outcome is null) = (case_id is null))
);
create index finding_inspection on supervision.finding (congress_id, inspection_id) where inspection_id is not null;
create index finding_enforcement on supervision.finding (congress_id, enforcement_id) where enforcement_id is not null;
create index finding_case on supervision.finding (congress_id, case_id) where case_id is not null;

create table supervision.questionnaire
(
  congress_id    bigint not null default core.current_congress(),
  id             bigint generated always as identity,
  enforcement_id bigint not null,
  title          text   not null check (length(title) between 1 and 200),
  distributed    int    not null check (distributed >= 0),
  returned       int    not null check (returned >= 0),
  summary        text   check (length(summary) <= 10000),
  primary key (congress_id, id),
  foreign key (congress_id, enforcement_id) references supervision.enforcement (congress_id, id),
  check (returned <= distributed)
);
create index questionnaire_enforcement on supervision.questionnaire (congress_id, enforcement_id);

-- 调研专报 to the Party committee and the leaders' written instructions (批示) with what was done.
create table supervision.research_report
(
  congress_id   bigint not null default core.current_congress(),
  id            bigint generated always as identity,
  inspection_id bigint,
  year          int    not null check (year between 2000 and 2100),
  issue_no      int    not null check (issue_no > 0),
  title         text   not null check (length(title) between 1 and 200),
  submitted_on  date   not null,
  summary       text   check (length(summary) <= 10000),
  primary key (congress_id, id),
  unique (congress_id, year, issue_no),
  foreign key (congress_id, inspection_id) references supervision.inspection (congress_id, id)
);

create table supervision.instruction
(
  congress_id    bigint not null default core.current_congress(),
  id             bigint generated always as identity,
  report_id      bigint not null,
  leader         text   not null check (length(leader) between 1 and 100),
  instructed_on  date   not null,
  content        text   not null check (length(content) between 1 and 4000),
  action_taken   text   check (length(action_taken) <= 4000),
  action_on      date,
  primary key (congress_id, id),
  foreign key (congress_id, report_id) references supervision.research_report (congress_id, id),
  check ((action_taken is null) = (action_on is null))
);
create index instruction_report on supervision.instruction (congress_id, report_id);

create table supervision.survey
(
  congress_id  bigint not null default core.current_congress(),
  id           bigint generated always as identity,
  topic        text   not null check (length(topic) between 1 and 200),
  method       text   check (length(method) <= 200),
  starts_on    date   not null,
  ends_on      date   not null,
  respondents  int    not null default 0 check (respondents >= 0),
  primary key (congress_id, id),
  check (ends_on >= starts_on)
);

create table supervision.survey_issue
(
  congress_id bigint not null default core.current_congress(),
  id          bigint generated always as identity,
  survey_id   bigint not null,
  text        text   not null check (length(text) between 1 and 2000),
  mentions    int    not null default 1 check (mentions > 0),
  primary key (congress_id, id),
  foreign key (congress_id, survey_id) references supervision.survey (congress_id, id)
);
create index survey_issue_survey on supervision.survey_issue (congress_id, survey_id);

-- 监督法 第十七条: a handling report back on an SC meeting agenda, evaluated collectively by the members.
create table supervision.collective_evaluation
(
  congress_id     bigint not null default core.current_congress(),
  id              bigint generated always as identity,
  case_id         bigint not null,
  case_number     text,
  case_title      text   not null,
  meeting_id      bigint not null,
  agenda_item_id  bigint not null,
  by_ballot       boolean not null,
  members         int    not null check (members > 0),
  satisfied       int    not null check (satisfied >= 0),
  basically       int    not null check (basically >= 0),
  unsatisfied     int    not null check (unsatisfied >= 0),
  result          text   not null check (result in ('SATISFIED','BASICALLY_SATISFIED','UNSATISFIED')),
  evaluated_on    date   not null,
  published       boolean not null default false,
  primary key (congress_id, id),
  unique (congress_id, case_id, agenda_item_id),
  check (satisfied + basically + unsatisfied <= members)
);
create index collective_evaluation_date on supervision.collective_evaluation (congress_id, evaluated_on desc, id desc);

create table supervision.evaluation_ballot
(
  congress_id   bigint not null default core.current_congress(),
  evaluation_id bigint not null,
  person_id     bigint not null,
  choice        text   not null check (choice in ('SATISFIED','BASICALLY_SATISFIED','UNSATISFIED')),
  primary key (congress_id, evaluation_id, person_id),
  foreign key (congress_id, evaluation_id) references supervision.collective_evaluation (congress_id, id)
);

do $$
declare t text;
begin
  foreach t in array array['plan','plan_item','inspection','enforcement','visit','visit_photo','finding',
                           'questionnaire','research_report','instruction','survey','survey_issue',
                           'collective_evaluation','evaluation_ballot']
  loop
    execute format('alter table supervision.%I enable row level security', t);
    execute format('alter table supervision.%I force row level security', t);
    execute format('create policy tenant on supervision.%I using (congress_id = core.current_congress())'
                   ' with check (congress_id = core.current_congress())', t);
  end loop;
end $$;
grant select, insert, update on supervision.plan, supervision.plan_item, supervision.inspection,
  supervision.enforcement, supervision.visit, supervision.finding, supervision.questionnaire,
  supervision.research_report, supervision.instruction, supervision.survey, supervision.survey_issue,
  supervision.collective_evaluation to ${app_role};
grant select, insert on supervision.visit_photo, supervision.evaluation_ballot to ${app_role};
