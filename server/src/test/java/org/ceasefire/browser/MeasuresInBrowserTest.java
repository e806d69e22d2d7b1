package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.ceasefire.access.Role;
import org.ceasefire.groups.Groups;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.measures.MeasuresTestData;
import org.ceasefire.outreach.Outreach;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The measures dashboard in headless Chromium: every chart is drawn (its canvas holds pixels), the
 * trends and the table by city show the hand counts; then the public page it publishes draws its
 * area map for a visitor who is not signed in.
 */
@CeasefireTest
class MeasuresInBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Groups groups;
  @Autowired Incidents incidents;
  @Autowired Outreach outreach;
  @Autowired JdbcClient jdbc;

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

  /** Whether the canvas has any pixel that is not transparent. */
  static final String INKED =
      "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
          + " for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }";

  @Test
  void dashboardDrawsEveryChartAndThePublicPageItsMap() {
    MeasuresTestData data = new MeasuresTestData(MeasuresTestData.Parts.of(context));
    String base = "http://localhost:" + port;
    String path = "/measures?from=" + data.month.minusMonths(5) + "&to=" + data.month;
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.setViewportSize(1280, 900);
      Chromium.signIn(page, base, path, data.site.user(Role.COORDINATOR).username());
      assertThat(page.locator("#charts[data-ready=true]")).hasCount(1);
      var canvases = page.locator("#charts canvas");
      assertThat(canvases).hasCount(8);
      for (int i = 0; i < 8; i++) {
        assertThat(canvases.nth(i)).hasAttribute("data-drawn", "true");
        org.assertj.core.api.Assertions.assertThat((Boolean) canvases.nth(i).evaluate(INKED))
            .as("chart " + i + " has pixels")
            .isTrue();
      }
      assertThat(page.locator("#reoffending-reading")).containsText("2 people first notified");
      assertThat(page.locator("#city-table")).containsText("New Haven");
      assertThat(page.locator("#trend-table")).containsText("Homicides");
      assertThat(page.locator("nav a[href='/measures']")).hasClass("active");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target/screenshots/measures-dashboard.png"))
              .setFullPage(true));

      page.locator("#publication button").click();
      assertThat(page.locator("#publication")).containsText("The public page shows");
    }
    try (BrowserContext visitor = chromium.browser().newContext()) {
      Page page = visitor.newPage();
      page.setViewportSize(1280, 900);
      page.onConsoleMessage(m -> System.out.println("public page console: " + m.text()));
      page.navigate(base + "/login");
      page.locator("#public-link").click();
      page.getByText("Test site " + data.site.code()).click();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target/screenshots/measures-public.png"))
              .setFullPage(true));
      assertThat(page.locator("#public-map[data-areas='2']")).hasCount(1);
      assertThat(page.locator("#table-homicides")).containsText("fewer than 5");
      assertThat(page.locator("#public-map .leaflet-overlay-pane path")).hasCount(2);
    }
  }
}
