-- What the analyses of a site's incidents were computed from (insights.AnalysisCache keys its
-- results by it). It was the number of incidents and participants and the latest change time:
-- 1.8-3 s of counting at scale 100 on every map request. Now every statement that changes a site's
-- incidents or participants adds a row here, and the version is the number and the sum of the
-- site's rows (an index-only read of a few rows). A row added by a transaction that commits late,
-- with a lower id than rows already seen, still changes both; a rolled-back change adds nothing.
-- Rows an hour old are removed, all but the newest of each site (IncidentChanges, hourly).
create table incident_change (
  id      bigint generated always as identity primary key,
  site_id bigint not null references site(id),
  at      timestamptz not null default now()
);
create index incident_change_site on incident_change (site_id, id);
insert into incident_change (site_id) select id from site;

-- row-level security, not forced: the owner's own loads (the demo, a restore) must record theirs
alter table incident_change enable row level security;
create policy site_isolation on incident_change
  using (site_id = (select ceasefire_scope_site()) or (select ceasefire_scope_all()))
  with check (site_id = (select ceasefire_scope_site()) or (select ceasefire_scope_all()));

-- Runs as the writer: its connection sees only the sites whose rows it could change.
create function incident_change_note() returns trigger
  language plpgsql set search_path = public as $$
begin
  if tg_op = 'TRUNCATE' then
    insert into incident_change (site_id) select id from site;
  elsif tg_op = 'UPDATE' then
    insert into incident_change (site_id)
      select site_id from changed_rows union select site_id from old_rows;
  else
    insert into incident_change (site_id) select distinct site_id from changed_rows;
  end if;
  return null;
end $$;

do $$
declare
  t text;
begin
  foreach t in array array['incident', 'participant']
  loop
    execute format('create trigger %I after insert on %I referencing new table as changed_rows'
                   ' for each statement execute function incident_change_note()',
                   t || '_change_insert', t);
    execute format('create trigger %I after update on %I'
                   ' referencing old table as old_rows new table as changed_rows'
                   ' for each statement execute function incident_change_note()',
                   t || '_change_update', t);
    execute format('create trigger %I after delete on %I referencing old table as changed_rows'
                   ' for each statement execute function incident_change_note()',
                   t || '_change_delete', t);
    execute format('create trigger %I after truncate on %I'
                   ' for each statement execute function incident_change_note()',
                   t || '_change_truncate', t);
  end loop;
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select, insert, delete on incident_change to ceasefire_app;
    revoke update, truncate on incident_change from ceasefire_app;
  end if;
end $$;
