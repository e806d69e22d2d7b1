-- Searching incidents by address or report number and people by name or alias matches a part of
-- the text anywhere (like '%elm%'): a b-tree cannot help, so every search read the whole table.
-- Trigram indexes (pg_trgm, shipped with PostgreSQL and trusted, so the database owner may create
-- it) answer such patterns of three or more characters from the index. The expressions are exactly
-- those the searches filter on.
create extension if not exists pg_trgm;
create index if not exists incident_address_trgm on incident
  using gin (lower(coalesce(address, '')) gin_trgm_ops);
create index if not exists incident_report_number_trgm on incident
  using gin (lower(coalesce(report_number, '')) gin_trgm_ops);
create index if not exists person_name_trgm on person
  using gin (lower(first_name || ' ' || last_name) gin_trgm_ops);
create index if not exists person_alias_trgm on person_alias
  using gin (lower(alias) gin_trgm_ops);
