package org.ceasefire.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.platform.EmbeddedDatabase;
import org.ceasefire.platform.SiteScope;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The version analyses are cached by moves with every committed change of a site's incidents. */
@CeasefireTest
class DataVersionTest {

  @Autowired Incidents incidents;
  @Autowired IncidentWrites writes;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired SiteScope scope;
  @Autowired EmbeddedDatabase database;
  TestSites.TestSite site;
  PlacesTestData.City city;
  CeasefireUser investigator;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    city = PlacesTestData.newHaven(places, site.id());
    investigator = site.user(Role.INVESTIGATOR);
  }

  private Incident record() {
    return incidents.create(
        investigator,
        new IncidentInput(
            null,
            "shots_fired",
            "2026-03-01T22:00",
            null,
            null,
            "10 block Elm St",
            city.jurisdictionId(),
            null,
            null,
            null));
  }

  /** A connection as the application's role, scoped to the test site, outside the pool. */
  private Connection asApp() throws Exception {
    Connection c = DriverManager.getConnection(database.jdbcUrl("ceasefire_app"));
    try (Statement s = c.createStatement()) {
      s.execute("select set_config('app.site_id', '" + site.id() + "', false)");
    }
    return c;
  }

  @Test
  void movesWithEveryCommittedChangeAndOnlyWithThoseOfItsSite() throws Exception {
    DataVersion empty = incidents.dataVersion(site.id());
    Incident made = record();
    DataVersion afterCreate = incidents.dataVersion(site.id());
    assertThat(afterCreate).isNotEqualTo(empty);

    TestSites.TestSite other = TestSites.create(sites);
    PlacesTestData.City otherCity = PlacesTestData.newHaven(places, other.id());
    incidents.create(
        other.user(Role.INVESTIGATOR),
        new IncidentInput(
            null,
            "shots_fired",
            "2026-03-01T22:00",
            null,
            null,
            null,
            otherCity.jurisdictionId(),
            null,
            null,
            null));
    assertThat(incidents.dataVersion(site.id())).as("another site's change").isEqualTo(afterCreate);

    try (Connection c = asApp();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("update incident set narrative = 'rolled back' where id = " + made.id());
      c.rollback();
      assertThat(incidents.dataVersion(site.id())).as("a rollback").isEqualTo(afterCreate);

      // a change that takes its row first and commits last still moves the version
      s.execute("update incident set narrative = 'late' where id = " + made.id());
      record();
      DataVersion seen = incidents.dataVersion(site.id());
      assertThat(seen).isNotEqualTo(afterCreate);
      c.commit();
      assertThat(incidents.dataVersion(site.id())).as("a late commit").isNotEqualTo(seen);
    }
  }

  @Test
  void pruningKeepsTheNewestRowOfEachSite() throws Exception {
    record();
    record();
    try (Connection owner = DriverManager.getConnection(database.jdbcUrl());
        Statement s = owner.createStatement()) {
      s.execute(
          "update incident_change set at = now() - interval '2 hours' where site_id = "
              + site.id());
    }
    DataVersion before = incidents.dataVersion(site.id());
    assertThat(before.changes()).isGreaterThan(1);
    assertThat((long) scope.system(writes::pruneChanges))
        .isGreaterThanOrEqualTo(before.changes() - 1);
    DataVersion after = incidents.dataVersion(site.id());
    assertThat(after.changes()).isEqualTo(1);
    assertThat(after).isNotEqualTo(before);
  }
}
