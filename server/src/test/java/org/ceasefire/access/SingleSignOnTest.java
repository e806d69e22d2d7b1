package org.ceasefire.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a real OpenID Connect provider (mock-oauth2-server, started here on loopback),
 * following the real redirects: the provider's groups map to the role; a token without a second
 * factor, an unknown user and a disabled account are refused and audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SingleSignOnTest {

  static final String SITE = "sso-test";
  static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

  static {
    PROVIDER.start();
  }

  @DynamicPropertySource
  static void provider(DynamicPropertyRegistry registry) {
    String prefix = "spring.security.oauth2.client.";
    registry.add(prefix + "registration.agency.client-id", () -> "ceasefire");
    registry.add(prefix + "registration.agency.client-secret", () -> "secret");
    registry.add(prefix + "registration.agency.scope", () -> "openid,profile");
    registry.add(
        prefix + "provider.agency.issuer-uri", () -> PROVIDER.issuerUrl("agency").toString());
    registry.add("ceasefire.oidc.site", () -> SITE);
    registry.add("ceasefire.oidc.name", () -> "State Police SSO");
    registry.add("ceasefire.oidc.roles.ceasefire-analysts", () -> "analyst");
    registry.add("ceasefire.oidc.roles.ceasefire-investigators", () -> "investigator");
  }

  @AfterAll
  static void stop() {
    PROVIDER.shutdown();
  }

  @LocalServerPort int port;
  @Autowired Sites sites;
  @Autowired JdbcClient jdbc;
  long site;
  long agency;

  @BeforeEach
  void site() {
    site = sites.findSite(SITE).orElseGet(() -> sites.createSite(SITE, "SSO", -72.9, 41.3, true));
    agency =
        sites.agencies(site).stream()
            .findFirst()
            .map(Agency::id)
            .orElseGet(() -> sites.createAgency(site, "State Police", "state_police"));
  }

  private long account(String username, Role role) {
    return sites.createUser(
        site, username, "SSO " + username, "quiet river lantern 88", role, agency);
  }

  /** The provider will answer the next sign-in with these claims. */
  private static void provider(String username, List<String> groups, List<String> amr) {
    PROVIDER.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            "agency",
            username,
            "JWT",
            List.of("ceasefire"),
            Map.of("preferred_username", username, "groups", groups, "amr", amr),
            3600));
  }

  /** Follows the whole redirect dance from the "Sign in with ..." link; returns the last answer. */
  private HttpResponse<String> signIn() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.ALWAYS)
            .build();
    return browser.send(
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/oauth2/authorization/agency"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private List<String> audit(String username) {
    return jdbc.sql("select action from audit_event where username = :u order by seq")
        .param("u", username)
        .query(String.class)
        .list();
  }

  @Test
  void signsInWithTheRoleTheProvidersGroupsMapTo() throws Exception {
    account("sso-ana", Role.RESEARCHER);
    provider("sso-ana", List.of("staff", "ceasefire-investigators"), List.of("pwd", "mfa"));
    HttpResponse<String> last = signIn();
    assertThat(last.uri().getPath()).isEqualTo("/");
    assertThat(last.body()).contains("SSO sso-ana", "Investigator", "Incidents");
    assertThat(audit("sso-ana")).containsExactly("login");
  }

  @Test
  void refusesATokenWithoutASecondFactor() throws Exception {
    account("sso-bo", Role.ANALYST);
    provider("sso-bo", List.of("ceasefire-analysts"), List.of("pwd"));
    HttpResponse<String> last = signIn();
    assertThat(last.uri().toString()).contains("/login?sso=mfa_missing");
    assertThat(last.body()).contains("did not use a second factor");
    assertThat(audit("sso-bo")).containsExactly("login_failed");
  }

  @Test
  void refusesUnknownUsersDisabledAccountsAndUnmappedGroups() throws Exception {
    provider("sso-nobody", List.of("ceasefire-analysts"), List.of("mfa"));
    assertThat(signIn().uri().toString()).contains("sso=unknown_user");

    long cy = account("sso-cy", Role.ANALYST);
    jdbc.sql("update app_user set enabled = false where id = :id").param("id", cy).update();
    provider("sso-cy", List.of("ceasefire-analysts"), List.of("mfa"));
    assertThat(signIn().uri().toString()).contains("sso=account_disabled");

    account("sso-di", Role.ANALYST);
    provider("sso-di", List.of("everyone"), List.of("mfa"));
    assertThat(signIn().uri().toString()).contains("sso=no_role");
    assertThat(audit("sso-nobody")).containsExactly("login_failed");
  }
}
