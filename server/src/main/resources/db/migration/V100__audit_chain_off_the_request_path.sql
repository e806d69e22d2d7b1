-- The audit hash chain, extended off the request path (docs/benchmarks.md, "Load", fix 8).
--
-- Until now a trigger linked each entry into the chain as it was written, under one lock held
-- until the writer's transaction ended: audited requests (every person page, every search) ran one
-- at a time, each holding the lock across its commit. Now:
--
-- * an entry is written in its request's transaction as before (kept or rolled back with the work),
--   takes its number from a sequence and its time from the clock, and is queued in
--   audit_unchained, all without a lock;
-- * one chainer at a time (audit_chain_extend, called by the server about every quarter second and
--   by verification) takes the queued entries in number order and appends a link for each to
--   audit_chain: its position, the previous link's hash, and the SHA-256 of the entry's canonical
--   text with that previous hash, the same text and hash as before.
--
-- audit_event stays append-only for everyone; the app role cannot write the chain or the queue.
-- The existing chain moves over unchanged (position = seq, the same hashes), so entries written
-- before this migration verify as before. Numbers from the sequence may leave gaps (a rolled-back
-- transaction); the chain's positions have none, and verification checks those.

create sequence audit_event_seq as bigint owned by audit_event.seq;
select setval('audit_event_seq', coalesce((select max(seq) from audit_event), 0) + 1, false);
alter table audit_event alter column seq set default nextval('audit_event_seq');

create table audit_chain (
  position      bigint primary key,
  seq           bigint not null unique,
  previous_hash text not null,
  hash          text not null
);
insert into audit_chain (position, seq, previous_hash, hash)
  select seq, seq, previous_hash, hash from audit_event order by seq;

-- entries written but not yet linked; no foreign key: it is filled before its entry's row exists
create table audit_unchained (
  seq bigint primary key
);

drop trigger audit_event_chain on audit_event;
drop function audit_event_chain();
drop function audit_event_canonical(audit_event);
alter table audit_event drop column previous_hash, drop column hash;

-- The canonical text a link's hash covers: every field of the entry, in order, then the previous
-- link's hash. The Java verifier (org.ceasefire.audit.AuditChain) builds the same text itself.
create function audit_event_canonical(e audit_event, previous_hash text) returns text
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
    previous_hash)
$$;

-- Numbers and times the entry: the writer chooses neither. Queues it for the chainer.
create function audit_event_number() returns trigger
  language plpgsql security definer set search_path = public as $$
begin
  new.seq := nextval('audit_event_seq');
  new.at := date_trunc('microseconds', clock_timestamp());
  insert into audit_unchained (seq) values (new.seq);
  return new;
end $$;

create trigger audit_event_number before insert on audit_event
  for each row execute function audit_event_number();

-- Links up to max_entries queued entries, in number order, and returns how many it linked. One
-- chainer at a time: with wait false it returns 0 at once when another is at work, with wait true
-- it waits for it. Runs as the tables' owner, so it sees every site's entries.
create function audit_chain_extend(max_entries int, wait boolean) returns int
  language plpgsql security definer set search_path = public as $$
declare
  batch         bigint[];
  head_position bigint;
  head_hash     text;
  e             audit_event;
begin
  if wait then
    perform pg_advisory_xact_lock(727274001);
  elsif not pg_try_advisory_xact_lock(727274001) then
    return 0;
  end if;
  select array_agg(seq order by seq) into batch
    from (select seq from audit_unchained order by seq limit max_entries) queued;
  if batch is null then
    return 0;
  end if;
  select position, hash into head_position, head_hash
    from audit_chain order by position desc limit 1;
  head_position := coalesce(head_position, 0);
  head_hash := coalesce(head_hash, repeat('0', 64));
  for e in select * from audit_event where seq = any (batch) order by seq loop
    head_position := head_position + 1;
    insert into audit_chain (position, seq, previous_hash, hash)
      values (head_position, e.seq, head_hash,
              encode(sha256(convert_to(audit_event_canonical(e, head_hash), 'UTF8')), 'hex'))
      returning hash into head_hash;
  end loop;
  delete from audit_unchained where seq = any (batch);
  return cardinality(batch);
end $$;

create or replace function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % refused', tg_table_name, tg_op
    using errcode = 'insufficient_privilege';
end $$;

create trigger audit_chain_no_update before update or delete on audit_chain
  for each row execute function audit_event_refuse_change();
create trigger audit_chain_no_truncate before truncate on audit_chain
  for each statement execute function audit_event_refuse_change();

do $$
begin
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    revoke insert, update, delete, truncate on audit_chain, audit_unchained from ceasefire_app;
    grant select on audit_chain, audit_unchained to ceasefire_app;
  end if;
end $$;
