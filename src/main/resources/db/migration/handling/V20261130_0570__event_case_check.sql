-- The foreign key event.case_id → cases cost a row-level RI check (an SPI query and a KEY SHARE lock)
-- per event: ≈40 % of the sweep's set-based events insert (bench/README.md, "Deadline sweep, set-based
-- chain links"). The same guarantees now come from the paths that insert: handling.append_linked_events
-- joins each case of the bound congress (the sweep holds its lock), and the chain trigger, which links every
-- other insert, refuses a case it cannot see (under RLS: also one of another congress). Cases are never
-- deleted by the application (no grant); a delete of a case with a timeline is refused as the key did.
alter table handling.event drop constraint event_case_id_fkey;

create or replace function handling.event_chain() returns trigger
    language plpgsql
as $$
declare
  last record;
begin
  if not exists (select 1 from handling.cases c where c.id = new.case_id) then
    raise exception 'handling.event: case % does not exist', new.case_id using errcode = 'foreign_key_violation';
  end if;
  select e.seq, e.hash into last from handling.event e where e.case_id = new.case_id order by e.seq desc limit 1;
  new.seq := coalesce(last.seq, 0) + 1;
  new.prev_hash := coalesce(last.hash, repeat('0', 64));
  new.at := date_trunc('microseconds', clock_timestamp());
  new.hash := handling.event_digest(new.prev_hash, new.case_id, new.seq, new.at, new.actor_id, new.action,
                                    new.from_state, new.to_state, new.payload);
  return new;
end
$$;

create function handling.case_keeps_timeline() returns trigger
    language plpgsql
as $$
begin
  if exists (select 1 from handling.event e where e.case_id = old.id) then
    raise exception 'handling.cases: case % has a timeline and cannot be deleted', old.id
      using errcode = 'foreign_key_violation';
  end if;
  return old;
end
$$;
create trigger cases_keep_timeline before delete on handling.cases
  for each row execute function handling.case_keeps_timeline();
