-- Appointments voted member by member (逐人表决): each present member's choice on each nominee; the nominee's
-- tallies are derived from these ballots when the vote is taken by member. Citus-ready: (congress_id, id) key,
-- the unique constraint and the foreign key to the nominee led by congress_id.
create table meeting.nominee_ballot
(
  congress_id bigint not null default core.current_congress(),
  id          bigint generated always as identity,
  nominee_id  bigint not null,
  person_id   bigint not null,
  choice      text   not null check (choice in ('FOR','AGAINST','ABSTAIN','NOT_VOTING')),
  primary key (congress_id, id),
  unique (congress_id, nominee_id, person_id),
  foreign key (congress_id, nominee_id) references meeting.nominee (congress_id, id)
);
alter table meeting.nominee_ballot enable row level security;
alter table meeting.nominee_ballot force row level security;
create policy tenant on meeting.nominee_ballot using (congress_id = any (array[core.current_congress()]))
  with check (congress_id = any (array[core.current_congress()]));
grant select, insert on meeting.nominee_ballot to ${app_role};

alter table meeting.nominee add column vote_by_member boolean;
