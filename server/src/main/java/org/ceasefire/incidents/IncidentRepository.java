package org.ceasefire.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ceasefire.platform.IdList;
import org.ceasefire.platform.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for incidents. A search by text finds its page of matches with {@code
 * ceasefire_incident_text_page} (V106, V118: trigram indexes over the distinct streets and
 * addresses, which row-level security keeps plain LIKE from using).
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

  private final JdbcClient jdbc;

  IncidentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String COLUMNS =
      """
      select i.id, i.report_number, i.type, i.occurred_at, i.address, j.name as city,
             a.name as area,
             (select count(*) from participant p where p.site_id = i.site_id
                and p.incident_id = i.id and p.role = 'victim') as victims,
             (select count(*) from participant p where p.site_id = i.site_id
                and p.incident_id = i.id and p.role = 'suspect') as suspects
      """;

  private static final String JOINS =
      """
        join jurisdiction j on j.site_id = i.site_id and j.id = i.jurisdiction_id
        left join area a on a.site_id = i.site_id and a.id = i.area_id
      """;

  /**
   * A search by text: the database finds, counts (up to the cap) and sorts the matches and returns
   * the page's ids with the count (V118); then the page's incidents are read in the same statement.
   * A page past the last match is one row with a null id and the count, which the join drops.
   */
  private static final String FOUND =
      """
      with shown as materialized (
        select p.id, p.counted from ceasefire_incident_text_page(
          :site, :like, :type, cast(:jurisdiction as bigint), cast(:from as timestamptz),
          cast(:to as timestamptz), :limit, :offset, :cap) p
      )
      """;

  PageOf<IncidentSummary> search(long siteId, IncidentFilter f, int page, int size) {
    Map<String, @Nullable Object> params = params(siteId, f);
    boolean text = !params.get("q").equals("");
    long[] counted = {-1};
    List<IncidentSummary> items =
        jdbc.sql(
                text
                    ? FOUND
                        + COLUMNS
                        + ", (select max(counted) from shown) as counted"
                        + " from shown join incident i on i.site_id = :site and i.id = shown.id"
                        + JOINS
                        + " order by i.occurred_at desc, i.id desc"
                    : COLUMNS
                        + ", -1 as counted from incident i"
                        + JOINS
                        + WHERE
                        + " order by i.occurred_at desc, i.id desc limit :limit offset :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .param("cap", PageOf.COUNT_LIMIT + 1)
            .query(
                (rs, n) -> {
                  counted[0] = rs.getLong("counted");
                  return new IncidentSummary(
                      rs.getLong("id"),
                      rs.getString("report_number"),
                      rs.getString("type"),
                      rs.getObject("occurred_at", OffsetDateTime.class),
                      rs.getString("address"),
                      rs.getString("city"),
                      rs.getString("area"),
                      rs.getInt("victims"),
                      rs.getInt("suspects"));
                })
            .list();
    return PageOf.counted(
        items,
        page,
        size,
        counted[0],
        () ->
            jdbc.sql(
                    text
                        ? FOUND + "select max(counted) from shown"
                        : "select count(*) from (select 1 from incident i "
                            + WHERE
                            + " limit :cap) c")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .param("cap", PageOf.COUNT_LIMIT + 1)
                .query(Long.class)
                .single());
  }

  Optional<Incident> find(long siteId, long id) {
    return findAll(siteId, List.of(id)).stream().findFirst();
  }

  /**
   * Incidents by id, in the order given, each with its participants and firearms: three statements
   * however many there are (a review's agenda shows dozens). Ids of no incident are left out.
   */
  List<Incident> findAll(long siteId, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    IdList ofIncidents = IdList.of("incident_id", "ids", ids);
    Map<Long, List<Incident.Participant>> participants =
        byIncident(
            "select incident_id, id, person_id, role, injury from participant"
                + " where site_id = :site and "
                + ofIncidents.condition()
                + " order by incident_id, role, id",
            siteId,
            ofIncidents.value(),
            (rs, n) -> participant(rs));
    Map<Long, List<Incident.Firearm>> firearms =
        byIncident(
            "select incident_id, id, kind, make, model, calibre, serial_number from firearm"
                + " where site_id = :site and "
                + ofIncidents.condition()
                + " order by incident_id, id",
            siteId,
            ofIncidents.value(),
            (rs, n) -> firearm(rs));
    Map<Long, Incident> found = new HashMap<>();
    IdList byId = IdList.of("i.id", "ids", ids);
    jdbc.sql(
            """
            select i.*, j.name as city, a.name as area
              from incident i
              join jurisdiction j on j.site_id = i.site_id and j.id = i.jurisdiction_id
              left join area a on a.site_id = i.site_id and a.id = i.area_id
             where i.site_id = :site and %s
            """
                .formatted(byId.condition()))
        .param("site", siteId)
        .param("ids", byId.value())
        .query(
            (ResultSet rs) -> {
              long id = rs.getLong("id");
              found.put(
                  id,
                  incident(
                      rs,
                      participants.getOrDefault(id, List.of()),
                      firearms.getOrDefault(id, List.of())));
            });
    return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
  }

  /** The rows of a statement over the given incidents ({@code :ids}), by their incident_id. */
  private <T> Map<Long, List<T>> byIncident(String sql, long siteId, Object ids, RowMapper<T> row) {
    Map<Long, List<T>> out = new HashMap<>();
    jdbc.sql(sql)
        .param("site", siteId)
        .param("ids", ids)
        .query(
            (ResultSet rs) -> {
              out.computeIfAbsent(rs.getLong("incident_id"), k -> new java.util.ArrayList<>())
                  .add(row.mapRow(rs, 0));
            });
    return out;
  }

  /** A participant with its person id; names are filled in by the service. */
  private static Incident.Participant participant(ResultSet rs) throws SQLException {
    return new Incident.Participant(
        rs.getLong("id"),
        rs.getLong("person_id"),
        "",
        rs.getString("role"),
        rs.getString("injury"));
  }

  private static Incident.Firearm firearm(ResultSet rs) throws SQLException {
    return new Incident.Firearm(
        rs.getLong("id"),
        rs.getString("kind"),
        rs.getString("make"),
        rs.getString("model"),
        rs.getString("calibre"),
        rs.getString("serial_number"));
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
