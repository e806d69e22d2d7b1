package org.ceasefire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.GroupInput;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.RelationshipInput;
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

/** The group audit in headless Chromium: headline figures, groups and the network picture. */
@CeasefireTest
class GroupAuditInBrowserTest {

  static Chromium chromium;

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Groups groups;

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
  void drawsTheConflictAndAllianceNetwork() {
    TestSites.TestSite site = TestSites.create(sites);
    long city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    CeasefireUser analyst = site.user(Role.ANALYST);
    String[] names = {"North Crew", "South Side", "East Boys", "Hill Set"};
    CriminalGroup[] g = new CriminalGroup[names.length];
    for (int i = 0; i < names.length; i++) {
      g[i] =
          groups.create(
              analyst, new GroupInput(names[i], "street_gang", "active", city, null, null));
    }
    groups.addRelationship(
        analyst, g[0].id(), new RelationshipInput(g[1].id(), "conflict", null, "feud"));
    groups.addRelationship(
        analyst, g[1].id(), new RelationshipInput(g[3].id(), "conflict", null, "feud"));
    groups.addRelationship(
        analyst, g[0].id(), new RelationshipInput(g[2].id(), "alliance", null, "allied"));

    try (BrowserContext context = chromium.browser().newContext()) {
      Page page = context.newPage();
      page.setViewportSize(1280, 900);
      Chromium.signIn(page, "http://localhost:" + port, "/insights/groups", analyst.username());

      assertThat(page.locator("#network[data-ready=true]")).hasCount(1);
      assertThat(page.locator("#network")).hasAttribute("data-nodes", "4");
      assertThat(page.locator("#network")).hasAttribute("data-edges", "3");
      assertThat(page.locator("#network canvas").first()).isVisible();
      assertThat(page.locator("#share-shootings")).containsText("0");
      assertThat(page.locator("#groups")).containsText("South Side");
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Path.of("target/screenshots/group-audit.png"))
              .setFullPage(true));
    }
  }
}
