-- A GIN index keeps new entries in an unordered pending list until the list reaches
-- gin_pending_list_limit (4 MB by default) or vacuum merges it, and every search reads the whole
-- list. Under a steady trickle of new incidents the report number index's list held 7,856 entries
-- in 454 pages, and each search of incidents by text read them all: 6.8 ms of a search that finds
-- nothing, 0.05 ms with the list merged. With a 64 kB limit an insert merges the list once it
-- holds a few hundred entries, still in one pass, and searches read at most eight pages of it.
alter index incident_report_number_trgm set (gin_pending_list_limit = 64);
alter index incident_address_key_trgm set (gin_pending_list_limit = 64);
alter index person_name_trgm set (gin_pending_list_limit = 64);
alter index person_alias_trgm set (gin_pending_list_limit = 64);
