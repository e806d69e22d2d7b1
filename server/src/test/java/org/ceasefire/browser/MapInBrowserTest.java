package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.imports.Imports;
import org.ceasefire.insights.InsightsTestData;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.Chromium;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The hot-spot map in headless Chromium: drawn, layers toggle, legend, near-repeat reading. */
@CeasefireTest
class MapInBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Imports imports;
  @TempDir Path dir;
  TestSites.TestSite site;
  String query;

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
  void siteWithShootings() throws Exception {
    site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
    LocalDate last = LocalDate.now().minusDays(2);
    InsightsTestData.importShootings(imports, site.user(Role.ANALYST), dir, last);
    query = "?types=homicide&types=non_fatal_shooting&from=" + last.minusDays(365) + "&to=" + last;
  }

  @Test
  void drawsAreasPointsDensityAndHotSpotsAndTogglesLayers() {
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.onConsoleMessage(m -> System.out.println("browser console: " + m.text()));
      page.onResponse(
          r -> {
            if (r.status() >= 400) System.out.println("browser got " + r.status() + " " + r.url());
          });
      page.setViewportSize(1280, 1000);
      Chromium.signIn(
          page,
          "http://localhost:" + port,
          "/insights/map" + query,
          site.user(Role.ANALYST).username());

      assertThat(page.locator("#map[data-ready=true]")).hasCount(1);
      assertThat(page.locator("#map-status")).containsText("1 areas, 60 incidents in them");
      assertThat(page.locator("#map-status")).containsText("120 located incidents");
      assertThat(page.locator("#map-legend")).containsText("hot spot");
      assertThat(page.locator("#map"))
          .hasAttribute(
              "data-layers", "Areas (counts),Hot and cold spots (Gi*),Incidents,Kernel density");
      assertThat(page.locator("#near-repeat-reading")).containsText("times as frequent");
      assertThat(page.locator(".nr-grid td.sig3, .nr-grid td.sig2, .nr-grid td.sig1").first())
          .isVisible();
      assertThat(page.locator("#heat-map tbody tr")).hasCount(7);
      assertThat(page.locator("#trend-table")).containsText("New Haven");
      page.screenshot(new Page.ScreenshotOptions().setPath(shot("map.png")).setFullPage(true));

      page.locator(".leaflet-control-layers").getByText("Kernel density").click();
      assertThat(page.locator("#map"))
          .hasAttribute("data-layers", "Areas (counts),Hot and cold spots (Gi*),Incidents");
      page.locator(".leaflet-control-layers").getByText("Kernel density").click();
      assertThat(page.locator("#map"))
          .hasAttribute(
              "data-layers", "Areas (counts),Hot and cold spots (Gi*),Incidents,Kernel density");

      page.locator("#map")
          .click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(640, 300));
      page.screenshot(new Page.ScreenshotOptions().setPath(shot("map-layers.png")));
    }
  }

  @Test
  void aResearcherSeesCountsPerAreaButNoExactPlaces() {
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      Chromium.signIn(
          page,
          "http://localhost:" + port,
          "/insights/map" + query,
          site.user(Role.RESEARCHER).username());

      assertThat(page.locator("#map[data-ready=true]")).hasCount(1);
      assertThat(page.locator("#map")).hasAttribute("data-layers", "Areas (counts)");
      assertThat(page.locator("#near-repeat-section")).hasCount(0);
      assertThat(page.locator("main")).containsText("counts per area only");
      page.screenshot(new Page.ScreenshotOptions().setPath(shot("map-researcher.png")));
    }
  }

  private static Path shot(String name) {
    return Path.of("target/screenshots", name);
  }
}
