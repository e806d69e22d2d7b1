-- Who attended a shooting review.
create table review_attendance (
  site_id     bigint not null,
  id          bigint generated always as identity,
  meeting_id  bigint not null,
  name        text not null check (length(trim(name)) > 0),
  agency_id   bigint not null,
  primary key (site_id, id),
  unique (site_id, meeting_id, name),
  foreign key (site_id, meeting_id) references review_meeting(site_id, id),
  foreign key (site_id, agency_id) references agency(site_id, id)
);
alter table review_attendance enable row level security;
create policy site_isolation on review_attendance using (ceasefire_site_visible(site_id))
  with check (ceasefire_site_visible(site_id));
