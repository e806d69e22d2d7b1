package org.ceasefire.intelligence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ceasefire.groups.Expired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the purge queue, and for taking a purged id out of the dissemination log. */
@Repository
class PurgeQueueRepository {

  private static final String SELECT =
      "select id, record_type, record_id, reason, queued_on from purge_queue where site_id = :site";

  private final JdbcClient jdbc;

  PurgeQueueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(Expired e, LocalDate today) {
    jdbc.sql(
            """
            insert into purge_queue (site_id, record_type, record_id, reason, queued_on)
            values (:site, :type, :id, :reason, :today)
            on conflict (site_id, record_type, record_id) do nothing
            """)
        .param("site", e.siteId())
        .param("type", e.recordType())
        .param("id", e.recordId())
        .param("reason", e.reason())
        .param("today", today)
        .update();
  }

  List<QueuedRecord> list(long siteId) {
    return jdbc.sql(SELECT + " order by queued_on, id")
        .param("site", siteId)
        .query(QueuedRecord.class)
        .list();
  }

  Optional<QueuedRecord> find(long siteId, long id) {
    return jdbc.sql(SELECT + " and id = :id")
        .param("site", siteId)
        .param("id", id)
        .query(QueuedRecord.class)
        .optional();
  }

  void remove(long siteId, String recordType, long recordId) {
    jdbc.sql(
            "delete from purge_queue where site_id = :site and record_type = :type"
                + " and record_id = :id")
        .param("site", siteId)
        .param("type", recordType)
        .param("id", recordId)
        .update();
    if (recordType.equals(Expired.MEMBERSHIP)) {
      jdbc.sql(
              "update dissemination set entry_ids = array_remove(entry_ids, :id)"
                  + " where site_id = :site and :id = any(entry_ids)")
          .param("site", siteId)
          .param("id", recordId)
          .update();
    }
  }
}
