package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ceasefire.people.PersonTestData.aPerson;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
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

/** An investigator runs a shooting review: schedule, read the agenda, note, decide, close. */
@CeasefireTest
class RunShootingReviewInBrowserTest {

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
  void runsAMeetingFromAgendaToActionItems() {
    TestSites.TestSite site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
    long city = places.jurisdictions(site.id()).get(0).id();
    CeasefireUser investigator = site.user(Role.INVESTIGATOR);
    Person victim = people.create(investigator, aPerson().named("Omar", "Keyes").input());
    Incident shooting =
        incidents.create(
            investigator,
            new IncidentInput(
                "NH-26-0042",
                "non_fatal_shooting",
                "2026-05-03T22:10",
                null,
                null,
                "40 Orchard St",
                city,
                null,
                null,
                null));
    incidents.addParticipant(
        investigator, shooting.id(), new ParticipantInput(victim.id(), "victim", "non_fatal"));

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      String base = "http://localhost:" + port;
      Chromium.signIn(page, base, "/reviews", investigator.username());
      page.locator("#jurisdictionId").selectOption(new SelectOption().setLabel("New Haven"));
      page.locator("#meetsOn").fill("2026-05-05");
      page.getByText("Schedule a meeting").click();

      assertThat(page.locator("h1")).containsText("New Haven");
      assertThat(page.locator(".agenda-item")).hasCount(1);
      assertThat(page.locator(".agenda-item")).containsText("Omar Keyes");
      assertThat(page.locator(".agenda-item")).containsText("40 Orchard St");

      page.locator(".agenda-item input[name=note]").fill("Victim's brother seen at the scene");
      page.getByText("Add note").click();
      assertThat(page.locator(".agenda-item .notes")).containsText("brother seen at the scene");

      page.getByText("Add an action item").click();
      page.getByLabel("What").fill("Check on the victim's family tonight");
      page.locator("#agencyId").selectOption(new SelectOption().setLabel("Test agency"));
      page.getByLabel("Owner").fill("Outreach lead");
      page.getByLabel("Due").fill("2026-05-06");
      page.getByText("Add", new Page.GetByTextOptions().setExact(true)).click();
      assertThat(page.locator("#actions tbody tr")).containsText("Check on the victim's family");
      assertThat(page.locator("#actions tbody tr")).containsText("open");

      page.locator("#actions").getByText("Done").click();
      assertThat(page.locator("#actions tbody tr")).containsText("done");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(java.nio.file.Path.of("target/screenshots/review.png"))
              .setFullPage(true));
    }
  }
}
