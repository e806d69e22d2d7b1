-- Prosecution cases from referral to disposition, shared among partners (the PROSECUTION
-- compartment): the referral, screening, the forum decision of state and federal prosecutors,
-- federal adoption, charges and their dispositions, court events, the sentence, the defendant's
-- custody status, and every status transition (dated, by whom, why).
create table prosecution_case (
  site_id              bigint not null references site(id),
  id                   bigint generated always as identity,
  case_number          text not null check (length(trim(case_number)) > 0),
  defendant_id         bigint not null,
  referring_agency_id  bigint not null,
  referral_number      text,
  jurisdiction_id      bigint not null,
  referred_on          date not null,
  arrested_on          date,
  gun_case             boolean not null default true,
  status               text not null default 'referred' check (status in ('referred', 'screening',
                         'charged', 'pending', 'disposed', 'sentenced', 'closed', 'declined')),
  status_on            date not null,
  screened_on          date,
  forum                text check (forum in ('state', 'federal', 'both', 'declined')),
  forum_reasons        text,
  forum_decided_by     bigint,
  forum_decided_on     date,
  federal_adopted_on   date,
  custody_status       text not null default 'unknown' check (custody_status in ('in_custody',
                         'released_on_bond', 'released_on_conditions', 'at_large', 'unknown')),
  sentenced_on         date,
  custody_months       integer check (custody_months >= 0),
  supervision_months   integer check (supervision_months >= 0),
  supervision_kind     text check (supervision_kind in ('probation', 'supervised_release',
                         'parole', 'none')),
  source_system        text not null default 'ceasefire',
  source_id            text not null default gen_random_uuid()::text,
  version              integer not null default 0,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  primary key (site_id, id),
  unique (site_id, case_number),
  unique (site_id, source_system, source_id),
  -- a forum decision is whole: forum, reasons, who and when together
  check ((forum is null) = (forum_reasons is null)
         and (forum is null) = (forum_decided_by is null)
         and (forum is null) = (forum_decided_on is null)),
  check (federal_adopted_on is null or forum in ('federal', 'both')),
  foreign key (site_id, defendant_id) references person(site_id, id),
  foreign key (site_id, referring_agency_id) references agency(site_id, id),
  foreign key (site_id, jurisdiction_id) references jurisdiction(site_id, id),
  foreign key (site_id, forum_decided_by) references app_user(site_id, id)
);
create index prosecution_case_defendant on prosecution_case (site_id, defendant_id);
create index prosecution_case_status on prosecution_case (site_id, status, jurisdiction_id);
create index prosecution_case_agency on prosecution_case (site_id, referring_agency_id);

-- The incidents (and arrests: the incident in which the defendant was arrestee) a case came from.
create table case_incident (
  site_id      bigint not null,
  case_id      bigint not null,
  incident_id  bigint not null,
  primary key (site_id, case_id, incident_id),
  foreign key (site_id, case_id) references prosecution_case(site_id, id),
  foreign key (site_id, incident_id) references incident(site_id, id)
);
create index case_incident_incident on case_incident (site_id, incident_id);

create table case_charge (
  site_id        bigint not null,
  id             bigint generated always as identity,
  case_id        bigint not null,
  forum          text not null check (forum in ('state', 'federal')),
  statute_code   text not null check (length(trim(statute_code)) > 0),
  statute_text   text not null check (length(trim(statute_text)) > 0),
  counts         integer not null default 1 check (counts between 1 and 999),
  charge_class   text,
  filed_on       date not null,
  disposition    text check (disposition in ('plea_guilty', 'verdict_guilty', 'verdict_not_guilty',
                   'dismissed', 'nolle')),
  disposed_on    date,
  version        integer not null default 0,
  primary key (site_id, id),
  check ((disposition is null) = (disposed_on is null)),
  check (disposed_on is null or disposed_on >= filed_on),
  foreign key (site_id, case_id) references prosecution_case(site_id, id)
);
create index case_charge_case on case_charge (site_id, case_id);

-- Court dates: arraignment, hearings, plea, trial, sentencing (legal events: dates).
create table case_event (
  site_id       bigint not null,
  id            bigint generated always as identity,
  case_id       bigint not null,
  kind          text not null check (kind in ('arraignment', 'hearing', 'plea_hearing', 'trial',
                  'sentencing', 'status_conference', 'other')),
  scheduled_on  date not null,
  court         text,
  note          text,
  created_at    timestamptz not null default now(),
  primary key (site_id, id),
  foreign key (site_id, case_id) references prosecution_case(site_id, id)
);
create index case_event_date on case_event (site_id, scheduled_on);
create index case_event_case on case_event (site_id, case_id, scheduled_on);

-- Every status transition: from, to, the date it took effect, why, who and when recorded.
create table case_transition (
  site_id      bigint not null,
  id           bigint generated always as identity,
  case_id      bigint not null,
  from_status  text,
  to_status    text not null,
  effective_on date not null,
  reason       text,
  changed_by   bigint not null,
  changed_at   timestamptz not null default now(),
  primary key (site_id, id),
  foreign key (site_id, case_id) references prosecution_case(site_id, id),
  foreign key (site_id, changed_by) references app_user(site_id, id)
);
create index case_transition_case on case_transition (site_id, case_id, changed_at);

-- Row-level security by site (V3), applied to the schema owner too.
do $$
declare
  t text;
begin
  foreach t in array array['prosecution_case', 'case_incident', 'case_charge', 'case_event',
      'case_transition']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy site_isolation on %I using (ceasefire_site_visible(site_id))'
                   ' with check (ceasefire_site_visible(site_id))', t);
  end loop;
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select, insert, update, delete on prosecution_case, case_incident, case_charge,
      case_event to ceasefire_app;
    -- transitions are the case's dated record: appended, never changed
    grant select, insert on case_transition to ceasefire_app;
    revoke update, delete, truncate on case_transition from ceasefire_app;
    grant usage, select on all sequences in schema public to ceasefire_app;
  end if;
end $$;
