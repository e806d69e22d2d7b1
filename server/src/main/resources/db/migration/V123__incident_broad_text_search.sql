-- A search by a text that most incidents match. "block" is in nearly every address (addresses are
-- kept by block), and "st" or "rd" end thousands of street names. V118 and V122 find every match
-- through the trigram indexes, keep them, count them and sort them for the page: at scale 100 a
-- search for "block" kept 3.2 million incidents and took 13 s, while the page shows 25 and the
-- count stops at 10,001.
--
-- When matches are that common, reading the site's incidents newest first and keeping those that
-- match is the short way: the page is found within its first few hundred rows, and the count within
-- its first tens of thousands. So the search first looks at the newest 512 incidents that pass the
-- filters; when at least one in eight of them matches (the scan then reads at most about eight rows
-- per match it needs), it scans in time order. Otherwise it searches by street and address as
-- before (renamed ceasefire_incident_text_page_by_street, unchanged). Both return the same rows.
--
-- The look is taken only for texts that can match more than street names, or that match more than
-- 64 streets: a search by one street's name (the common one) goes to the search by street at once.

alter function ceasefire_incident_text_page(
    bigint, text, text, bigint, timestamptz, timestamptz, int, bigint, bigint)
  rename to ceasefire_incident_text_page_by_street;

create function ceasefire_incident_text_page(
    p_site bigint, p_pattern text, p_type text, p_jurisdiction bigint, p_from timestamptz,
    p_to timestamptz, p_limit int, p_offset bigint, p_cap bigint)
  returns table (id bigint, counted bigint)
  language plpgsql stable security definer set search_path = public
  set plan_cache_mode = force_custom_plan set max_parallel_workers_per_gather = 0 as $$
declare
  v_text text := substr(p_pattern, 2, length(p_pattern) - 2);
  -- as in V118: a text that can only lie inside a street's name
  v_in_street_only boolean :=
    left(p_pattern, 1) = '%' and right(p_pattern, 1) = '%' and length(v_text) >= 2
    and v_text !~ '[[:space:][:digit:]%_\\]'
    and position(v_text in 'block') = 0 and position(v_text in 'blk') = 0
    and position(v_text in 'of') = 0;
  v_common boolean;
begin
  if not ceasefire_site_visible(p_site) then
    return;
  end if;
  if v_in_street_only then
    v_common := (select count(*) from (
                   select 1 from incident_street s
                    where s.site_id = p_site and s.street_key like p_pattern limit 65) c) > 64;
  else
    v_common := true;
  end if;
  if v_common then
    v_common := (select count(*) filter (
                          where lower(coalesce(newest.address, '')) like p_pattern
                             or lower(coalesce(newest.report_number, '')) like p_pattern)
                   from (select i.address, i.report_number from incident i
                          where i.site_id = p_site
                            and (p_type = '' or i.type = p_type)
                            and (p_jurisdiction is null or i.jurisdiction_id = p_jurisdiction)
                            and (p_from is null or i.occurred_at >= p_from)
                            and (p_to is null or i.occurred_at < p_to)
                          order by i.occurred_at desc limit 512) newest) * 8
                 >= 512;
  end if;
  if not v_common then
    return query select s.id, s.counted from ceasefire_incident_text_page_by_street(
      p_site, p_pattern, p_type, p_jurisdiction, p_from, p_to, p_limit, p_offset, p_cap) s;
    return;
  end if;
  -- the matches, written once and inlined (not materialized) into both uses, each with its own
  -- order and limit, so each still reads the incidents newest first and stops early
  return query
    with matched as not materialized (
      select i.id, i.occurred_at from incident i
       where i.site_id = p_site
         and (p_type = '' or i.type = p_type)
         and (p_jurisdiction is null or i.jurisdiction_id = p_jurisdiction)
         and (p_from is null or i.occurred_at >= p_from)
         and (p_to is null or i.occurred_at < p_to)
         and (lower(coalesce(i.address, '')) like p_pattern
              or lower(coalesce(i.report_number, '')) like p_pattern)
    )
    select shown.id, c.n
      from (select count(*) as n from (
              select 1 from matched m order by m.occurred_at desc limit p_cap) capped) c
      left join lateral (
        select m.id, m.occurred_at from matched m
         order by m.occurred_at desc, m.id desc limit p_limit offset p_offset
      ) shown on true
     order by shown.occurred_at desc, shown.id desc;
end $$;
