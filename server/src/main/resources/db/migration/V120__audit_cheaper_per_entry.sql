-- The audit trail's cost per entry (docs/benchmarks.md, "Load", fix 33). Every record shown writes
-- an entry, so a search page of fifty people writes fifty; these costs are paid that many times.
--
-- * The chain's canonical text was built by a SQL function declared immutable whose body calls
--   to_char, which is only stable. PostgreSQL inlines a SQL function only when its body is no more
--   volatile than declared, so every entry paid a full function call (about 20 µs). Declared stable,
--   as its body is, it is inlined into the chainer's query. The text is the same.
-- * The chainer now builds each entry's text once, in number order, and the three aggregates read
--   that one sorted row set (before, the inlined text was built once per aggregate that used it).
-- * A link's arrays (entry numbers and entry hashes) were compressed on every write, for little
--   gain on hex digests: they are stored uncompressed.
-- * The foreign key from an entry to its site checked each row and took a share lock on the site's
--   row, one per entry, which concurrent requests of one site then shared through multixacts. The
--   same rule is now checked once per insert statement, without a lock; and a site that has entries
--   cannot be deleted, which the foreign key also guaranteed. No code deletes sites.
--
-- On the load data a pass over 5,000 entries took 249 ms before and about 45 ms after; an insert
-- of 50 entries lost its 50 foreign key checks.

alter function audit_event_canonical(audit_event, text) stable;

alter table audit_chain alter column seqs set storage external,
                        alter column entry_hashes set storage external;

create or replace function audit_chain_extend(max_entries int, wait boolean) returns int
  language plpgsql security definer set search_path = public as $$
declare
  batch         bigint[];
  found         bigint[];
  hashes        text[];
  body          text;
  head_position bigint;
  head_hash     text;
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
  select array_agg(t.seq order by t.seq),
         array_agg(encode(sha256(convert_to(t.text, 'UTF8')), 'hex') order by t.seq),
         string_agg(t.text, E'\n' order by t.seq)
    into found, hashes, body
    from (select e.seq, audit_event_canonical(e, head_hash) as text
            from audit_event e where e.seq = any (batch) order by e.seq) t;
  if found is not null then
    insert into audit_chain (position, seqs, entry_hashes, previous_hash, hash)
      values (head_position + 1, found, hashes, head_hash,
              encode(sha256(convert_to(body, 'UTF8')), 'hex'));
  end if;
  delete from audit_unchained where seq = any (batch);
  return cardinality(batch);
end $$;

alter table audit_event drop constraint audit_event_site_id_fkey;

create or replace function audit_event_queue() returns trigger
  language plpgsql security definer set search_path = public as $$
declare
  unknown bigint;
begin
  select a.site_id into unknown from arrived a
    where a.site_id is not null and not exists (select from site s where s.id = a.site_id)
    limit 1;
  if found then
    raise exception 'audit entry for site % refused: there is no such site', unknown
      using errcode = 'foreign_key_violation';
  end if;
  insert into audit_unchained (seq) select seq from arrived;
  return null;
end $$;

create function site_keeps_its_audit_trail() returns trigger
  language plpgsql security definer set search_path = public as $$
begin
  if exists (select from audit_event e where e.site_id = old.id) then
    raise exception 'site % has audit entries and cannot be deleted', old.id
      using errcode = 'foreign_key_violation';
  end if;
  return old;
end $$;

create trigger site_keeps_its_audit_trail before delete on site
  for each row execute function site_keeps_its_audit_trail();
