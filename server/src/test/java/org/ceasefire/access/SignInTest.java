package org.ceasefire.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.ceasefire.access.SignInAttempted.Outcome;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestClock;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Signing in: the password with lockout (checklist A2), then the second factor (A1) on the web and
 * on the API, enrolment with recovery codes, and the password policy at user creation (A4).
 */
@CeasefireTest
@RecordApplicationEvents
class SignInTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired ApplicationEvents events;
  TestSites.TestSite site;
  CeasefireUser investigator;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    investigator = site.user(Role.INVESTIGATOR);
  }

  @Test
  void locksTheAccountForThirtyMinutesAfterFiveWrongPasswords() throws Exception {
    for (int i = 0; i < 5; i++) {
      password(investigator.username(), "not the password at all", new MockHttpSession())
          .andExpect(redirectedUrl("/login?error"));
    }
    password(investigator.username(), TestSites.PASSWORD, new MockHttpSession())
        .andExpect(redirectedUrl("/login?error"));
    TestClock.INSTANCE.advance(Duration.ofMinutes(29));
    password(investigator.username(), TestSites.PASSWORD, new MockHttpSession())
        .andExpect(redirectedUrl("/login?error"));
    TestClock.INSTANCE.advance(Duration.ofMinutes(1).plusSeconds(1));
    password(investigator.username(), TestSites.PASSWORD, new MockHttpSession())
        .andExpect(redirectedUrl("/mfa"));

    assertThat(outcomesOf(investigator))
        .containsExactly(
            Outcome.FAILURE,
            Outcome.FAILURE,
            Outcome.FAILURE,
            Outcome.FAILURE,
            Outcome.FAILURE,
            Outcome.LOCKED,
            Outcome.LOCKED);
  }

  @Test
  void aCompleteSignInResetsTheCountOfFailures() throws Exception {
    for (int i = 0; i < 4; i++) {
      password(investigator.username(), "not the password at all", new MockHttpSession());
    }
    signIn(investigator);
    for (int i = 0; i < 4; i++) {
      password(investigator.username(), "not the password at all", new MockHttpSession());
    }
    password(investigator.username(), TestSites.PASSWORD, new MockHttpSession())
        .andExpect(redirectedUrl("/mfa"));
  }

  @Test
  void wrongSecondFactorCodesCountTowardsTheLockToo() throws Exception {
    MockHttpSession session = new MockHttpSession();
    password(investigator.username(), TestSites.PASSWORD, session);
    for (int i = 0; i < 4; i++) {
      code("000000", session)
          .andExpect(status().isOk())
          .andExpect(
              content().string(org.hamcrest.Matchers.containsString("wrong or has expired")));
    }
    code("000001", session).andExpect(redirectedUrl("/login?locked"));
    password(investigator.username(), TestSites.PASSWORD, new MockHttpSession())
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void reportsUnknownUsernamesAsFailedAttemptsWithoutAUser() throws Exception {
    password("nobody-" + site.code(), "whatever it may be", new MockHttpSession())
        .andExpect(redirectedUrl("/login?error"));
    assertThat(events.stream(SignInAttempted.class))
        .anySatisfy(
            e -> {
              assertThat(e.username()).isEqualTo("nobody-" + site.code());
              assertThat(e.userId()).isNull();
              assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
              assertThat(e.clientAddress()).isNotBlank();
            });
  }

  @Test
  void aUsernameHoldingANulIsAFailedSignInNotAServerError() throws Exception {
    // PostgreSQL text cannot hold byte 0: the name must not reach a query
    password("nobody\0" + site.code(), "what\0ever", new MockHttpSession())
        .andExpect(redirectedUrl("/login?error"));
    mvc.perform(
            get("/api/people")
                .with(httpBasic("in\0" + investigator.username(), TestSites.PASSWORD))
                .header("X-Ceasefire-OTP", TestSites.otp()))
        .andExpect(status().isUnauthorized());
    assertThat(events.stream(SignInAttempted.class))
        .anySatisfy(
            e -> {
              assertThat(e.username()).isEqualTo("nobody?" + site.code());
              assertThat(e.outcome()).isEqualTo(Outcome.FAILURE);
            });
  }

  @Test
  void beforeTheSecondFactorPagesRedirectToItAndTheApiAnswers401() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(get("/incidents").session(session).accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/login"));
    password(investigator.username(), TestSites.PASSWORD, session).andExpect(redirectedUrl("/mfa"));
    for (String page : List.of("/", "/incidents", "/people", "/groups")) {
      mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/mfa"));
    }
    mvc.perform(get("/api/incidents").session(session)).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/people").session(session)).andExpect(status().isUnauthorized());
    mvc.perform(get("/mfa").session(session)).andExpect(status().isOk());

    code(TestSites.otp(), session).andExpect(redirectedUrl("http://localhost/incidents"));
    mvc.perform(get("/incidents").session(session)).andExpect(status().isOk());
    assertThat(outcomesOf(investigator)).containsExactly(Outcome.SUCCESS);
  }

  @Test
  void aCodeAcceptedOnceIsNotAcceptedAgain() throws Exception {
    String code = TestSites.otp();
    MockHttpSession first = new MockHttpSession();
    password(investigator.username(), TestSites.PASSWORD, first);
    code(code, first).andExpect(redirectedUrl("/"));
    MockHttpSession second = new MockHttpSession();
    password(investigator.username(), TestSites.PASSWORD, second);
    code(code, second).andExpect(status().isOk());
    mvc.perform(get("/incidents").session(second)).andExpect(redirectedUrl("/mfa"));
  }

  @Test
  void enrolsOnFirstSignInThenAcceptsEachRecoveryCodeOnce() throws Exception {
    CeasefireUser fresh = newUser("fresh");
    MockHttpSession session = new MockHttpSession();
    password(fresh.username(), TestSites.PASSWORD, session);
    mvc.perform(get("/mfa").session(session)).andExpect(redirectedUrl("/mfa/enrol"));
    mvc.perform(get("/incidents").session(session)).andExpect(redirectedUrl("/mfa"));
    String secret =
        (String)
            mvc.perform(get("/mfa/enrol").session(session))
                .andExpect(status().isOk())
                .andExpect(
                    content().string(org.hamcrest.Matchers.containsString("data:image/svg+xml")))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("secret");
    TotpSecret totp = new TotpSecret(secret);
    // the same secret until confirmed, so a reload does not break the app already set up
    assertThat(
            mvc.perform(get("/mfa/enrol").session(session))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("secret"))
        .isEqualTo(secret);

    mvc.perform(post("/mfa/enrol").session(session).param("code", "123456").with(csrf()))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("does not match")));
    @SuppressWarnings("unchecked")
    List<String> recovery =
        (List<String>)
            mvc.perform(
                    post("/mfa/enrol")
                        .session(session)
                        .param("code", Totp.code(totp, TestClock.INSTANCE.instant()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("codes");
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
    assertThat(recovery).allSatisfy(c -> assertThat(c).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));
    mvc.perform(get("/incidents").session(session)).andExpect(status().isOk());

    // enrolled: the secret is never shown again, not even between password and code
    MockHttpSession again = new MockHttpSession();
    password(fresh.username(), TestSites.PASSWORD, again);
    mvc.perform(get("/mfa/enrol").session(again)).andExpect(redirectedUrl("/mfa"));
    code(recovery.get(3), again).andExpect(redirectedUrl("/"));

    MockHttpSession reused = new MockHttpSession();
    password(fresh.username(), TestSites.PASSWORD, reused);
    code(recovery.get(3), reused).andExpect(status().isOk());
    code(recovery.get(4).toUpperCase(java.util.Locale.ROOT), reused).andExpect(redirectedUrl("/"));
  }

  @Test
  void theApiWantsTheCurrentCodeInAHeader() throws Exception {
    String user = investigator.username();
    mvc.perform(get("/api/incidents").with(httpBasic(user, TestSites.PASSWORD)))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.reason").value("missing"))
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-Ceasefire-OTP")));
    mvc.perform(
            get("/api/incidents")
                .with(httpBasic(user, TestSites.PASSWORD))
                .header("X-Ceasefire-OTP", "000000"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.reason").value("wrong"));
    mvc.perform(
            get("/api/incidents")
                .with(httpBasic(user, "not the password at all"))
                .header("X-Ceasefire-OTP", TestSites.otp()))
        .andExpect(status().isUnauthorized());
    for (int i = 0; i < 2; i++) { // many requests within one step: a code is valid for its window
      mvc.perform(
              get("/api/incidents")
                  .with(httpBasic(user, TestSites.PASSWORD))
                  .header("X-Ceasefire-OTP", TestSites.otp()))
          .andExpect(status().isOk());
    }
  }

  @Test
  void usersWithoutASecondFactorCannotUseTheApi() throws Exception {
    CeasefireUser fresh = newUser("apionly");
    mvc.perform(
            get("/api/incidents")
                .with(httpBasic(fresh.username(), TestSites.PASSWORD))
                .header("X-Ceasefire-OTP", "123456"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.reason").value("not_enrolled"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("enrol")));
  }

  @Test
  void refusesACommonPasswordWhenCreatingAUserAndAcceptsAPassphrase() {
    assertThatThrownBy(
            () ->
                sites.createUser(
                    site.id(),
                    site.code() + "-weak",
                    "Weak",
                    "Password2026!",
                    Role.ANALYST,
                    site.agencyId()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("too common");
    assertThatThrownBy(
            () ->
                sites.createUser(
                    site.id(),
                    site.code() + "-short",
                    "Short",
                    "tiny pw 1",
                    Role.ANALYST,
                    site.agencyId()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at least 12");
    sites.createUser(
        site.id(),
        site.code() + "-strong",
        "Strong",
        "walnut cobalt thistle parsnip",
        Role.ANALYST,
        site.agencyId());
  }

  private CeasefireUser newUser(String suffix) {
    String username = site.code() + "-" + suffix;
    long id =
        sites.createUser(
            site.id(),
            username,
            "Fresh user",
            TestSites.PASSWORD,
            Role.INVESTIGATOR,
            site.agencyId());
    return new CeasefireUser(
        site.id(),
        id,
        username,
        "Fresh user",
        Role.INVESTIGATOR,
        site.agencyId(),
        "Test agency",
        "",
        true,
        false);
  }

  private void signIn(CeasefireUser user) throws Exception {
    MockHttpSession session = new MockHttpSession();
    password(user.username(), TestSites.PASSWORD, session).andExpect(redirectedUrl("/mfa"));
    code(TestSites.otp(), session).andExpect(status().is3xxRedirection());
    mvc.perform(get("/mfa").session(session)).andExpect(redirectedUrl("/"));
  }

  private ResultActions password(String username, String password, MockHttpSession session)
      throws Exception {
    return mvc.perform(
        post("/login")
            .session(session)
            .param("username", username)
            .param("password", password)
            .with(csrf()));
  }

  private ResultActions code(String code, MockHttpSession session) throws Exception {
    return mvc.perform(post("/mfa").session(session).param("code", code).with(csrf()));
  }

  private List<Outcome> outcomesOf(CeasefireUser user) {
    return events.stream(SignInAttempted.class)
        .filter(e -> Long.valueOf(user.id()).equals(e.userId()))
        .map(SignInAttempted::outcome)
        .toList();
  }
}
