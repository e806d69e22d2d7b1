-- Weekly shooting review meetings: one per city and date; the agenda is generated from the
-- incidents since the city's previous meeting.
create table review_meeting (
  site_id          bigint not null references site(id),
  id               bigint generated always as identity,
  jurisdiction_id  bigint not null,
  meets_on         date not null,
  created_by       bigint not null,
  version          integer not null default 0,
  created_at       timestamptz not null default now(),
  primary key (site_id, id),
  unique (site_id, jurisdiction_id, meets_on),
  foreign key (site_id, jurisdiction_id) references jurisdiction(site_id, id),
  foreign key (site_id, created_by) references app_user(site_id, id)
);

alter table review_meeting enable row level security;
create policy site_isolation on review_meeting using (ceasefire_site_visible(site_id))
  with check (ceasefire_site_visible(site_id));
