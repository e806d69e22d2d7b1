-- A search of people by text found the matching ids, and the list then read each match's row a
-- second time for the names it orders by: a common surname matches hundreds of people at state
-- scale, so most of the search went on those second reads. The matches now come with the columns
-- the list orders and filters by, taken in the one visit the text match makes to each row.
create function ceasefire_person_text_found(p_site bigint, p_pattern text)
  returns table (id bigint, last text, first text, supervision_status text)
  language plpgsql stable security definer set search_path = public
  set plan_cache_mode = force_custom_plan set max_parallel_workers_per_gather = 0 as $$
begin
  if not ceasefire_site_visible(p_site) then
    return;
  end if;
  return query
    select p.id, lower(p.last_name), lower(p.first_name), p.supervision_status from person p
     where p.site_id = p_site and lower(p.first_name || ' ' || p.last_name) like p_pattern
    union
    select p.id, lower(p.last_name), lower(p.first_name), p.supervision_status
      from person_alias a join person p on p.site_id = a.site_id and p.id = a.person_id
     where a.site_id = p_site and lower(a.alias) like p_pattern;
end $$;
