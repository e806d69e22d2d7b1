-- The incident list filtered by city and type (the weekly "shootings in this city" view) read
-- every incident of the city to keep those of the type: thousands of rows for a page of 25 and a
-- count of a few hundred at state scale. With the type after the city, both come from the index.
create index if not exists incident_jurisdiction_type
  on incident (site_id, jurisdiction_id, type, occurred_at desc);
