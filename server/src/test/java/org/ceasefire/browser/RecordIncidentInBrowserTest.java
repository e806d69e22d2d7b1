package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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

/**
 * An investigator signs in (password, then the code of the second factor), records a shooting with
 * its victim, and finds it in the list.
 */
@CeasefireTest
class RecordIncidentInBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired Places places;
  TestSites.TestSite site;
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
  void signIn() {
    site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
    context = chromium.browser().newContext();
    page = context.newPage();
    Chromium.signIn(page, url(""), "/incidents", site.user(Role.INVESTIGATOR).username());
  }

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void recordsAShootingWithAVictimAndFindsItInTheList() {
    page.navigate(url("/people/new"));
    page.getByLabel("First name").fill("Marcus");
    page.getByLabel("Last name").fill("Hale");
    page.getByLabel("Date of birth").fill("2001-08-09");
    page.getByText("Save").click();
    assertThat(page.locator("h1")).hasText("Marcus Hale");
    String personId = page.url().substring(page.url().lastIndexOf('/') + 1);

    page.navigate(url("/incidents/new"));
    page.getByLabel("Type").selectOption("non_fatal_shooting");
    page.getByLabel("Occurred at").fill("2026-05-01T23:40");
    page.getByLabel("Report number").fill("NH-26-4711");
    page.getByLabel("City")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("New Haven"));
    page.getByLabel("Address").fill("12 Test Green Rd");
    page.locator("#lat").fill("41.311");
    page.locator("#lon").fill("-72.929");
    page.getByText("Save").click();
    assertThat(page.locator("dl.facts")).containsText("Test Green");

    page.getByText("Add a participant").click();
    page.getByLabel("Person id").fill(personId);
    page.getByLabel("Role").selectOption("victim");
    page.getByLabel("Injury").selectOption("non_fatal");
    page.getByText("Add participant", new Page.GetByTextOptions().setExact(true)).click();
    assertThat(page.locator("#participants")).containsText("Marcus Hale");

    page.navigate(url("/incidents?q=NH-26-4711"));
    assertThat(page.locator("#incidents tbody tr")).hasCount(1);
    assertThat(page.locator("#incidents tbody tr")).containsText("Non-fatal shooting");
    assertThat(page.locator("#incidents tbody tr td").nth(6)).hasText("1");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/incidents.png")));
  }

  @Test
  void showsEachInvalidFieldNextToItAndSavesNothing() {
    page.navigate(url("/incidents/new"));
    page.getByText("Save").click();
    assertThat(page.locator(".alert.error")).containsText("nothing was saved");
    assertThat(page.locator("#occurredAt + .field-error")).hasText("is required");
    assertThat(page.locator("#jurisdictionId + .field-error")).hasText("is required");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
