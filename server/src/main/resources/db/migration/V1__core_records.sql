-- Core records of a partnership. Every tenant table carries site_id, and every primary, unique and
-- foreign key includes it: sites stay apart, and the schema can be distributed by site_id.

create table site (
  id           bigint generated always as identity primary key,
  code         text not null unique check (code ~ '^[a-z0-9-]{2,40}$'),
  name         text not null,
  time_zone    text not null default 'America/New_York',
  -- projected CRS for analytics, as an EPSG code; lon/lat is what is stored
  crs          text not null default 'EPSG:32618',
  center_lon   double precision not null check (center_lon between -180 and 180),
  center_lat   double precision not null check (center_lat between -90 and 90),
  program_start date,
  synthetic    boolean not null default false,
  created_at   timestamptz not null default now()
);

create table jurisdiction (
  site_id     bigint not null references site(id),
  id          bigint generated always as identity,
  name        text not null,
  state       text not null,
  center_lon  double precision not null check (center_lon between -180 and 180),
  center_lat  double precision not null check (center_lat between -90 and 90),
  population  integer check (population >= 0),
  primary key (site_id, id),
  unique (site_id, name)
);

create table area (
  site_id         bigint not null,
  id              bigint generated always as identity,
  jurisdiction_id bigint not null,
  kind            text not null check (kind in ('beat', 'district', 'neighbourhood')),
  name            text not null,
  -- a GeoJSON Polygon or MultiPolygon geometry in WGS84
  geometry        jsonb not null,
  population      integer check (population >= 0),
  primary key (site_id, id),
  unique (site_id, jurisdiction_id, kind, name),
  foreign key (site_id, jurisdiction_id) references jurisdiction(site_id, id)
);

create table agency (
  site_id         bigint not null references site(id),
  id              bigint generated always as identity,
  name            text not null,
  type            text not null check (type in ('local_police', 'state_police', 'federal_agency',
                    'prosecutor', 'probation_parole', 'community_organisation', 'service_provider',
                    'research_partner')),
  jurisdiction_id bigint,
  primary key (site_id, id),
  unique (site_id, name),
  foreign key (site_id, jurisdiction_id) references jurisdiction(site_id, id)
);

create table app_user (
  site_id         bigint not null references site(id),
  id              bigint generated always as identity,
  username        text not null check (username ~ '^[a-z0-9._-]{3,64}$'),
  display_name    text not null,
  password_hash   text not null,
  role            text not null check (role in ('coordinator', 'analyst', 'investigator',
                    'prosecutor', 'supervision', 'outreach', 'outreach_supervisor', 'researcher',
                    'auditor')),
  agency_id       bigint not null,
  enabled         boolean not null default true,
  failed_attempts integer not null default 0,
  locked_until    timestamptz,
  version         integer not null default 0,
  created_at      timestamptz not null default now(),
  primary key (site_id, id),
  unique (site_id, username),
  foreign key (site_id, agency_id) references agency(site_id, id)
);
-- The one key without site_id: a login names a user before anyone knows the site.
create unique index app_user_login on app_user (username);

create table person (
  site_id            bigint not null references site(id),
  id                 bigint generated always as identity,
  first_name         text not null,
  middle_name        text,
  last_name          text not null,
  date_of_birth      date check (date_of_birth > date '1900-01-01'),
  sex                text check (sex in ('female', 'male', 'other', 'unknown')),
  race_ethnicity     text check (race_ethnicity in ('black', 'hispanic', 'white', 'asian',
                       'native_american', 'pacific_islander', 'multiple', 'other', 'unknown')),
  state_id           text,
  supervision_status text not null default 'none'
                       check (supervision_status in ('none', 'probation', 'parole', 'pretrial')),
  supervision_until  date,
  version            integer not null default 0,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  primary key (site_id, id)
);
create index person_name on person (site_id, lower(last_name), lower(first_name));
create unique index person_state_id on person (site_id, state_id) where state_id is not null;

create table person_alias (
  site_id    bigint not null,
  id         bigint generated always as identity,
  person_id  bigint not null,
  alias      text not null,
  primary key (site_id, id),
  unique (site_id, person_id, alias),
  foreign key (site_id, person_id) references person(site_id, id) on delete cascade
);
create index person_alias_text on person_alias (site_id, lower(alias));

create table criminal_group (
  site_id         bigint not null references site(id),
  id              bigint generated always as identity,
  name            text not null,
  type            text not null check (type in ('street_gang', 'crew', 'set', 'drug_organisation',
                    'other')),
  status          text not null default 'active' check (status in ('active', 'inactive', 'dormant')),
  jurisdiction_id bigint not null,
  description     text,
  version         integer not null default 0,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  primary key (site_id, id),
  unique (site_id, name),
  foreign key (site_id, jurisdiction_id) references jurisdiction(site_id, id)
);

