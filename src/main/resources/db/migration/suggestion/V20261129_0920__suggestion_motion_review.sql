-- Committee handling of motions (议案): the committee a motion is referred to and its review report.

create table suggestion.motion_review
(
  congress_id     bigint not null default core.current_congress(),
  case_id         bigint not null,
  committee_id    bigint not null,
  committee_name  text   not null,
  referred_on     date   not null,
  refer_note      text   not null default '' check (length(refer_note) <= 4000),
  reported_on     date,
  decision        text   check (decision in ('AGENDA','HAND_TO_ORGANS','NOT_LISTED')),
  report          text   check (length(report) <= 20000),
  referred_by     bigint not null,
  reported_by     bigint,
  primary key (congress_id, case_id)
);

alter table suggestion.motion_review enable row level security;
alter table suggestion.motion_review force row level security;
create policy tenant on suggestion.motion_review using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on suggestion.motion_review to ${app_role};
