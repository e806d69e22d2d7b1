package org.ceasefire.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import org.ceasefire.platform.SiteScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Walks the audit chain in order and recomputes every hash in Java, independently of the database's
 * own function: an edited entry, a removed one or one slipped in shows as the first entry whose
 * hash, link or position does not match, or that belongs to no link.
 */
@Service
public class AuditChain {

  /** The outcome of a walk: how many entries were checked, and the first broken one if any. */
  public record Verification(long checked, @Nullable Long brokenAt, @Nullable String reason) {
    public boolean intact() {
      return brokenAt == null;
    }

    public String describe() {
      return intact()
          ? "audit trail intact: " + checked + " entries verified"
          : "audit trail BROKEN at entry " + brokenAt + ": " + reason;
    }
  }

  private static final String GENESIS = "0".repeat(64);
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  private final JdbcClient jdbc;
  private final SiteScope scope;
  private final AuditChainer chainer;

  AuditChain(JdbcClient jdbc, SiteScope scope, AuditChainer chainer) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.chainer = chainer;
  }

  /**
   * Links the entries still queued, then walks the whole chain, every site's entries (it is one
   * chain), link by link, and finally looks for entries that belong to no link.
   */
  public Verification verify() {
    chainer.extend(true);
    Walker walker = new Walker();
    scope.system(
        () -> {
          jdbc.sql(
                  """
                  select c.position, u.seq as link_seq, c.entry_hashes[u.k] as entry_hash, c.previous_hash,
                         c.hash, e.*
                  from audit_chain c
                  cross join lateral unnest(c.seqs) with ordinality as u(seq, k)
                  left join audit_event e on e.seq = u.seq
                  order by c.position, u.k
                  """)
              .query(walker::visit);
          walker.endOfLink();
          if (walker.brokenAt == null) {
            jdbc.sql(
                    """
                    select min(e.seq) from audit_event e
                    where not exists (select from audit_unchained u where u.seq = e.seq)
                      and not exists (select from (select unnest(c.seqs) as seq from audit_chain c) l
                                      where l.seq = e.seq)
                    """)
                .query(Long.class)
                .optional()
                .ifPresent(
                    seq ->
                        walker.fail(seq, "it belongs to no link of the chain: it was slipped in"));
          }
          return null;
        });
    return new Verification(walker.checked, walker.brokenAt, walker.reason);
  }

  /**
   * Checks each link: its position follows the last, it starts from the last link's hash, its
   * entries are all there, and its hash is the SHA-256 of their canonical texts joined by newlines.
   */
  private static final class Walker {
    long checked;
    long expectedPosition = 1;
    String previousHash = GENESIS;
    @Nullable Long brokenAt;
    @Nullable String reason;
    // the link being read
    long position;
    long firstSeq;
    @Nullable String hash;
    final StringBuilder body = new StringBuilder();

    void visit(ResultSet rs) throws SQLException {
      if (brokenAt != null) {
        return;
      }
      long p = rs.getLong("position");
      long seq = rs.getLong("link_seq");
      if (hash == null || p != position) {
        endOfLink();
        if (brokenAt != null) {
          return;
        }
        position = p;
        firstSeq = seq;
        hash = rs.getString("hash");
        body.setLength(0);
        if (p != expectedPosition) {
          fail(seq, "the link before it is missing: an entry was removed");
          return;
        }
        if (!rs.getString("previous_hash").equals(previousHash)) {
          fail(seq, "its link to the previous entry does not match");
          return;
        }
      }
      if (rs.getString("action") == null) {
        fail(seq, "it is gone from the trail: it was removed");
        return;
      }
      String text = canonical(rs, previousHash);
      if (!sha256(text).equals(rs.getString("entry_hash"))) {
        fail(seq, "its content does not match its hash: it was changed");
        return;
      }
      if (!body.isEmpty()) {
        body.append('\n');
      }
      body.append(text);
      checked++;
    }

    /** Closes the link read so far: its hash must match its entries. */
    void endOfLink() {
      if (hash == null || brokenAt != null) {
        return;
      }
      if (!sha256(body.toString()).equals(hash)) {
        fail(firstSeq, "its link's hash does not match its entries: the link was changed");
        return;
      }
      expectedPosition = position + 1;
      previousHash = hash;
      hash = null;
    }

    void fail(long seq, String why) {
      brokenAt = seq;
      reason = why;
    }
  }

  /** The same text as the database's audit_event_canonical(entry, previous hash). */
  static String canonical(ResultSet rs, String previousHash) throws SQLException {
    OffsetDateTime at = rs.getObject("at", OffsetDateTime.class);
    return String.join(
        "|",
        rs.getString("seq"),
        text(rs, "site_id"),
        at.atZoneSameInstant(ZoneOffset.UTC).format(MICROS),
        text(rs, "user_id"),
        text(rs, "username"),
        text(rs, "role"),
        text(rs, "agency_id"),
        rs.getString("action"),
        text(rs, "record_type"),
        text(rs, "record_id"),
        text(rs, "purpose"),
        text(rs, "client_address"),
        rs.getString("outcome"),
        text(rs, "detail"),
        previousHash);
  }

  private static String text(ResultSet rs, String column) throws SQLException {
    String v = rs.getString(column);
    return v == null ? "" : v;
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
