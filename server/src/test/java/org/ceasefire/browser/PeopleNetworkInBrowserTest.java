package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ceasefire.people.PersonTestData.aPerson;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.IncidentInput;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.ParticipantInput;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.Chromium;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The network around a person in headless Chromium: the picture and the factor table. */
@CeasefireTest
class PeopleNetworkInBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Incidents incidents;

  @BeforeAll
  static void launch() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void quit() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void drawsTheNetworkAroundAPersonWithItsFactors() {
    TestSites.TestSite site = TestSites.create(sites);
    long city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    CeasefireUser analyst = site.user(Role.ANALYST);
    Person ann = people.create(analyst, aPerson().named("Ann", "Net").input());
    Person bo = people.create(analyst, aPerson().named("Bo", "Net").input());
    Person cy = people.create(analyst, aPerson().named("Cy", "Net").input());
    add(analyst, city, "robbery", "arrestee", ann, bo);
    add(analyst, city, "non_fatal_shooting", "victim", bo, cy);

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.setViewportSize(1280, 900);
      Chromium.signIn(
          page, "http://localhost:" + port, "/insights/people/" + ann.id(), analyst.username());

      assertThat(page.locator("#network[data-ready=true]")).hasCount(1);
      assertThat(page.locator("#network")).hasAttribute("data-nodes", "3");
      assertThat(page.locator("#network")).hasAttribute("data-edges", "2");
      assertThat(page.locator("#factors tbody tr")).hasCount(3);
      assertThat(page.locator("#factors")).containsText("non fatal shooting #");
      assertThat(page.locator("#ties")).containsText("co-victimisation");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target/screenshots/people-network.png"))
              .setFullPage(true));
    }
  }

  @Test
  void drawsTheSiteWideNetworkColouredByCommunity() {
    TestSites.TestSite site = TestSites.create(sites);
    long city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    CeasefireUser analyst = site.user(Role.ANALYST);
    Person[] p = new Person[6];
    for (int i = 0; i < p.length; i++) {
      p[i] = people.create(analyst, aPerson().named("P" + i, "Site").input());
    }
    add(analyst, city, "robbery", "arrestee", p[0], p[1], p[2]);
    add(analyst, city, "robbery", "arrestee", p[3], p[4], p[5]);
    add(analyst, city, "shots_fired", "suspect", p[2], p[3]);

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.setViewportSize(1280, 900);
      Chromium.signIn(page, "http://localhost:" + port, "/insights/map", analyst.username());
      page.locator(
              ".insights-links a", new Page.LocatorOptions().setHasText("Co-offending network"))
          .click();

      assertThat(page.locator("#network[data-ready=true]")).hasCount(1);
      assertThat(page.locator("#network")).hasAttribute("data-nodes", "6");
      assertThat(page.locator("#network")).hasAttribute("data-edges", "7");
      assertThat(page.locator("#network canvas").first()).isAttached();
      assertThat(page.locator("#legend li")).hasCount(2);
      assertThat(page.locator("#legend")).containsText("Community 1: 3 people");
      assertThat(page.locator("#network-summary")).containsText("0 people and 0 ties left out");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target/screenshots/co-offending-network.png"))
              .setFullPage(true));
    }
  }

  private void add(CeasefireUser user, long city, String type, String role, Person... who) {
    Incident i =
        incidents.create(
            user,
            new IncidentInput(
                null,
                type,
                LocalDate.now().minusDays(9) + "T20:00",
                null,
                null,
                null,
                city,
                null,
                null,
                null));
    for (Person p : who) {
      incidents.addParticipant(
          user,
          i.id(),
          new ParticipantInput(p.id(), role, role.equals("victim") ? "non_fatal" : null));
    }
  }
}
