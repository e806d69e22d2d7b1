-- Evaluation: the site's program definition (what is evaluated, from when, where, against what)
-- and the site's key for the researcher extract's pseudonyms and date shifts.

-- One program per site, defined and revised by the coordinator (history in record_history).
create table evaluation_program (
  site_id     bigint not null references site(id),
  id          bigint generated always as identity,
  name        text not null check (length(trim(name)) > 0 and length(name) <= 200),
  starts_on   date not null,
  -- the performance measure evaluated, by its code (e.g. shootings, homicides)
  outcome     text not null check (outcome ~ '^[a-z_]{2,40}$'),
  version     integer not null default 0,
  defined_by  bigint not null,
  defined_at  timestamptz not null default now(),
  primary key (site_id, id),
  unique (site_id),
  foreign key (site_id, defined_by) references app_user(site_id, id)
);

-- The program's places: target and comparison cities (jurisdictions) or areas.
create table evaluation_program_place (
  site_id     bigint not null,
  program_id  bigint not null,
  kind        text not null check (kind in ('jurisdiction', 'area')),
  place_id    bigint not null,
  part        text not null check (part in ('target', 'comparison')),
  primary key (site_id, program_id, kind, place_id),
  foreign key (site_id, program_id) references evaluation_program(site_id, id) on delete cascade
);

-- The per-site secret behind the researcher extract: pseudonym = HMAC-SHA256(key, person id),
-- date shift = a day offset drawn from HMAC(key, 'shift' || person id). Never leaves the database
-- except into the keyed functions; losing it breaks the stability of pseudonyms across extracts.
create table evaluation_extract_key (
  site_id     bigint not null references site(id),
  hmac_key    bytea not null check (length(hmac_key) >= 32),
  max_shift   integer not null default 182 check (max_shift between 1 and 366),
  created_at  timestamptz not null default now(),
  primary key (site_id)
);

do $$
declare
  t text;
begin
  foreach t in array array['evaluation_program', 'evaluation_program_place',
      'evaluation_extract_key']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy site_isolation on %I using (ceasefire_site_visible(site_id))'
                   ' with check (ceasefire_site_visible(site_id))', t);
  end loop;
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select, insert, update, delete on evaluation_program, evaluation_program_place
      to ceasefire_app;
    -- the key is made once and never changed by the application
    grant select, insert on evaluation_extract_key to ceasefire_app;
    revoke update, delete, truncate on evaluation_extract_key from ceasefire_app;
  end if;
end $$;
