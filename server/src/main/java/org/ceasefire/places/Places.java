package org.ceasefire.places;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The site's cities and areas: where incidents happen and groups are based. */
@Service
public class Places {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();
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
   * The area of the given kind whose boundary contains the point, if any (the first by name when
   * areas overlap).
   */
  public Optional<Area> areaAt(long siteId, long jurisdictionId, double lon, double lat) {
    Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
    for (Area area : areas(siteId, jurisdictionId)) {
      try {
        Geometry boundary = new GeoJsonReader(GEOMETRY).read(area.geometry());
        if (boundary.covers(point)) {
          return Optional.of(area);
        }
      } catch (ParseException e) {
        throw new IllegalStateException("area " + area.id() + " has an unreadable boundary", e);
      }
    }
    return Optional.empty();
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
