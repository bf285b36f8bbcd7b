-- Outreach (代表活动与民情民意): quarterly themes and the deputy groups' orders, activities, station duty,
-- training, and voter opinions with their own history. Citus-ready: keys (congress_id, id), foreign keys
-- carry congress_id, every unique constraint led by congress_id; no foreign keys into other schemas
-- (streets, stations, groups, deputies and cases are referred to by id and asked through their facades).
create schema if not exists outreach;
grant usage on schema outreach to ${app_role};

create table outreach.theme
(
  congress_id bigint  not null default core.current_congress(),
  id          bigint  generated always as identity,
  title       text    not null check (length(title) between 1 and 100),
  guidance    text    not null default '' check (length(guidance) <= 2000),
  year        int     not null check (year between 2000 and 2100),
  quarter     int     not null check (quarter between 1 and 4),
  street_id   bigint, -- null: the district catalogue; otherwise a street working committee's own theme
  created_by  bigint,
  created_at  timestamptz not null default now(),
  primary key (congress_id, id),
  unique nulls not distinct (congress_id, year, quarter, street_id, title)
);
create index theme_period on outreach.theme (congress_id, year desc, quarter desc);
alter table outreach.theme enable row level security;
alter table outreach.theme force row level security;
create policy tenant on outreach.theme using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on outreach.theme to ${app_role};

-- 点单: a deputy group orders a theme with planned activities; done when activities on the theme exist.
create table outreach.theme_order
(
  congress_id        bigint not null default core.current_congress(),
  id                 bigint generated always as identity,
  theme_id           bigint not null,
  group_id           bigint not null,
  group_name         text   not null,
  street_id          bigint,
  planned_activities int    not null default 1 check (planned_activities between 1 and 50),
  plan               text   not null default '' check (length(plan) <= 1000),
  ordered_at         timestamptz not null default now(),
  primary key (congress_id, id),
  unique (congress_id, theme_id, group_id),
  foreign key (congress_id, theme_id) references outreach.theme (congress_id, id)
);
alter table outreach.theme_order enable row level security;
alter table outreach.theme_order force row level security;
create policy tenant on outreach.theme_order using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, delete on outreach.theme_order to ${app_role};

-- An activity of a deputy group or station; co_street_ids: streets co-organizing it (协作联动), counted for each.
create table outreach.activity
(
  congress_id   bigint not null default core.current_congress(),
  id            bigint generated always as identity,
  theme_id      bigint,
  title         text   not null check (length(title) between 1 and 100),
  held_on       date   not null,
  place         text   not null default '' check (length(place) <= 200),
  street_id     bigint not null,
  co_street_ids bigint[] not null default '{}',
  group_id      bigint,
  station_id    bigint,
  deputy_ids    bigint[] not null default '{}',
  deputy_names  text[]   not null default '{}',
  voters_met    int    not null default 0 check (voters_met between 0 and 100000),
  summary       text   not null default '' check (length(summary) <= 4000),
  recorded_by   bigint,
  created_at    timestamptz not null default now(),
  primary key (congress_id, id),
  foreign key (congress_id, theme_id) references outreach.theme (congress_id, id)
);
create index activity_street on outreach.activity (congress_id, street_id, held_on desc);
create index activity_theme on outreach.activity (congress_id, theme_id);
create index activity_group on outreach.activity (congress_id, group_id);
create index activity_deputies on outreach.activity using gin (deputy_ids);
alter table outreach.activity enable row level security;
alter table outreach.activity force row level security;
create policy tenant on outreach.activity using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on outreach.activity to ${app_role};

-- Station duty (接待日): a reception day at a station with the deputies on duty and the voters received.
create table outreach.station_duty
(
  congress_id     bigint not null default core.current_congress(),
  id              bigint generated always as identity,
  station_id      bigint not null,
  station_name    text   not null,
  street_id       bigint not null,
  duty_on         date   not null,
  deputy_ids      bigint[] not null default '{}',
  deputy_names    text[]   not null default '{}',
  voters_received int,
  note            text   not null default '' check (length(note) <= 1000),
  primary key (congress_id, id),
  unique (congress_id, station_id, duty_on)
);
create index station_duty_day on outreach.station_duty (congress_id, duty_on);
alter table outreach.station_duty enable row level security;
alter table outreach.station_duty force row level security;
create policy tenant on outreach.station_duty using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on outreach.station_duty to ${app_role};

