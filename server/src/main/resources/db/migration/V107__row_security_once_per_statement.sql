-- Row-level security, evaluated once per statement instead of once per row.
--
-- Every policy asked ceasefire_site_visible(site_id) of each row it passed, and that function
-- reads the setting twice and matches it against a pattern: about a microsecond per row, which
-- on a state-wide site was most of the time of counting a month of incidents (14 of 18 ms for
-- 6,600 rows) and of every list's count. The policies now compare the row's site with the
-- statement's scope computed once (a sub-select, run once before the scan):
--
--   site_id = (select ceasefire_scope_site()) or (select ceasefire_scope_all())
--
-- Same meaning as before: the setting names one site by its id (digits, no leading zeros) or is
-- 'all'; anything else (unset, empty, not a number) shows nothing. ceasefire_site_visible stays
-- for the security-definer search functions, which check one value.
create function ceasefire_scope_site() returns bigint
  language sql stable as $$
  select case when current_setting('app.site_id', true) ~ '^(0|[1-9][0-9]{0,17})$'
              then current_setting('app.site_id', true)::bigint end
$$;

create function ceasefire_scope_all() returns boolean
  language sql stable as $$
  select coalesce(current_setting('app.site_id', true), '') = 'all'
$$;

do $$
declare
  p record;
  rule constant text :=
    '(site_id = (select ceasefire_scope_site()) or (select ceasefire_scope_all()))';
begin
  for p in select schemaname, tablename, policyname, qual, with_check from pg_policies
            where schemaname = current_schema()
  loop
    if p.qual = 'ceasefire_site_visible(site_id)' then
      execute format('alter policy %I on %I using %s', p.policyname, p.tablename, rule);
    end if;
    if p.with_check = 'ceasefire_site_visible(site_id)' then
      execute format('alter policy %I on %I with check %s', p.policyname, p.tablename, rule);
    end if;
  end loop;
end $$;

-- The search functions check their one site once (a one-time filter), not row by row.
create or replace function ceasefire_incident_text_matches(p_site bigint, p_pattern text)
  returns setof bigint
  language sql stable security definer set search_path = public as $$
  select i.id
    from incident_address a
    join incident i on i.site_id = a.site_id and lower(coalesce(i.address, '')) = a.address_key
   where a.site_id = p_site and ceasefire_site_visible(p_site) and a.address_key like p_pattern
  union
  select id from incident
   where site_id = p_site and ceasefire_site_visible(p_site)
     and lower(coalesce(report_number, '')) like p_pattern
$$;

create or replace function ceasefire_person_text_matches(p_site bigint, p_pattern text)
  returns setof bigint
  language sql stable security definer set search_path = public as $$
  select id from person
   where site_id = p_site and ceasefire_site_visible(p_site)
     and lower(first_name || ' ' || last_name) like p_pattern
  union
  select person_id from person_alias
   where site_id = p_site and ceasefire_site_visible(p_site) and lower(alias) like p_pattern
$$;
