-- The timeline's key is its place in a case's chain (issue #11, session 11). handling.event had two unique indexes:
-- the surrogate (congress_id, id) and (congress_id, case_id, seq). Every statement reads events by case and seq (the
-- timeline, its count, the chain check), no foreign key references an event, and the chain functions never look an
-- event up: the surrogate's index was read by nothing and cost one more index entry (and WAL record) per event, seven
-- per suggestion lifecycle. The primary key is now (congress_id, case_id, seq) — led by the congress, as the
-- Citus-ready keys require — and the surrogate's index is gone. The id column stays (the API's EventView names it;
-- its identity sequence still numbers every event uniquely).
alter table handling.event
    drop constraint event_pkey,
    drop constraint event_case_id_seq_key,
    add constraint event_pkey primary key (congress_id, case_id, seq);
