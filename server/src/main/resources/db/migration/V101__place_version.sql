-- Which state of a site's cities and areas is current, so that a server may keep them in memory
-- (org.ceasefire.places.Places) and still see every change, also one made by another process on
-- the same database (the import command, a second server, an operator with psql).
--
-- Every statement that inserts, updates or deletes rows of jurisdiction or area gives each site it
-- touched a new version: a random uuid, never one used before, so a version names exactly one state
-- of the site's places. A rolled-back change leaves the committed version as it was, and a version
-- seen inside an uncommitted transaction never comes back after its rollback (a counter would hand
-- the same number to the next change). Servers compare versions for equality only.
--
-- A site without a row has had no change since this migration; every site that exists now gets a
-- row, so a missing row means a site that never had places. TRUNCATE (never done by the
-- application) gives every site a new version. Triggers switched off (ALTER TABLE ... DISABLE
-- TRIGGER, session_replication_role = replica) would leave servers with an old copy: a restore
-- switches them off but restores this table with the data, so the versions match the rows again.

create table place_version (
  site_id    bigint primary key references site(id),
  version    uuid not null,
  changed_at timestamptz not null default now()
);

insert into place_version (site_id, version) select id, gen_random_uuid() from site;

-- row-level security as on jurisdiction and area (not forced: the owner's own changes, in a
-- migration or a restore, must still be able to record their version)
alter table place_version enable row level security;
create policy site_isolation on place_version using (ceasefire_site_visible(site_id))
  with check (ceasefire_site_visible(site_id));

-- Runs as the writer: the app role records versions only of sites its connection may see, which are
-- the only sites whose rows it could have changed. Each trigger names the changed rows changed_rows
-- (an update also names the rows as they were old_rows: a row may have moved to another site).
create function place_version_bump() returns trigger
  language plpgsql set search_path = public as $$
begin
  if tg_op = 'TRUNCATE' then
    insert into place_version (site_id, version) select id, gen_random_uuid() from site
      on conflict (site_id) do update set version = excluded.version, changed_at = now();
  elsif tg_op = 'UPDATE' then
    insert into place_version (site_id, version)
      select site_id, gen_random_uuid()
        from (select site_id from changed_rows union select site_id from old_rows) touched
      on conflict (site_id) do update set version = excluded.version, changed_at = now();
  else
    insert into place_version (site_id, version)
      select site_id, gen_random_uuid() from (select distinct site_id from changed_rows) touched
      on conflict (site_id) do update set version = excluded.version, changed_at = now();
  end if;
  return null;
end $$;

do $$
declare
  t text;
begin
  foreach t in array array['jurisdiction', 'area']
  loop
    execute format('create trigger %I after insert on %I referencing new table as changed_rows'
                   ' for each statement execute function place_version_bump()',
                   t || '_version_insert', t);
    execute format('create trigger %I after update on %I'
                   ' referencing old table as old_rows new table as changed_rows'
                   ' for each statement execute function place_version_bump()',
                   t || '_version_update', t);
    execute format('create trigger %I after delete on %I referencing old table as changed_rows'
                   ' for each statement execute function place_version_bump()',
                   t || '_version_delete', t);
    execute format('create trigger %I after truncate on %I'
                   ' for each statement execute function place_version_bump()',
                   t || '_version_truncate', t);
  end loop;
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select, insert, update on place_version to ceasefire_app;
  end if;
end $$;
