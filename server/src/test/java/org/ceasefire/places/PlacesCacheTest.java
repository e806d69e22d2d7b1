package org.ceasefire.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.ceasefire.access.Sites;
import org.ceasefire.platform.EmbeddedDatabase;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A site's places come from memory, and every change is seen at the next lookup: made through the
 * service, by plain SQL on another connection (as another process would), or undone by a rollback.
 * A site never sees another site's places.
 */
@CeasefireTest
class PlacesCacheTest {

  static final String EAST =
      "{\"type\":\"Polygon\",\"coordinates\":[[[-72.92,41.30],[-72.90,41.30],[-72.90,41.32],"
          + "[-72.92,41.32],[-72.92,41.30]]]}";

  @Autowired Places places;
  @Autowired Sites sites;
  @Autowired EmbeddedDatabase database;
  @Autowired TransactionTemplate transaction;
  TestSites.TestSite site;
  PlacesTestData.City newHaven;

  @BeforeEach
  void siteWithOneCity() {
    site = TestSites.create(sites);
    newHaven = PlacesTestData.newHaven(places, site.id());
  }

  /** Plain SQL as the application's database role, scoped to the site, on its own connection. */
  private void otherProcess(long siteId, String... statements) throws Exception {
    try (Connection c = DriverManager.getConnection(database.jdbcUrl("ceasefire_app"));
        Statement s = c.createStatement()) {
      s.execute("select set_config('app.site_id', '" + siteId + "', false)");
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private List<String> areaNames() {
    return places.areas(site.id(), null).stream().map(Area::name).toList();
  }

  @Test
  void keepsTheSitesPlacesWhileNothingChanges() {
    List<Jurisdiction> first = places.jurisdictions(site.id());
    List<Area> areas = places.areas(site.id(), null);

    assertThat(places.jurisdictions(site.id())).isSameAs(first);
    assertThat(places.areas(site.id(), null)).isSameAs(areas);
    assertThat(places.areaIndex(site.id())).isSameAs(places.areaIndex(site.id()));
    assertThat(first).extracting(Jurisdiction::name).containsExactly("New Haven");
  }

  @Test
  void seesAChangeMadeThroughTheServiceAtTheNextLookup() {
    assertThat(places.areaAt(site.id(), newHaven.jurisdictionId(), -72.91, 41.31)).isEmpty();
    AreaIndex before = places.areaIndex(site.id());

    long east = places.createArea(site.id(), newHaven.jurisdictionId(), "beat", "East", EAST);
    long hamden = places.createJurisdiction(site.id(), "Hamden", "CT", -72.9, 41.38, 61_000);

    assertThat(areaNames()).containsExactly("East", "Test Green");
    assertThat(places.areaAt(site.id(), newHaven.jurisdictionId(), -72.91, 41.31))
        .map(Area::id)
        .contains(east);
    assertThat(places.areaIndex(site.id())).isNotSameAs(before);
    assertThat(places.jurisdictions(site.id()))
        .extracting(Jurisdiction::id)
        .containsExactly(hamden, newHaven.jurisdictionId());
    assertThat(places.areas(site.id(), newHaven.jurisdictionId())).hasSize(2);
    assertThat(places.areas(site.id(), hamden)).isEmpty();
  }

  @Test
  void seesAChangeMadeByPlainSqlOnAnotherConnectionAtTheNextLookup() throws Exception {
    assertThat(places.areaAt(site.id(), newHaven.jurisdictionId(), -72.93, 41.31)).isPresent();
    assertThat(places.jurisdictions(site.id()))
        .extracting(Jurisdiction::name)
        .contains("New Haven");

    // the green moves east: its old ground is no longer in it
    otherProcess(
        site.id(),
        "update area set geometry = '" + EAST + "' where id = " + newHaven.areaId(),
        "update jurisdiction set name = 'New Haven City' where id = " + newHaven.jurisdictionId());

    assertThat(places.areaAt(site.id(), newHaven.jurisdictionId(), -72.93, 41.31)).isEmpty();
    assertThat(places.areaAt(site.id(), newHaven.jurisdictionId(), -72.91, 41.31))
        .map(Area::id)
        .contains(newHaven.areaId());
    assertThat(places.areas(site.id(), null).get(0).geometry()).contains("-72.9");
    assertThat(places.jurisdictions(site.id()))
        .extracting(Jurisdiction::name)
        .containsExactly("New Haven City");

    otherProcess(
        site.id(),
        "insert into area (site_id, jurisdiction_id, kind, name, geometry) values ("
            + site.id()
            + ", "
            + newHaven.jurisdictionId()
            + ", 'beat', 'Copied', '"
            + EAST
            + "')");
    assertThat(areaNames()).containsExactly("Copied", "Test Green");

    otherProcess(site.id(), "delete from area where name = 'Copied'");
    assertThat(areaNames()).containsExactly("Test Green");
  }

  @Test
  void forgetsAChangeThatWasRolledBack() {
    List<String> inside =
        transaction.execute(
            status -> {
              places.createArea(site.id(), newHaven.jurisdictionId(), "beat", "Undone", EAST);
              List<String> names = areaNames();
              status.setRollbackOnly();
              return names;
            });

    assertThat(inside).containsExactly("Test Green", "Undone");
    assertThat(areaNames()).containsExactly("Test Green");
    assertThat(places.areaAt(site.id(), newHaven.jurisdictionId(), -72.91, 41.31)).isEmpty();
  }

  @Test
  void aSiteNeverSeesAnotherSitesPlaces() throws Exception {
    TestSites.TestSite other = TestSites.create(sites);
    long bridgeport =
        places.createJurisdiction(other.id(), "Bridgeport", "CT", -73.19, 41.18, 148_000);
    String around =
        "{\"type\":\"Polygon\",\"coordinates\":[[[-72.95,41.29],[-72.91,41.29],[-72.91,41.33],"
            + "[-72.95,41.33],[-72.95,41.29]]]}";
    long hidden = places.createArea(other.id(), bridgeport, "beat", "Elsewhere", around);

    assertThat(places.jurisdictions(site.id()))
        .extracting(Jurisdiction::name)
        .containsExactly("New Haven");
    assertThat(places.jurisdiction(site.id(), bridgeport)).isEmpty();
    assertThat(places.area(site.id(), hidden)).isEmpty();
    assertThat(places.areas(site.id(), bridgeport)).isEmpty();
    assertThat(places.areaNames(site.id(), bridgeport)).isEmpty();
    assertThat(places.areaAt(site.id(), bridgeport, -72.93, 41.31)).isEmpty();
    assertThat(places.areaIndex(site.id()).size()).isEqualTo(1);
    assertThat(places.jurisdictions(other.id()))
        .extracting(Jurisdiction::name)
        .containsExactly("Bridgeport");

    // a change to one site's places leaves the other's version (and copy) alone
    List<Jurisdiction> held = places.jurisdictions(other.id());
    otherProcess(
        site.id(),
        "update area set name = 'Renamed' where site_id = " + other.id(),
        "update place_version set version = gen_random_uuid() where site_id = " + other.id());
    assertThat(places.jurisdictions(other.id())).isSameAs(held);
    assertThat(places.area(other.id(), hidden)).map(Area::name).contains("Elsewhere");
  }

  @Test
  void findsOneCityOrAreaByIdAndTheNamesOfACitysAreas() {
    long east = places.createArea(site.id(), newHaven.jurisdictionId(), "beat", "East", EAST);

    assertThat(places.jurisdiction(site.id(), newHaven.jurisdictionId()))
        .map(Jurisdiction::name)
        .contains("New Haven");
    assertThat(places.jurisdiction(site.id(), newHaven.jurisdictionId() + 1000)).isEmpty();
    assertThat(places.area(site.id(), east)).map(Area::geometry).get().asString().contains("-72.9");
    assertThat(places.areaNames(site.id(), newHaven.jurisdictionId()))
        .extracting(AreaName::name, AreaName::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("East", "beat"),
            org.assertj.core.groups.Tuple.tuple("Test Green", "neighbourhood"));
  }
}
