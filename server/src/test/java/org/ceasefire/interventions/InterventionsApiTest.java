package org.ceasefire.interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Interventions over HTTP: problem details, versions, and what each role sees. */
@CeasefireTest
@RecordApplicationEvents
class InterventionsApiTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Groups groups;
  @Autowired MembershipLifecycle lifecycle;
  @Autowired People people;
  @Autowired Incidents incidents;
  @Autowired CallIns callIns;
  @Autowired ApplicationEvents events;
  InterventionsTestData data;
  CriminalGroup hill;
  Person amir;
  Membership entry;

  @BeforeEach
  void newSite() {
    data =
        new InterventionsTestData(
            TestSites.create(sites), places, groups, lifecycle, people, incidents, callIns);
    hill = data.group("Hill Boys", "active");
    amir = data.person("Amir", "Cole", "probation");
    entry = data.member(amir, hill);
  }

  private ResultActions send(CeasefireUser u, String path, String body) throws Exception {
    return mvc.perform(
        post(path)
            .with(user(u))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private long notification() throws Exception {
    String body =
        """
        {"personId":%d,"groupId":%d,"visitOn":"%s","officer":"Sgt. Ruiz",
         "outreachWorker":"T. Banks","reason":"Suspect in two shootings since March",
         "membershipIds":[%d]}
        """
            .formatted(amir.id(), hill.id(), data.today.minusDays(1), entry.id());
    String created =
        send(data.coordinator, "/api/interventions/notifications", body)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("planned"))
            .andExpect(jsonPath("$.links[0].kind").value("membership"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
  }

  @Test
  void recordsTheOutcomeOfAVisitOnceAndHandsTheOfferOfHelpToOutreach() throws Exception {
    long id = notification();
    String delivered =
        """
        {"outcome":"delivered","message":"Community and law-enforcement message, help offered",
         "offeredHelp":true,"version":0}
        """;
    send(data.coordinator, "/api/interventions/notifications/" + id + "/outcome", delivered)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("delivered"))
        .andExpect(jsonPath("$.version").value(1));
    send(data.coordinator, "/api/interventions/notifications/" + id + "/outcome", delivered)
        .andExpect(status().isConflict());
    send(
            data.coordinator,
            "/api/interventions/notifications/" + id + "/outcome",
            delivered.replace("\"version\":0", "\"version\":1"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("already recorded")));
    assertThat(events.stream(HelpOffered.class))
        .extracting(HelpOffered::personId, HelpOffered::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(amir.id(), "custom_notification"));
  }

  @Test
  void refusesANotificationWithoutItsParticularsNamingEachField() throws Exception {
    send(data.coordinator, "/api/interventions/notifications", "{}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("personId")))
        .andExpect(content().string(containsString("visitOn")))
        .andExpect(content().string(containsString("reason")))
        .andExpect(content().string(containsString("officer")));
    long id = notification();
    send(
            data.coordinator,
            "/api/interventions/notifications/" + id + "/outcome",
            "{\"outcome\":\"delivered\",\"version\":0}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("message")));
  }

  @Test
  void showsLinkedIntelligenceOnlyToIntelligenceReadersAndNoPersonToOutreach() throws Exception {
    long id = notification();
    mvc.perform(get("/api/interventions/notifications/" + id).with(user(data.coordinator)))
        .andExpect(jsonPath("$.links.length()").value(1));
    mvc.perform(get("/api/interventions/notifications/" + id).with(user(data.probation)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.links.length()").value(0));
    CeasefireUser outreach = data.site.user(Role.OUTREACH);
    mvc.perform(get("/api/interventions/notifications/" + id).with(user(outreach)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/interventions/notifications").with(user(outreach)))
        .andExpect(jsonPath("$.length()").value(0));
    send(outreach, "/api/interventions/notifications", "{\"personId\":" + amir.id() + "}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("no such person")));
  }

  @Test
  void theLetterNamesOnlyConsequencesFromRecordsTheViewerMayRead() throws Exception {
    long id = notification();
    mvc.perform(get("/interventions/notifications/" + id + "/letter").with(user(data.coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Hill Boys")))
        .andExpect(content().string(containsString("You are on probation")));
    mvc.perform(get("/interventions/notifications/" + id + "/letter").with(user(data.investigator)))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("You are on probation"))));
  }

  @Test
  void aCallInStepOnAnOldVersionAnswers409AndTheListHidesWhyFromSupervision() throws Exception {
    CallIn c = data.callIn(0, hill);
    send(data.coordinator, "/api/interventions/call-ins/" + c.id() + "/proposal", "")
        .andExpect(jsonPath("$.added").value(1));
    send(data.probation, "/api/interventions/call-ins/" + c.id() + "/proposal", "")
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/interventions/call-ins/" + c.id()).with(user(data.coordinator)))
        .andExpect(jsonPath("$.invitations[0].why[0].group").value("Hill Boys"))
        .andExpect(jsonPath("$.invitations[0].basis").value("proposed"));
    mvc.perform(get("/api/interventions/call-ins/" + c.id()).with(user(data.probation)))
        .andExpect(jsonPath("$.invitations[0].reason").value("selected by the coordinator"))
        .andExpect(jsonPath("$.invitations[0].why").doesNotExist())
        .andExpect(content().string(not(containsString("self_admission"))));
    mvc.perform(get("/interventions/call-ins/" + c.id()).with(user(data.probation)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("selected by the coordinator")))
        .andExpect(content().string(not(containsString("self_admission"))));
    String speaker = "{\"kind\":\"prosecutor\",\"name\":\"AUSA Lee\",\"version\":0}";
    send(data.coordinator, "/api/interventions/call-ins/" + c.id() + "/speakers", speaker)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.speakers[0].name").value("AUSA Lee"));
    send(data.coordinator, "/api/interventions/call-ins/" + c.id() + "/speakers", speaker)
        .andExpect(status().isConflict());
    send(
            data.coordinator,
            "/api/interventions/call-ins/" + c.id() + "/steps",
            "{\"action\":\"hold\",\"messages\":[],\"version\":1}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("messages")));
  }

  @Test
  void aPersonsPageListsTheirCallInsAndNotifications() throws Exception {
    CallIn c = data.callIn(0, hill);
    send(data.coordinator, "/api/interventions/call-ins/" + c.id() + "/proposal", "");
    notification();
    mvc.perform(get("/people/" + amir.id()).with(user(data.probation)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Interventions")))
        .andExpect(content().string(containsString("/interventions/call-ins/" + c.id())))
        .andExpect(content().string(containsString("Custom notification")));
    mvc.perform(get("/api/interventions/call-ins").with(user(data.site.user(Role.OUTREACH))))
        .andExpect(jsonPath("$[0].invited").value(0))
        .andExpect(content().string(not(containsString("Amir"))));
  }

  @Test
  void editsAPlannedCallInOnItsVersionAndRefusesToEditAHeldOne() throws Exception {
    CriminalGroup other = data.group("Other Set", "active");
    CallIn c = data.callIn(0, hill);
    String body =
        """
        {"heldOn":"%s","place":"City Hall","jurisdictionId":%d,"groupIds":[%d,%d],"version":%d}
        """;
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/interventions/call-ins/" + c.id())
                .with(user(data.coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(data.today, data.city, hill.id(), other.id(), 0)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.place").value("City Hall"))
        .andExpect(jsonPath("$.groups.length()").value(2))
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/interventions/call-ins/" + c.id())
                .with(user(data.coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(data.today, data.city, hill.id(), other.id(), 0)))
        .andExpect(status().isConflict());
    data.held(callIns.get(data.site.id(), c.id()));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/interventions/call-ins/" + c.id())
                .with(user(data.coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(data.today, data.city, hill.id(), other.id(), 2)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("cannot be edited")));
    mvc.perform(get("/interventions/call-ins/" + c.id() + "/edit").with(user(data.coordinator)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("City Hall")));
  }
}
