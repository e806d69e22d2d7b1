-- Counts of incidents by type and day, for home's 28-day counts and the group audit's totals. Each
-- count read the type-and-time index over the period: about 50,000 entries, 22 ms at scale 100,
-- and home makes two. Now whole days are summed from here, and only the part days at a period's
-- two ends are counted from the index (IncidentWrites.countsByType), so a count is exact for any
-- period and reads a few dozen rows.
--
-- Days are UTC days, so a row never depends on a site's time zone. Every statement that writes
-- incidents adds rows of changes (+n, -n) without updating any, so writers never wait for each
-- other here, not even behind an import's long transaction; a day's rows are summed into one
-- every few minutes (IncidentChanges). A rolled-back statement adds nothing.
create table incident_day_count (
  site_id bigint not null references site(id),
  type    text not null,
  day     date not null,
  n       bigint not null
);
create index incident_day_count_key on incident_day_count (site_id, type, day) include (n);
insert into incident_day_count (site_id, type, day, n)
  select site_id, type, (occurred_at at time zone 'UTC')::date, count(*)
    from incident group by 1, 2, 3;
analyze incident_day_count;

-- row-level security, not forced, as incident_change (V113): the owner's own loads count too
alter table incident_day_count enable row level security;
create policy site_isolation on incident_day_count
  using (site_id = (select ceasefire_scope_site()) or (select ceasefire_scope_all()))
  with check (site_id = (select ceasefire_scope_site()) or (select ceasefire_scope_all()));

-- Runs as the writer, as incident_change_note.
create function incident_day_count_note() returns trigger
  language plpgsql set search_path = public as $$
begin
  if tg_op = 'TRUNCATE' then
    delete from incident_day_count;
  elsif tg_op = 'INSERT' then
    insert into incident_day_count (site_id, type, day, n)
      select site_id, type, (occurred_at at time zone 'UTC')::date, count(*)
        from changed_rows group by 1, 2, 3;
  elsif tg_op = 'DELETE' then
    insert into incident_day_count (site_id, type, day, n)
      select site_id, type, (occurred_at at time zone 'UTC')::date, -count(*)
        from changed_rows group by 1, 2, 3;
  else
    insert into incident_day_count (site_id, type, day, n)
      select site_id, type, day, sum(n) from (
        select site_id, type, (occurred_at at time zone 'UTC')::date as day, -1 as n from old_rows
        union all
        select site_id, type, (occurred_at at time zone 'UTC')::date, 1 from changed_rows) c
       group by 1, 2, 3 having sum(n) <> 0;
  end if;
  return null;
end $$;

create trigger incident_day_count_insert after insert on incident
  referencing new table as changed_rows
  for each statement execute function incident_day_count_note();
create trigger incident_day_count_update after update on incident
  referencing old table as old_rows new table as changed_rows
  for each statement execute function incident_day_count_note();
create trigger incident_day_count_delete after delete on incident
  referencing old table as changed_rows
  for each statement execute function incident_day_count_note();
create trigger incident_day_count_truncate after truncate on incident
  for each statement execute function incident_day_count_note();

-- Sums each day that has several rows into one; returns how many rows it removed. A row added
-- meanwhile is not in the statement's snapshot, so it is neither removed nor summed, and stays.
create function incident_day_count_compact() returns bigint
  language sql set search_path = public as $$
  with split as (
    select site_id, type, day from incident_day_count group by 1, 2, 3 having count(*) > 1
  ), gone as (
    delete from incident_day_count d using split s
     where d.site_id = s.site_id and d.type = s.type and d.day = s.day
    returning d.site_id, d.type, d.day, d.n
  ), summed as (
    insert into incident_day_count (site_id, type, day, n)
      select site_id, type, day, sum(n) from gone group by 1, 2, 3 having sum(n) <> 0
    returning 1
  )
  select count(*) from gone
$$;

do $$
begin
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select, insert, delete on incident_day_count to ceasefire_app;
    revoke update, truncate on incident_day_count from ceasefire_app;
  end if;
end $$;
