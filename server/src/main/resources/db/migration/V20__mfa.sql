-- Second factor (issue 5, authentication): TOTP secrets and one-time recovery codes.
-- Read during sign-in, before any site context exists (like app_user's login lookup).

-- One TOTP secret per user, sealed with AES-256-GCM by the application (the key is not in the
-- database). confirmed_at is null while the user is enrolling; last_step is the last 30-second
-- step whose code was accepted at sign-in, so a code cannot be replayed.
create table user_totp (
  site_id       bigint not null,
  user_id       bigint not null,
  secret_sealed bytea not null,
  confirmed_at  timestamptz,
  last_step     bigint,
  created_at    timestamptz not null default now(),
  primary key (site_id, user_id),
  foreign key (site_id, user_id) references app_user (site_id, id) on delete cascade
);

-- Ten recovery codes per user, each usable once; only a SHA-256 of each (salted with the user) is
-- stored. The codes carry 79 bits of randomness, so a fast hash is enough.
create table recovery_code (
  site_id   bigint not null,
  user_id   bigint not null,
  code_hash text not null check (code_hash ~ '^[0-9a-f]{64}$'),
  used_at   timestamptz,
  primary key (site_id, user_id, code_hash),
  foreign key (site_id, user_id) references app_user (site_id, id) on delete cascade
);
