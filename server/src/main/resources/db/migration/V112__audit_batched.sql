-- The audit trail at 300 requests a second: about 1,300 entries a second (a person search writes
-- one entry per person shown). Two costs per entry went:
--
-- * a row trigger numbering and queueing each entry. The number and time now come from column
--   defaults, and the application's role may insert every column but those two, so it still
--   chooses neither; a statement trigger queues a whole batch of entries in one insert.
-- * a link of the hash chain per entry. A link now covers the entries one chainer pass found, in
--   number order: its hash is the SHA-256 of their canonical texts (each ending with the previous
--   link's hash) joined by newlines, and it keeps each entry's own hash (of its text alone) so that
--   verification can name the one entry that was changed. A link of one entry has exactly the hash
--   it had before, so the chain written so far verifies unchanged.

drop trigger audit_event_number on audit_event;
drop function audit_event_number();
alter table audit_event alter column at set default date_trunc('microseconds', clock_timestamp());

create function audit_event_queue() returns trigger
  language plpgsql security definer set search_path = public as $$
begin
  insert into audit_unchained (seq) select seq from arrived;
  return null;
end $$;

create trigger audit_event_queue after insert on audit_event
  referencing new table as arrived for each statement execute function audit_event_queue();

alter table audit_chain add column seqs bigint[], add column entry_hashes text[];
alter table audit_chain disable trigger audit_chain_no_update;
update audit_chain set seqs = array[seq], entry_hashes = array[hash];
alter table audit_chain enable trigger audit_chain_no_update;
alter table audit_chain drop column seq;
alter table audit_chain alter column seqs set not null, alter column entry_hashes set not null;
alter table audit_chain add check (cardinality(seqs) > 0
                                   and cardinality(entry_hashes) = cardinality(seqs));

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
            from audit_event e where e.seq = any (batch)) t;
  if found is not null then
    insert into audit_chain (position, seqs, entry_hashes, previous_hash, hash)
      values (head_position + 1, found, hashes, head_hash,
              encode(sha256(convert_to(body, 'UTF8')), 'hex'));
  end if;
  delete from audit_unchained where seq = any (batch);
  return cardinality(batch);
end $$;

do $$
begin
  if exists (select from pg_roles where rolname = 'ceasefire_app') then
    revoke insert on audit_event from ceasefire_app;
    grant insert (site_id, user_id, username, role, agency_id, action, record_type, record_id,
                  purpose, client_address, outcome, detail) on audit_event to ceasefire_app;
  end if;
end $$;
