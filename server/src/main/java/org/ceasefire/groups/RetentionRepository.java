package org.ceasefire.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for expiry and purge of entries and groups. Expired rows stay until purged. */
@Repository
class RetentionRepository {

  private final JdbcClient jdbc;

  RetentionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Groups not re-audited in the three years before {@code today}. */
  List<Expired> expireGroups(LocalDate today, @Nullable Long siteId) {
    return jdbc.sql(
            """
            update criminal_group set expired_on = :today
             where expired_on is null and last_reviewed < cast(:today as date) - interval '3 years'
               and (cast(:site as bigint) is null or site_id = :site)
            returning site_id, id
            """)
        .param("today", today)
        .param("site", siteId)
        .query(
            (rs, n) ->
                new Expired(
                    rs.getLong("site_id"),
                    Expired.GROUP,
                    rs.getLong("id"),
                    "group designation not re-audited in three years"))
        .list();
  }

  /** Entries past their review date, and every entry of an expired group. */
  List<Expired> expireEntries(LocalDate today, @Nullable Long siteId) {
    return jdbc.sql(
            """
            update membership m set expired_on = :today
             where m.expired_on is null and (cast(:site as bigint) is null or m.site_id = :site)
               and (m.review_date < :today
                    or exists (select 1 from criminal_group g where g.site_id = m.site_id
                                  and g.id = m.group_id and g.expired_on is not null))
            returning m.site_id, m.id,
                      case when m.review_date < :today then 'review date passed without re-validation'
                           else 'its group was not re-audited' end as reason
            """)
        .param("today", today)
        .param("site", siteId)
        .query(
            (rs, n) ->
                new Expired(
                    rs.getLong("site_id"),
                    Expired.MEMBERSHIP,
                    rs.getLong("id"),
                    rs.getString("reason")))
        .list();
  }

  /** Whether the entry has expired; empty when there is no such entry. */
  Optional<Boolean> entryExpired(long siteId, long id) {
    return expired("membership", siteId, id);
  }

  Optional<Boolean> groupExpired(long siteId, long id) {
    return expired("criminal_group", siteId, id);
  }

  private Optional<Boolean> expired(String table, long siteId, long id) {
    return jdbc.sql(
            "select expired_on is not null from " + table + " where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", id)
        .query(Boolean.class)
        .optional();
  }

  void deleteEntry(long siteId, long id) {
    jdbc.sql("delete from membership where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", id)
        .update();
  }

  List<Long> entriesOfGroup(long siteId, long groupId) {
    return jdbc.sql("select id from membership where site_id = :site and group_id = :group")
        .param("site", siteId)
        .param("group", groupId)
        .query(Long.class)
        .list();
  }

  void deleteGroup(long siteId, long groupId) {
    jdbc.sql(
            "delete from group_relationship where site_id = :site"
                + " and (group_a = :group or group_b = :group)")
        .param("site", siteId)
        .param("group", groupId)
        .update();
    jdbc.sql("delete from criminal_group where site_id = :site and id = :group")
        .param("site", siteId)
        .param("group", groupId)
        .update();
  }
}
