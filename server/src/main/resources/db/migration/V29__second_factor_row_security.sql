-- The second-factor tables are per site like every tenant table (V3): the application reads them
-- within the signing-in user's site.
alter table user_totp enable row level security;
create policy site_isolation on user_totp using (ceasefire_site_visible(site_id))
  with check (ceasefire_site_visible(site_id));
alter table recovery_code enable row level security;
create policy site_isolation on recovery_code using (ceasefire_site_visible(site_id))
  with check (ceasefire_site_visible(site_id));
