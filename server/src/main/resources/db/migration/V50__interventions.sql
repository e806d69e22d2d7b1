-- Interventions (the INTERVENTION compartment): call-ins (notification forums) with their
-- speakers, targeted groups, invitation list and attendance; custom notifications (one person,
-- one visit) with their linked records and follow-up tasks; and promise-kept enforcement: the
-- shootings and homicides attributed to a notified group and the enforcement actions taken.
-- Legal and visit dates are dates; when something was recorded is a timestamptz.
create table call_in (
  site_id          bigint not null references site(id),
  id               bigint generated always as identity,
  held_on          date not null,
  place            text not null check (length(trim(place)) > 0),
  jurisdiction_id  bigint not null,
  status           text not null default 'planned'
                     check (status in ('planned', 'held', 'cancelled')),
  -- the messages delivered at the forum, recorded when it is held
  messages         text[] not null default '{}'
                     check (messages <@ array['community', 'law_enforcement', 'offer_of_help']),
  notes            text,
  version          integer not null default 0,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (site_id, id),
  check (status <> 'held' or cardinality(messages) > 0),
  foreign key (site_id, jurisdiction_id) references jurisdiction(site_id, id)
);
create index call_in_date on call_in (site_id, held_on desc);

create table call_in_group (
  site_id     bigint not null,
  call_in_id  bigint not null,
  group_id    bigint not null,
  primary key (site_id, call_in_id, group_id),
  foreign key (site_id, call_in_id) references call_in(site_id, id),
  -- a group purged under 28 CFR Part 23 leaves the call-in without it
  foreign key (site_id, group_id) references criminal_group(site_id, id) on delete cascade
);
create index call_in_group_group on call_in_group (site_id, group_id);

create table call_in_speaker (
  site_id       bigint not null,
  id            bigint generated always as identity,
  call_in_id    bigint not null,
  kind          text not null check (kind in ('law_enforcement', 'prosecutor', 'community',
                  'service_provider', 'victim_family')),
  name          text not null check (length(trim(name)) > 0),
  organisation  text,
  primary key (site_id, id),
  foreign key (site_id, call_in_id) references call_in(site_id, id)
);

-- Who is asked to come. Why a proposed person is on the list is not stored: it is worked out from
-- the intelligence entries current when the list is read, so an entry past its review date stops
-- supporting the invitation at once (28 CFR Part 23).
create table call_in_invitation (
  site_id      bigint not null,
  id           bigint generated always as identity,
  call_in_id   bigint not null,
  person_id    bigint not null,
  basis        text not null check (basis in ('proposed', 'coordinator')),
  status       text not null default 'proposed'
                 check (status in ('proposed', 'invited', 'removed')),
  attendance   text check (attendance in ('attended', 'absent')),
  version      integer not null default 0,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  primary key (site_id, id),
  unique (site_id, call_in_id, person_id),
  check (attendance is null or status = 'invited'),
  foreign key (site_id, call_in_id) references call_in(site_id, id),
  foreign key (site_id, person_id) references person(site_id, id)
);
create index call_in_invitation_person on call_in_invitation (site_id, person_id);

create table custom_notification (
  site_id          bigint not null,
  id               bigint generated always as identity,
  person_id        bigint not null,
  group_id         bigint,
  visit_on         date not null,
  officer          text,
  community_member text,
  outreach_worker  text,
  reason           text not null check (length(trim(reason)) > 0),
  status           text not null default 'planned'
                     check (status in ('planned', 'delivered', 'refused', 'not_found')),
  message          text,
  offered_help     boolean not null default false,
  outcome_on       date,
  version          integer not null default 0,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (site_id, id),
  check ((status = 'planned') = (outcome_on is null)),
  check (status <> 'delivered' or message is not null),
  check (officer is not null or community_member is not null or outreach_worker is not null),
  foreign key (site_id, person_id) references person(site_id, id),
  foreign key (site_id, group_id) references criminal_group(site_id, id)
    on delete set null (group_id)
);
create index custom_notification_person on custom_notification (site_id, person_id);
create index custom_notification_date on custom_notification (site_id, visit_on desc);

-- The records that document why this person was chosen.
create table notification_link (
  site_id          bigint not null,
  notification_id  bigint not null,
  kind             text not null check (kind in ('incident', 'membership', 'prosecution_case')),
  record_id        bigint not null,
  primary key (site_id, notification_id, kind, record_id),
  foreign key (site_id, notification_id) references custom_notification(site_id, id)
);

create table notification_task (
  site_id          bigint not null,
  id               bigint generated always as identity,
  notification_id  bigint not null,
  description      text not null check (length(trim(description)) > 0),
  due_on           date not null,
  done_on          date,
  version          integer not null default 0,
  primary key (site_id, id),
  foreign key (site_id, notification_id) references custom_notification(site_id, id)
);

-- A shooting or homicide attributed to a group after the group was notified: the promise to keep.
-- Purging the group (28 CFR Part 23) takes its offences and their actions with it.
create table group_offence (
  site_id        bigint not null,
  id             bigint generated always as identity,
  group_id       bigint not null,
  incident_id    bigint not null,
  notified_on    date not null,
  basis          text not null check (basis in ('rule', 'coordinator')),
  note           text,
  attributed_by  bigint not null,
  attributed_at  timestamptz not null default now(),
  primary key (site_id, id),
  unique (site_id, group_id, incident_id),
  foreign key (site_id, group_id) references criminal_group(site_id, id) on delete cascade,
  foreign key (site_id, incident_id) references incident(site_id, id) on delete cascade,
  foreign key (site_id, attributed_by) references app_user(site_id, id)
);

-- What was done about it, by which agency, when: the timeline (appended, never changed).
create table enforcement_action (
  site_id      bigint not null,
  id           bigint generated always as identity,
  offence_id   bigint not null,
  kind         text not null check (kind in ('warrant_check', 'supervision_sweep',
                 'federal_review', 'arrest', 'other')),
  agency_id    bigint not null,
  taken_on     date not null,
  description  text not null check (length(trim(description)) > 0),
  recorded_by  bigint not null,
  recorded_at  timestamptz not null default now(),
  primary key (site_id, id),
  foreign key (site_id, offence_id) references group_offence(site_id, id) on delete cascade,
  foreign key (site_id, agency_id) references agency(site_id, id),
  foreign key (site_id, recorded_by) references app_user(site_id, id)
);
create index enforcement_action_offence on enforcement_action (site_id, offence_id, taken_on);

-- Row-level security by site (V3), applied to the schema owner too.
do $$
declare
  t text;
begin
  foreach t in array array['call_in', 'call_in_group', 'call_in_speaker', 'call_in_invitation',
      'custom_notification', 'notification_link', 'notification_task', 'group_offence',
      'enforcement_action']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy site_isolation on %I using (ceasefire_site_visible(site_id))'
                   ' with check (ceasefire_site_visible(site_id))', t);
  end loop;
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select, insert, update, delete on call_in, call_in_group, call_in_speaker,
      call_in_invitation, custom_notification, notification_link, notification_task,
      group_offence to ceasefire_app;
    -- enforcement actions are the promise's dated record: appended, never changed
    grant select, insert on enforcement_action to ceasefire_app;
    revoke update, delete, truncate on enforcement_action from ceasefire_app;
    grant usage, select on all sequences in schema public to ceasefire_app;
  end if;
end $$;
