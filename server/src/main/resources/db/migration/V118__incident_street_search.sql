-- Searching incidents by a street name at state scale. Addresses are kept by block ("2600 block
-- dalham st"), so one street is hundreds of distinct addresses, and a search for "dalham" looked
-- up each matching address's incidents apart (V106, V109): 233 index descents for 5,094 incidents
-- at scale 100, most of the search's time. Now the incidents are also indexed by their street (the
-- address without its house number or block), and a search whose text is in a street's name reads
-- that street's incidents as one range of the index.
--
-- The street key is a suffix of the address key, so a street that contains the searched text
-- means the address contains it too: the matches are the incidents of the matching streets, plus
-- those at matching addresses whose street does not match ("2600 block dal"), plus those whose
-- report number matches; each incident is found by one part only.

create function ceasefire_street_key(address text) returns text
  language sql immutable parallel safe as $$
  select regexp_replace(lower(coalesce(address, '')),
                        '^\s*[0-9]+[a-z]?\s+((block|blk)\s+)?(of\s+)?', '')
$$;

-- each address with its street, so a search need not work the street out per matching address
alter table incident_address add column street_key text;
update incident_address set street_key = ceasefire_street_key(address_key);
alter table incident_address alter column street_key set not null;

create table incident_street (
  site_id     bigint not null references site(id),
  street_key  text not null,
  primary key (site_id, street_key)
);
insert into incident_street (site_id, street_key)
  select distinct site_id, street_key from incident_address;
create index incident_street_key_trgm on incident_street using gin (street_key gin_trgm_ops)
  with (gin_pending_list_limit = 64);

-- by street, then address: a street's incidents are one range, an address's a range within it;
-- the columns a search returns ride along, so neither reads the incidents' rows
create index incident_street_found on incident
  (site_id, ceasefire_street_key(address), lower(coalesce(address, '')))
  include (address, id, type, jurisdiction_id, occurred_at);
drop index incident_address_found;
analyze incident_street;
analyze incident;

alter table incident_street enable row level security;
alter table incident_street force row level security;
-- the scope computed once per statement, as every site policy since V102
create policy site_isolation on incident_street
  using (site_id = (select ceasefire_scope_site()) or (select ceasefire_scope_all()))
  with check (site_id = (select ceasefire_scope_site()) or (select ceasefire_scope_all()));

-- the statement triggers of V106 note every new address with its street, and every new street
create or replace function incident_address_note() returns trigger
  language plpgsql security definer set search_path = public as $$
begin
  insert into incident_address (site_id, address_key, street_key)
    select distinct site_id, lower(address), ceasefire_street_key(address) from changed
     where address is not null
    on conflict do nothing;
  insert into incident_street (site_id, street_key)
    select distinct site_id, ceasefire_street_key(address) from changed where address is not null
    on conflict do nothing;
  return null;
end $$;

-- One page of a search by text, with the count of all matches (up to p_cap) on every row; a page
-- past the last match is one row with a null id and the count. Matches of a common street run to
-- thousands: they are found, counted and sorted for the page here, so only the page leaves.
--
-- The part for addresses whose street does not match is needed only when the text could lie
-- across or inside the house number and block: the part removed from an address to give its street
-- is spaces, digits, one letter after the digits, "block" or "blk", and "of", and it ends in a
-- space. A text of two or more characters without spaces, digits or wildcards that is not part of
-- "block", "blk" or "of" can therefore only match an address inside its street. That is a search
-- by street name, the common one, and the address part's trigram search costs more than the rest;
-- each search is planned for its own values, so a part not needed is not run.
create function ceasefire_incident_text_page(
    p_site bigint, p_pattern text, p_type text, p_jurisdiction bigint, p_from timestamptz,
    p_to timestamptz, p_limit int, p_offset bigint, p_cap bigint)
  returns table (id bigint, counted bigint)
  language plpgsql stable security definer set search_path = public
  set plan_cache_mode = force_custom_plan set max_parallel_workers_per_gather = 0 as $$
declare
  v_text text := substr(p_pattern, 2, length(p_pattern) - 2);
  v_in_street_only boolean :=
    left(p_pattern, 1) = '%' and right(p_pattern, 1) = '%' and length(v_text) >= 2
    and v_text !~ '[[:space:][:digit:]%_\\]'
    and position(v_text in 'block') = 0 and position(v_text in 'blk') = 0
    and position(v_text in 'of') = 0;
begin
  if not ceasefire_site_visible(p_site) then
    return;
  end if;
  return query
    with matched as (
      select i.id, i.type, i.jurisdiction_id, i.occurred_at
        from incident_street s
        join incident i on i.site_id = s.site_id and ceasefire_street_key(i.address) = s.street_key
       where s.site_id = p_site and s.street_key like p_pattern
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
end $$;

-- the page function above replaces it (V108, V110)
drop function ceasefire_incident_text_found(bigint, text);

do $$
begin
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select on incident_street to ceasefire_app;
    revoke insert, update, delete, truncate on incident_street from ceasefire_app;
  end if;
end $$;
