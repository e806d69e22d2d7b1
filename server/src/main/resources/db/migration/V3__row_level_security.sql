-- Defence in depth: the application connects as ceasefire_app, which owns nothing and may not
-- bypass row-level security; every tenant table shows and accepts only the rows of the site the
-- connection is scoped to (app.site_id, set by the application at every connection checkout).
-- A query that forgets its site filter therefore still sees one site, and a connection with no
-- site sees nothing. 'all' is the scope of system work (sign-in lookup, jobs over every site,
-- audit verification).

do $$
begin
  if not exists (select from pg_roles where rolname = 'ceasefire_app') then
    if exists (select from pg_roles where rolname = current_user and (rolcreaterole or rolsuper)) then
      create role ceasefire_app login nosuperuser nocreatedb nocreaterole nobypassrls;
    else
      raise notice 'role ceasefire_app is absent and % may not create it: ask the DBA', current_user;
    end if;
  end if;
end $$;

create function ceasefire_site_visible(row_site bigint) returns boolean
  language sql stable as $$
  select coalesce(current_setting('app.site_id', true), '') in ('all', row_site::text)
$$;

do $$
declare
  t text;
begin
  foreach t in array array['jurisdiction', 'area', 'agency', 'app_user', 'person', 'person_alias',
      'criminal_group', 'membership', 'group_relationship', 'incident', 'participant', 'firearm',
      'record_history']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy site_isolation on %I using (ceasefire_site_visible(site_id))'
                   ' with check (ceasefire_site_visible(site_id))', t);
  end loop;
end $$;

-- The audit trail: anyone may append (a failed sign-in has no site yet); reading is per site.
alter table audit_event enable row level security;
create policy audit_append on audit_event for insert with check (true);
create policy audit_read on audit_event for select using (ceasefire_site_visible(site_id));
-- the chain trigger must see the whole chain whatever the writer's scope
alter function audit_event_chain() security definer;
alter function audit_event_chain() set search_path = public;

do $$
begin
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant usage on schema public to ceasefire_app;
    grant select, insert, update, delete on all tables in schema public to ceasefire_app;
    revoke update, delete, truncate on audit_event from ceasefire_app;
    revoke all on flyway_schema_history from ceasefire_app;
    grant usage, select, update on all sequences in schema public to ceasefire_app;
    alter default privileges in schema public
      grant select, insert, update, delete on tables to ceasefire_app;
    alter default privileges in schema public grant usage, select, update on sequences
      to ceasefire_app;
  end if;
end $$;