-- Training and study (代表提能): lectures and study tours with their attendance.
create table outreach.training
(
  congress_id  bigint not null default core.current_congress(),
  id           bigint generated always as identity,
  kind         text   not null check (kind in ('LECTURE', 'STUDY_TOUR', 'COURSE')),
  title        text   not null check (length(title) between 1 and 100),
  held_on      date   not null,
  place        text   not null default '' check (length(place) <= 200),
  attendees    int    not null default 0 check (attendees between 0 and 10000),
  deputy_ids   bigint[] not null default '{}',
  primary key (congress_id, id)
);
create index training_day on outreach.training (congress_id, held_on desc);
alter table outreach.training enable row level security;
alter table outreach.training force row level security;
create policy tenant on outreach.training using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on outreach.training to ${app_role};

-- A voter opinion (民情民意). Citizen name and phone: masked copies for pages, the full values only
-- encrypted (contact_sealed); neither is ever shown on a public page.
create table outreach.opinion
(
  congress_id         bigint not null default core.current_congress(),
  id                  bigint generated always as identity,
  code                text   not null,
  channel             text   not null check (channel in ('PORTAL', 'STATION_CODE', 'DEPUTY_CODE', 'DEPUTY', 'STREET')),
  state               text   not null,
  tier                text,
  category            text,
  title               text   not null check (length(title) between 1 and 100),
  content             text   not null check (length(content) between 1 and 2000),
  street_id           bigint,
  station_id          bigint,
  station_name        text,
  deputy_id           bigint, -- the deputy who received it (and follows it)
  deputy_name         text,
  activity_id         bigint,
  citizen_name_masked text,
  citizen_phone_masked text,
  contact_sealed      text,
  case_id             bigint,
  case_number         text,
  suggestion_id       bigint,
  reply               text,
  replied_at          timestamptz,
  reply_published     boolean not null default false,
  evaluation          text check (evaluation in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
  evaluation_comment  text check (length(evaluation_comment) <= 500),
  evaluated_at        timestamptz,
  received_at         timestamptz not null default now(),
  updated_at          timestamptz not null default now(),
  version             bigint not null default 0,
  primary key (congress_id, id),
  unique (congress_id, code),
  foreign key (congress_id, activity_id) references outreach.activity (congress_id, id)
);
create index opinion_street_state on outreach.opinion (congress_id, street_id, state, received_at desc);
create index opinion_deputy on outreach.opinion (congress_id, deputy_id, received_at desc);
create index opinion_case on outreach.opinion (congress_id, case_id);
create index opinion_published on outreach.opinion (congress_id, replied_at desc) where reply_published;
alter table outreach.opinion enable row level security;
alter table outreach.opinion force row level security;
create policy tenant on outreach.opinion using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on outreach.opinion to ${app_role};

-- The opinion's history, never updated: every step, also those taken on the engine once escalated.
create table outreach.opinion_event
(
  congress_id bigint not null default core.current_congress(),
  id          bigint generated always as identity,
  opinion_id  bigint not null,
  at          timestamptz not null default now(),
  actor       text   not null,
  action      text   not null,
  from_state  text,
  to_state    text,
  note        text check (length(note) <= 2000),
  primary key (congress_id, id),
  foreign key (congress_id, opinion_id) references outreach.opinion (congress_id, id)
);
create index opinion_event_opinion on outreach.opinion_event (congress_id, opinion_id, id);
alter table outreach.opinion_event enable row level security;
alter table outreach.opinion_event force row level security;
create policy tenant on outreach.opinion_event using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert on outreach.opinion_event to ${app_role};
