package org.ceasefire.interventions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ceasefire.interventions.GroupOffence.EnforcementAction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for offences attributed to notified groups and their enforcement actions. The offence row
 * keeps ids; the incident's type and date, the group's and the agency's names come from their
 * features (the user who recorded it is named by a join, as cases do).
 */
@Repository
class PromiseRepository {

  private static final String OFFENCE =
      """
      select o.id, o.group_id, o.incident_id, o.notified_on, o.basis, o.note,
             u.display_name as attributed_by, o.attributed_at
        from group_offence o
        join app_user u on u.site_id = o.site_id and u.id = o.attributed_by
       where o.site_id = :site
      """;

  private final JdbcClient jdbc;

  PromiseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records an attribution; empty when this incident is already attributed to this group. */
  Optional<Long> insert(
      long siteId,
      long groupId,
      long incidentId,
      LocalDate notifiedOn,
      String basis,
      @Nullable String note,
      long userId) {
    return jdbc.sql(
            """
            insert into group_offence (site_id, group_id, incident_id, notified_on, basis, note,
                                       attributed_by)
            values (:site, :group, :incident, :notified, :basis, :note, :user)
            on conflict (site_id, group_id, incident_id) do nothing
            returning id
            """)
        .param("site", siteId)
        .param("group", groupId)
        .param("incident", incidentId)
        .param("notified", notifiedOn)
        .param("basis", basis)
        .param("note", note)
        .param("user", userId)
        .query(Long.class)
        .optional();
  }

  Optional<GroupOffence> find(long siteId, long id) {
    return jdbc.sql(OFFENCE + " and o.id = :id")
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> offence(rs, actions(siteId, id)))
        .optional();
  }

  List<GroupOffence> all(long siteId) {
    return jdbc.sql(OFFENCE + " order by o.id")
        .param("site", siteId)
        .query((rs, n) -> offence(rs, actions(siteId, rs.getLong("id"))))
        .list();
  }

  void insertAction(
      long siteId,
      long offenceId,
      String kind,
      long agencyId,
      LocalDate takenOn,
      String description,
      long userId) {
    jdbc.sql(
            """
            insert into enforcement_action (site_id, offence_id, kind, agency_id, taken_on,
                                            description, recorded_by)
            values (:site, :offence, :kind, :agency, :on, :description, :user)
            """)
        .param("site", siteId)
        .param("offence", offenceId)
        .param("kind", kind)
        .param("agency", agencyId)
        .param("on", takenOn)
        .param("description", description)
        .param("user", userId)
        .update();
  }

  private List<EnforcementAction> actions(long siteId, long offenceId) {
    return jdbc.sql(
            """
            select a.id, a.kind, a.agency_id, a.taken_on, a.description,
                   u.display_name as recorded_by, a.recorded_at
              from enforcement_action a
              join app_user u on u.site_id = a.site_id and u.id = a.recorded_by
             where a.site_id = :site and a.offence_id = :offence
             order by a.taken_on, a.id
            """)
        .param("site", siteId)
        .param("offence", offenceId)
        .query(
            (rs, n) ->
                new EnforcementAction(
                    rs.getLong("id"),
                    rs.getString("kind"),
                    rs.getLong("agency_id"),
                    "",
                    rs.getObject("taken_on", LocalDate.class),
                    rs.getString("description"),
                    rs.getString("recorded_by"),
                    rs.getObject("recorded_at", OffsetDateTime.class)))
        .list();
  }

  private static GroupOffence offence(ResultSet rs, List<EnforcementAction> actions)
      throws SQLException {
    LocalDate notified = rs.getObject("notified_on", LocalDate.class);
    return new GroupOffence(
        rs.getLong("id"),
        rs.getLong("group_id"),
        "",
        rs.getLong("incident_id"),
        "",
        notified.plusDays(1),
        notified,
        rs.getString("basis"),
        rs.getString("note"),
        rs.getString("attributed_by"),
        rs.getObject("attributed_at", OffsetDateTime.class),
        actions);
  }
}
