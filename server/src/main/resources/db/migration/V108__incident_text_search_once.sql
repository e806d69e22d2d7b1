-- A search of incidents by text finds its matches once per page, with what the list filters and
-- orders by (type, city, time), so the page and its count need neither a second search nor a
-- second visit to each matching incident (a street name can match thousands at state scale).
create function ceasefire_incident_text_found(p_site bigint, p_pattern text)
  returns table (id bigint, type text, jurisdiction_id bigint, occurred_at timestamptz)
  language sql stable security definer set search_path = public as $$
  select i.id, i.type, i.jurisdiction_id, i.occurred_at
    from incident_address a
    join incident i on i.site_id = a.site_id and lower(coalesce(i.address, '')) = a.address_key
   where a.site_id = p_site and ceasefire_site_visible(p_site) and a.address_key like p_pattern
  union
  select i.id, i.type, i.jurisdiction_id, i.occurred_at from incident i
   where i.site_id = p_site and ceasefire_site_visible(p_site)
     and lower(coalesce(i.report_number, '')) like p_pattern
$$;
