-- Special inquiries (专题询问) and their five steps 查/研/究/督/问: research teams and their visits,
-- the problem list by category with responsible units, the handover of each problem as an engine case,
-- close-out (销号) on the committee's verification, and the inquiry meeting's questions and answers.
-- Citus-ready: every key and foreign key carries congress_id; no foreign key leaves the schema.
create schema if not exists supervision;
grant usage on schema supervision to ${app_role};

create table supervision.inquiry
(
  congress_id       bigint  not null default core.current_congress(),
  id                bigint  generated always as identity,
  title             text    not null check (length(title) between 1 and 200),
  scope             text    check (length(scope) <= 4000),
  lead_committee    text    check (length(lead_committee) <= 100),
  inquiry_date      date    not null,
  threshold_percent int     not null default 60 check (threshold_percent between 1 and 100),
  warning_days      int     not null default 14 check (warning_days between 0 and 365),
  state             text    not null default 'RESEARCH'
                    check (state in ('RESEARCH','HANDED_OVER','HELD','CONCLUDED')),
  handover_on       date,
  handover_note     text    check (length(handover_note) <= 2000),
  meeting_id        bigint,
  agenda_item_id    bigint,
  held_on           date,
  follow_up_case_id bigint,
  created_by        bigint  not null,
  created_at        timestamptz not null default now(),
  version           int     not null default 0,
  primary key (congress_id, id)
);
create index inquiry_date on supervision.inquiry (congress_id, inquiry_date desc, id);

create table supervision.inquiry_team
(
  congress_id bigint not null default core.current_congress(),
  id          bigint generated always as identity,
  inquiry_id  bigint not null,
  name        text   not null check (length(name) between 1 and 100),
  leader      text   check (length(leader) <= 100),
  members     text   check (length(members) <= 1000),
  primary key (congress_id, id),
  unique (congress_id, inquiry_id, name),
  foreign key (congress_id, inquiry_id) references supervision.inquiry (congress_id, id)
);

create table supervision.inquiry_visit
(
  congress_id bigint not null default core.current_congress(),
  id          bigint generated always as identity,
  inquiry_id  bigint not null,
  team_id     bigint not null,
  object_kind text   not null check (object_kind in ('ENTERPRISE_PROJECT','DEPARTMENT','STREET')),
  object_name text   not null check (length(object_name) between 1 and 200),
  visited_on  date   not null,
  people_met  text   check (length(people_met) <= 1000),
  findings    text   check (length(findings) <= 4000),
  primary key (congress_id, id),
  foreign key (congress_id, inquiry_id) references supervision.inquiry (congress_id, id),
  foreign key (congress_id, team_id) references supervision.inquiry_team (congress_id, id)
);
create index inquiry_visit_inquiry on supervision.inquiry_visit (congress_id, inquiry_id, visited_on desc, id);

create table supervision.inquiry_category
(
  congress_id bigint not null default core.current_congress(),
  id          bigint generated always as identity,
  inquiry_id  bigint not null,
  name        text   not null check (length(name) between 1 and 100),
  position    int    not null,
  primary key (congress_id, id),
  unique (congress_id, inquiry_id, name),
  foreign key (congress_id, inquiry_id) references supervision.inquiry (congress_id, id)
);

create table supervision.inquiry_problem
(
  congress_id   bigint not null default core.current_congress(),
  id            bigint generated always as identity,
  inquiry_id    bigint not null,
  category_id   bigint not null,
  seq           int    not null,
  source_kind   text   not null check (source_kind in ('ENTERPRISE_PROJECT','DEPARTMENT','STREET')),
  source_object text   not null check (length(source_object) between 1 and 200),
  description   text   not null check (length(description) between 1 and 4000),
  evidence      text   check (length(evidence) <= 4000),
  state         text   not null default 'LISTED'
                check (state in ('LISTED','HANDED_OVER','CLOSED_OUT')),
  case_id       bigint,
  closed_on     date,
  primary key (congress_id, id),
  unique (congress_id, inquiry_id, seq),
  foreign key (congress_id, inquiry_id) references supervision.inquiry (congress_id, id),
  foreign key (congress_id, category_id) references supervision.inquiry_category (congress_id, id)
);
create index inquiry_problem_inquiry on supervision.inquiry_problem (congress_id, inquiry_id, category_id, state);
create index inquiry_problem_case on supervision.inquiry_problem (congress_id, case_id) where case_id is not null;

-- Responsible units of a problem (the first is the lead); unit ids of the organization module, no foreign key.
create table supervision.inquiry_problem_unit
(
  congress_id bigint not null default core.current_congress(),
  problem_id  bigint not null,
  unit_id     bigint not null,
  position    int    not null,
  primary key (congress_id, problem_id, unit_id),
  foreign key (congress_id, problem_id) references supervision.inquiry_problem (congress_id, id)
);
create index inquiry_problem_unit_unit on supervision.inquiry_problem_unit (congress_id, unit_id);

create table supervision.inquiry_question
(
  congress_id     bigint not null default core.current_congress(),
  id              bigint generated always as identity,
  inquiry_id      bigint not null,
  problem_id      bigint,
  position        int    not null,
  question        text   not null check (length(question) between 1 and 4000),
  asker_kind      text   check (asker_kind in ('MEMBER','DEPUTY','CITIZEN')),
  asker_name      text   check (length(asker_name) <= 60),
  answer_unit_id  bigint,
  answerer_name   text   check (length(answerer_name) <= 60),
  answer          text   check (length(answer) <= 8000),
  evaluation      text   check (evaluation in ('SATISFIED','BASICALLY_SATISFIED','UNSATISFIED')),
  primary key (congress_id, id),
  unique (congress_id, inquiry_id, position),
  foreign key (congress_id, inquiry_id) references supervision.inquiry (congress_id, id),
  foreign key (congress_id, problem_id) references supervision.inquiry_problem (congress_id, id)
);

do $$
declare t text;
begin
  foreach t in array array['inquiry','inquiry_team','inquiry_visit','inquiry_category','inquiry_problem',
                           'inquiry_problem_unit','inquiry_question']
  loop
    execute format('alter table supervision.%I enable row level security', t);
    execute format('alter table supervision.%I force row level security', t);
    execute format('create policy tenant on supervision.%I using (congress_id = core.current_congress())'
                   ' with check (congress_id = core.current_congress())', t);
    execute format('grant select, insert, update on supervision.%I to ${app_role}', t);
  end loop;
end $$;
grant delete on supervision.inquiry_problem_unit to ${app_role};
