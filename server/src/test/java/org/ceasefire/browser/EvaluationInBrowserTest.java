package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.evaluation.EvaluationTestData;
import org.ceasefire.imports.Imports;
import org.ceasefire.places.Places;
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

/**
 * The evaluation page in headless Chromium: the coordinator defines the program in the form, and
 * every design's chart is drawn with its result and caveats; a researcher reads it and reaches the
 * extract, without the program form.
 */
@CeasefireTest
class EvaluationInBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Imports imports;
  @Autowired Clock clock;
  @TempDir Path dir;
  TestSites.TestSite site;
  EvaluationTestData.Region region;

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
  void region() throws Exception {
    site = TestSites.create(sites);
    region =
        EvaluationTestData.region(
            places, imports, site.user(Role.ANALYST), dir, LocalDate.now(clock), 0.6);
  }

  @Test
  void coordinatorDefinesTheProgramAndEveryDesignIsDrawn() {
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.onConsoleMessage(m -> System.out.println("browser console: " + m.text()));
      page.onResponse(
          r -> {
            if (r.status() >= 400) {
              System.out.println("browser got " + r.status() + " " + r.url());
            }
          });
      page.setViewportSize(1280, 1000);
      Chromium.signIn(
          page, "http://localhost:" + port, "/evaluation", site.user(Role.COORDINATOR).username());
      assertThat(page.locator("main")).containsText("No program defined yet");
      page.getByText("Define the program").click();

      page.locator("#name").fill("Hartford Ceasefire");
      page.locator("#startsOn").fill(region.start().atDay(1).toString());
      page.locator("#outcome").selectOption("shootings");
      page.locator("#targetCities").selectOption(Long.toString(region.cities().get(0)));
      page.locator("#comparisonCities")
          .selectOption(
              region.cities().subList(1, region.cities().size()).stream()
                  .map(String::valueOf)
                  .toArray(String[]::new));
      page.locator("form.record button[type=submit]").click();

      assertThat(page.locator("#program h2")).hasText("Hartford Ceasefire");
      assertThat(page.locator("body[data-charts-ready=true]")).hasCount(1);
      System.out.println(
          "charts: "
              + page.evaluate(
                  "() => document.querySelectorAll('canvas').length + ' canvases, ' +"
                      + " JSON.stringify(document.body.dataset)"));
      assertThat(page.locator("canvas[data-drawn=true]")).hasCount(5);
      assertThat(page.locator("#its .result")).containsText("Shootings in Hartford fell");
      assertThat(page.locator("#did .caveats")).containsText("places (fewer than 10)");
      assertThat(page.locator("#synth table.weights tbody tr")).hasCount(5);
      assertThat(page.locator("#survival .alert")).containsText("no one was notified");
      assertThat(page.locator("#its .rerun a")).hasText("its-series.csv ");
      page.screenshot(
          new Page.ScreenshotOptions().setPath(shot("evaluation.png")).setFullPage(true));
    }
  }

  @Test
  void aResearcherReadsTheResultsAndReachesTheExtractButNotTheProgramForm() {
    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      Chromium.signIn(
          page, "http://localhost:" + port, "/evaluation", site.user(Role.RESEARCHER).username());
      assertThat(page.locator("main")).containsText("No program defined yet");
      assertThat(page.getByText("Define the program")).hasCount(0);
      assertThat(page.locator("nav a", new Page.LocatorOptions().setHasText("Evaluation")))
          .hasCount(1);
      page.navigate("http://localhost:" + port + "/evaluation/extract");
      assertThat(page.locator("h1")).hasText("Researcher extract");
      page.screenshot(new Page.ScreenshotOptions().setPath(shot("evaluation-extract.png")));
    }
  }

  private static Path shot(String name) {
    return Path.of("target/screenshots", name);
  }
}