create table membership (
  site_id       bigint not null,
  id            bigint generated always as identity,
  person_id     bigint not null,
  group_id      bigint not null,
  role          text not null default 'member' check (role in ('member', 'leader', 'associate')),
  -- the site's documented criteria this entry meets, e.g. self_admission, arrested_with_members
  criteria      text[] not null check (cardinality(criteria) >= 1),
  source        text not null check (length(trim(source)) > 0),
  submitted_by  bigint not null,
  submitted_at  timestamptz not null default now(),
  review_date   date not null,
  version       integer not null default 0,
  primary key (site_id, id),
  unique (site_id, person_id, group_id),
  foreign key (site_id, person_id) references person(site_id, id),
  foreign key (site_id, group_id) references criminal_group(site_id, id),
  foreign key (site_id, submitted_by) references app_user(site_id, id),
  -- 28 CFR Part 23: review at most five years after submission
  check (review_date <= (submitted_at at time zone 'UTC')::date + interval '5 years')
);
create index membership_group on membership (site_id, group_id);

create table group_relationship (
  site_id    bigint not null,
  id         bigint generated always as identity,
  group_a    bigint not null,
  group_b    bigint not null,
  kind       text not null check (kind in ('conflict', 'alliance')),
  since      date,
  basis      text not null check (length(trim(basis)) > 0),
  active     boolean not null default true,
  version    integer not null default 0,
  primary key (site_id, id),
  -- one relationship per pair, stored with the smaller id first
  unique (site_id, group_a, group_b),
  check (group_a < group_b),
  foreign key (site_id, group_a) references criminal_group(site_id, id),
  foreign key (site_id, group_b) references criminal_group(site_id, id)
);

create table incident (
  site_id          bigint not null references site(id),
  id               bigint generated always as identity,
  report_number    text,
  type             text not null check (type in ('homicide', 'non_fatal_shooting', 'shots_fired',
                     'firearm_seizure', 'aggravated_assault', 'robbery', 'other')),
  occurred_at      timestamptz not null,
  lon              double precision check (lon between -180 and 180),
  lat              double precision check (lat between -90 and 90),
  address          text,
  jurisdiction_id  bigint not null,
  area_id          bigint,
  narrative        text,
  source_system    text not null default 'ceasefire',
  source_id        text not null default gen_random_uuid()::text,
  version          integer not null default 0,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (site_id, id),
  unique (site_id, source_system, source_id),
  check ((lon is null) = (lat is null)),
  foreign key (site_id, jurisdiction_id) references jurisdiction(site_id, id),
  foreign key (site_id, area_id) references area(site_id, id)
);
create index incident_time on incident (site_id, occurred_at desc);
create index incident_type_time on incident (site_id, type, occurred_at desc);
create index incident_jurisdiction on incident (site_id, jurisdiction_id, occurred_at desc);

create table participant (
  site_id      bigint not null,
  id           bigint generated always as identity,
  incident_id  bigint not null,
  person_id    bigint not null,
  role         text not null check (role in ('victim', 'suspect', 'arrestee', 'witness')),
  injury       text check (injury in ('fatal', 'non_fatal', 'none')),
  primary key (site_id, id),
  unique (site_id, incident_id, person_id, role),
  foreign key (site_id, incident_id) references incident(site_id, id) on delete cascade,
  foreign key (site_id, person_id) references person(site_id, id)
);
create index participant_person on participant (site_id, person_id);

create table firearm (
  site_id        bigint not null,
  id             bigint generated always as identity,
  incident_id    bigint not null,
  kind           text not null default 'pistol' check (kind in ('pistol', 'revolver', 'rifle',
                   'shotgun', 'privately_made', 'other')),
  make           text,
  model          text,
  calibre        text,
  serial_number  text,
  version        integer not null default 0,
  primary key (site_id, id),
  foreign key (site_id, incident_id) references incident(site_id, id) on delete cascade
);
create index firearm_incident on firearm (site_id, incident_id);

-- History of every change to a person-level record: who, when, and each field's old and new value.
create table record_history (
  site_id      bigint not null references site(id),
  id           bigint generated always as identity,
  record_type  text not null,
  record_id    bigint not null,
  changed_by   bigint,
  changed_at   timestamptz not null default now(),
  action       text not null check (action in ('create', 'update', 'delete')),
  changes      jsonb not null,
  primary key (site_id, id)
);
create index record_history_record on record_history (site_id, record_type, record_id, changed_at);
