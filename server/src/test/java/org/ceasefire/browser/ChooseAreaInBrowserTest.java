package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.Chromium;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forms offer the areas of the chosen city, never every area of the partnership: the incident
 * form's area list follows its city list without a reload, and the program form of a partnership
 * with thousands of areas offers those of the cities chosen, and another city's on request.
 */
@CeasefireTest
class ChooseAreaInBrowserTest {

  static final String SQUARE =
      "{\"type\":\"Polygon\",\"coordinates\":[[[-72.91,41.37],[-72.89,41.37],[-72.89,41.39],"
          + "[-72.91,41.39],[-72.91,41.37]]]}";

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired JdbcClient jdbc;
  TestSites.TestSite site;
  PlacesTestData.City newHaven;
  long hamden;
  long hamdenPlains;
  BrowserContext context;
  Page page;

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

  @BeforeEach
  void twoCities() {
    site = TestSites.create(sites);
    newHaven = PlacesTestData.newHaven(places, site.id());
    hamden = places.createJurisdiction(site.id(), "Hamden", "CT", -72.9, 41.38, 61_000);
    places.createArea(site.id(), hamden, "beat", "Highwood", SQUARE);
    hamdenPlains = places.createArea(site.id(), hamden, "beat", "Hamden Plains", SQUARE);
    context = chromium.browser().newContext();
    page = context.newPage();
  }

  @AfterEach
  void close() {
    context.close();
  }

  private Locator areaOptions() {
    return page.locator("#areaId option");
  }

  @Test
  void theIncidentFormsAreaListFollowsItsCity() {
    Chromium.signIn(page, url(""), "/incidents", site.user(Role.INVESTIGATOR).username());
    page.navigate(url("/incidents/new"));
    assertThat(areaOptions()).hasText(new String[] {"from the location"});

    page.getByLabel("City").selectOption(new SelectOption().setLabel("Hamden"));
    assertThat(areaOptions())
        .hasText(new String[] {"from the location", "Hamden Plains", "Highwood"});
    page.getByLabel("City").selectOption(new SelectOption().setLabel("New Haven"));
    assertThat(areaOptions()).hasText(new String[] {"from the location", "Test Green"});
    page.getByLabel("City").selectOption("");
    assertThat(areaOptions()).hasText(new String[] {"from the location"});

    page.getByLabel("City").selectOption(new SelectOption().setLabel("Hamden"));
    page.getByLabel("Area").selectOption(new SelectOption().setLabel("Hamden Plains"));
    page.getByLabel("Type").selectOption("shots_fired");
    page.getByLabel("Occurred at").fill("2026-05-01T23:40");
    page.getByText("Save").click();
    assertThat(page.locator("dl.facts")).containsText("Hamden Plains");

    page.navigate(page.url() + "/edit");
    assertThat(areaOptions())
        .hasText(new String[] {"from the location", "Hamden Plains", "Highwood"});
    assertThat(page.getByLabel("Area")).hasValue(Long.toString(hamdenPlains));
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/incident-area.png")));
  }

  @Test
  void aBlankAreaIsStillFoundFromThePoint() {
    Chromium.signIn(page, url(""), "/incidents", site.user(Role.INVESTIGATOR).username());
    page.navigate(url("/incidents/new"));
    page.getByLabel("Type").selectOption("shots_fired");
    page.getByLabel("Occurred at").fill("2026-05-02T01:10");
    page.getByLabel("City").selectOption(new SelectOption().setLabel("New Haven"));
    assertThat(areaOptions()).hasCount(2);
    page.locator("#lat").fill("41.311");
    page.locator("#lon").fill("-72.929");
    page.getByText("Save").click();
    assertThat(page.locator("dl.facts")).containsText("Test Green");
  }

  @Test
  void theProgramFormOfALargePartnershipOffersTheAreasOfTheCitiesChosen() {
    jdbc.sql(
            """
            insert into area (site_id, jurisdiction_id, kind, name, geometry)
            select :site, :city, 'district', 'District ' || lpad(g::text, 3, '0'),
                   cast(:geometry as jsonb)
              from generate_series(1, 520) g
            """)
        .param("site", site.id())
        .param("city", newHaven.jurisdictionId())
        .param("geometry", SQUARE)
        .update();
    Chromium.signIn(page, url(""), "/evaluation", site.user(Role.COORDINATOR).username());
    page.navigate(url("/evaluation/program"));
    assertThat(page.locator("#targetAreas option")).hasCount(0);
    assertThat(page.locator("main")).containsText("The partnership has 523 areas");

    page.locator("#targetCities").selectOption(Long.toString(newHaven.jurisdictionId()));
    assertThat(page.locator("#targetAreas optgroup[label='New Haven'] option")).hasCount(521);
    assertThat(page.locator("#comparisonAreas optgroup[label='New Haven'] option")).hasCount(521);
    page.getByLabel("Offer the areas of").selectOption(new SelectOption().setLabel("Hamden"));
    assertThat(page.locator("#comparisonAreas optgroup[label='Hamden'] option"))
        .hasText(new String[] {"Hamden Plains", "Highwood"});

    page.locator("#name").fill("Hamden Plains focus");
    page.locator("#startsOn").fill("2025-01-01");
    page.locator("#targetCities").selectOption(new String[0]);
    page.locator("#targetAreas").selectOption(Long.toString(hamdenPlains));
    page.locator("form.record button[type=submit]").click();
    assertThat(page.locator("#program")).containsText("Hamden Hamden Plains");

    page.navigate(url("/evaluation/program"));
    assertThat(page.locator("#targetAreas optgroup")).hasCount(1);
    assertThat(page.locator("#targetAreas option:checked")).hasText("Hamden Plains");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/program-areas.png")));
  }

  @Test
  void theProgramFormOfASmallPartnershipOffersEveryAreaByCity() {
    Chromium.signIn(page, url(""), "/evaluation", site.user(Role.COORDINATOR).username());
    page.navigate(url("/evaluation/program"));
    assertThat(page.getByLabel("Offer the areas of")).hasCount(0);
    assertThat(page.locator("#targetAreas optgroup")).hasCount(2);
    assertThat(page.locator("#targetAreas optgroup[label='Hamden'] option"))
        .hasText(new String[] {"Hamden Plains", "Highwood"});
    assertThat(page.locator("#comparisonAreas optgroup[label='New Haven'] option"))
        .hasText(new String[] {"Test Green"});
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
