package org.ceasefire.demo;

import java.util.Locale;

/**
 * A generated beat: a lon/lat rectangle inside a city, stored as a GeoJSON polygon. Ids are local
 * to the tile.
 */
record DemoArea(
    int id,
    int jurisdictionId,
    String name,
    double west,
    double south,
    double east,
    double north,
    int population) {

  DemoArea {
    if (id < 1 || jurisdictionId < 1 || name.isBlank() || population < 0) {
      throw new IllegalArgumentException("invalid area " + id + " " + name);
    }
    if (!(west < east && south < north)) {
      throw new IllegalArgumentException("area " + name + " has an empty rectangle");
    }
  }

  /** The rectangle as a closed GeoJSON Polygon ring, counter-clockwise (RFC 7946). */
  String geoJson() {
    return String.format(
        Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%.6f,%.6f],[%.6f,%.6f],[%.6f,%.6f],"
            + "[%.6f,%.6f],[%.6f,%.6f]]]}",
        west,
        south,
        east,
        south,
        east,
        north,
        west,
        north,
        west,
        south);
  }

  boolean contains(double lon, double lat) {
    return lon >= west && lon <= east && lat >= south && lat <= north;
  }
}
