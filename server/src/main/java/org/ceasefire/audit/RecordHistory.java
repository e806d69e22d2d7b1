package org.ceasefire.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of person-level records: who changed what, when, from which value to which. Callers
 * write it in the same transaction as the change itself.
 */
@Service
public class RecordHistory {

  /** One recorded change of a record. */
  public record Change(
      java.time.OffsetDateTime at,
      @Nullable String by,
      String action,
      Map<String, List<@Nullable Object>> fields) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  RecordHistory(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Records a creation with every field's value. */
  public void created(
      long siteId, String recordType, long recordId, long userId, Map<String, ?> values) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    values.forEach((k, v) -> changes.put(k, new Object[] {null, v}));
    write(siteId, recordType, recordId, userId, "create", changes);
  }

  /** Records the fields that differ between {@code before} and {@code after}; nothing if none. */
  public void updated(
      long siteId,
      String recordType,
      long recordId,
      long userId,
      Map<String, ?> before,
      Map<String, ?> after) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    after.forEach(
        (k, v) -> {
          Object old = before.get(k);
          if (!Objects.equals(String.valueOf(old), String.valueOf(v))) {
            changes.put(k, new Object[] {old, v});
          }
        });
    if (!changes.isEmpty()) {
      write(siteId, recordType, recordId, userId, "update", changes);
    }
  }

  /** Records a deletion with the values the record had. */
  public void deleted(
      long siteId, String recordType, long recordId, long userId, Map<String, ?> values) {
    Map<String, Object[]> changes = new LinkedHashMap<>();
    values.forEach((k, v) -> changes.put(k, new Object[] {v, null}));
    write(siteId, recordType, recordId, userId, "delete", changes);
  }

  /** The history of one record, newest first. */
  @SuppressWarnings("unchecked")
  public List<Change> of(long siteId, String recordType, long recordId) {
    return jdbc.sql(
            """
            select h.changed_at, u.display_name, h.action, h.changes::text as changes
              from record_history h
              left join app_user u on u.site_id = h.site_id and u.id = h.changed_by
             where h.site_id = :site and h.record_type = :type and h.record_id = :id
             order by h.changed_at desc, h.id desc
            """)
        .param("site", siteId)
        .param("type", recordType)
        .param("id", recordId)
        .query(
            (rs, n) ->
                new Change(
                    rs.getObject("changed_at", java.time.OffsetDateTime.class),
                    rs.getString("display_name"),
                    rs.getString("action"),
                    json.readValue(rs.getString("changes"), LinkedHashMap.class)))
        .list();
  }

  private void write(
      long siteId,
      String recordType,
      long recordId,
      long userId,
      String action,
      Map<String, Object[]> changes) {
    jdbc.sql(
            """
            insert into record_history (site_id, record_type, record_id, changed_by, action, changes)
            values (:site, :type, :id, :user, :action, cast(:changes as jsonb))
            """)
        .param("site", siteId)
        .param("type", recordType)
        .param("id", recordId)
        .param("user", userId)
        .param("action", action)
        .param("changes", json.writeValueAsString(changes))
        .update();
  }
}
