-- handling.event_digest was declared IMMUTABLE while its body calls STABLE functions (convert_to, the
-- text || bigint concatenation, extract(epoch from timestamptz)). PostgreSQL inlines a SQL function into the
-- calling statement only when the body is no more volatile than the declaration, so it never inlined this one:
-- each call went through the SQL-function executor, which on PostgreSQL 17 parses, analyses and plans the body
-- again for every new calling expression — once per step transaction for act_and_append and
-- append_numbered_event (their PL/pgSQL expression states live for one transaction) and per call in the sweep's
-- set-based appends. Declared STABLE, as its body is, the call is inlined into the caller's expression and
-- planned with it, once. The digest is the same expression over the same values: every stored hash still
-- verifies (issue #11, session 10).
alter function handling.event_digest(text, bigint, int, timestamptz, bigint, text, text, text, jsonb) stable;
