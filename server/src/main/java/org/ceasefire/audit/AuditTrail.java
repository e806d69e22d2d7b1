package org.ceasefire.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail. Callers write explicitly, in the same transaction as the work they audit,
 * so an entry exists exactly when the work happened. The database numbers each entry and refuses to
 * change or remove one; {@link AuditChainer} links it into the hash chain (V2, V100).
 */
@Service
public class AuditTrail {

  private final JdbcTemplate jdbc;

  AuditTrail(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A signed-in user read one record. */
  public void read(CeasefireUser user, String recordType, long recordId) {
    write(entry(user, AuditAction.READ, recordType, recordId, null, null));
  }

  /** A signed-in user changed a record. */
  public void changed(CeasefireUser user, AuditAction action, String recordType, long recordId) {
    write(entry(user, action, recordType, recordId, null, null));
  }

  /** A search returned these records: one entry per record, with the query as detail. */
  public void searched(
      CeasefireUser user,
      String recordType,
      Collection<Long> recordIds,
      @Nullable String purpose,
      String query) {
    for (Long id : recordIds) {
      write(entry(user, AuditAction.SEARCH, recordType, id, purpose, query));
    }
  }

  /** A user exported records (what and how many in the detail). */
  public void exported(CeasefireUser user, String recordType, String detail) {
    write(entry(user, AuditAction.EXPORT, recordType, null, null, detail));
  }

  /** A user's attempt that took no effect (an import refused or cancelled, say). */
  public void failed(
      CeasefireUser user,
      AuditAction action,
      String recordType,
      @Nullable Long recordId,
      String detail) {
    AuditEntry e = entry(user, action, recordType, recordId, null, detail);
    write(
        new AuditEntry(
            e.siteId(),
            e.userId(),
            e.username(),
            e.role(),
            e.agencyId(),
            e.action(),
            e.recordType(),
            e.recordId(),
            e.purpose(),
            e.clientAddress(),
            "failed",
            e.detail()));
  }

  /**
   * Writes the entry in the caller's transaction, so it is kept or rolled back with the work.
   * Inside a transaction the transaction's entries go in together, in one batch just before it
   * commits; outside one, at once. The database numbers each entry and queues it; {@link
   * AuditChainer} links it into the hash chain shortly after, off the request's path.
   */
  public void write(AuditEntry e) {
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.isActualTransactionActive()) {
      pending().entries.add(e);
    } else {
      insert(List.of(e));
    }
  }

  /** The entries waiting for the current transaction's commit. */
  private PendingEntries pending() {
    for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
      if (s instanceof PendingEntries p && p.trail() == this) {
        return p;
      }
    }
    PendingEntries p = new PendingEntries(this, new java.util.ArrayList<>());
    TransactionSynchronizationManager.registerSynchronization(p);
    return p;
  }

  private record PendingEntries(AuditTrail trail, java.util.List<AuditEntry> entries)
      implements TransactionSynchronization {
    @Override
    public void beforeCommit(boolean readOnly) {
      trail.insert(List.copyOf(entries));
      entries.clear();
    }
  }

  /** Every entry of the batch in one statement: the database numbers and queues them together. */
  private static final String INSERT_ALL =
      """
      insert into audit_event (site_id, user_id, username, role, agency_id, action, record_type,
                               record_id, purpose, client_address, outcome, detail)
      select * from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]),
                           cast(? as text[]), cast(? as bigint[]), cast(? as text[]),
                           cast(? as text[]), cast(? as bigint[]), cast(? as text[]),
                           cast(? as text[]), cast(? as text[]), cast(? as text[]))
      """;

  private void insert(List<AuditEntry> entries) {
    if (!entries.isEmpty()) {
      jdbc.update(INSERT_ALL, columns(entries));
    }
  }

  /** The statement's twelve arrays, one element per entry, in the order of its columns. */
  private static Object[] columns(List<AuditEntry> entries) {
    int n = entries.size();
    Long[] site = new Long[n];
    Long[] user = new Long[n];
    Long[] agency = new Long[n];
    Long[] record = new Long[n];
    String[][] text = new String[8][n];
    for (int i = 0; i < n; i++) {
      AuditEntry e = entries.get(i);
      site[i] = e.siteId();
      user[i] = e.userId();
      agency[i] = e.agencyId();
      record[i] = e.recordId();
      text[0][i] = e.username();
      text[1][i] = e.role();
      text[2][i] = e.action().code();
      text[3][i] = e.recordType();
      text[4][i] = e.purpose();
      text[5][i] = e.clientAddress();
      text[6][i] = e.outcome();
      text[7][i] = e.detail();
    }
    return new Object[] {
      site, user, text[0], text[1], agency, text[2], text[3], record, text[4], text[5], text[6],
      text[7]
    };
  }

  /**
   * Appends an entry on a connection outside the application's pool, in its open transaction: for
   * operator commands that work as the schema owner (a restore audits itself in the transaction
   * that loads the data). Several entries are written by one statement, as the pool's writes are.
   */
  public static void append(java.sql.Connection c, AuditEntry... entries)
      throws java.sql.SQLException {
    try (java.sql.PreparedStatement s = c.prepareStatement(INSERT_ALL)) {
      Object[] columns = columns(List.of(entries));
      for (int i = 0; i < columns.length; i++) {
        s.setObject(i + 1, columns[i]);
      }
      s.executeUpdate();
    }
  }

  /** An entry for a signed-in user, with the client address of the current request if any. */
  public static AuditEntry entry(
      CeasefireUser user,
      AuditAction action,
      @Nullable String recordType,
      @Nullable Long recordId,
      @Nullable String purpose,
      @Nullable String detail) {
    return new AuditEntry(
        user.siteId(),
        user.id(),
        user.username(),
        user.role().code(),
        user.agencyId(),
        action,
        recordType,
        recordId,
        purpose,
        clientAddress(),
        action == AuditAction.DENIED ? "denied" : "ok",
        detail);
  }

  static @Nullable String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }

  static List<String> actions() {
    return java.util.Arrays.stream(AuditAction.values()).map(AuditAction::code).toList();
  }
}
