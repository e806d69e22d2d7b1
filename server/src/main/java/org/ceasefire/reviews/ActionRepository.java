package org.ceasefire.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for action items and notes of review meetings. */
@Repository
class ActionRepository {

  private final JdbcClient jdbc;

  ActionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The items of this meeting, and the items of the city's earlier meetings still open (carried
   * over), oldest first.
   */
  List<ActionItem> forMeeting(long siteId, long meetingId) {
    return jdbc.sql(
            """
            select a.id, a.meeting_id, m.meets_on, a.incident_id, a.description, g.name, a.owner,
                   a.due_on, a.status, a.version
              from review_action a
              join review_meeting m on m.site_id = a.site_id and m.id = a.meeting_id
              join agency g on g.site_id = a.site_id and g.id = a.agency_id
              join review_meeting this on this.site_id = a.site_id and this.id = :meeting
             where a.site_id = :site
               and (a.meeting_id = :meeting
                    or (a.status = 'open' and m.jurisdiction_id = this.jurisdiction_id
                        and m.meets_on < this.meets_on))
             order by m.meets_on, a.id
            """)
        .param("site", siteId)
        .param("meeting", meetingId)
        .query(
            (rs, n) ->
                new ActionItem(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getObject(3, LocalDate.class),
                    (Long) rs.getObject(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getObject(8, LocalDate.class),
                    rs.getString(9),
                    rs.getInt(10)))
        .list();
  }

  long insert(
      long siteId,
      long meetingId,
      @Nullable Long incidentId,
      String description,
      long agencyId,
      String owner,
      LocalDate dueOn) {
    return jdbc.sql(
            """
            insert into review_action (site_id, meeting_id, incident_id, description, agency_id,
                                       owner, due_on)
            values (:site, :meeting, :incident, :description, :agency, :owner, :due) returning id
            """)
        .param("site", siteId)
        .param("meeting", meetingId)
        .param("incident", incidentId)
        .param("description", description.trim())
        .param("agency", agencyId)
        .param("owner", owner.trim())
        .param("due", dueOn)
        .query(Long.class)
        .single();
  }

  /** Closes an open item made on {@code version}; false when stale or already closed. */
  boolean close(long siteId, long id, int version, String status) {
    return jdbc.sql(
                """
                update review_action set status = :status, closed_at = now(), version = version + 1
                 where site_id = :site and id = :id and version = :version and status = 'open'
                """)
            .param("site", siteId)
            .param("id", id)
            .param("version", version)
            .param("status", status)
            .update()
        == 1;
  }

  void insertNote(long siteId, long meetingId, long incidentId, String note, long userId) {
    jdbc.sql(
            """
            insert into review_note (site_id, meeting_id, incident_id, note, written_by)
            values (:site, :meeting, :incident, :note, :user)
            """)
        .param("site", siteId)
        .param("meeting", meetingId)
        .param("incident", incidentId)
        .param("note", note.trim())
        .param("user", userId)
        .update();
  }

  void insertAttendee(long siteId, long meetingId, String name, long agencyId) {
    jdbc.sql(
            """
            insert into review_attendance (site_id, meeting_id, name, agency_id)
            values (:site, :meeting, :name, :agency)
            """)
        .param("site", siteId)
        .param("meeting", meetingId)
        .param("name", name.trim())
        .param("agency", agencyId)
        .update();
  }

  /** Attendance of a meeting: "name (agency)", by name. */
  List<String> attendance(long siteId, long meetingId) {
    return jdbc.sql(
            """
            select r.name || ' (' || g.name || ')' from review_attendance r
              join agency g on g.site_id = r.site_id and g.id = r.agency_id
             where r.site_id = :site and r.meeting_id = :meeting order by r.name
            """)
        .param("site", siteId)
        .param("meeting", meetingId)
        .query(String.class)
        .list();
  }

  /** Notes of a meeting by incident: "name: text", oldest first. */
  Map<Long, List<String>> notes(long siteId, long meetingId) {
    Map<Long, List<String>> notes = new java.util.LinkedHashMap<>();
    jdbc.sql(
            """
            select n.incident_id, u.display_name || ': ' || n.note from review_note n
              join app_user u on u.site_id = n.site_id and u.id = n.written_by
             where n.site_id = :site and n.meeting_id = :meeting order by n.written_at, n.id
            """)
        .param("site", siteId)
        .param("meeting", meetingId)
        .query(
            (rs, n) ->
                notes
                    .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                    .add(rs.getString(2)))
        .list();
    return notes;
  }
}
