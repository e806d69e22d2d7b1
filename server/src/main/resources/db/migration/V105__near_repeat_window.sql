-- Each site's near-repeat window for retaliation alerts, as last estimated (reviews.NearRepeatWindows).
-- Kept so that a restart does not estimate it again on the first agenda (a Knox table with 199
-- permutations over three years of shootings: minutes of CPU at state scale), and so that when the
-- day's estimate is due the agendas keep using the last one while it is recomputed in the
-- background.
create table near_repeat_window (
  site_id      bigint not null references site(id),
  computed_on  date not null,
  computed_at  timestamptz not null default now(),
  meters       integer not null check (meters > 0),
  days         integer not null check (days > 0),
  estimated    boolean not null,
  basis        text not null check (basis <> ''),
  primary key (site_id)
);

alter table near_repeat_window enable row level security;
alter table near_repeat_window force row level security;
create policy site_isolation on near_repeat_window using (ceasefire_site_visible(site_id))
  with check (ceasefire_site_visible(site_id));

do $$
begin
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    grant select, insert, update, delete on near_repeat_window to ceasefire_app;
  end if;
end $$;
