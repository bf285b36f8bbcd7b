-- Login throttling by user name AND client address with growing delays (issue 15): the hard lock per user
-- name (login_failure) let anyone lock anyone out. Neither table has a congress: a login happens before one
-- is known, and an unknown user name must be throttled like a known one (no enumeration). Reference tables
-- on Citus.
drop table identity.login_failure;

create table identity.login_throttle
(
  username        text        not null,
  address         text        not null,
  failures        int         not null,
  last_failure_at timestamptz not null,
  wait_until      timestamptz,
  primary key (username, address)
);
grant select, insert, update, delete on identity.login_throttle to ${app_role};

-- One row per attempt refused because its user name and address were still waiting (append-only).
create table identity.login_throttled_attempt
(
  id           bigint generated always as identity primary key,
  at           timestamptz not null default now(),
  username     text        not null,
  address      text        not null,
  failures     int         not null,
  wait_seconds int         not null
);
create index login_throttled_attempt_at on identity.login_throttled_attempt (at desc);
grant select, insert on identity.login_throttled_attempt to ${app_role};
