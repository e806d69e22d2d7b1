package org.ceasefire.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Sessions on the real server, as a browser holds them, by cookie (checklist A3, A6): a new session
 * id at each step of signing in (session fixation), the cookie HttpOnly and SameSite, sign-out that
 * kills the session for good, and the idle timeout of 30 minutes.
 */
@CeasefireTest
class SessionsTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired ServletWebServerApplicationContext context;
  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  TestSites.TestSite site;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
  }

  @Test
  void changesTheSessionIdAtEachStepOfSigningInAndMarksTheCookieHttpOnlyAndSameSite()
      throws Exception {
    HttpResponse<String> loginPage = get("/login", null);
    String anonymous = sessionCookie(loginPage).orElseThrow();
    assertThat(loginPage.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict");

    HttpResponse<String> password = post("/login", anonymous, passwordForm(loginPage));
    assertThat(password.headers().firstValue("Location").orElseThrow()).endsWith("/mfa");
    String pending = sessionCookie(password).orElseThrow();
    assertThat(pending).isNotEqualTo(anonymous);

    HttpResponse<String> codePage = get("/mfa", pending);
    HttpResponse<String> code =
        post("/mfa", pending, Map.of("code", TestSites.otp(), "_csrf", csrf(codePage)));
    String signedIn = sessionCookie(code).orElseThrow();
    assertThat(signedIn).isNotEqualTo(pending);

    assertThat(get("/incidents", signedIn).statusCode()).isEqualTo(200);
    assertThat(get("/incidents", anonymous).statusCode()).isEqualTo(302);
    assertThat(get("/incidents", pending).headers().firstValue("Location").orElseThrow())
        .endsWith("/login");
  }

  @Test
  void anOldSessionCookieIsWorthNothingAfterSigningOut() throws Exception {
    String session = signIn();
    HttpResponse<String> page = get("/incidents", session);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(get("/api/incidents", session).statusCode()).isEqualTo(200);

    HttpResponse<String> out = post("/logout", session, Map.of("_csrf", csrf(page)));
    assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");

    HttpResponse<String> after = get("/incidents", session);
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    assertThat(get("/api/incidents", session).statusCode()).isEqualTo(401);
  }

  @Test
  void sessionsEndAfterThirtyMinutesIdle() throws Exception {
    String session = signIn();
    Session tomcat = tomcatSession(session);
    assertThat(tomcat.getMaxInactiveInterval()).isEqualTo(30 * 60);

    // Tomcat ends a session idle longer than its interval; shorten it to see that happen now
    tomcat.setMaxInactiveInterval(1);
    Thread.sleep(2_100);
    assertThat(get("/api/incidents", session).statusCode()).isEqualTo(401);
    assertThat(get("/incidents", session).statusCode()).isEqualTo(302);
  }

  private String signIn() throws Exception {
    HttpResponse<String> loginPage = get("/login", null);
    String session = sessionCookie(loginPage).orElseThrow();
    session = sessionCookie(post("/login", session, passwordForm(loginPage))).orElseThrow();
    HttpResponse<String> codePage = get("/mfa", session);
    HttpResponse<String> code =
        post("/mfa", session, Map.of("code", TestSites.otp(), "_csrf", csrf(codePage)));
    assertThat(code.statusCode()).isEqualTo(302);
    return sessionCookie(code).orElseThrow();
  }

  private Map<String, String> passwordForm(HttpResponse<String> loginPage) {
    return Map.of(
        "username", site.user(Role.INVESTIGATOR).username(),
        "password", TestSites.PASSWORD,
        "_csrf", csrf(loginPage));
  }

  private Session tomcatSession(String id) throws Exception {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    Context web = (Context) server.getTomcat().getHost().findChildren()[0];
    return web.getManager().findSession(id);
  }

  private HttpResponse<String> get(String path, String session) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String session, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .header("Cookie", "JSESSIONID=" + session)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Optional<String> sessionCookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')))
        .findFirst();
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as("a CSRF token in the page").isTrue();
    return m.group(1);
  }
}
