-- A search by street name at state scale, part two. V118 read a street's incidents as one range
-- of an index, but then kept every match (5,268 for "torwick" at scale 100, on six streets) to
-- count them and to sort them all for the page's 25: about 4 ms a search, and the largest single
-- share of the database's time under the load test (a third of its statement time at 300 requests
-- a second).
--
-- Now each street's incidents are indexed newest first, so the page is the newest
-- (offset + limit) of each matching street, merged: a few dozen index entries per street. The
-- count reads each street's range of that index without keeping the rows. Addresses whose street
-- does not match, and report numbers, are found and kept as before: they are few. A text that
-- matches more than 64 streets (two or three letters, say) is searched in one pass over all its
-- matches, as V118 did, since one range per street would then cost more.
--
-- V118's index by street and address stays for the addresses whose street does not match: a
-- search for a house number ("2600") on thousands of streets is one small range per address there.

create index incident_street_newest on incident
  (site_id, ceasefire_street_key(address), occurred_at desc, id desc)
  include (address, type, jurisdiction_id);
analyze incident;

create or replace function ceasefire_incident_text_page(
    p_site bigint, p_pattern text, p_type text, p_jurisdiction bigint, p_from timestamptz,
    p_to timestamptz, p_limit int, p_offset bigint, p_cap bigint)
  returns table (id bigint, counted bigint)
  language plpgsql stable security definer set search_path = public
  set plan_cache_mode = force_custom_plan set max_parallel_workers_per_gather = 0 as $$
declare
  v_text text := substr(p_pattern, 2, length(p_pattern) - 2);
  -- see V118: a text that can only lie inside a street's name
  v_in_street_only boolean :=
    left(p_pattern, 1) = '%' and right(p_pattern, 1) = '%' and length(v_text) >= 2
    and v_text !~ '[[:space:][:digit:]%_\\]'
    and position(v_text in 'block') = 0 and position(v_text in 'blk') = 0
    and position(v_text in 'of') = 0;
  v_streets text[];
begin
  if not ceasefire_site_visible(p_site) then
    return;
  end if;
  select array_agg(s.street_key) into v_streets
    from incident_street s where s.site_id = p_site and s.street_key like p_pattern;
  v_streets := coalesce(v_streets, '{}');
  if cardinality(v_streets) > 64 then
    -- many streets: one pass over all the matches, as V118
    return query
      with matched as (
        select i.id, i.type, i.jurisdiction_id, i.occurred_at
          from incident i
         where i.site_id = p_site and ceasefire_street_key(i.address) = any (v_streets)
        union all
        select i.id, i.type, i.jurisdiction_id, i.occurred_at
          from incident_address a
          join incident i on i.site_id = a.site_id
               and ceasefire_street_key(i.address) = a.street_key
               and lower(coalesce(i.address, '')) = a.address_key
         where not v_in_street_only
           and a.site_id = p_site and a.address_key like p_pattern
           and not a.street_key like p_pattern
        union all
        select i.id, i.type, i.jurisdiction_id, i.occurred_at from incident i
         where i.site_id = p_site and lower(coalesce(i.report_number, '')) like p_pattern
           and not lower(coalesce(i.address, '')) like p_pattern
      ), found as materialized (
        select m.id, m.occurred_at from matched m
         where (p_type = '' or m.type = p_type)
           and (p_jurisdiction is null or m.jurisdiction_id = p_jurisdiction)
           and (p_from is null or m.occurred_at >= p_from)
           and (p_to is null or m.occurred_at < p_to)
      )
      select shown.id, c.n
        from (select count(*) as n from (select 1 from found limit p_cap) capped) c
        left join lateral (
          select f.id, f.occurred_at from found f
           order by f.occurred_at desc, f.id desc limit p_limit offset p_offset
        ) shown on true
       order by shown.occurred_at desc, shown.id desc;
    return;
  end if;
  return query
    with others as materialized (
      -- at an address whose street does not match, or by report number: each incident once
      select m.id, m.occurred_at from (
        select i.id, i.type, i.jurisdiction_id, i.occurred_at
          from incident_address a
          join incident i on i.site_id = a.site_id
               and ceasefire_street_key(i.address) = a.street_key
               and lower(coalesce(i.address, '')) = a.address_key
         where not v_in_street_only
           and a.site_id = p_site and a.address_key like p_pattern
           and not a.street_key like p_pattern
        union all
        select i.id, i.type, i.jurisdiction_id, i.occurred_at from incident i
         where i.site_id = p_site and lower(coalesce(i.report_number, '')) like p_pattern
           and not lower(coalesce(i.address, '')) like p_pattern
      ) m
       where (p_type = '' or m.type = p_type)
         and (p_jurisdiction is null or m.jurisdiction_id = p_jurisdiction)
         and (p_from is null or m.occurred_at >= p_from)
         and (p_to is null or m.occurred_at < p_to)
    ), counted as (
      select least(p_cap,
                   (select count(*) from others)
                   + coalesce((select sum(per_street.n)::bigint from unnest(v_streets) k (street)
                                 cross join lateral (
                                   select count(*) as n from (
                                     select 1 from incident i
                                      where i.site_id = p_site
                                        and ceasefire_street_key(i.address) = k.street
                                        and (p_type = '' or i.type = p_type)
                                        and (p_jurisdiction is null
                                             or i.jurisdiction_id = p_jurisdiction)
                                        and (p_from is null or i.occurred_at >= p_from)
                                        and (p_to is null or i.occurred_at < p_to)
                                      limit p_cap) capped) per_street), 0)) as n
    ), shown as (
      -- the page lies within the newest (offset + limit) of each street and of the others
      select x.id, x.occurred_at from (
        select newest.id, newest.occurred_at from unnest(v_streets) k (street)
          cross join lateral (
            select i.id, i.occurred_at from incident i
             where i.site_id = p_site and ceasefire_street_key(i.address) = k.street
               and (p_type = '' or i.type = p_type)
               and (p_jurisdiction is null or i.jurisdiction_id = p_jurisdiction)
               and (p_from is null or i.occurred_at >= p_from)
               and (p_to is null or i.occurred_at < p_to)
             order by i.occurred_at desc, i.id desc
             limit p_limit + p_offset) newest
        union all
        select o.id, o.occurred_at from others o
      ) x
       order by x.occurred_at desc, x.id desc limit p_limit offset p_offset
    )
    select shown.id, counted.n from counted left join shown on true
     order by shown.occurred_at desc, shown.id desc;
end $$;
