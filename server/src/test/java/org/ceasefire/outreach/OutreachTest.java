package org.ceasefire.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ceasefire.people.PersonTestData.aPerson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.outreach.OutreachInputs.ConsentInput;
import org.ceasefire.outreach.OutreachInputs.ContactInput;
import org.ceasefire.outreach.OutreachInputs.ServiceInput;
import org.ceasefire.people.People;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestClock;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Outreach: the path from referral to services, the caseload wall, consent and disclosure. */
@CeasefireTest
class OutreachTest {

  static final List<Role> LAW_ENFORCEMENT =
      List.of(Role.COORDINATOR, Role.ANALYST, Role.INVESTIGATOR, Role.PROSECUTOR, Role.SUPERVISION);
  static final String MARKER = "Sunrise-Recovery-7731";

  @Autowired Outreach outreach;
  @Autowired Sites sites;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  TestSites.TestSite site;
  long provider;
  CeasefireUser worker;
  CeasefireUser colleague;
  CeasefireUser lead;
  CeasefireUser otherAgencyWorker;
  long personId;

  CeasefireUser newUser(long agency, String name, Role role) {
    String username = (site.code() + "-" + name).replace('_', '-');
    long id = sites.createUser(site.id(), username, name, TestSites.PASSWORD, role, agency);
    return new CeasefireUser(site.id(), id, username, name, role, agency, "x", "", true, false);
  }

  @BeforeEach
  void siteWithAProvider() {
    site = TestSites.create(sites);
    provider = sites.createAgency(site.id(), "Sunrise Outreach", "community_organisation");
    long other = sites.createAgency(site.id(), "Other Outreach", "service_provider");
    worker = newUser(provider, "worker", Role.OUTREACH);
    colleague = newUser(provider, "colleague", Role.OUTREACH);
    lead = newUser(provider, "lead", Role.OUTREACH_SUPERVISOR);
    otherAgencyWorker = newUser(other, "elsewhere", Role.OUTREACH);
    personId =
        people.create(site.user(Role.INVESTIGATOR), aPerson().named("Kai", "Moreno").input()).id();
  }

  long refer() {
    return outreach.refer(
        site.user(Role.COORDINATOR),
        new OutreachReferral(
            personId, provider, "custom_notification", null, LocalDate.now().toString()));
  }

  int version(long id) {
    return outreach.view(worker, id).referral().version();
  }

  /** A referral taken, assessed, with services (one of them substance-use treatment), a contact. */
  long enrolled() {
    long id = refer();
    outreach.take(worker, id, 0);
    outreach.assess(worker, id, version(id), List.of("employment", "substance_use"));
    String today = LocalDate.now().toString();
    outreach.addService(
        worker, id, version(id), new ServiceInput("employment", "City Works", today));
    outreach.addService(worker, id, version(id), new ServiceInput("substance_use", MARKER, today));
    outreach.addContact(worker, id, new ContactInput("home_visit", today, "Met mother, " + MARKER));
    return id;
  }

  ConsentInput consent(String until) {
    return new ConsentInput(
        "Kai Moreno",
        "the partnership's law-enforcement agencies",
        "so partners know help was taken up",
        true,
        "Kai Moreno",
        LocalDate.now().toString(),
        until);
  }

