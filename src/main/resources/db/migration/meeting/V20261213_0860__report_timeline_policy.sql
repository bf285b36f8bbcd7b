-- The 监督法 第十五条 periods of a special work report (20 / 10 / 7 days before the meeting) as per-congress
-- policies: a row overrides the legal default for the bound congress.
create table meeting.timeline_policy
(
  congress_id bigint not null default core.current_congress(),
  step        text   not null check (step in ('TO_COMMITTEE','REVISED_TO_SC','TO_MEMBERS')),
  days_before int    not null check (days_before between 1 and 90),
  updated_at  timestamptz not null default now(),
  primary key (congress_id, step)
);
alter table meeting.timeline_policy enable row level security;
alter table meeting.timeline_policy force row level security;
create policy tenant on meeting.timeline_policy using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on meeting.timeline_policy to ${app_role};
