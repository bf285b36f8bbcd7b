-- Per-congress account settings (issue #15): the longest validity its administrators allow for personal API
-- tokens (default 90 days). One row per congress, made when an administrator first changes a setting.
create table identity.congress_setting
(
  congress_id     bigint not null default core.current_congress(),
  token_max_days  int    not null default 90 check (token_max_days between 1 and 365),
  updated_at      timestamptz not null default now(),
  updated_by      text,
  primary key (congress_id)
);
alter table identity.congress_setting enable row level security;
alter table identity.congress_setting force row level security;
create policy tenant on identity.congress_setting using (congress_id = any (array[core.current_congress()]))
  with check (congress_id = any (array[core.current_congress()]));
grant select, insert, update on identity.congress_setting to ${app_role};
