package org.ceasefire.interventions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for call-ins, their groups, speakers and invitations. Rows carry ids of groups, cities and
 * people; their names come from those features' services.
 */
@Repository
class CallInRepository {

  private static final String CALL_IN =
      """
      select c.id, c.held_on, c.place, c.jurisdiction_id, c.status, c.messages, c.notes,
             c.version,
             coalesce((select array_agg(g.group_id order by g.group_id) from call_in_group g
                        where g.site_id = c.site_id and g.call_in_id = c.id), '{}') as group_ids
        from call_in c
       where c.site_id = :site
      """;

  private static final String INVITATION =
      """
      select i.id, i.call_in_id, i.person_id, i.basis, i.status, i.attendance, i.version
        from call_in_invitation i
       where i.site_id = :site
      """;

  private final JdbcClient jdbc;

  CallInRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long siteId, LocalDate heldOn, String place, long city, @Nullable String notes) {
    return jdbc.sql(
            """
            insert into call_in (site_id, held_on, place, jurisdiction_id, notes)
            values (:site, :on, :place, :city, :notes) returning id
            """)
        .param("site", siteId)
        .param("on", heldOn)
        .param("place", place)
        .param("city", city)
        .param("notes", notes)
        .query(Long.class)
        .single();
  }

  void update(
      long siteId, long id, LocalDate heldOn, String place, long city, @Nullable String notes) {
    jdbc.sql(
            """
            update call_in set held_on = :on, place = :place, jurisdiction_id = :city,
                   notes = :notes
             where site_id = :site and id = :id
            """)
        .param("site", siteId)
        .param("id", id)
        .param("on", heldOn)
        .param("place", place)
        .param("city", city)
        .param("notes", notes)
        .update();
  }

  void unlinkGroups(long siteId, long callInId) {
    jdbc.sql("delete from call_in_group where site_id = :site and call_in_id = :callIn")
        .param("site", siteId)
        .param("callIn", callInId)
        .update();
  }

  void linkGroups(long siteId, long callInId, List<Long> groupIds) {
    for (Long group : groupIds) {
      jdbc.sql(
              "insert into call_in_group (site_id, call_in_id, group_id)"
                  + " values (:site, :callIn, :group)")
          .param("site", siteId)
          .param("callIn", callInId)
          .param("group", group)
          .update();
    }
  }

  Optional<CallIn> find(long siteId, long id) {
    return jdbc.sql(CALL_IN + " and c.id = :id")
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> callIn(rs, speakers(siteId, id)))
        .optional();
  }

  /** Every call-in, newest first (speakers left out). */
  List<CallIn> all(long siteId) {
    return jdbc.sql(CALL_IN + " order by c.held_on desc, c.id desc")
        .param("site", siteId)
        .query((rs, n) -> callIn(rs, List.of()))
        .list();
  }

  /** Per call-in: how many invited and how many attended. */
  java.util.Map<Long, int[]> counts(long siteId) {
    java.util.Map<Long, int[]> counts = new java.util.HashMap<>();
    jdbc.sql(
            """
            select call_in_id, count(*) filter (where status = 'invited') as invited,
                   count(*) filter (where attendance = 'attended') as attended
              from call_in_invitation where site_id = :site group by call_in_id
            """)
        .param("site", siteId)
        .query(
            (ResultSet rs) -> {
              counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
            });
    return counts;
  }

  boolean claim(long siteId, long id, int version) {
    return jdbc.sql(
                """
                update call_in set version = version + 1, updated_at = now()
                 where site_id = :site and id = :id and version = :version
                """)
            .param("site", siteId)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  void setStatus(long siteId, long id, String status, List<String> messages) {
    jdbc.sql(
            "update call_in set status = :status, messages = :messages"
                + " where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", id)
        .param("status", status)
        .param("messages", messages.toArray(String[]::new))
        .update();
  }

  void insertSpeaker(
      long siteId, long callInId, String kind, String name, @Nullable String organisation) {
    jdbc.sql(
            """
            insert into call_in_speaker (site_id, call_in_id, kind, name, organisation)
            values (:site, :callIn, :kind, :name, :organisation)
            """)
        .param("site", siteId)
        .param("callIn", callInId)
        .param("kind", kind)
        .param("name", name)
        .param("organisation", organisation)
        .update();
  }

  List<Invitation> invitations(long siteId, long callInId) {
    return jdbc.sql(INVITATION + " and i.call_in_id = :callIn order by i.id")
        .param("site", siteId)
        .param("callIn", callInId)
        .query((rs, n) -> invitation(rs))
        .list();
  }

  Optional<Invitation> invitation(long siteId, long callInId, long id) {
    return jdbc.sql(INVITATION + " and i.call_in_id = :callIn and i.id = :id")
        .param("site", siteId)
        .param("callIn", callInId)
        .param("id", id)
        .query((rs, n) -> invitation(rs))
        .optional();
  }

  /** Adds a person to the list unless already on it (even if removed); true when added. */
  boolean insertInvitation(long siteId, long callInId, long personId, String basis) {
    return jdbc.sql(
                """
                insert into call_in_invitation (site_id, call_in_id, person_id, basis)
                values (:site, :callIn, :person, :basis)
                on conflict (site_id, call_in_id, person_id) do nothing
                """)
            .param("site", siteId)
            .param("callIn", callInId)
            .param("person", personId)
            .param("basis", basis)
            .update()
        == 1;
  }

  /** Applies a step to an invitation seen at {@code version}; false when changed since. */
  boolean stepInvitation(
      long siteId, long id, int version, String status, @Nullable String attendance) {
    return jdbc.sql(
                """
                update call_in_invitation
                   set status = :status, attendance = :attendance, version = version + 1,
                       updated_at = now()
                 where site_id = :site and id = :id and version = :version
                """)
            .param("site", siteId)
            .param("id", id)
            .param("version", version)
            .param("status", status)
            .param("attendance", attendance)
            .update()
        == 1;
  }

  /** Each group's first held call-in: the date it was notified that way. */
  java.util.Map<Long, LocalDate> groupsCalledIn(long siteId) {
    java.util.Map<Long, LocalDate> first = new java.util.HashMap<>();
    jdbc.sql(
            """
            select g.group_id, min(c.held_on) from call_in_group g
              join call_in c on c.site_id = g.site_id and c.id = g.call_in_id
             where g.site_id = :site and c.status = 'held' group by g.group_id
            """)
        .param("site", siteId)
        .query(
            (ResultSet rs) -> {
              first.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
            });
    return first;
  }

  /** People who attended a held call-in, with the date of their first. */
  java.util.Map<Long, LocalDate> attendees(long siteId) {
    java.util.Map<Long, LocalDate> first = new java.util.HashMap<>();
    jdbc.sql(
            """
            select i.person_id, min(c.held_on) from call_in_invitation i
              join call_in c on c.site_id = i.site_id and c.id = i.call_in_id
             where i.site_id = :site and c.status = 'held' and i.attendance = 'attended'
             group by i.person_id
            """)
        .param("site", siteId)
        .query(
            (ResultSet rs) -> {
              first.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
            });
    return first;
  }

  /** A person's invitations with their call-in's date, place and status, newest first. */
  List<String[]> ofPerson(long siteId, long personId) {
    return jdbc.sql(
            """
            select c.id, c.held_on, c.place, c.status, i.status, i.attendance
              from call_in_invitation i
              join call_in c on c.site_id = i.site_id and c.id = i.call_in_id
             where i.site_id = :site and i.person_id = :person
             order by c.held_on desc
            """)
        .param("site", siteId)
        .param("person", personId)
        .query(
            (rs, n) ->
                new String[] {
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6)
                })
        .list();
  }

  private List<CallIn.Speaker> speakers(long siteId, long callInId) {
    return jdbc.sql(
            "select id, kind, name, organisation from call_in_speaker"
                + " where site_id = :site and call_in_id = :callIn order by id")
        .param("site", siteId)
        .param("callIn", callInId)
        .query(
            (rs, n) ->
                new CallIn.Speaker(
                    rs.getLong("id"),
                    rs.getString("kind"),
                    rs.getString("name"),
                    rs.getString("organisation")))
        .list();
  }

  private static CallIn callIn(ResultSet rs, List<CallIn.Speaker> speakers) throws SQLException {
    Long[] groups = (Long[]) rs.getArray("group_ids").getArray();
    String[] messages = (String[]) rs.getArray("messages").getArray();
    return new CallIn(
        rs.getLong("id"),
        rs.getObject("held_on", LocalDate.class),
        rs.getString("place"),
        rs.getLong("jurisdiction_id"),
        "",
        rs.getString("status"),
        List.of(messages),
        rs.getString("notes"),
        Arrays.stream(groups).map(g -> new CallIn.TargetGroup(g, "", "")).toList(),
        speakers,
        rs.getInt("version"));
  }

  private static Invitation invitation(ResultSet rs) throws SQLException {
    return new Invitation(
        rs.getLong("id"),
        rs.getLong("call_in_id"),
        rs.getLong("person_id"),
        "",
        rs.getString("basis"),
        rs.getString("status"),
        rs.getString("attendance"),
        rs.getInt("version"));
  }
}
