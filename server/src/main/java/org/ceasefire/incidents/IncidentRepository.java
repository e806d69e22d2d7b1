package org.ceasefire.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ceasefire.platform.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for incidents. A search by text finds its ids with {@code ceasefire_incident_text_matches}
 * (migration V97: trigram indexes, which row-level security keeps plain LIKE from using).
 */
@Repository
class IncidentRepository {

  private static final String WHERE =
      """
       where i.site_id = :site
         and (:type = '' or i.type = :type)
         and (cast(:jurisdiction as bigint) is null or i.jurisdiction_id = :jurisdiction)
         and (cast(:from as timestamptz) is null or i.occurred_at >= :from)
         and (cast(:to as timestamptz) is null or i.occurred_at < :to)
      """;

  /**
   * Added only when there is text to find: inside an OR the planner cannot turn the IN into a join
   * and tests every incident of the site against the list of matches.
   */
  private static final String TEXT =
      " and i.id in (select ceasefire_incident_text_matches(:site, :like))\n";

  private final JdbcClient jdbc;

  IncidentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  PageOf<IncidentSummary> search(long siteId, IncidentFilter f, int page, int size) {
    Map<String, @Nullable Object> params = params(siteId, f);
    String where = params.get("q").equals("") ? WHERE : WHERE + TEXT;
    List<IncidentSummary> items =
        jdbc.sql(
                """
                select i.id, i.report_number, i.type, i.occurred_at, i.address, j.name as city,
                       a.name as area,
                       (select count(*) from participant p where p.site_id = i.site_id
                          and p.incident_id = i.id and p.role = 'victim') as victims,
                       (select count(*) from participant p where p.site_id = i.site_id
                          and p.incident_id = i.id and p.role = 'suspect') as suspects
                  from incident i
                  join jurisdiction j on j.site_id = i.site_id and j.id = i.jurisdiction_id
                  left join area a on a.site_id = i.site_id and a.id = i.area_id
                """
                    + where
                    + " order by i.occurred_at desc, i.id desc limit :limit offset :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(
                (rs, n) ->
                    new IncidentSummary(
                        rs.getLong("id"),
                        rs.getString("report_number"),
                        rs.getString("type"),
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("address"),
                        rs.getString("city"),
                        rs.getString("area"),
                        rs.getInt("victims"),
                        rs.getInt("suspects")))
            .list();
    // a first page that is not full is every match: no need to count them again
    long total =
        page == 0 && items.size() < size
            ? items.size()
            : jdbc.sql("select count(*) from (select 1 from incident i " + where + " limit :cap) c")
                .params(params)
                .param("cap", PageOf.COUNT_LIMIT + 1)
                .query(Long.class)
                .single();
    return PageOf.counted(items, page, size, total);
  }

  Optional<Incident> find(long siteId, long id) {
    return jdbc.sql(
            """
            select i.*, j.name as city, a.name as area
              from incident i
              join jurisdiction j on j.site_id = i.site_id and j.id = i.jurisdiction_id
              left join area a on a.site_id = i.site_id and a.id = i.area_id
             where i.site_id = :site and i.id = :id
            """)
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> incident(rs, participants(siteId, id), firearms(siteId, id)))
        .optional();
  }

  /** Participants with person ids; names are filled in by the service. */
  List<Incident.Participant> participants(long siteId, long incidentId) {
    return jdbc.sql(
            """
            select id, person_id, role, injury from participant
             where site_id = :site and incident_id = :incident order by role, id
            """)
        .param("site", siteId)
        .param("incident", incidentId)
        .query(
            (rs, n) ->
                new Incident.Participant(
                    rs.getLong("id"),
                    rs.getLong("person_id"),
                    "",
                    rs.getString("role"),
                    rs.getString("injury")))
        .list();
  }

  List<Incident.Firearm> firearms(long siteId, long incidentId) {
    return jdbc.sql(
            """
            select id, kind, make, model, calibre, serial_number from firearm
             where site_id = :site and incident_id = :incident order by id
            """)
        .param("site", siteId)
        .param("incident", incidentId)
        .query(
            (rs, n) ->
                new Incident.Firearm(
                    rs.getLong("id"),
                    rs.getString("kind"),
                    rs.getString("make"),
                    rs.getString("model"),
                    rs.getString("calibre"),
                    rs.getString("serial_number")))
        .list();
  }

  private static Map<String, @Nullable Object> params(long siteId, IncidentFilter f) {
    String q = f.text() == null ? "" : f.text().trim();
    Map<String, @Nullable Object> m = new HashMap<>();
    m.put("site", siteId);
    m.put("q", q);
    m.put("like", "%" + q.toLowerCase(java.util.Locale.ROOT) + "%");
    m.put("type", f.type() == null ? "" : f.type());
    m.put("jurisdiction", f.jurisdiction());
    m.put("from", f.from());
    m.put("to", f.to());
    return m;
  }

  private static Incident incident(
      ResultSet rs, List<Incident.Participant> participants, List<Incident.Firearm> firearms)
      throws SQLException {
    return new Incident(
        rs.getLong("id"),
        rs.getString("report_number"),
        rs.getString("type"),
        rs.getObject("occurred_at", OffsetDateTime.class),
        (Double) rs.getObject("lon"),
        (Double) rs.getObject("lat"),
        rs.getString("address"),
        rs.getLong("jurisdiction_id"),
        rs.getString("city"),
        (Long) rs.getObject("area_id"),
        rs.getString("area"),
        rs.getString("narrative"),
        participants,
        firearms,
        rs.getInt("version"));
  }
}
