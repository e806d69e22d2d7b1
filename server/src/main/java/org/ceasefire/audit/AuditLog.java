package org.ceasefire.audit;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.platform.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reading the audit trail, for auditors: filtered, paged, newest first. */
@Service
public class AuditLog {

  /** One entry as an auditor sees it. */
  public record Event(
      long seq,
      OffsetDateTime at,
      @Nullable String username,
      @Nullable String role,
      String action,
      @Nullable String recordType,
      @Nullable Long recordId,
      @Nullable String purpose,
      @Nullable String clientAddress,
      String outcome,
      @Nullable String detail) {}

  /** Filters; null or blank means any. {@code to} is exclusive. */
  public record Filter(
      @Nullable String username,
      @Nullable String action,
      @Nullable String recordType,
      @Nullable Long recordId,
      @Nullable OffsetDateTime from,
      @Nullable OffsetDateTime to) {}

  private static final String WHERE =
      """
       where site_id = :site
         and (:username = '' or username = :username)
         and (:action = '' or action = :action)
         and (:type = '' or record_type = :type)
         and (cast(:id as bigint) is null or record_id = :id)
         and (cast(:from as timestamptz) is null or at >= :from)
         and (cast(:to as timestamptz) is null or at < :to)
      """;

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public PageOf<Event> search(long siteId, Filter f, int page, int size) {
    Map<String, @Nullable Object> p = params(siteId, f);
    long total =
        jdbc.sql("select count(*) from audit_event" + WHERE).params(p).query(Long.class).single();
    List<Event> items =
        jdbc.sql(
                "select * from audit_event"
                    + WHERE
                    + " order by seq desc limit :limit offset :offset")
            .params(p)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(
                (rs, n) ->
                    new Event(
                        rs.getLong("seq"),
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("username"),
                        rs.getString("role"),
                        rs.getString("action"),
                        rs.getString("record_type"),
                        (Long) rs.getObject("record_id"),
                        rs.getString("purpose"),
                        rs.getString("client_address"),
                        rs.getString("outcome"),
                        rs.getString("detail")))
            .list();
    return new PageOf<>(items, page, size, total);
  }

  private static Map<String, @Nullable Object> params(long siteId, Filter f) {
    Map<String, @Nullable Object> m = new HashMap<>();
    m.put("site", siteId);
    m.put("username", blank(f.username()));
    m.put("action", blank(f.action()));
    m.put("type", blank(f.recordType()));
    m.put("id", f.recordId());
    m.put("from", f.from());
    m.put("to", f.to());
    return m;
  }

  private static String blank(@Nullable String s) {
    return s == null ? "" : s.trim();
  }
}
