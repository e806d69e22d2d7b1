-- Imports from partners' records systems: one import_run per file loaded (who, what, counts), the
-- problems found in it, the site's address table for geocoding, and source keys on firearms so a
-- corrected file updates instead of duplicating.

create table import_run (
  site_id        bigint not null references site(id),
  id             bigint generated always as identity,
  kind           text not null check (kind ~ '^[a-z_]{2,40}$'),
  -- the compartment whose readers may see this record (the kind's compartment)
  compartment    text not null,
  file_name      text not null,
  file_sha256    text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
  file_bytes     bigint not null check (file_bytes >= 0),
  mapping_name   text,
  source_system  text,
  mode           text not null check (mode in ('all_or_nothing', 'good_rows_only')),
  status         text not null default 'running'
                   check (status in ('queued', 'running', 'done', 'refused', 'cancelled',
                                     'failed', 'interrupted')),
  rows_read      bigint not null default 0,
  inserted       bigint not null default 0,
  updated        bigint not null default 0,
  unchanged      bigint not null default 0,
  rejected       bigint not null default 0,
  warnings       bigint not null default 0,
  message        text,
  -- the header row of the file, for the rejects file
  file_header    text,
  started_by     bigint not null,
  started_at     timestamptz not null default now(),
  finished_at    timestamptz,
  primary key (site_id, id),
  foreign key (site_id, started_by) references app_user(site_id, id)
);
create index import_run_recent on import_run (site_id, started_at desc);

-- A rejected row (severity 'error') or a row loaded with a remark such as an unmatched address
-- ('warning'). raw is the row as it stood in the file, so a rejects file can be fixed and reloaded.
create table import_problem (
  site_id      bigint not null,
  import_id    bigint not null,
  line         bigint not null,
  severity     text not null check (severity in ('error', 'warning')),
  column_name  text not null,
  value        text not null,
  message      text not null,
  raw          text,
  foreign key (site_id, import_id) references import_run(site_id, id) on delete cascade
);
create index import_problem_run on import_problem (site_id, import_id, line);

-- Known addresses of the site (an agency's address table), for incidents given only an address.
create table address_point (
  site_id      bigint not null references site(id),
  id           bigint generated always as identity,
  -- upper case, punctuation dropped, runs of spaces as one: how lookups compare addresses
  address_key  text not null check (length(address_key) > 0),
  address      text not null,
  lon          double precision not null check (lon between -180 and 180),
  lat          double precision not null check (lat between -90 and 90),
  primary key (site_id, id),
  unique (site_id, address_key)
);

alter table firearm
  add column source_system text not null default 'ceasefire',
  add column source_id     text not null default gen_random_uuid()::text;
alter table firearm add constraint firearm_source unique (site_id, source_system, source_id);

alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check
  check (action in ('read', 'search', 'create', 'update', 'delete', 'export', 'login',
                    'login_failed', 'logout', 'denied', 'purge', 'revalidate', 'disseminate',
                    'verify', 'import'));

do $$
declare
  t text;
begin
  foreach t in array array['import_run', 'import_problem', 'address_point']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy site_isolation on %I using (ceasefire_site_visible(site_id))'
                   ' with check (ceasefire_site_visible(site_id))', t);
  end loop;
end $$;
