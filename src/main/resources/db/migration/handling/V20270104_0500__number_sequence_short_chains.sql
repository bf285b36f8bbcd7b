-- handling.number_sequence holds one row per congress, kind and year, updated by every creation (the gap-free
-- number). Each update is HOT and leaves the old version on the page; PostgreSQL prunes a page only when its free
-- space falls below the larger of 10 % and (100 - fillfactor) %, so with the default fillfactor a row's chain grew to
-- about a page of versions (141 line pointers on the bench congress's page), and every upsert, and the case's
-- number update that reads the row, walked that chain (heap_hot_search_buffer was the server's top symbol in the
-- 8-worker profile, issue #11 session 9). With fillfactor 10 a page is pruned as soon as it holds versions no
-- snapshot can see, so a chain stays as long as the transactions in flight. The table has a few dozen rows.
alter table handling.number_sequence set (fillfactor = 10);
