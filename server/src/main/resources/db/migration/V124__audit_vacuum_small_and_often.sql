-- The audit trail is only ever appended to, and autovacuum visits such a table after inserts of a
-- fifth of its size (autovacuum_vacuum_insert_scale_factor), to mark its new pages all-visible. At
-- a million entries that is a visit per 200,000 entries, which at the load test's rate (about
-- 1,200 entries a second) came every three minutes and read and rewrote pages long since written
-- and, after a restart, no longer in memory: the worst seconds of two load test runs came with
-- such visits (docs/benchmarks.md, "Load", fix 38; that this change removes them is not shown).
--
-- Now the visits come every 50,000 entries whatever the table's size, while the pages written
-- since the last one are likely still in PostgreSQL's buffers: the same work in small pieces. A
-- site can still turn them off and vacuum at night instead (docs/operations.md).

alter table audit_event set (
  autovacuum_vacuum_insert_threshold = 50000,
  autovacuum_vacuum_insert_scale_factor = 0,
  toast.autovacuum_vacuum_insert_threshold = 50000,
  toast.autovacuum_vacuum_insert_scale_factor = 0);