  @Test
  void aReferralGoesFromNotificationToServicesToExit() {
    long id = enrolled();
    outreach.addMilestone(worker, id, "First pay cheque", LocalDate.now().toString());
    outreach.exit(worker, id, version(id), "completed the programme");

    Outreach.ReferralFile f = outreach.view(worker, id);
    assertThat(f.referral().status()).isEqualTo(ReferralStatus.EXITED);
    assertThat(f.referral().acceptedHelp()).isTrue();
    assertThat(f.referral().needs()).containsExactly("employment", "substance_use");
    assertThat(f.services()).hasSize(2);
    assertThat(f.contacts()).singleElement().satisfies(c -> assertThat(c.note()).contains(MARKER));
    assertThat(f.milestones()).hasSize(1);
    assertThatThrownBy(
            () ->
                outreach.addService(
                    worker,
                    id,
                    version(id),
                    new ServiceInput("housing", "X", LocalDate.now().toString())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("exited");
  }

  @Test
  void eachWorkerSeesTheirOwnCaseloadAndTheSupervisorTheirAgencys() {
    long id = refer();
    assertThat(outreach.caseload(colleague)).extracting(Referral::id).contains(id); // untaken
    outreach.take(worker, id, 0);

    assertThat(outreach.caseload(worker)).extracting(Referral::id).contains(id);
    assertThat(outreach.caseload(colleague)).extracting(Referral::id).doesNotContain(id);
    assertThat(outreach.caseload(lead)).extracting(Referral::id).contains(id);
    assertThat(outreach.caseload(otherAgencyWorker)).isEmpty();
    assertThatThrownBy(() -> outreach.view(colleague, id)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> outreach.view(otherAgencyWorker, id))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> outreach.addContact(colleague, id, new ContactInput("phone", null, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aConsentMissingAnyElementIsRefusedNamingEachAndSavesNothing() {
    long id = enrolled();

    assertThatThrownBy(
            () ->
                outreach.recordConsent(
                    worker, id, new ConsentInput(null, " ", null, false, null, null, null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.FieldProblem::field)
                    .contains(
                        "personName",
                        "recipient",
                        "purpose",
                        "revocationExplained",
                        "signedBy",
                        "signedOn",
                        "expiresOn"));
    assertThat(outreach.view(worker, id).consents()).isEmpty();
  }

  @Test
  void partnersLearnOnlyWhetherHelpWasAcceptedAndOnlyWhileTheConsentIsInForce() {
    long id = enrolled();
    CeasefireUser investigator = site.user(Role.INVESTIGATOR);
    assertThat(outreach.acceptedHelp(investigator, personId)).as("no consent yet").isEmpty();

    outreach.recordConsent(worker, id, consent(LocalDate.now().plusDays(30).toString()));
    Outreach.HelpAccepted shared = outreach.acceptedHelp(investigator, personId).orElseThrow();
    assertThat(shared.accepted()).isTrue();
    assertThat(shared.notice()).contains("42 CFR part 2");
    assertThat(
            jdbc.sql(
                    "select count(*) from outreach_disclosure where site_id = :s and person_id = :p"
                        + " and disclosed_to = :u and value = 'yes'")
                .param("s", site.id())
                .param("p", personId)
                .param("u", investigator.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    TestClock.INSTANCE.advance(Duration.ofDays(31));
    assertThat(outreach.acceptedHelp(investigator, personId)).as("expired").isEmpty();
  }

  @Test
  void aRevokedConsentDisclosesNothingFromThatDay() {
    long id = enrolled();
    outreach.recordConsent(worker, id, consent(LocalDate.now().plusDays(30).toString()));
    long consentId = outreach.view(worker, id).consents().get(0).id();

    outreach.revokeConsent(worker, id, consentId);

    for (Role role : LAW_ENFORCEMENT) {
      assertThat(outreach.acceptedHelp(site.user(role), personId)).as(role.name()).isEmpty();
    }
  }

  @Test
  void lawEnforcementRolesReachNoOutreachRecordThroughAnyPageOrEndpoint() throws Exception {
    long id = enrolled();
    outreach.recordConsent(worker, id, consent(LocalDate.now().plusDays(30).toString()));
    List<String> leaks = new ArrayList<>();
    List<String> paths = getPaths();
    for (Role role : LAW_ENFORCEMENT) {
      CeasefireUser u = site.user(role);
      for (String template : paths) {
        for (long value : List.of(personId, id)) {
          String path = template.replaceAll("\\{[^}]+}", Long.toString(value));
          var response = mvc.perform(get(path).with(user(u))).andReturn().getResponse();
          String body = response.getContentAsString();
          if (body.contains(MARKER)
              || body.contains("substance_use")
              || body.contains("home_visit")) {
            leaks.add(role + " GET " + path + " -> " + response.getStatus());
          }
        }
      }
      for (String path :
          List.of(
              "/api/outreach/referrals/" + id,
              "/api/people/" + personId + "/outreach",
              "/outreach")) {
        int status = mvc.perform(get(path).with(user(u))).andReturn().getResponse().getStatus();
        assertThat(status).as(role + " GET " + path).isEqualTo(403);
      }
    }
    assertThat(leaks).isEmpty();
    String shared =
        mvc.perform(
                get("/api/people/" + personId + "/help-accepted")
                    .with(user(site.user(Role.PROSECUTOR))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(shared)
        .contains("\"accepted\":true")
        .doesNotContain("substance")
        .doesNotContain(MARKER);
  }

  /** Every GET path the application maps (its own), to walk with real ids. */
  private List<String> getPaths() {
    List<String> paths = new ArrayList<>();
    for (RequestMappingHandlerMapping m :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      m.getHandlerMethods()
          .forEach(
              (info, handler) -> {
                var methods = info.getMethodsCondition().getMethods();
                if (handler.getBeanType().getPackageName().startsWith("org.ceasefire")
                    && (methods.isEmpty() || methods.contains(RequestMethod.GET))) {
                  paths.addAll(info.getPatternValues());
                }
              });
    }
    assertThat(paths).hasSizeGreaterThan(30);
    return paths;
  }

  @Test
  void aStaleChangeIsRefusedAndOnlyTheWorkerRecords() {
    long id = refer();
    outreach.take(worker, id, 0);
    assertThatThrownBy(() -> outreach.assess(worker, id, 0, List.of("housing")))
        .isInstanceOf(org.ceasefire.platform.StaleRecordException.class);
    assertThatThrownBy(() -> outreach.assess(lead, id, 1, List.of("housing")))
        .isInstanceOf(org.ceasefire.platform.AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                outreach.refer(
                    site.user(Role.ANALYST),
                    new OutreachReferral(
                        personId, provider, "walk_in", null, LocalDate.now().toString())))
        .isInstanceOf(org.ceasefire.platform.AccessDeniedException.class);
  }
}
