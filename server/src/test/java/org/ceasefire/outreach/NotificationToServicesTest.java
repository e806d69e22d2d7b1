package org.ceasefire.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.people.PersonTestData.aPerson;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.outreach.OutreachInputs.ConsentInput;
import org.ceasefire.outreach.OutreachInputs.ServiceInput;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole path: a custom notification delivered with the offer of help, the referral made from
 * it, services taken up, consent given — and the investigator learns only that help was accepted.
 */
@CeasefireTest
class NotificationToServicesTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Outreach outreach;
  @Autowired JdbcClient jdbc;

  @Test
  void aDeliveredOfferOfHelpBecomesAReferralServicesAndASharedYes() throws Exception {
    TestSites.TestSite site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
    CeasefireUser coordinator = site.user(Role.COORDINATOR);
    long provider = sites.createAgency(site.id(), "Path Forward", "service_provider");
    String username = site.code() + "-path-worker";
    long workerId =
        sites.createUser(
            site.id(), username, "Path Worker", TestSites.PASSWORD, Role.OUTREACH, provider);
    CeasefireUser worker =
        new CeasefireUser(
            site.id(),
            workerId,
            username,
            "Path Worker",
            Role.OUTREACH,
            provider,
            "Path Forward",
            "",
            true,
            false);
    long person =
        people.create(site.user(Role.INVESTIGATOR), aPerson().named("Leo", "Grant").input()).id();
    LocalDate today = LocalDate.now();

    String created =
        mvc.perform(
                post("/api/interventions/notifications")
                    .with(user(coordinator))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"personId":%d,"visitOn":"%s","officer":"Sgt. Ruiz",
                         "outreachWorker":"Path Worker","reason":"Shot twice this year"}
                        """
                            .formatted(person, today.minusDays(2))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long notification = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
    mvc.perform(
            post("/api/interventions/notifications/" + notification + "/outcome")
                .with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"outcome":"delivered","message":"We want you alive and free; help is here",
                     "offeredHelp":true,"version":0}
                    """))
        .andExpect(status().isOk());

    String link =
        "/outreach/referrals/new?personId="
            + person
            + "&amp;source=custom_notification&amp;sourceId="
            + notification;
    mvc.perform(get("/interventions/notifications/" + notification).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(link)));
    mvc.perform(get(link.replace("&amp;", "&")).with(user(coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Path Forward")));
    mvc.perform(
            post("/outreach/referrals")
                .param("personId", Long.toString(person))
                .param("providerId", Long.toString(provider))
                .param("source", "custom_notification")
                .param("sourceId", Long.toString(notification))
                .param("referredOn", today.minusDays(2).toString())
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(redirectedUrl("/people/" + person + "?referred"));

    Referral referral = outreach.caseload(worker).get(0);
    assertThat(referral.sourceId()).isEqualTo(notification);
    outreach.take(worker, referral.id(), 0);
    outreach.assess(worker, referral.id(), 1, java.util.List.of("employment", "substance_use"));
    outreach.addService(
        worker,
        referral.id(),
        2,
        new ServiceInput("substance_use", "Clean Start", today.toString()));
    outreach.recordConsent(
        worker,
        referral.id(),
        new ConsentInput(
            "Leo Grant",
            "the partnership's police agencies",
            "so partners know",
            true,
            "Leo Grant",
            today.toString(),
            today.plusMonths(3).toString()));

    mvc.perform(
            get("/api/people/" + person + "/help-accepted")
                .with(user(site.user(Role.INVESTIGATOR))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.shared").value(true))
        .andExpect(jsonPath("$.accepted").value(true))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("substance"))))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Clean Start"))));
  }
}
