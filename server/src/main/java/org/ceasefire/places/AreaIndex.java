package org.ceasefire.places;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The site's area boundaries in an R-tree (JTS STRtree, prepared geometries), for assigning many
 * points to areas: O(log n) candidates per point instead of testing every boundary. When areas of
 * one city overlap, the first by name wins, as {@link Places#areaAt} does.
 */
public final class AreaIndex {

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private record Entry(int order, long areaId, long jurisdictionId, PreparedGeometry boundary) {}

  private final STRtree tree = new STRtree();
  private final int size;

  AreaIndex(List<Area> areasByName) {
    GeoJsonReader reader = new GeoJsonReader(GEOMETRY);
    int order = 0;
    for (Area area : areasByName) {
      Geometry boundary;
      try {
        boundary = reader.read(area.geometry());
      } catch (ParseException e) {
        throw new IllegalStateException("area " + area.id() + " has an unreadable boundary", e);
      }
      Entry entry =
          new Entry(
              order++, area.id(), area.jurisdictionId(), PreparedGeometryFactory.prepare(boundary));
      tree.insert(boundary.getEnvelopeInternal(), entry);
    }
    this.size = order;
    tree.build();
  }

  /** The area of the city containing the point (boundary included), if any. */
  public Optional<Long> locate(long jurisdictionId, double lon, double lat) {
    if (size == 0) {
      return Optional.empty();
    }
    Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
    Entry best = null;
    for (Object o : tree.query(new Envelope(lon, lon, lat, lat))) {
      Entry e = (Entry) o;
      if (e.jurisdictionId() == jurisdictionId
          && (best == null || e.order() < best.order())
          && e.boundary().covers(point)) {
        best = e;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.areaId());
  }

  public int size() {
    return size;
  }
}
