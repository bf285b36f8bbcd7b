-- The deadline sweep's colour write made a HOT update (issue #11, session 9). A clock's colour is a function of its
-- due date, reminder window and today; the sweep only records the colour it has sent (notified). Until now that
-- column was in the predicates of the sweep's partial indexes (clock_sweep_green, clock_sweep_yellow) and the sweep
-- also wrote state = 'OVERDUE' (a column clock_open_case includes), so every colour change was a non-HOT update: a
-- new heap tuple plus an entry in each of the clock's five or six indexes. Now no index reads notified and the
-- sweep writes no state (OVERDUE is derived: a RUNNING or EXTENDED clock past its due date), so the update changes
-- no indexed column and stays on its page (bench/README.md, "Issue #11, session 9: the sweep").
--
-- How the sweep still reads only the day's candidates without notified in an index: a colour changes only when
-- today passes a date of the clock (yellow_from, due_date), so after the congress's last sweep on day M every clock
-- needing a notice on day D has yellow_from in (M, D] or due_date in [M, D) — two range reads of
-- clock_active_yellow and clock_active_due — unless its dates were written after that sweep with its window already
-- open (a new clock already near its due date, an extension, a resume, a policy change). The engine marks exactly
-- those writes (sweep_check, set when yellow_from <= the engine's today), the sweep reads them through the tiny
-- partial index clock_sweep_check and clears the mark. Without a mark row (a congress never swept, or one whose mark
-- lies ahead of today) the sweep reads every active clock in its window once.
create table handling.sweep_mark
(
  congress_id   bigint not null default core.current_congress(),
  swept_through date   not null,
  primary key (congress_id)
);
alter table handling.sweep_mark enable row level security;
alter table handling.sweep_mark force row level security;
create policy tenant on handling.sweep_mark using (congress_id = any (array[core.current_congress()]))
  with check (congress_id = any (array[core.current_congress()]));
grant select, insert, update, delete on handling.sweep_mark to ${app_role};

alter table handling.clock add column sweep_check boolean not null default false;

-- The red range (due_date in [M, D)) of active clocks; the yellow range reads clock_active_yellow.
create index if not exists clock_active_due on handling.clock (congress_id, due_date) include (case_id)
  where state in ('RUNNING','EXTENDED','OVERDUE');
create index if not exists clock_sweep_check on handling.clock (congress_id) include (case_id)
  where sweep_check and state in ('RUNNING','EXTENDED','OVERDUE');
drop index if exists handling.clock_sweep_green;
drop index if exists handling.clock_sweep_yellow;

-- Room on the page for the new version of a HOT update: the sweep's colour (clock) and the chain head the sweep and
-- every engine step advance (cases). Pages written from now on keep 10 % free; a row on a full page moves once.
alter table handling.clock set (fillfactor = 90);
alter table handling.cases set (fillfactor = 90);

-- Which congresses the sweep must open a transaction for today: a congress with no mark, a mark other than today
-- (a new day: the ranges since the mark, and the mark to advance), or a clock the engine marked for a check. A sweep
-- with nothing to do reads one mark row and probes one tiny index per congress. Same contract as before (congress
-- ids only, SECURITY DEFINER as organization.active_congress_ids; PL/pgSQL naming each congress as a value, so on
-- Citus each statement is routed to the congress's shard).
create or replace function handling.sweep_congresses(p_congresses bigint[], p_today date) returns setof bigint
    language plpgsql stable security definer set search_path = handling, pg_temp
as $$
declare
  v_congress bigint;
  v_mark     date;
begin
  foreach v_congress in array coalesce(p_congresses, '{}') loop
    select m.swept_through into v_mark from handling.sweep_mark m where m.congress_id = v_congress;
    if v_mark is distinct from p_today then
      return next v_congress;
    else
      perform 1 from handling.clock k
       where k.congress_id = v_congress and k.sweep_check and k.state in ('RUNNING','EXTENDED','OVERDUE')
       limit 1;
      if found then
        return next v_congress;
      end if;
    end if;
  end loop;
end
$$;
