package org.ceasefire.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for page tests, driven by Playwright. Uses the system's Chromium (Debian's
 * {@code chromium} package, or {@code CHROMIUM_PATH}); never downloads a browser. Without one, page
 * tests are skipped with a message — except on CI ({@code CI=true}), where they fail.
 */
public final class Chromium implements AutoCloseable {

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  public static Chromium launch() {
    Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    if (!Files.isExecutable(executable)) {
      String message =
          "No Chromium at " + executable + ": install Debian's chromium (or set CHROMIUM_PATH)";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message + "; page tests skipped");
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
    return new Chromium(playwright, browser);
  }

  /**
   * Signs {@code user} in through the real sign-in page and second factor, starting from {@code
   * path} (which the sign-in returns to).
   */
  public static void signIn(Page page, String base, String path, String username) {
    page.navigate(base + path);
    PlaywrightAssertions.assertThat(page).hasURL(base + "/login");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(TestSites.PASSWORD);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    PlaywrightAssertions.assertThat(page).hasURL(base + "/mfa");
    page.getByLabel("Code").fill(TestSites.otp());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    PlaywrightAssertions.assertThat(page).hasURL(base + path);
  }

  public Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
