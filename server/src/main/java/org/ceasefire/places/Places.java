package org.ceasefire.places;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The site's cities and areas: where incidents happen and groups are based. */
@Service
public class Places {

  private final JdbcClient jdbc;

  Places(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Jurisdiction> jurisdictions(long siteId) {
    return jdbc.sql(
            """
            select id, name, state, center_lon, center_lat, population
              from jurisdiction where site_id = :site order by name
            """)
        .param("site", siteId)
        .query(
            (rs, n) ->
                new Jurisdiction(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("state"),
                    rs.getDouble("center_lon"),
                    rs.getDouble("center_lat"),
                    (Integer) rs.getObject("population")))
        .list();
  }

  public Optional<Jurisdiction> jurisdiction(long siteId, long id) {
    return jurisdictions(siteId).stream().filter(j -> j.id() == id).findFirst();
  }

  public List<Area> areas(long siteId, @Nullable Long jurisdictionId) {
    return jdbc.sql(
            """
            select id, jurisdiction_id, kind, name, geometry::text as geometry, population
              from area
             where site_id = :site and (cast(:jurisdiction as bigint) is null
                                        or jurisdiction_id = :jurisdiction)
             order by name
            """)
        .param("site", siteId)
        .param("jurisdiction", jurisdictionId)
        .query(
            (rs, n) ->
                new Area(
                    rs.getLong("id"),
                    rs.getLong("jurisdiction_id"),
                    rs.getString("kind"),
                    rs.getString("name"),
                    rs.getString("geometry"),
                    (Integer) rs.getObject("population")))
        .list();
  }

  /**
   * The area of the city whose boundary contains the point, if any (the first by name when areas
   * overlap).
   */
  public Optional<Area> areaAt(long siteId, long jurisdictionId, double lon, double lat) {
    List<Area> areas = areas(siteId, jurisdictionId);
    return new AreaIndex(areas)
        .locate(jurisdictionId, lon, lat)
        .flatMap(id -> areas.stream().filter(a -> a.id() == id).findFirst());
  }

  /** Every area of the site in a spatial index, for locating many points at once. */
  public AreaIndex areaIndex(long siteId) {
    return new AreaIndex(areas(siteId, null));
  }

  /** The site's address table, for geocoding by address. */
  public AddressBook addressBook(long siteId) {
    java.util.Map<String, AddressBook.LonLat> points = new java.util.HashMap<>();
    jdbc.sql("select address_key, lon, lat from address_point where site_id = :site")
        .param("site", siteId)
        .query(
            (java.sql.ResultSet rs) -> {
              points.put(rs.getString(1), new AddressBook.LonLat(rs.getDouble(2), rs.getDouble(3)));
            });
    return new AddressBook(points);
  }

  public Optional<Area> area(long siteId, long id) {
    return areas(siteId, null).stream().filter(a -> a.id() == id).findFirst();
  }

  @Transactional
  public long createJurisdiction(
      long siteId,
      String name,
      String state,
      double lon,
      double lat,
      @Nullable Integer population) {
    return jdbc.sql(
            """
            insert into jurisdiction (site_id, name, state, center_lon, center_lat, population)
            values (:site, :name, :state, :lon, :lat, :population) returning id
            """)
        .param("site", siteId)
        .param("name", name)
        .param("state", state)
        .param("lon", lon)
        .param("lat", lat)
        .param("population", population)
        .query(Long.class)
        .single();
  }

  @Transactional
  public long createArea(
      long siteId, long jurisdictionId, String kind, String name, String geoJsonGeometry) {
    return jdbc.sql(
            """
            insert into area (site_id, jurisdiction_id, kind, name, geometry)
            values (:site, :jurisdiction, :kind, :name, cast(:geometry as jsonb)) returning id
            """)
        .param("site", siteId)
        .param("jurisdiction", jurisdictionId)
        .param("kind", kind)
        .param("name", name)
        .param("geometry", geoJsonGeometry)
        .query(Long.class)
        .single();
  }
}
