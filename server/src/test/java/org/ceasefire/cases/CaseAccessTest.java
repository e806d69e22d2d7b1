package org.ceasefire.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.cases.CaseTestData.aCase;
import static org.ceasefire.people.PersonTestData.aPerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.cases.CaseSteps.TransitionInput;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees and changes cases: PROSECUTION readers read, prosecutors write, and the referring
 * agency's users see their cases' status and dates (nothing else) in their inbox.
 */
@CeasefireTest
class CaseAccessTest {

  @Autowired MockMvc mvc;
  @Autowired Cases cases;
  @Autowired CaseChanges changes;
  @Autowired People people;
  @Autowired Places places;
  @Autowired Sites sites;
  @Autowired AccessPolicy policy;
  TestSites.TestSite site;
  CeasefireUser prosecutor;
  Person defendant;
  ProsecutionCase referred;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    prosecutor = site.user(Role.PROSECUTOR);
    long city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    defendant = people.create(site.user(Role.INVESTIGATOR), aPerson().named("Cal", "Ruiz").input());
    referred =
        changes.open(
            prosecutor, aCase().of(defendant.id()).referredBy(site.agencyId()).in(city).input());
  }

  @Test
  void prosecutionReadersReadCasesOnlyProsecutorsChangeThemAndOthersAreRefused() throws Exception {
    Set<Role> readers =
        EnumSet.of(Role.PROSECUTOR, Role.INVESTIGATOR, Role.COORDINATOR, Role.ANALYST);
    for (Role role : Role.values()) {
      CeasefireUser u = site.user(role);
      int read =
          mvc.perform(get("/api/cases/" + referred.id()).with(user(u)))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(read).as(role + " reads a case").isEqualTo(readers.contains(role) ? 200 : 403);
      mvc.perform(get("/cases").with(user(u)))
          .andExpect(status().is(readers.contains(role) ? 200 : 403));
      int moved =
          mvc.perform(
                  post("/api/cases/" + referred.id() + "/transitions")
                      .with(user(u))
                      .with(csrf())
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"action\":\"screen\",\"version\":0}"))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(moved).as(role + " moves a case").isEqualTo(role == Role.PROSECUTOR ? 200 : 403);
    }
    assertThat(cases.get(site.id(), referred.id()).status()).isEqualTo(CaseStatus.SCREENING);
  }

  @Test
  void theReferringAgencysUsersSeeTheStatusOfTheirCasesInTheInboxAndNothingMore() throws Exception {
    long otherAgency = sites.createAgency(site.id(), "State Police", "state_police");
    long otherUser =
        sites.createUser(
            site.id(),
            site.code() + "-trooper",
            "Trooper",
            TestSites.PASSWORD,
            Role.INVESTIGATOR,
            otherAgency);
    CeasefireUser trooper =
        new CeasefireUser(
            site.id(),
            otherUser,
            site.code() + "-trooper",
            "Trooper",
            Role.INVESTIGATOR,
            otherAgency,
            "State Police",
            "",
            true,
            false);
    changes.transition(prosecutor, referred.id(), new TransitionInput("screen", null, null, 0));

    // a probation officer of the referring agency may not read PROSECUTION, yet sees the status
    CeasefireUser probation = site.user(Role.SUPERVISION);
    assertThat(policy.canRead(probation.role(), Compartment.PROSECUTION)).isFalse();
    assertThat(cases.inbox(probation))
        .extracting(n -> n.status().code())
        .containsExactly("screening", "referred");
    mvc.perform(get("/api/inbox").with(user(probation)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].status").value("screening"))
        .andExpect(jsonPath("$[0].caseNumber").value(referred.caseNumber()))
        .andExpect(jsonPath("$[0].referralNumber").value("NH-26-0042"))
        .andExpect(content().string(not(containsString("Ruiz"))))
        .andExpect(content().string(not(containsString("charges"))))
        .andExpect(content().string(not(containsString("forum"))));
    mvc.perform(get("/inbox").with(user(probation)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Screening")))
        .andExpect(content().string(not(containsString("Ruiz"))));
    mvc.perform(get("/api/cases/" + referred.id()).with(user(probation)))
        .andExpect(status().isForbidden());

    // another agency's users see nothing of it; outreach workers, researchers and auditors never
    assertThat(cases.inbox(trooper)).isEmpty();
    for (Role role :
        Set.of(Role.OUTREACH, Role.OUTREACH_SUPERVISOR, Role.RESEARCHER, Role.AUDITOR)) {
      assertThat(cases.inbox(site.user(role))).as(role.code()).isEmpty();
      mvc.perform(get("/api/inbox").with(user(site.user(role))))
          .andExpect(status().isOk())
          .andExpect(content().json("[]"));
    }
  }

  @Test
  void aPersonsPageShowsTheirCasesOnlyToProsecutionReaders() throws Exception {
    mvc.perform(get("/people/" + defendant.id()).with(user(site.user(Role.ANALYST))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Prosecution cases")))
        .andExpect(content().string(containsString(referred.caseNumber())));
    mvc.perform(get("/people/" + defendant.id()).with(user(site.user(Role.SUPERVISION))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Prosecution cases"))))
        .andExpect(content().string(not(containsString(referred.caseNumber()))));
    mvc.perform(
            get("/api/people/" + defendant.id() + "/cases").with(user(site.user(Role.SUPERVISION))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/people/" + defendant.id() + "/cases").with(user(prosecutor)))
        .andExpect(jsonPath("$[0].caseNumber").value(referred.caseNumber()));
  }

  @Test
  void anotherSitesCaseAnswers404AsIfItDidNotExist() throws Exception {
    TestSites.TestSite other = TestSites.create(sites);
    mvc.perform(get("/api/cases/" + referred.id()).with(user(other.user(Role.PROSECUTOR))))
        .andExpect(status().isNotFound());
    assertThat(cases.inbox(other.user(Role.SUPERVISION))).isEmpty();
  }

  @Test
  void theBoardPendingCasesCalendarAndMeasuresPagesShowTheSitesCases() throws Exception {
    CeasefireUser analyst = site.user(Role.ANALYST);
    mvc.perform(get("/cases").with(user(analyst)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(referred.caseNumber())))
        .andExpect(content().string(not(containsString("Open a case"))));
    mvc.perform(get("/cases/pending").with(user(analyst)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Cal Ruiz")));
    mvc.perform(get("/cases/" + referred.id()).with(user(analyst)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Cal Ruiz")))
        .andExpect(content().string(not(containsString("Next step"))));
    mvc.perform(get("/cases/" + referred.id()).with(user(prosecutor)))
        .andExpect(content().string(containsString("Next step")));
    mvc.perform(get("/cases/calendar").with(user(analyst))).andExpect(status().isOk());
    mvc.perform(get("/cases/measures").with(user(analyst)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Undecided")));
    mvc.perform(get("/api/cases/measures").with(user(analyst)))
        .andExpect(jsonPath("$[0].forum").value("undecided"))
        .andExpect(jsonPath("$[0].cases").value(1));
  }
}
