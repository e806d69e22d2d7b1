package org.ceasefire.interventions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ceasefire.interventions.CustomNotification.Link;
import org.ceasefire.interventions.CustomNotification.Task;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for custom notifications, their linked records and follow-up tasks. */
@Repository
class NotificationRepository {

  private static final String SELECT =
      """
      select n.id, n.person_id, n.group_id, n.visit_on, n.officer, n.community_member,
             n.outreach_worker, n.reason, n.status, n.message, n.offered_help, n.outcome_on,
             n.version
        from custom_notification n
       where n.site_id = :site
      """;

  private final JdbcClient jdbc;

  NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long siteId,
      long personId,
      @Nullable Long groupId,
      LocalDate visitOn,
      @Nullable String officer,
      @Nullable String communityMember,
      @Nullable String outreachWorker,
      String reason) {
    return jdbc.sql(
            """
            insert into custom_notification (site_id, person_id, group_id, visit_on, officer,
                                             community_member, outreach_worker, reason)
            values (:site, :person, :group, :visit, :officer, :community, :outreach, :reason)
            returning id
            """)
        .param("site", siteId)
        .param("person", personId)
        .param("group", groupId)
        .param("visit", visitOn)
        .param("officer", officer)
        .param("community", communityMember)
        .param("outreach", outreachWorker)
        .param("reason", reason)
        .query(Long.class)
        .single();
  }

  void link(long siteId, long id, List<Link> links) {
    for (Link l : links) {
      jdbc.sql(
              "insert into notification_link (site_id, notification_id, kind, record_id)"
                  + " values (:site, :id, :kind, :record)")
          .param("site", siteId)
          .param("id", id)
          .param("kind", l.kind())
          .param("record", l.recordId())
          .update();
    }
  }

  Optional<CustomNotification> find(long siteId, long id) {
    return jdbc.sql(SELECT + " and n.id = :id")
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> notification(rs, links(siteId, id), tasks(siteId, id)))
        .optional();
  }

  /** Every notification, latest visit first (links and tasks left out). */
  List<CustomNotification> all(long siteId) {
    return jdbc.sql(SELECT + " order by n.visit_on desc, n.id desc")
        .param("site", siteId)
        .query((rs, n) -> notification(rs, List.of(), List.of()))
        .list();
  }

  List<CustomNotification> ofPerson(long siteId, long personId) {
    return jdbc.sql(SELECT + " and n.person_id = :person order by n.visit_on desc, n.id desc")
        .param("site", siteId)
        .param("person", personId)
        .query((rs, n) -> notification(rs, List.of(), List.of()))
        .list();
  }

  /** Outcome of the visit, applied only at {@code version}; false when changed since. */
  boolean recordOutcome(long siteId, long id, int version, CustomNotification.Outcome o) {
    return jdbc.sql(
                """
                update custom_notification
                   set status = :status, outcome_on = :on, message = :message,
                       offered_help = :help, version = version + 1, updated_at = now()
                 where site_id = :site and id = :id and version = :version
                """)
            .param("site", siteId)
            .param("id", id)
            .param("version", version)
            .param("status", o.status())
            .param("on", o.on())
            .param("message", o.message())
            .param("help", o.offeredHelp())
            .update()
        == 1;
  }

  void insertTask(long siteId, long id, String description, LocalDate dueOn) {
    jdbc.sql(
            """
            insert into notification_task (site_id, notification_id, description, due_on)
            values (:site, :id, :description, :due)
            """)
        .param("site", siteId)
        .param("id", id)
        .param("description", description)
        .param("due", dueOn)
        .update();
  }

  boolean completeTask(long siteId, long notificationId, long taskId, int version, LocalDate on) {
    return jdbc.sql(
                """
                update notification_task set done_on = :on, version = version + 1
                 where site_id = :site and notification_id = :notification and id = :id
                   and version = :version
                """)
            .param("site", siteId)
            .param("notification", notificationId)
            .param("id", taskId)
            .param("version", version)
            .param("on", on)
            .update()
        == 1;
  }

  /** People to whom a notification was delivered, with the date of the first. */
  Map<Long, LocalDate> delivered(long siteId) {
    Map<Long, LocalDate> first = new java.util.HashMap<>();
    jdbc.sql(
            """
            select person_id, min(outcome_on) from custom_notification
             where site_id = :site and status = 'delivered' group by person_id
            """)
        .param("site", siteId)
        .query(
            (ResultSet rs) -> {
              first.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
            });
    return first;
  }

  /** Each group's first delivered notification naming it. */
  Map<Long, LocalDate> groupsNotified(long siteId) {
    Map<Long, LocalDate> first = new java.util.HashMap<>();
    jdbc.sql(
            """
            select group_id, min(outcome_on) from custom_notification
             where site_id = :site and status = 'delivered' and group_id is not null
             group by group_id
            """)
        .param("site", siteId)
        .query(
            (ResultSet rs) -> {
              first.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
            });
    return first;
  }

  private List<Link> links(long siteId, long id) {
    return jdbc.sql(
            "select kind, record_id from notification_link"
                + " where site_id = :site and notification_id = :id order by kind, record_id")
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> new Link(rs.getString("kind"), rs.getLong("record_id")))
        .list();
  }

  private List<Task> tasks(long siteId, long id) {
    return jdbc.sql(
            "select id, description, due_on, done_on, version from notification_task"
                + " where site_id = :site and notification_id = :id order by due_on, id")
        .param("site", siteId)
        .param("id", id)
        .query(
            (rs, n) ->
                new Task(
                    rs.getLong("id"),
                    rs.getString("description"),
                    rs.getObject("due_on", LocalDate.class),
                    rs.getObject("done_on", LocalDate.class),
                    rs.getInt("version")))
        .list();
  }

  private static CustomNotification notification(ResultSet rs, List<Link> links, List<Task> tasks)
      throws SQLException {
    Long group = rs.getObject("group_id", Long.class);
    return new CustomNotification(
        rs.getLong("id"),
        rs.getLong("person_id"),
        "",
        group,
        null,
        rs.getObject("visit_on", LocalDate.class),
        rs.getString("officer"),
        rs.getString("community_member"),
        rs.getString("outreach_worker"),
        rs.getString("reason"),
        rs.getString("status"),
        rs.getString("message"),
        rs.getBoolean("offered_help"),
        rs.getObject("outcome_on", LocalDate.class),
        links,
        tasks,
        rs.getInt("version"));
  }
}
