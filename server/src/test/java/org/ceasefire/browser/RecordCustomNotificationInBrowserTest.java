package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ceasefire.people.PersonTestData.aPerson;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
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
 * The coordinator plans a custom notification, records that it was delivered with the offer of
 * help, adds a follow-up task, and opens the letter.
 */
@CeasefireTest
class RecordCustomNotificationInBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Sites sites;
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
  void recordsADeliveredNotificationWithAFollowUpTask() {
    TestSites.TestSite site = TestSites.create(sites);
    CeasefireUser coordinator = site.user(Role.COORDINATOR);
    Person p = people.create(coordinator, aPerson().named("Devon", "Price").input());
    java.time.LocalDate today = java.time.LocalDate.now(TestClock.INSTANCE);

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      String base = "http://localhost:" + port;
      Chromium.signIn(page, base, "/interventions/notifications/new", coordinator.username());
      button(page, "Save").click();
      assertThat(page.locator(".field-error").first()).isVisible();

      page.getByLabel("Person (person id)").fill(String.valueOf(p.id()));
      page.getByLabel("Visit on").fill(today.toString());
      page.getByLabel("Officer").fill("Det. Okafor");
      page.getByLabel("Outreach worker").fill("R. James");
      page.getByLabel("Why this person (documented reason)")
          .fill("Victim of a shooting last month; retaliation feared");
      button(page, "Save").click();
      assertThat(page.locator("#status")).hasText("Planned");

      page.locator("#outcomeChoice").selectOption("delivered");
      page.getByLabel("Message delivered").fill("The community wants you alive; help is here");
      page.getByLabel("Offer of help made").check();
      button(page, "Record the outcome").click();
      assertThat(page.locator("#status")).hasText("Delivered");
      assertThat(page.locator("#message")).containsText("help is here");

      page.locator("#taskDescription").fill("Outreach visit with job-training referral");
      page.locator("#taskDue").fill(today.plusDays(7).toString());
      button(page, "Add the task").click();
      assertThat(page.locator("#tasks tbody tr")).containsText("job-training");
      button(page, "Done").click();
      assertThat(page.locator("#tasks tbody tr")).containsText(today.toString());

      page.getByText("Letter").click();
      assertThat(page.locator("#letter")).containsText("Dear Devon Price");
      assertThat(page.locator("#letter")).containsText("Help is there if you take it");
    }
  }
}
