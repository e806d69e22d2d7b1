package org.ceasefire.places;

import java.util.List;
import java.util.function.Supplier;
import org.ceasefire.access.Sites;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long place lookups take on a site the size of the demo region at scale 100 (900 cities,
 * 16,600 rectangular areas), from memory and by key, next to the statements they replace (not a
 * test: run with {@code -Dtest=PlacesBenchmark}; figures in docs/benchmarks.md).
 */
@CeasefireTest
class PlacesBenchmark {

  static final int CITIES = 900;
  static final int AREAS = 16_600;

  @Autowired Places places;
  @Autowired Sites sites;
  @Autowired JdbcClient jdbc;

  @Test
  void timesPlaceLookupsOnASiteOfNineHundredCitiesAndSixteenThousandAreas() {
    long site = TestSites.create(sites).id();
    jdbc.sql(
            """
            insert into jurisdiction (site_id, name, state, center_lon, center_lat, population)
            select :site, 'City ' || lpad(g::text, 3, '0'), 'CT', -73 + g * 0.01, 41, 50000
              from generate_series(1, :cities) g
            """)
        .param("site", site)
        .param("cities", CITIES)
        .update();
    jdbc.sql(
            """
            insert into area (site_id, jurisdiction_id, kind, name, geometry)
            select :site, j.id, 'beat', 'Beat ' || lpad(b::text, 2, '0'),
                   jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(
                     jsonb_build_array(
                       jsonb_build_array(x, y), jsonb_build_array(x + 0.002, y),
                       jsonb_build_array(x + 0.002, y + 0.002), jsonb_build_array(x, y + 0.002),
                       jsonb_build_array(x, y))))
              from (select id, row_number() over (order by id) as n from jurisdiction
                     where site_id = :site) j,
                   generate_series(1, 19) b,
                   lateral (select -73 + j.n * 0.01 + (b % 5) * 0.002 as x,
                                   41 + (b / 5) * 0.002 as y) p
             where (j.n - 1) * 19 + b <= :areas
            """)
        .param("site", site)
        .param("areas", AREAS)
        .update();
    jdbc.sql("analyze area").update();
    jdbc.sql("analyze jurisdiction").update();
    long city =
        jdbc.sql("select min(id) from jurisdiction where site_id = :site")
            .param("site", site)
            .query(Long.class)
            .single();
    long area =
        jdbc.sql("select max(id) from area where site_id = :site")
            .param("site", site)
            .query(Long.class)
            .single();
    double lon = -73 + 0.01 + 0.003;
    double lat = 41.001;

    long heap = heapUsed();
    AreaIndex index = places.areaIndex(site);
    System.out.printf(
        "places benchmark: %d cities, %d areas in the index, about %.0f MB held%n",
        places.jurisdictions(site).size(), index.size(), (heapUsed() - heap) / 1e6);
    String old = "select id, name, state, center_lon, center_lat, population from jurisdiction";
    time("before: every city (also each check of one city)", () -> oldCities(site, old));
    time("before: every area with its boundary", () -> oldAreas(site, null));
    time("before: one city's areas (or-with-null statement)", () -> oldAreas(site, city));
    afterChange(
        "first use after a change: cities and areas", site, () -> places.jurisdictions(site));
    afterChange(
        "first use after a change: area of a point",
        site,
        () -> places.areaAt(site, city, lon, lat));
    afterChange(
        "first use after a change: index of every area", site, () -> places.areaIndex(site));
    time("now: every city, from memory", () -> places.jurisdictions(site));
    time("now: every area with its boundary, from memory", () -> places.areas(site, null));
    time("now: one city's areas, from memory", () -> places.areas(site, city));
    time("now: one city by id", () -> places.jurisdiction(site, city));
    time("now: one area by id", () -> places.area(site, area));
    time("now: names of one city's areas", () -> places.areaNames(site, city));
    time("now: area of a point (incident save)", () -> places.areaAt(site, city, lon, lat));
  }

  /** The first use after a change to one city (which gives the site's places a new version). */
  private void afterChange(String what, long site, Supplier<Object> work) {
    int runs = 10;
    long total = 0;
    for (int i = 0; i <= runs; i++) {
      jdbc.sql(
              "update jurisdiction set population = population + 1 where site_id = :site and"
                  + " id = (select min(id) from jurisdiction where site_id = :site)")
          .param("site", site)
          .update();
      long t0 = System.nanoTime();
      work.get();
      total += i == 0 ? 0 : System.nanoTime() - t0;
    }
    System.out.printf("places benchmark: %-55s %9.3f ms%n", what, total / 1e6 / runs);
  }

  private List<Object> oldCities(long site, String select) {
    return jdbc.sql(select + " where site_id = :site order by name")
        .param("site", site)
        .query((rs, n) -> (Object) rs.getLong(1))
        .list();
  }

  private List<Object> oldAreas(long site, Long city) {
    return jdbc.sql(
            """
            select id, jurisdiction_id, kind, name, geometry::text as geometry, population
              from area
             where site_id = :site and (cast(:jurisdiction as bigint) is null
                                        or jurisdiction_id = :jurisdiction)
             order by name
            """)
        .param("site", site)
        .param("jurisdiction", city)
        .query((rs, n) -> (Object) rs.getString("geometry"))
        .list();
  }

  private static long heapUsed() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return r.totalMemory() - r.freeMemory();
  }

  private static void time(String what, Supplier<Object> work) {
    for (int i = 0; i < 5; i++) {
      work.get();
    }
    int runs = 50;
    long t0 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      work.get();
    }
    System.out.printf(
        "places benchmark: %-55s %9.3f ms%n", what, (System.nanoTime() - t0) / 1e6 / runs);
  }
}
