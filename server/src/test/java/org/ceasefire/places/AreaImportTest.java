package org.ceasefire.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.imports.ImportTestData.file;
import static org.ceasefire.imports.ImportTestData.source;

import java.nio.file.Path;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.imports.ImportRun;
import org.ceasefire.imports.Imports;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Area boundaries from GeoJSON: checked feature by feature, and incidents follow them. */
@CeasefireTest
class AreaImportTest {

  @Autowired Imports imports;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;
  TestSites.TestSite site;
  PlacesTestData.City newHaven;
  CeasefireUser analyst;

  static String feature(String name, String city, String kind, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":{\"BEAT\":\""
        + name
        + "\",\"TOWN\":\""
        + city
        + "\",\"kind\":\""
        + kind
        + "\",\"pop\":1200},\"geometry\":"
        + geometry
        + "}";
  }

  static final String NORTH =
      "{\"type\":\"Polygon\",\"coordinates\":[[[-72.94,41.32],[-72.92,41.32],[-72.92,41.34],"
          + "[-72.94,41.34],[-72.94,41.32]]]}";
  static final String BOWTIE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}";

  Path mapping() {
    return file(
        dir,
        "beats.properties",
        "column.name = BEAT",
        "column.city = TOWN",
        "column.population = pop");
  }

  @BeforeEach
  void siteWithAnIncidentNorthOfTheGreen() {
    site = TestSites.create(sites);
    newHaven = PlacesTestData.newHaven(places, site.id());
    analyst = site.user(Role.ANALYST);
    Path incidents =
        file(
            dir,
            "i.csv",
            "source_id,type,occurred_at,city,lon,lat",
            "N-1,shots_fired,2026-03-01T22:15,New Haven,-72.93,41.33");
    assertThat(
            imports.run(analyst, "incidents", source(incidents, "nhpd", null), p -> {}).inserted())
        .isEqualTo(1);
  }

  Long areaOfTheIncident() {
    return jdbc.sql("select area_id from incident where site_id = :s and source_id = 'N-1'")
        .param("s", site.id())
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  @Test
  void importsGoodFeaturesRejectsBadOnesByNumberAndReassignsIncidents() {
    assertThat(areaOfTheIncident()).isNull();
    Path geojson =
        file(
            dir,
            "beats.geojson",
            "{\"type\":\"FeatureCollection\",\"features\":["
                + String.join(
                    ",",
                    feature("North", "New Haven", "beat", NORTH),
                    feature("Knot", "New Haven", "beat", BOWTIE),
                    feature("Elsewhere", "Gotham", "beat", NORTH),
                    feature(
                        "Dot", "New Haven", "beat", "{\"type\":\"Point\",\"coordinates\":[0,0]}"),
                    feature("Odd", "New Haven", "ward", NORTH))
                + "]}");

    ImportRun run =
        imports.run(analyst, "areas", source(geojson, mapping(), null, "good-rows-only"), p -> {});

    assertThat(run.status()).isEqualTo("done");
    assertThat(List.of(run.inserted(), run.rejected())).containsExactly(1L, 4L);
    assertThat(imports.problems(analyst, run.id(), 20))
        .extracting(p -> p.line() + " " + p.column())
        .containsExactlyInAnyOrder("2 geometry", "3 TOWN", "4 geometry", "5 kind");
    Area north =
        places.areas(site.id(), newHaven.jurisdictionId()).stream()
            .filter(a -> a.name().equals("North"))
            .findFirst()
            .orElseThrow();
    assertThat(north.population()).isEqualTo(1200);
    assertThat(areaOfTheIncident()).isEqualTo(north.id());

    ImportRun again =
        imports.run(analyst, "areas", source(geojson, mapping(), null, "good-rows-only"), p -> {});
    assertThat(List.of(again.inserted(), again.updated(), again.unchanged()))
        .containsExactly(0L, 0L, 1L);
  }

  @Test
  void aFileThatIsNotAFeatureCollectionIsRefused() {
    Path geojson = file(dir, "one.geojson", "{\"type\":\"Polygon\",\"coordinates\":[]}");

    ImportRun run = imports.run(analyst, "areas", source(geojson, null, null), p -> {});

    assertThat(run.status()).isEqualTo("refused");
    assertThat(run.message()).contains("one.geojson").contains("FeatureCollection");
  }

  @Test
  void theAreaIndexFindsThePolygonContainingAPoint() {
    AreaIndex index = places.areaIndex(site.id());
    long city = newHaven.jurisdictionId();
    assertThat(index.locate(city, -72.93, 41.31)).contains(newHaven.areaId());
    assertThat(index.locate(city, -72.94, 41.31)).as("on the boundary").contains(newHaven.areaId());
    assertThat(index.locate(city, -72.95, 41.31)).isEmpty();
    assertThat(index.locate(city + 1000, -72.93, 41.31)).as("another city's").isEmpty();
  }
}
