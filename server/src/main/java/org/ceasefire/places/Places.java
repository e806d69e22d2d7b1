package org.ceasefire.places;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's cities and areas: where incidents happen and groups are based.
 *
 * <p>Lists of a site's cities and areas, and the spatial index that finds the area of a point, come
 * from memory ({@link PlacesCache}): each use asks the database for the version of the site's
 * places (one primary-key lookup) and reads them again only when another statement, in this process
 * or any other on the same database, has changed them since. One city or one area by id, and the
 * names of one city's areas, are read directly (each one indexed lookup, no boundaries but the one
 * asked for). Lists handed out are unmodifiable and shared: never change them.
 */
@Service
public class Places {

  private final JdbcClient jdbc;
  private final PlacesCache cache;

  Places(JdbcClient jdbc, PlacesCache cache) {
    this.jdbc = jdbc;
    this.cache = cache;
  }

  /** The site's cities by name. */
  public List<Jurisdiction> jurisdictions(long siteId) {
    return cache.current(siteId).jurisdictions();
  }

  public Optional<Jurisdiction> jurisdiction(long siteId, long id) {
    return jdbc.sql(
            """
            select id, name, state, center_lon, center_lat, population
              from jurisdiction where site_id = :site and id = :id
            """)
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> PlacesCache.jurisdiction(rs))
        .optional();
  }

  /** The areas of the site, or of one of its cities, by name, with their boundaries. */
  public List<Area> areas(long siteId, @Nullable Long jurisdictionId) {
    SitePlaces places = cache.current(siteId);
    return jurisdictionId == null ? places.areas() : places.areasOf(jurisdictionId);
  }

  public Optional<Area> area(long siteId, long id) {
    return jdbc.sql(
            """
            select id, jurisdiction_id, kind, name, geometry::text as geometry, population
              from area where site_id = :site and id = :id
            """)
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> PlacesCache.area(rs))
        .optional();
  }

  /** The names of one city's areas, by name, for choosing one (no boundaries). */
  public List<AreaName> areaNames(long siteId, long jurisdictionId) {
    return jdbc.sql(
            """
            select id, jurisdiction_id, kind, name from area
             where site_id = :site and jurisdiction_id = :jurisdiction
             order by name, id
            """)
        .param("site", siteId)
        .param("jurisdiction", jurisdictionId)
        .query(
            (rs, n) ->
                new AreaName(
                    rs.getLong("id"),
                    rs.getLong("jurisdiction_id"),
                    rs.getString("kind"),
                    rs.getString("name")))
        .list();
  }

  /**
   * The area of the city whose boundary contains the point, if any (the first by name when areas
   * overlap).
   */
  public Optional<Area> areaAt(long siteId, long jurisdictionId, double lon, double lat) {
    SitePlaces places = cache.current(siteId);
    return places.indexOf(jurisdictionId).locate(jurisdictionId, lon, lat).map(places::area);
  }

  /** Every area of the site in a spatial index, for locating many points at once. */
  public AreaIndex areaIndex(long siteId) {
    return cache.current(siteId).index();
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
