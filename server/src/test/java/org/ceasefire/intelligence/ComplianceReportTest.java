package org.ceasefire.intelligence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The auditor's report: figures by criteria and source, reviews due, purges, juveniles. */
@CeasefireTest
class ComplianceReportTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired Groups groups;
  @Autowired People people;
  @Autowired Places places;
  @Autowired MembershipLifecycle lifecycle;
  @Autowired LifecycleJob job;
  @Autowired PurgeQueue queue;
  @Autowired Disseminations disseminations;

  @Test
  void givesAuditorsTheSitesFiguresWithoutNames() throws Exception {
    IntelligenceTestData data =
        new IntelligenceTestData(TestSites.create(sites), groups, people, places, lifecycle);
    LocalDate today = LocalDate.now();
    Membership dueSoon = data.listed(data.person("Ana", "Soon", "1990-01-01"), today.plusDays(30));
    Membership youth = data.listed(data.person("Ben", "Young", today.minusYears(16).toString()));
    data.submit(data.person("Cal", "Waits", "1991-01-01"));
    Membership gone = data.listed(data.person("Dee", "Gone", "1992-01-01"), today.plusDays(1));
    job.runOn(today.plusDays(2), data.site.id());
    queue.purge(data.investigator, queue.list(data.site.id()).get(0).id());
    disseminations.record(
        data.investigator,
        new Dissemination.Input("State Police", "task force", List.of(youth.id())));

    var auditor = data.site.user(Role.AUDITOR);
    mvc.perform(get("/api/intelligence/report").with(user(auditor)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.entries").value(3))
        .andExpect(jsonPath("$.pending").value(1))
        .andExpect(jsonPath("$.byCriterion.self_admission").value(3))
        .andExpect(jsonPath("$.bySource['FI card 17']").value(3))
        .andExpect(jsonPath("$.withoutSupport.length()").value(0))
        .andExpect(jsonPath("$.reviewsDue.length()").value(1))
        .andExpect(jsonPath("$.reviewsDue[0]").value(dueSoon.id()))
        .andExpect(jsonPath("$.purgesDone").value(1))
        .andExpect(jsonPath("$.queuedForPurge").value(0))
        .andExpect(jsonPath("$.juvenilePersons").value(1))
        .andExpect(jsonPath("$.juvenileEntries[0]").value(youth.id()))
        .andExpect(jsonPath("$.disseminations").value(1));
    mvc.perform(get("/intelligence/report").with(user(auditor)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Purges done")))
        .andExpect(content().string(not(containsString("Young"))));
    mvc.perform(get("/api/intelligence/report").with(user(data.analyst)))
        .andExpect(status().isForbidden());
    org.assertj.core.api.Assertions.assertThat(gone.id()).isNotEqualTo(youth.id());
  }
}
