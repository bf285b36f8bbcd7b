-- The engine takes the ids of the rows a step inserts from their identity sequences a block at a time
-- (handling.internal.IdBlocks: select nextval(...) from generate_series(1, 64)), so that a step knows them before
-- it writes and sends all its writes in one round trip. Inserting into an identity column needs no right on its
-- sequence; calling nextval does: usage on these sequences, nothing else.
grant usage on sequence handling.cases_id_seq, handling.assignment_id_seq, handling.clock_id_seq,
  handling.reply_id_seq, handling.evaluation_id_seq, handling.extension_id_seq to ${app_role};
