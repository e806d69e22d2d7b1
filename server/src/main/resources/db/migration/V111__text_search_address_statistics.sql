-- The search's covering index (V109) had no statistics of its own until the next analyze, and the
-- planner then assumed 200 distinct addresses: 15,900 incidents per address where there are 25.
-- For some patterns it hashed the whole incident table (3 s at scale 100) instead of looking up the
-- few matching addresses in the index (10 ms). A larger sample for this one expression keeps the
-- estimate close (120,000 distinct addresses estimated, 140,000 there).
alter index incident_address_found alter column 2 set statistics 1000;
analyze incident;
