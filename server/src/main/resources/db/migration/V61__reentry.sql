-- Reentry: releases from custody (expected and actual), the supervising agency, and the reentry
-- team's contacts (welcome-home visit, reentry meeting). The SUPERVISION compartment.
create table custody_release (
  site_id               bigint not null references site(id),
  id                    bigint generated always as identity,
  person_id             bigint not null,
  facility              text not null check (length(trim(facility)) > 0),
  expected_on           date not null,
  released_on           date,
  supervising_agency_id bigint,
  supervision_kind      text not null default 'none' check (supervision_kind in ('probation',
                          'parole', 'supervised_release', 'none')),
  status                text not null default 'expected' check (status in ('expected',
                          'released', 'cancelled')),
  source_system         text not null default 'ceasefire',
  source_id             text not null default gen_random_uuid()::text,
  recorded_by           bigint not null,
  version               integer not null default 0,
  created_at            timestamptz not null default now(),
  updated_at            timestamptz not null default now(),
  primary key (site_id, id),
  unique (site_id, source_system, source_id),
  check ((status = 'released') = (released_on is not null)),
  foreign key (site_id, person_id) references person(site_id, id),
  foreign key (site_id, supervising_agency_id) references agency(site_id, id),
  foreign key (site_id, recorded_by) references app_user(site_id, id)
);
create index custody_release_expected on custody_release (site_id, expected_on);
create index custody_release_person on custody_release (site_id, person_id);

create table reentry_contact (
  site_id      bigint not null,
  id           bigint generated always as identity,
  release_id   bigint not null,
  kind         text not null check (kind in ('welcome_home', 'reentry_meeting', 'other')),
  held_on      date not null,
  attendees    text,
  note         text,
  recorded_by  bigint not null,
  primary key (site_id, id),
  foreign key (site_id, release_id) references custody_release(site_id, id),
  foreign key (site_id, recorded_by) references app_user(site_id, id)
);
create index reentry_contact_release on reentry_contact (site_id, release_id, held_on);

do $$
declare
  t text;
begin
  foreach t in array array['custody_release', 'reentry_contact']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy site_isolation on %I using (ceasefire_site_visible(site_id))'
                   ' with check (ceasefire_site_visible(site_id))', t);
  end loop;
end $$;
