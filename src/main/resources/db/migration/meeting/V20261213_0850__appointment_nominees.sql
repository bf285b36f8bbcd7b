-- Appointments voted person by person (逐人表决): the nominees of an APPOINTMENT item, each with its own
-- tallies and result (one may fail while the others pass), and the constitutional oath (宪法宣誓) of
-- those appointed. Citus-ready key; the agenda item is checked by the service (its table's key is
-- still the plain id here), the register entry is written when a nominee passes.
create table meeting.nominee
(
  congress_id      bigint  not null default core.current_congress(),
  id               bigint  generated always as identity,
  item_id          bigint  not null,
  position         int     not null,
  person_id        bigint,
  person_name      text    not null check (length(person_name) between 1 and 60),
  office           text    not null check (length(office) between 1 and 100),
  unit_id          bigint,
  action           text    not null check (action in ('APPOINT','REMOVE','APPROVE_APPOINTMENT','ACCEPT_RESIGNATION','DISMISS')),
  members_total    int,
  votes_for        int,
  votes_against    int,
  votes_abstain    int,
  votes_not_voting int,
  passed           boolean,
  voted_at         timestamptz,
  appointment_id   bigint,
  oath_on          date,
  oath_note        text    check (length(oath_note) <= 500),
  primary key (congress_id, id),
  unique (congress_id, item_id, position)
);
alter table meeting.nominee enable row level security;
alter table meeting.nominee force row level security;
create policy tenant on meeting.nominee using (congress_id = core.current_congress()) with check (congress_id = core.current_congress());
grant select, insert, update on meeting.nominee to ${app_role};
