package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ceasefire.people.PersonTestData.aPerson;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.Chromium;
import org.ceasefire.testing.TestClock;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A prosecutor opens a case on a referral and moves it to disposition: screening, the forum
 * decision, a charge, pending plea, the plea, disposed.
 */
@CeasefireTest
class MoveCaseToDispositionInBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired People people;

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

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  @Test
  void movesACaseFromReferralToDisposition() {
    TestSites.TestSite site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
    CeasefireUser prosecutor = site.user(Role.PROSECUTOR);
    Person defendant =
        people.create(site.user(Role.INVESTIGATOR), aPerson().named("Jalen", "Pryor").input());
    String referred = LocalDate.now(TestClock.INSTANCE).minusDays(20).toString();

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      String base = "http://localhost:" + port;
      Chromium.signIn(page, base, "/cases/new", prosecutor.username());
      page.getByLabel("Case number").fill("NH-CR26-0107");
      page.getByLabel("Defendant (person id)").fill(String.valueOf(defendant.id()));
      page.locator("#referringAgencyId").selectOption(new SelectOption().setLabel("Test agency"));
      page.getByLabel("Agency's report number").fill("NH-26-0042");
      page.locator("#jurisdictionId").selectOption(new SelectOption().setLabel("New Haven"));
      page.getByLabel("Referred on").fill(referred);
      button(page, "Save").click();

      assertThat(page.locator("h1")).containsText("NH-CR26-0107");
      assertThat(page.locator("#status")).hasText("Referred");
      button(page, "Screen").click();
      assertThat(page.locator("#status")).hasText("Screening");

      page.locator("#forumChoice").selectOption("state");
      page.getByLabel("Reasons").fill("State firearm charges carry the stronger sentence here");
      button(page, "Record the decision").click();
      assertThat(page.locator("#forum-decision")).containsText("State");

      page.getByText("File a charge").click();
      page.locator("#chargeForum").selectOption("state");
      page.getByLabel("Statute").fill("CGS § 53a-217");
      page.getByLabel("Offence").fill("Criminal possession of a firearm");
      page.getByLabel("Class").fill("Class C felony");
      button(page, "File the charge").click();
      assertThat(page.locator("#charges tbody tr")).containsText("CGS § 53a-217");

      button(page, "Charge").click();
      assertThat(page.locator("#status")).hasText("Charged");
      button(page, "Await plea or trial").click();
      assertThat(page.locator("#status")).hasText("Pending plea or trial");

      button(page, "Dispose").click();
      assertThat(page.locator("#refused")).containsText("record a disposition for every charge");
      page.locator("#charges select[name=disposition]").selectOption("plea_guilty");
      button(page, "Record").click();
      assertThat(page.locator("#charges tbody tr")).containsText("Plea guilty");
      button(page, "Dispose").click();
      assertThat(page.locator("#status")).hasText("Disposed");
      assertThat(page.locator("#transitions tbody tr")).hasCount(5);
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(java.nio.file.Path.of("target/screenshots/case.png"))
              .setFullPage(true));
    }
  }
}
