package org.ceasefire.outreach;

import static org.ceasefire.people.PersonTestData.aPerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.people.People;
import org.ceasefire.reentry.Reentry;
import org.ceasefire.reentry.ReleaseInput;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The outreach and reentry pages render for the roles that use them, and their forms work. */
@CeasefireTest
class OutreachPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired People people;
  @Autowired Outreach outreach;
  @Autowired Reentry reentry;
  TestSites.TestSite site;
  CeasefireUser worker;
  long provider;
  long personId;

  @BeforeEach
  void siteWithAProviderAndAPerson() {
    site = TestSites.create(sites);
    provider = sites.createAgency(site.id(), "Bridge Outreach", "community_organisation");
    String username = site.code() + "-bridge-worker";
    long id =
        sites.createUser(
            site.id(), username, "Bridge Worker", TestSites.PASSWORD, Role.OUTREACH, provider);
    worker =
        new CeasefireUser(
            site.id(),
            id,
            username,
            "Bridge Worker",
            Role.OUTREACH,
            provider,
            "Bridge Outreach",
            "",
            true,
            false);
    personId =
        people.create(site.user(Role.INVESTIGATOR), aPerson().named("Ines", "Quill").input()).id();
  }

  @Test
  void aCoordinatorRefersFromThePersonsPageAndTheWorkerRecordsOnTheReferralsPage()
      throws Exception {
    CeasefireUser coordinator = site.user(Role.COORDINATOR);
    mvc.perform(get("/people/" + personId).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Refer to a service provider")))
        .andExpect(content().string(containsString("not shared")))
        .andExpect(content().string(containsString("/insights/people/" + personId)))
        .andExpect(
            result ->
                org.assertj.core.api.Assertions.assertThat(
                        result.getResponse().getContentAsString().split("<h2>History</h2>", -1))
                    .as("the person's history once, not after every section")
                    .hasSize(2));
    mvc.perform(get("/outreach/referrals/new?personId=" + personId).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Bridge Outreach")));
    mvc.perform(
            post("/outreach/referrals")
                .param("personId", Long.toString(personId))
                .param("providerId", Long.toString(provider))
                .param("source", "call_in")
                .param("referredOn", LocalDate.now().toString())
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(redirectedUrl("/people/" + personId + "?referred"));
    mvc.perform(
            post("/outreach/referrals")
                .param("personId", Long.toString(personId))
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("is required")));

    long id = outreach.caseload(worker).get(0).id();
    mvc.perform(get("/outreach").with(user(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ines Quill")));
    mvc.perform(
            post("/outreach/referrals/" + id)
                .param("action", "take")
                .param("version", "0")
                .with(user(worker))
                .with(csrf()))
        .andExpect(redirectedUrl("/outreach/referrals/" + id));
    mvc.perform(
            post("/outreach/referrals/" + id)
                .param("action", "contact")
                .param("kind", "home_visit")
                .param("contactedOn", LocalDate.now().toString())
                .param("note", "Door answered by an aunt")
                .with(user(worker))
                .with(csrf()))
        .andExpect(redirectedUrl("/outreach/referrals/" + id));
    mvc.perform(
            post("/outreach/referrals/" + id)
                .param("action", "consent")
                .param("personName", "Ines Quill")
                .with(user(worker))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("may revoke")));
    mvc.perform(get("/outreach/referrals/" + id).with(user(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Door answered by an aunt")))
        .andExpect(content().string(containsString("Record the consent")));
  }

  @Test
  void theReentryPagesRenderForProbationAndAnalystsWithoutGroupColumnsForProbation()
      throws Exception {
    CeasefireUser probation = site.user(Role.SUPERVISION);
    long release =
        reentry.record(
            probation,
            new ReleaseInput(
                personId, "Osborn CI", LocalDate.now().plusDays(9).toString(), null, "none"));
    mvc.perform(get("/reentry").with(user(probation)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ines Quill")))
        .andExpect(content().string(not(containsString("<th>Groups</th>"))));
    mvc.perform(get("/reentry").with(user(site.user(Role.ANALYST))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<th>Groups</th>")));
    mvc.perform(get("/reentry/releases/" + release).with(user(probation)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Hand off to outreach")));
    mvc.perform(get("/reentry/releases/new?personId=" + personId).with(user(probation)))
        .andExpect(status().isOk());
    mvc.perform(
            post("/reentry/releases/" + release)
                .param("action", "contact")
                .param("kind", "welcome_home")
                .param("heldOn", LocalDate.now().toString())
                .with(user(probation))
                .with(csrf()))
        .andExpect(redirectedUrl("/reentry/releases/" + release));
    mvc.perform(
            post("/reentry/releases/" + release + "/hand-off")
                .param("providerId", Long.toString(provider))
                .with(user(probation))
                .with(csrf()))
        .andExpect(redirectedUrl("/reentry/releases/" + release + "?handedOff"));
    mvc.perform(get("/people/" + personId).with(user(probation)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Releases from custody")))
        .andExpect(content().string(containsString("Osborn CI")));
  }
}
