-- Under row-level security PostgreSQL evaluates the site policy before any condition whose
-- functions are not marked leakproof, and lower() and LIKE are not: so a search by part of an
-- address or a name could never use the trigram indexes of V96 and read the whole table (over 20 s
-- on three million incidents). These functions find the matching ids with the indexes. They run
-- as the tables' owner, which row-level security does not restrict, so each applies the very same
-- site rule itself (ceasefire_site_visible, the policy's own test, on the caller's setting): a
-- caller learns only ids it could read anyway, and the outer query reads the rows under the policy.
create or replace function ceasefire_incident_text_matches(p_site bigint, p_pattern text)
  returns setof bigint
  language sql stable security definer set search_path = public as $$
  select id from incident
   where site_id = p_site and ceasefire_site_visible(site_id)
     and (lower(coalesce(report_number, '')) like p_pattern
          or lower(coalesce(address, '')) like p_pattern)
$$;

create or replace function ceasefire_person_text_matches(p_site bigint, p_pattern text)
  returns setof bigint
  language sql stable security definer set search_path = public as $$
  select id from person
   where site_id = p_site and ceasefire_site_visible(site_id)
     and lower(first_name || ' ' || last_name) like p_pattern
  union
  select person_id from person_alias
   where site_id = p_site and ceasefire_site_visible(site_id) and lower(alias) like p_pattern
$$;
