package org.ceasefire.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person-level material of the survival design and the researcher extract, read in bulk:
 * victims, suspects and arrestees of incidents (never witnesses), attendance at held call-ins and
 * delivered custom notifications, dates of birth, and who has a current (approved, within its
 * review date, not expired) group membership entry. Read-only and by person id: nothing here leaves
 * the evaluation feature without being aggregated or de-identified. It reads the other features'
 * tables directly because they offer no bulk read of this shape; each query is the same filter
 * their own services apply (held call-ins, delivered notifications, current entries).
 */
@Repository
class PersonEvents {

  private final JdbcClient jdbc;

  PersonEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A victim, suspect or arrestee of an incident, with where and when (site time zone). */
  record Involvement(
      long personId,
      long incidentId,
      String type,
      OffsetDateTime occurredAt,
      String role,
      @Nullable String injury,
      String city,
      long cityId,
      @Nullable String area,
      @Nullable Long areaId) {

    LocalDate day(ZoneId zone) {
      return occurredAt.atZoneSameInstant(zone).toLocalDate();
    }

    boolean offending() {
      return role.equals("suspect") || role.equals("arrestee");
    }
  }

  /** A contact of the intervention: a call-in attended or a custom notification delivered. */
  record Exposure(long personId, String kind, LocalDate on, @Nullable String city) {}

  List<Involvement> involvements(long site) {
    return jdbc.sql(
            """
            select p.person_id, i.id as incident_id, i.type, i.occurred_at, p.role, p.injury,
                   j.name as city, j.id as city_id, a.name as area, a.id as area_id
              from participant p
              join incident i on i.site_id = p.site_id and i.id = p.incident_id
              join jurisdiction j on j.site_id = i.site_id and j.id = i.jurisdiction_id
              left join area a on a.site_id = i.site_id and a.id = i.area_id
             where p.site_id = :site and p.role in ('victim', 'suspect', 'arrestee')
             order by i.occurred_at, i.id, p.person_id, p.role
            """)
        .param("site", site)
        .query(Involvement.class)
        .list();
  }

  List<Exposure> exposures(long site) {
    List<Exposure> out = new ArrayList<>();
    out.addAll(
        jdbc.sql(
                """
                select i.person_id, 'call_in_attended' as kind, c.held_on as on, j.name as city
                  from call_in_invitation i
                  join call_in c on c.site_id = i.site_id and c.id = i.call_in_id
                  join jurisdiction j on j.site_id = c.site_id and j.id = c.jurisdiction_id
                 where i.site_id = :site and c.status = 'held' and i.attendance = 'attended'
                 order by c.held_on, i.person_id
                """)
            .param("site", site)
            .query(Exposure.class)
            .list());
    out.addAll(
        jdbc.sql(
                """
                select person_id, 'notification_delivered' as kind, outcome_on as on,
                       null::text as city
                  from custom_notification
                 where site_id = :site and status = 'delivered'
                 order by outcome_on, person_id
                """)
            .param("site", site)
            .query(Exposure.class)
            .list());
    return out;
  }

  Map<Long, LocalDate> birthDates(long site) {
    Map<Long, LocalDate> out = new java.util.HashMap<>();
    jdbc.sql(
            "select id, date_of_birth from person where site_id = :site and date_of_birth is not null")
        .param("site", site)
        .query(
            (java.sql.ResultSet rs) -> {
              out.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
            });
    return out;
  }

  /** People with a current group membership entry (valid intelligence only). */
  Set<Long> currentGroupMembers(long site) {
    return new HashSet<>(
        jdbc.sql(
                """
                select distinct m.person_id from membership m
                  join criminal_group g on g.site_id = m.site_id and g.id = m.group_id
                 where m.site_id = :site and m.status = 'approved'
                   and m.review_date >= current_date
                   and m.expired_on is null and g.expired_on is null
                """)
            .param("site", site)
            .query(Long.class)
            .list());
  }
}
