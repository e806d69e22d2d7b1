package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.GroupInput;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.MembershipInput;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.people.PersonInput;
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
 * The coordinator runs a call-in: plans it for a group, adds a speaker, proposes the list from
 * supervision and intelligence, invites, records it as held with the messages delivered, marks
 * attendance and prints the sign-in sheet.
 */
@CeasefireTest
class RunCallInInBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Groups groups;
  @Autowired MembershipLifecycle lifecycle;

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
  void runsACallInFromPlanToAttendance() {
    TestSites.TestSite site = TestSites.create(sites);
    long city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    CeasefireUser coordinator = site.user(Role.COORDINATOR);
    CriminalGroup group =
        groups.create(
            site.user(Role.ANALYST),
            new GroupInput("Grove Street", "street_gang", "active", city, null, null));
    Person p =
        people.create(
            site.user(Role.SUPERVISION),
            new PersonInput(
                "Tariq",
                null,
                "Mills",
                "1999-02-02",
                "male",
                "black",
                null,
                "probation",
                null,
                List.of(),
                null));
    long entry =
        groups
            .addMember(
                site.user(Role.ANALYST),
                group.id(),
                new MembershipInput(p.id(), "member", List.of("self_admission"), "FI 9", null))
            .id();
    lifecycle.approve(site.user(Role.INVESTIGATOR), entry);
    String today = java.time.LocalDate.now(TestClock.INSTANCE).toString();

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      String base = "http://localhost:" + port;
      Chromium.signIn(page, base, "/interventions/call-ins/new", coordinator.username());
      page.getByLabel("Date").fill(today);
      page.getByLabel("Place").fill("Dixwell Community House");
      page.locator("#jurisdictionId").selectOption(new SelectOption().setLabel("New Haven"));
      page.locator("#groupIds").selectOption(String.valueOf(group.id()));
      button(page, "Save").click();

      assertThat(page.locator("#status")).hasText("Planned");
      page.locator("#speakerKind").selectOption("victim_family");
      page.locator("#speakerName").fill("Mrs. Alvarez");
      button(page, "Add the speaker").click();
      assertThat(page.locator("#speakers tbody tr")).containsText("Mrs. Alvarez");

      button(page, "Propose the list").click();
      assertThat(page.locator("#list tbody tr")).hasCount(1);
      assertThat(page.locator("#list tbody tr")).containsText("Grove Street (member");
      button(page, "Invite Tariq Mills").click();
      assertThat(page.locator("#list .invitation-status")).hasText("Invited");

      page.locator("#message-community").check();
      page.locator("#message-law_enforcement").check();
      page.locator("#message-offer_of_help").check();
      button(page, "Held").click();
      assertThat(page.locator("#status")).hasText("Held");
      assertThat(page.locator("#messages")).containsText("Offer of help");
      button(page, "Attended Tariq Mills").click();
      assertThat(page.locator("#list .attendance")).hasText("Attended");

      page.getByText("Sign-in sheet").click();
      assertThat(page.locator("#sheet tbody tr")).containsText("Tariq Mills");
      assertThat(page.locator("#sheet tbody tr")).containsText("Attended");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(java.nio.file.Path.of("target/screenshots/call-in-sheet.png"))
              .setFullPage(true));
    }
  }
}
