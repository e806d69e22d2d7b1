package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.Chromium;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An analyst imports an agency's export with a mapping, watches it run and fixes the rejects. */
@CeasefireTest
class ImportInBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired Places places;
  @TempDir Path dir;

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
  void importsAFileWatchesItsProgressAndDownloadsTheRejects() throws Exception {
    TestSites.TestSite site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
    CeasefireUser analyst = site.user(Role.ANALYST);
    StringBuilder csv = new StringBuilder("INC_NO,OFFENSE,WHEN,X,Y\n");
    for (int i = 0; i < 40_000; i++) {
      csv.append("N-")
          .append(i)
          .append(i % 10_000 == 7 ? ",ARSON," : ",SHOTS,")
          .append("03/01/2026 22:15,-72.93,41.31\n");
    }
    Path export = Files.writeString(dir.resolve("nightly.csv"), csv, StandardCharsets.UTF_8);
    Path mapping =
        Files.writeString(
            dir.resolve("rms.properties"),
            String.join(
                "\n",
                "column.source_id = INC_NO",
                "column.type = OFFENSE",
                "column.occurred_at = WHEN",
                "format.occurred_at = MM/dd/yyyy HH:mm",
                "column.lon = X",
                "column.lat = Y",
                "value.type.SHOTS = shots_fired",
                "default.city = New Haven"),
            StandardCharsets.UTF_8);

    try (BrowserContext context =
        chromium
            .browser()
            .newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setAcceptDownloads(true))) {
      Page page = context.newPage();
      String base = "http://localhost:" + port;
      Chromium.signIn(page, base, "/imports", analyst.username());
      page.locator("#kind").selectOption(new SelectOption().setValue("incidents"));
      page.locator("#file").setInputFiles(export);
      page.locator("#mapping").setInputFiles(mapping);
      page.locator("#sourceSystem").fill("nhpd-rms");
      page.locator("#mode").selectOption(new SelectOption().setValue("good-rows-only"));
      page.getByText("Import", new Page.GetByTextOptions().setExact(true)).click();

      assertThat(page.locator("h1")).containsText("Incidents from nightly.csv");
      assertThat(page.locator("#progress")).isVisible();
      assertThat(page.locator("#status"))
          .hasText(
              "done",
              new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions()
                  .setTimeout(60_000));
      assertThat(page.locator("#inserted")).hasText("39996");
      assertThat(page.locator("#rejected")).hasText("4");
      assertThat(page.locator("#problems tbody tr").first()).containsText("OFFENSE");
      assertThat(page.locator("#problems tbody tr").first()).containsText("ARSON");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target/screenshots/import.png"))
              .setFullPage(true));

      Download download = page.waitForDownload(() -> page.locator("#rejects").click());
      String rejects = Files.readString(download.path(), StandardCharsets.UTF_8);
      org.assertj.core.api.Assertions.assertThat(rejects.lines())
          .hasSize(5)
          .first()
          .isEqualTo("INC_NO,OFFENSE,WHEN,X,Y,rejected_line,rejected_because");

      page.navigate(base + "/imports");
      assertThat(page.locator("#imports tbody tr").first()).containsText("nightly.csv");
    }
  }
}
