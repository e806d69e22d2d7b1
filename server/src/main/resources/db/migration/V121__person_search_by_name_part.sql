-- Searching people by name at state scale (docs/benchmarks.md, "Load", fix 34). A search for a
-- surname such as "lorada" matches 572 of 300,000 people. The trigram index found them, and then
-- each match's row was read from the table to recheck it, nearly one page per person: 6.8 ms of a
-- search's database time.
--
-- Now every distinct first and last name of a site is kept once in person_name_part, a small table
-- with its own trigram index. A text without spaces or wildcards that lies in "first last" lies in
-- the first name or in the last name, since the two are joined by a space. So the people whose
-- first or last name holds the text are those of the matching name parts, and each part's people
-- are one range of an index that carries every column the search returns (no table rows are
-- read). Texts with a space or a wildcard go the old way, by the whole name.
--
-- A name part whose people were all renamed or removed stays: it matches and joins to nobody.

create table person_name_part (
  site_id bigint not null references site(id),
  name    text not null,
  primary key (site_id, name)
);
insert into person_name_part (site_id, name)
  select site_id, lower(first_name) from person
  union
  select site_id, lower(last_name) from person;
create index person_name_part_trgm on person_name_part using gin (name gin_trgm_ops)
  with (gin_pending_list_limit = 64);

-- a name part's people, with the columns a search returns: an index-only range. The last name
-- index also gives the people list its order, so it replaces V1's person_name.
create index person_by_last_name on person
  (site_id, lower(last_name), lower(first_name), id)
  include (first_name, last_name, supervision_status);
create index person_by_first_name on person (site_id, lower(first_name))
  include (id, first_name, last_name, supervision_status);
drop index person_name;
analyze person_name_part;
analyze person;

alter table person_name_part enable row level security;
alter table person_name_part force row level security;
create policy site_isolation on person_name_part
  using (site_id = (select ceasefire_scope_site()) or (select ceasefire_scope_all()))
  with check (site_id = (select ceasefire_scope_site()) or (select ceasefire_scope_all()));

create function person_name_part_note() returns trigger
  language plpgsql security definer set search_path = public as $$
begin
  insert into person_name_part (site_id, name)
    select site_id, lower(first_name) from changed
    union
    select site_id, lower(last_name) from changed
    on conflict do nothing;
  return null;
end $$;

create trigger person_name_part_on_insert after insert on person
  referencing new table as changed for each statement execute function person_name_part_note();
create trigger person_name_part_on_update after update on person
  referencing new table as changed for each statement execute function person_name_part_note();

-- The same matches as V115's: people whose "first last" or an alias holds the pattern, with the
-- names they are ordered by. Planned for each search's own values, so the part not needed is not
-- run.
create or replace function ceasefire_person_text_found(p_site bigint, p_pattern text)
  returns table (id bigint, last text, first text, supervision_status text)
  language plpgsql stable security definer set search_path = public
  set plan_cache_mode = force_custom_plan set max_parallel_workers_per_gather = 0 as $$
declare
  v_text text := substr(p_pattern, 2, length(p_pattern) - 2);
  v_in_one_part boolean :=
    length(p_pattern) > 2 and left(p_pattern, 1) = '%' and right(p_pattern, 1) = '%'
    and v_text !~ '[[:space:]%_\\]';
begin
  if not ceasefire_site_visible(p_site) then
    return;
  end if;
  return query
    select p.id, lower(p.last_name), lower(p.first_name), p.supervision_status
      from person_name_part n
      join person p on p.site_id = n.site_id and lower(p.last_name) = n.name
     where v_in_one_part and n.site_id = p_site and n.name like p_pattern
    union
    select p.id, lower(p.last_name), lower(p.first_name), p.supervision_status
      from person_name_part n
      join person p on p.site_id = n.site_id and lower(p.first_name) = n.name
     where v_in_one_part and n.site_id = p_site and n.name like p_pattern
    union
    select p.id, lower(p.last_name), lower(p.first_name), p.supervision_status from person p
     where not v_in_one_part
       and p.site_id = p_site and lower(p.first_name || ' ' || p.last_name) like p_pattern
    union
    select p.id, lower(p.last_name), lower(p.first_name), p.supervision_status
      from person_alias a join person p on p.site_id = a.site_id and p.id = a.person_id
     where a.site_id = p_site and lower(a.alias) like p_pattern;
end $$;

do $$
begin
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select on person_name_part to ceasefire_app;
    revoke insert, update, delete, truncate on person_name_part from ceasefire_app;
  end if;
end $$;
