-- Outreach: referrals to a provider, needs, services, contacts, milestones, exit, and the person's
-- consent to tell partners whether they accepted help (42 CFR 2.31 elements). The OUTREACH
-- compartment: walled off from law-enforcement roles by the application (AccessPolicy and the
-- caseload rule) and kept apart by site by row-level security.

create table outreach_referral (
  site_id           bigint not null references site(id),
  id                bigint generated always as identity,
  person_id         bigint not null,
  provider_id       bigint not null,
  source            text not null check (source in ('call_in', 'custom_notification', 'reentry',
                      'walk_in', 'other')),
  source_id         bigint,
  referred_by       bigint not null,
  referred_on       date not null,
  worker_id         bigint,
  status            text not null default 'referred' check (status in ('referred', 'assessed',
                      'enrolled', 'declined', 'exited')),
  needs             text[] not null default '{}',
  assessed_on       date,
  enrolled_on       date,
  exited_on         date,
  exit_reason       text,
  version           integer not null default 0,
  created_at        timestamptz not null default now(),
  primary key (site_id, id),
  check ((exited_on is null) = (exit_reason is null)),
  foreign key (site_id, person_id) references person(site_id, id),
  foreign key (site_id, provider_id) references agency(site_id, id),
  foreign key (site_id, referred_by) references app_user(site_id, id),
  foreign key (site_id, worker_id) references app_user(site_id, id)
);
create index outreach_referral_person on outreach_referral (site_id, person_id);
create index outreach_referral_worker on outreach_referral (site_id, worker_id);
create index outreach_referral_provider on outreach_referral (site_id, provider_id, status);

create table outreach_service (
  site_id      bigint not null,
  id           bigint generated always as identity,
  referral_id  bigint not null,
  kind         text not null check (kind in ('employment', 'housing', 'education',
                 'mental_health', 'substance_use', 'relocation', 'mentoring', 'other')),
  provider     text not null check (length(trim(provider)) > 0),
  started_on   date not null,
  ended_on     date,
  outcome      text check (outcome in ('completed', 'left', 'referred_on')),
  primary key (site_id, id),
  check ((ended_on is null) = (outcome is null)),
  check (ended_on is null or ended_on >= started_on),
  foreign key (site_id, referral_id) references outreach_referral(site_id, id)
);
create index outreach_service_referral on outreach_service (site_id, referral_id);

create table outreach_contact (
  site_id       bigint not null,
  id            bigint generated always as identity,
  referral_id   bigint not null,
  contacted_on  date not null,
  kind          text not null check (kind in ('in_person', 'home_visit', 'phone', 'message',
                  'attempt')),
  note          text,
  recorded_by   bigint not null,
  primary key (site_id, id),
  foreign key (site_id, referral_id) references outreach_referral(site_id, id),
  foreign key (site_id, recorded_by) references app_user(site_id, id)
);
create index outreach_contact_referral on outreach_contact (site_id, referral_id, contacted_on);

create table outreach_milestone (
  site_id      bigint not null,
  id           bigint generated always as identity,
  referral_id  bigint not null,
  achieved_on  date not null,
  what         text not null check (length(trim(what)) > 0),
  primary key (site_id, id),
  foreign key (site_id, referral_id) references outreach_referral(site_id, id)
);

-- The person's written consent to disclose one fact to partners, with every element of 42 CFR
-- 2.31(a). Revocation takes effect at once; an expired or revoked consent discloses nothing.
create table outreach_consent (
  site_id            bigint not null,
  id                 bigint generated always as identity,
  referral_id        bigint not null,
  person_id          bigint not null,
  fact               text not null check (fact in ('accepted_help')),
  person_name        text not null check (length(trim(person_name)) > 0),
  discloser          text not null check (length(trim(discloser)) > 0),
  information        text not null check (length(trim(information)) > 0),
  recipient          text not null check (length(trim(recipient)) > 0),
  purpose            text not null check (length(trim(purpose)) > 0),
  revocation_explained boolean not null check (revocation_explained),
  signed_by          text not null check (length(trim(signed_by)) > 0),
  signed_on          date not null,
  expires_on         date not null check (expires_on > signed_on),
  revoked_on         date,
  recorded_by        bigint not null,
  recorded_at        timestamptz not null default now(),
  primary key (site_id, id),
  check (revoked_on is null or revoked_on >= signed_on),
  foreign key (site_id, referral_id) references outreach_referral(site_id, id),
  foreign key (site_id, person_id) references person(site_id, id),
  foreign key (site_id, recorded_by) references app_user(site_id, id)
);
create index outreach_consent_person on outreach_consent (site_id, person_id);

-- Each disclosure made under a consent (42 CFR 2.24-style accounting): to whom, when, what.
create table outreach_disclosure (
  site_id        bigint not null,
  id             bigint generated always as identity,
  consent_id     bigint not null,
  person_id      bigint not null,
  disclosed_to   bigint not null,
  fact           text not null,
  value          text not null,
  disclosed_at   timestamptz not null default now(),
  primary key (site_id, id),
  foreign key (site_id, consent_id) references outreach_consent(site_id, id),
  foreign key (site_id, disclosed_to) references app_user(site_id, id)
);
create index outreach_disclosure_person on outreach_disclosure (site_id, person_id, disclosed_at);

do $$
declare
  t text;
begin
  foreach t in array array['outreach_referral', 'outreach_service', 'outreach_contact',
      'outreach_milestone', 'outreach_consent', 'outreach_disclosure']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy site_isolation on %I using (ceasefire_site_visible(site_id))'
                   ' with check (ceasefire_site_visible(site_id))', t);
  end loop;
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select, insert, update on outreach_referral, outreach_service, outreach_contact,
      outreach_milestone, outreach_consent to ceasefire_app;
    -- the accounting of disclosures is appended, never changed
    grant select, insert on outreach_disclosure to ceasefire_app;
    revoke update, delete, truncate on outreach_disclosure from ceasefire_app;
    grant usage, select on all sequences in schema public to ceasefire_app;
  end if;
end $$;
