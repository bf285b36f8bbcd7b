-- Citus-ready keys for the meeting schema: (congress_id, id) primary keys, congress_id leading every unique
-- constraint, foreign keys between tenant tables carrying congress_id (core.citus_ready_keys explains).
call core.citus_ready_keys('meeting');
