-- The incidents at the matching addresses of a text search (V106, V108), read from the index
-- alone: it carries what the search returns. PostgreSQL uses an index-only scan with an
-- expression index only when the expression's column is in the index too, hence address. A street
-- name matching 5,900 incidents at scale 100: 100 ms of visits to scattered rows, 10 ms from the
-- index.
create index incident_address_found on incident (site_id, lower(coalesce(address, '')))
  include (address, id, type, jurisdiction_id, occurred_at);
drop index incident_address_equal;
