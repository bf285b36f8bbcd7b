-- The portal's per-address submission window, shared by every application instance (the limit was per
-- instance in memory). Not tenant data: an address is limited across congresses; a reference table on Citus.
-- Rows older than an hour are deleted as the limiter goes (an address is personal data: kept no longer).
create schema if not exists portal;
grant usage on schema portal to ${app_role};

create table portal.submit_window
(
  address      text        not null primary key check (length(address) <= 100),
  window_start timestamptz not null,
  submissions  int         not null
);
create index submit_window_start on portal.submit_window (window_start);
grant select, insert, update, delete on portal.submit_window to ${app_role};
