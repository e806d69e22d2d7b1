-- The intelligence lifecycle (28 CFR Part 23): supervisor approval, re-validation, expiry into a
-- purge queue, group re-audits, the site's documented criteria and juvenile policy, dissemination.

-- Membership entries (owned by the groups feature) gain approval and validation.
-- Entries made before approval existed count as approved (approved_by stays empty).
alter table membership
  add column status       text not null default 'approved' check (status in ('pending', 'approved')),
  add column approved_by  bigint,
  add column approved_at  timestamptz,
  add column validated_at timestamptz not null default now(),
  add column expired_on   date,
  add foreign key (site_id, approved_by) references app_user(site_id, id),
  add check (approved_by is null or approved_by <> submitted_by),
  add check (status = 'pending' or approved_at is not null);
update membership set validated_at = submitted_at, approved_at = submitted_at;
alter table membership alter column status set default 'pending';

-- The five-year limit now runs from the last validation (a re-validation restarts it).
do $$
declare c text;
begin
  for c in select conname from pg_constraint
            where conrelid = 'membership'::regclass and contype = 'c'
              and pg_get_constraintdef(oid) like '%review_date%submitted_at%'
  loop
    execute format('alter table membership drop constraint %I', c);
  end loop;
end $$;
alter table membership add constraint membership_review_within_five_years
  check (review_date <= (validated_at at time zone 'UTC')::date + interval '5 years');

-- Group designations are re-audited every three years or queued for purge.
alter table criminal_group
  add column last_reviewed date not null default current_date,
  add column expired_on    date;
update criminal_group set last_reviewed = (created_at at time zone 'UTC')::date;

-- The site's documented criteria; entries validate against the active ones.
create table documented_criterion (
  site_id  bigint not null references site(id),
  code     text not null check (code ~ '^[a-z0-9_]{2,60}$'),
  label    text not null check (length(trim(label)) > 0),
  active   boolean not null default true,
  position integer not null default 0,
  primary key (site_id, code)
);
insert into documented_criterion (site_id, code, label, position)
select s.id, c.code, c.label, c.position
  from site s
 cross join (values
   ('self_admission', 'Self-admission', 1),
   ('arrested_with_members', 'Arrested with known members', 2),
   ('identified_by_reliable_source', 'Identified by a reliable source', 3),
   ('group_tattoos_or_symbols', 'Group tattoos or symbols', 4),
   ('social_media_admission', 'Admission on social media', 5),
   ('observed_associating', 'Observed associating with members', 6),
   ('court_finding', 'Court finding', 7)) as c(code, label, position);

-- Site settings of the lifecycle; a site without a row has the defaults.
create table intelligence_policy (
  site_id               bigint primary key references site(id),
  juvenile_review_years integer not null default 2 check (juvenile_review_years between 1 and 5)
);

-- Entries and groups past review, hidden everywhere, waiting for a purge. A purge deletes the
-- queue row too: afterwards only the audit trail says the record existed.
create table purge_queue (
  site_id     bigint not null references site(id),
  id          bigint generated always as identity,
  record_type text not null check (record_type in ('membership', 'group')),
  record_id   bigint not null,
  reason      text not null,
  queued_on   date not null,
  primary key (site_id, id),
  unique (site_id, record_type, record_id)
);

-- Releases of intelligence outside the agency (28 CFR 23.20(f)).
create table dissemination (
  site_id          bigint not null references site(id),
  id               bigint generated always as identity,
  recipient_agency text not null check (length(trim(recipient_agency)) > 0),
  reason           text not null check (length(trim(reason)) > 0),
  entry_ids        bigint[] not null,
  disseminated_by  bigint not null,
  disseminated_at  timestamptz not null default now(),
  primary key (site_id, id),
  foreign key (site_id, disseminated_by) references app_user(site_id, id)
);

-- Row-level security by site on the new tables, as on every tenant table (V3).
do $$
declare
  t text;
begin
  foreach t in array array['documented_criterion', 'intelligence_policy', 'purge_queue',
      'dissemination']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('create policy site_isolation on %I using (ceasefire_site_visible(site_id))'
                   ' with check (ceasefire_site_visible(site_id))', t);
  end loop;
end $$;
