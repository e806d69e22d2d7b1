-- The audit trail: append-only, hash-chained so that an edited, removed or inserted entry shows.
-- One chain for the whole installation (sign-in failures of unknown users belong to no site);
-- entries are ordered by seq, assigned under a lock as each entry is written.

create table audit_event (
  seq            bigint primary key,
  site_id        bigint references site(id),
  at             timestamptz not null,
  user_id        bigint,
  username       text,
  role           text,
  agency_id      bigint,
  action         text not null check (action in ('read', 'search', 'create', 'update', 'delete',
                   'export', 'login', 'login_failed', 'logout', 'denied', 'purge', 'revalidate',
                   'disseminate', 'verify')),
  record_type    text,
  record_id      bigint,
  purpose        text,
  client_address text,
  outcome        text not null default 'ok' check (outcome in ('ok', 'denied', 'failed')),
  detail         text,
  previous_hash  text not null,
  hash           text not null
);
create index audit_event_record on audit_event (site_id, record_type, record_id, at desc);
create index audit_event_user on audit_event (site_id, user_id, at desc);
create index audit_event_time on audit_event (site_id, at desc);

-- The canonical text an entry's hash covers: every field, in order, then the previous hash.
-- The Java verifier (org.ceasefire.audit.AuditChain) builds the same text independently.
create function audit_event_canonical(e audit_event) returns text
  language sql immutable as $$
  select concat_ws('|',
    e.seq::text,
    coalesce(e.site_id::text, ''),
    to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(e.user_id::text, ''),
    coalesce(e.username, ''),
    coalesce(e.role, ''),
    coalesce(e.agency_id::text, ''),
    e.action,
    coalesce(e.record_type, ''),
    coalesce(e.record_id::text, ''),
    coalesce(e.purpose, ''),
    coalesce(e.client_address, ''),
    e.outcome,
    coalesce(e.detail, ''),
    e.previous_hash)
$$;

create function audit_event_chain() returns trigger language plpgsql as $$
declare
  last_seq  bigint;
  last_hash text;
begin
  -- one writer at a time extends the chain; held until the writing transaction ends
  perform pg_advisory_xact_lock(727274001);
  select seq, hash into last_seq, last_hash from audit_event order by seq desc limit 1;
  new.seq := coalesce(last_seq, 0) + 1;
  new.previous_hash := coalesce(last_hash, repeat('0', 64));
  new.at := date_trunc('microseconds', clock_timestamp());
  new.hash := encode(sha256(convert_to(audit_event_canonical(new), 'UTF8')), 'hex');
  return new;
end $$;

create trigger audit_event_chain before insert on audit_event
  for each row execute function audit_event_chain();

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op
    using errcode = 'insufficient_privilege';
end $$;

create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function audit_event_refuse_change();
