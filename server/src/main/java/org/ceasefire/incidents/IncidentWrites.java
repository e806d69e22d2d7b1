package org.ceasefire.incidents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.platform.IdList;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL that changes incidents, their participants and firearms. */
@Repository
class IncidentWrites {

  private final JdbcClient jdbc;

  IncidentWrites(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long siteId, IncidentInput in, OffsetDateTime at) {
    return jdbc.sql(
            """
            insert into incident (site_id, report_number, type, occurred_at, lon, lat, address,
                                  jurisdiction_id, area_id, narrative)
            values (:site, :report, :type, :at, :lon, :lat, :address, :jurisdiction, :area,
                    :narrative)
            returning id
            """)
        .params(params(siteId, in, at))
        .query(Long.class)
        .single();
  }

  boolean update(long siteId, long id, int version, IncidentInput in, OffsetDateTime at) {
    return jdbc.sql(
                """
                update incident set report_number = :report, type = :type, occurred_at = :at,
                       lon = :lon, lat = :lat, address = :address, jurisdiction_id = :jurisdiction,
                       area_id = :area, narrative = :narrative, version = version + 1,
                       updated_at = now()
                 where site_id = :site and id = :id and version = :version
                """)
            .params(params(siteId, in, at))
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  long insertParticipant(long siteId, long incidentId, ParticipantInput in) {
    return jdbc.sql(
            """
            insert into participant (site_id, incident_id, person_id, role, injury)
            values (:site, :incident, :person, :role, :injury) returning id
            """)
        .param("site", siteId)
        .param("incident", incidentId)
        .param("person", in.personId())
        .param("role", in.role())
        .param("injury", in.injuryOrNull())
        .query(Long.class)
        .single();
  }

  long insertFirearm(long siteId, long incidentId, FirearmInput in) {
    return jdbc.sql(
            """
            insert into firearm (site_id, incident_id, kind, make, model, calibre, serial_number)
            values (:site, :incident, :kind, :make, :model, :calibre, :serial) returning id
            """)
        .param("site", siteId)
        .param("incident", incidentId)
        .param("kind", in.kind())
        .param("make", blankToNull(in.make()))
        .param("model", blankToNull(in.model()))
        .param("calibre", blankToNull(in.calibre()))
        .param("serial", blankToNull(in.serialNumber()))
        .query(Long.class)
        .single();
  }

  List<Long> idsInWindow(
      long siteId, long jurisdiction, OffsetDateTime from, OffsetDateTime to, List<String> types) {
    return jdbc.sql(
            """
            select id from incident
             where site_id = :site and jurisdiction_id = :city and occurred_at >= :from
               and occurred_at < :to and type = any(:types)
             order by occurred_at, id
            """)
        .param("site", siteId)
        .param("city", jurisdiction)
        .param("from", from)
        .param("to", to)
        .param("types", types.toArray(String[]::new))
        .query(Long.class)
        .list();
  }

  /**
   * For each of these people, those who were suspects or arrestees together with them (one step);
   * people with none are left out.
   */
  Map<Long, java.util.Set<Long>> coOffenders(long siteId, java.util.Collection<Long> personIds) {
    Map<Long, java.util.Set<Long>> found = new java.util.HashMap<>();
    if (personIds.isEmpty()) {
      return found;
    }
    jdbc.sql(
            """
            select distinct a.person_id as person, b.person_id as other
              from participant a
              join participant b on b.site_id = a.site_id and b.incident_id = a.incident_id
                                and b.person_id <> a.person_id
             where a.site_id = :site and a.person_id = any(:ids)
               and a.role in ('suspect', 'arrestee') and b.role in ('suspect', 'arrestee')
            """)
        .param("site", siteId)
        .param("ids", personIds.stream().distinct().toArray(Long[]::new))
        .query(
            (java.sql.ResultSet rs) -> {
              found
                  .computeIfAbsent(rs.getLong("person"), k -> new java.util.HashSet<>())
                  .add(rs.getLong("other"));
            });
    return found;
  }

  List<IncidentPoint> located(
      long siteId,
      List<String> types,
      OffsetDateTime from,
      OffsetDateTime to,
      @Nullable Long city) {
    return jdbc.sql(
            """
            select lon, lat, occurred_at from incident
             where site_id = :site and type = any(:types) and occurred_at >= :from
               and occurred_at < :to
               and (cast(:city as bigint) is null or jurisdiction_id = :city) and lon is not null
             order by occurred_at, id
            """)
        .param("site", siteId)
        .param("types", types.toArray(String[]::new))
        .param("from", from)
        .param("to", to)
        .param("city", city, java.sql.Types.BIGINT)
        .query(
            (rs, n) ->
                new IncidentPoint(
                    rs.getDouble(1), rs.getDouble(2), rs.getObject(3, OffsetDateTime.class)))
        .list();
  }

  /** Incidents each of the people took part in, newest first; the people with none are absent. */
  Map<Long, List<PersonIncident>> ofPeople(long siteId, java.util.Collection<Long> personIds) {
    Map<Long, List<PersonIncident>> out = new java.util.HashMap<>();
    if (personIds.isEmpty()) {
      return out;
    }
    IdList people = IdList.of("p.person_id", "people", personIds);
    jdbc.sql(
            """
            select p.person_id, i.id, i.type, i.occurred_at, p.role, i.report_number
              from participant p join incident i on i.site_id = p.site_id and i.id = p.incident_id
             where p.site_id = :site and %s
             order by i.occurred_at desc, i.id desc
            """
                .formatted(people.condition()))
        .param("site", siteId)
        .param("people", people.value())
        .query(
            (java.sql.ResultSet rs) -> {
              out.computeIfAbsent(rs.getLong("person_id"), k -> new java.util.ArrayList<>())
                  .add(
                      new PersonIncident(
                          rs.getLong("id"),
                          rs.getString("type"),
                          rs.getObject("occurred_at", OffsetDateTime.class),
                          rs.getString("role"),
                          rs.getString("report_number")));
            });
    return out;
  }

  /**
   * Counts by type of incidents in [from, to). The whole UTC days of the period are summed from the
   * day counts (V119); the part days at its ends, or all of a period shorter than that, are counted
   * from the type-and-time index.
   */
  Map<String, Long> countsByType(
      long siteId, OffsetDateTime from, OffsetDateTime to, List<String> types) {
    OffsetDateTime firstDay = utcDayOnOrAfter(from);
    OffsetDateTime lastDay = to.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
    boolean days = firstDay.isBefore(lastDay);
    Map<String, Long> counts = new java.util.TreeMap<>();
    jdbc.sql(
            """
            select t.type,
                   (select count(*) from incident i
                     where i.site_id = :site and i.type = t.type
                       and i.occurred_at >= :from and i.occurred_at < :headEnd)
                 + (select count(*) from incident i
                     where i.site_id = :site and i.type = t.type
                       and i.occurred_at >= :tailStart and i.occurred_at < :to)
                 + (select coalesce(sum(d.n), 0) from incident_day_count d
                     where d.site_id = :site and d.type = t.type
                       and d.day >= :firstDay and d.day < :lastDay) as n
              from unnest(cast(:types as text[])) as t(type)
            """)
        .param("site", siteId)
        .param("types", types.toArray(String[]::new))
        .param("from", from)
        .param("to", to)
        .param("headEnd", days ? firstDay : to)
        .param("tailStart", days ? lastDay : to)
        .param("firstDay", firstDay.toLocalDate())
        .param("lastDay", days ? lastDay.toLocalDate() : firstDay.toLocalDate())
        .query(
            (java.sql.ResultSet rs) -> {
              if (rs.getLong("n") > 0) {
                counts.put(rs.getString("type"), rs.getLong("n"));
              }
            });
    return counts;
  }

  /** The first UTC midnight at or after {@code t}. */
  private static OffsetDateTime utcDayOnOrAfter(OffsetDateTime t) {
    OffsetDateTime day = t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
    return day.toInstant().equals(t.toInstant()) ? day : day.plusDays(1);
  }

  /** Sums each day's rows of counts into one; returns how many rows it removed. */
  long compactDayCounts() {
    return jdbc.sql("select incident_day_count_compact()").query(Long.class).single();
  }

  /** The number and the sum of the site's change rows (V113): any committed change moves them. */
  DataVersion version(long siteId) {
    return jdbc.sql(
            """
            select count(*) as changes, coalesce(sum(id), 0) as id_sum
              from incident_change where site_id = :site
            """)
        .param("site", siteId)
        .query((rs, n) -> new DataVersion(rs.getLong("changes"), rs.getLong("id_sum")))
        .single();
  }

  /** Removes change rows an hour old, all but the newest of each site; returns how many. */
  int pruneChanges() {
    return jdbc.sql(
            """
            delete from incident_change c
             where c.at < now() - interval '1 hour'
               and c.id < (select max(d.id) from incident_change d where d.site_id = c.site_id)
            """)
        .update();
  }

  /** Counts per area of incidents of the given types in [from, to); unassigned ones left out. */
  Map<Long, Long> countsByArea(
      long siteId,
      List<String> types,
      OffsetDateTime from,
      OffsetDateTime to,
      @Nullable Long city) {
    Map<Long, Long> counts = new HashMap<>();
    jdbc.sql(
            """
            select area_id, count(*) as n from incident
             where site_id = :site and type = any(:types) and occurred_at >= :from
               and occurred_at < :to
               and (cast(:city as bigint) is null or jurisdiction_id = :city) and area_id is not null
             group by area_id
            """)
        .param("site", siteId)
        .param("types", types.toArray(String[]::new))
        .param("from", from)
        .param("to", to)
        .param("city", city, java.sql.Types.BIGINT)
        .query((rs, n) -> counts.put(rs.getLong("area_id"), rs.getLong("n")))
        .list();
    return counts;
  }

  /** Counts by ISO weekday (1 = Monday) and hour in the zone, [weekday - 1][hour]. */
  long[][] countsByWeekdayAndHour(
      long siteId,
      List<String> types,
      OffsetDateTime from,
      OffsetDateTime to,
      @Nullable Long city,
      String zone) {
    long[][] counts = new long[7][24];
    jdbc.sql(
            """
            select extract(isodow from occurred_at at time zone :zone)::int as d,
                   extract(hour from occurred_at at time zone :zone)::int as h, count(*) as n
              from incident
             where site_id = :site and type = any(:types) and occurred_at >= :from
               and occurred_at < :to
               and (cast(:city as bigint) is null or jurisdiction_id = :city)
             group by 1, 2
            """)
        .param("site", siteId)
        .param("types", types.toArray(String[]::new))
        .param("from", from)
        .param("to", to)
        .param("city", city, java.sql.Types.BIGINT)
        .param("zone", zone)
        .query((rs, n) -> counts[rs.getInt("d") - 1][rs.getInt("h")] = rs.getLong("n"))
        .list();
    return counts;
  }

  /** Counts per city of incidents of the given types in [from, to). */
  Map<Long, Long> countsByCity(
      long siteId, List<String> types, OffsetDateTime from, OffsetDateTime to) {
    Map<Long, Long> counts = new HashMap<>();
    jdbc.sql(
            """
            select jurisdiction_id, count(*) as n from incident
             where site_id = :site and type = any(:types) and occurred_at >= :from
               and occurred_at < :to
             group by jurisdiction_id
            """)
        .param("site", siteId)
        .param("types", types.toArray(String[]::new))
        .param("from", from)
        .param("to", to)
        .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2)))
        .list();
    return counts;
  }

  /** Every victim, suspect and arrestee of the site's incidents, oldest incident first. */
  List<Involvement> involvements(long siteId) {
    return jdbc.sql(
            """
            select i.id, i.type, i.occurred_at, p.person_id, p.role
              from incident i join participant p on p.site_id = i.site_id and p.incident_id = i.id
             where i.site_id = :site and p.role in ('victim', 'suspect', 'arrestee')
             order by i.occurred_at, i.id, p.id
            """)
        .param("site", siteId)
        .query(
            (rs, n) ->
                new Involvement(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getLong(4),
                    rs.getString(5)))
        .list();
  }

  List<Involvement> victimsAndSuspects(
      long siteId, List<String> types, OffsetDateTime from, OffsetDateTime to) {
    return jdbc.sql(
            """
            select i.id, i.type, i.occurred_at, p.person_id, p.role
              from incident i join participant p on p.site_id = i.site_id and p.incident_id = i.id
             where i.site_id = :site and i.type = any(:types) and i.occurred_at >= :from
               and i.occurred_at < :to and p.role in ('victim', 'suspect')
             order by i.occurred_at, i.id, p.id
            """)
        .param("site", siteId)
        .param("types", types.toArray(String[]::new))
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) ->
                new Involvement(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getLong(4),
                    rs.getString(5)))
        .list();
  }

  long count(long siteId) {
    return jdbc.sql("select count(*) from incident where site_id = :site")
        .param("site", siteId)
        .query(Long.class)
        .single();
  }

  private static Map<String, @Nullable Object> params(
      long siteId, IncidentInput in, OffsetDateTime at) {
    Map<String, @Nullable Object> m = new HashMap<>();
    m.put("site", siteId);
    m.put("report", blankToNull(in.reportNumber()));
    m.put("type", in.type());
    m.put("at", at);
    m.put("lon", in.lon());
    m.put("lat", in.lat());
    m.put("address", blankToNull(in.address()));
    m.put("jurisdiction", in.jurisdictionId());
    m.put("area", in.areaId());
    m.put("narrative", blankToNull(in.narrative()));
    return m;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
