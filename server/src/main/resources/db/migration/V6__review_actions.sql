-- What a shooting review decides: action items (carried over to the city's later meetings until
-- done or dropped) and notes per agenda item.
create table review_action (
  site_id      bigint not null,
  id           bigint generated always as identity,
  meeting_id   bigint not null,
  incident_id  bigint,
  description  text not null check (length(trim(description)) > 0),
  agency_id    bigint not null,
  owner        text not null check (length(trim(owner)) > 0),
  due_on       date not null,
  status       text not null default 'open' check (status in ('open', 'done', 'dropped')),
  closed_at    timestamptz,
  version      integer not null default 0,
  created_at   timestamptz not null default now(),
  primary key (site_id, id),
  check ((status = 'open') = (closed_at is null)),
  foreign key (site_id, meeting_id) references review_meeting(site_id, id),
  foreign key (site_id, incident_id) references incident(site_id, id),
  foreign key (site_id, agency_id) references agency(site_id, id)
);
create index review_action_open on review_action (site_id, status, due_on);

create table review_note (
  site_id      bigint not null,
  id           bigint generated always as identity,
  meeting_id   bigint not null,
  incident_id  bigint not null,
  note         text not null check (length(trim(note)) > 0),
  written_by   bigint not null,
  written_at   timestamptz not null default now(),
  primary key (site_id, id),
  foreign key (site_id, meeting_id) references review_meeting(site_id, id),
  foreign key (site_id, incident_id) references incident(site_id, id),
  foreign key (site_id, written_by) references app_user(site_id, id)
);

alter table review_action enable row level security;
create policy site_isolation on review_action using (ceasefire_site_visible(site_id))
  with check (ceasefire_site_visible(site_id));
alter table review_note enable row level security;
create policy site_isolation on review_note using (ceasefire_site_visible(site_id))
  with check (ceasefire_site_visible(site_id));
