-- A SQL function plans its statement once for any pattern, and that plan hashes the whole incident
-- table whatever the pattern matches (5-10 s under load at scale 100). As PL/pgSQL with custom
-- plans, each search is planned for its own pattern: a few matching addresses, then the index.
-- Without parallel workers: on a busy server they cost more to start than this search takes, and
-- the planner then preferred a parallel scan of every address to the trigram index. The report
-- number part leaves out what the address part found, so no sort is needed to remove repeats.
create or replace function ceasefire_incident_text_found(p_site bigint, p_pattern text)
  returns table (id bigint, type text, jurisdiction_id bigint, occurred_at timestamptz)
  language plpgsql stable security definer set search_path = public
  set plan_cache_mode = force_custom_plan set max_parallel_workers_per_gather = 0 as $$
begin
  if not ceasefire_site_visible(p_site) then
    return;
  end if;
  return query
    select i.id, i.type, i.jurisdiction_id, i.occurred_at
      from incident_address a
      join incident i on i.site_id = a.site_id and lower(coalesce(i.address, '')) = a.address_key
     where a.site_id = p_site and a.address_key like p_pattern
    union all
    select i.id, i.type, i.jurisdiction_id, i.occurred_at from incident i
     where i.site_id = p_site and lower(coalesce(i.report_number, '')) like p_pattern
       and not lower(coalesce(i.address, '')) like p_pattern;
end $$;

create or replace function ceasefire_incident_text_matches(p_site bigint, p_pattern text)
  returns setof bigint
  language sql stable security definer set search_path = public as $$
  select id from ceasefire_incident_text_found(p_site, p_pattern)
$$;

create or replace function ceasefire_person_text_matches(p_site bigint, p_pattern text)
  returns setof bigint
  language plpgsql stable security definer set search_path = public
  set plan_cache_mode = force_custom_plan set max_parallel_workers_per_gather = 0 as $$
begin
  if not ceasefire_site_visible(p_site) then
    return;
  end if;
  return query
    select p.id from person p
     where p.site_id = p_site and lower(p.first_name || ' ' || p.last_name) like p_pattern
    union
    select a.person_id from person_alias a
     where a.site_id = p_site and lower(a.alias) like p_pattern;
end $$;
