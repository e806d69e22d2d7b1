package org.ceasefire.places;

/** A city with one square neighbourhood around its centre, for tests. */
public final class PlacesTestData {

  /** Ids of the city and its area. */
  public record City(long jurisdictionId, long areaId) {}

  /** New Haven with "Test Green", a square of ±0.01° around (-72.93, 41.31). */
  public static City newHaven(Places places, long siteId) {
    long city = places.createJurisdiction(siteId, "New Haven", "CT", -72.93, 41.31, 135_000);
    String square =
        "{\"type\":\"Polygon\",\"coordinates\":[[[-72.94,41.30],[-72.92,41.30],[-72.92,41.32],"
            + "[-72.94,41.32],[-72.94,41.30]]]}";
    long area = places.createArea(siteId, city, "neighbourhood", "Test Green", square);
    return new City(city, area);
  }

  private PlacesTestData() {}
}
