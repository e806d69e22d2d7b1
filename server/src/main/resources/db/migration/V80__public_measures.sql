-- The public transparency page of a site's measures (docs/measures.md). A site's page is shown
-- only while it has a row here: the partnership decides to publish (a coordinator, audited).
create table public_measures (
  site_id         bigint primary key references site(id),
  published_since date not null,
  published_by    bigint not null,
  foreign key (site_id, published_by) references app_user(site_id, id)
);

alter table public_measures enable row level security;
alter table public_measures force row level security;
create policy site_isolation on public_measures using (ceasefire_site_visible(site_id))
  with check (ceasefire_site_visible(site_id));

do $$
begin
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select, insert, delete on public_measures to ceasefire_app;
  end if;
end $$;
