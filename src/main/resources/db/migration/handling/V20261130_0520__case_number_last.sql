-- A case is inserted without its number; the number (and its sequence value) is assigned by one update
-- right before the creating transaction commits, so the number_sequence row lock is held only for the
-- last statements of the transaction (see HandlingService.create). Committed cases always have both.
alter table handling.cases alter column number drop not null;
alter table handling.cases alter column seq drop not null;
