-- Searching incidents by part of an address, at state scale. A trigram index over the address of
-- every incident (3.2 million at the demo's scale 100) answered '%pelley rd%' in 50-130 ms: the
-- trigrams of a street type (" rd", "rd ") are in a sixth of all addresses, and the index reads
-- those long lists on every search. Addresses repeat (incidents are recorded by block: 140,000
-- distinct addresses among those 3.2 million), so the trigram search now runs over the distinct
-- addresses, and the incidents at the matching ones are found by equality with a b-tree.
--
-- incident_address holds every address (lower-cased) an incident of the site has had; statement
-- triggers add new ones, a whole import's in one statement. An address no incident has any more
-- stays (it matches nothing).

create table incident_address (
  site_id      bigint not null references site(id),
  address_key  text not null,
  primary key (site_id, address_key)
);
insert into incident_address (site_id, address_key)
  select distinct site_id, lower(address) from incident where address is not null;
create index incident_address_key_trgm on incident_address using gin (address_key gin_trgm_ops);

create index incident_address_equal on incident (site_id, lower(coalesce(address, '')));
drop index incident_address_trgm;
-- the planner needs the new expression's statistics to look incidents up by it
analyze incident_address;
analyze incident;

alter table incident_address enable row level security;
alter table incident_address force row level security;
create policy site_isolation on incident_address using (ceasefire_site_visible(site_id))
  with check (ceasefire_site_visible(site_id));

create function incident_address_note() returns trigger
  language plpgsql security definer set search_path = public as $$
begin
  insert into incident_address (site_id, address_key)
    select distinct site_id, lower(address) from changed where address is not null
    on conflict do nothing;
  return null;
end $$;

create trigger incident_address_on_insert after insert on incident
  referencing new table as changed for each statement execute function incident_address_note();
create trigger incident_address_on_update after update on incident
  referencing new table as changed for each statement execute function incident_address_note();

create or replace function ceasefire_incident_text_matches(p_site bigint, p_pattern text)
  returns setof bigint
  language sql stable security definer set search_path = public as $$
  select i.id
    from incident_address a
    join incident i on i.site_id = a.site_id and lower(coalesce(i.address, '')) = a.address_key
   where a.site_id = p_site and ceasefire_site_visible(p_site) and a.address_key like p_pattern
  union
  select id from incident
   where site_id = p_site and ceasefire_site_visible(site_id)
     and lower(coalesce(report_number, '')) like p_pattern
$$;

do $$
begin
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select on incident_address to ceasefire_app;
    revoke insert, update, delete, truncate on incident_address from ceasefire_app;
  end if;
end $$;
