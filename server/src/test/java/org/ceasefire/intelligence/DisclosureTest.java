package org.ceasefire.intelligence;

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

import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** B1 and D7: who sees why a person is listed, and every release outside the agency is logged. */
@CeasefireTest
class DisclosureTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired Groups groups;
  @Autowired People people;
  @Autowired Places places;
  @Autowired MembershipLifecycle lifecycle;
  @Autowired JdbcClient jdbc;
  IntelligenceTestData data;
  Person person;
  Membership entry;

  @BeforeEach
  void newSite() {
    data = new IntelligenceTestData(TestSites.create(sites), groups, people, places, lifecycle);
    person = data.person("Dion", "Pratt", "1996-07-07");
    entry = data.listed(person);
  }

  private long count(String sql) {
    return jdbc.sql(sql).param("site", data.site.id()).query(Long.class).single();
  }

  @Test
  void showsTheReviewBoardWhyAPersonIsListed() throws Exception {
    mvc.perform(
            get("/api/people/" + person.id() + "/intelligence")
                .with(user(data.site.user(Role.PROSECUTOR))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].group").value("Hill Boys"))
        .andExpect(jsonPath("$[0].criteria[0]").value("self_admission"))
        .andExpect(jsonPath("$[0].source").value("FI card 17"))
        .andExpect(jsonPath("$[0].submittedBy").value(containsString("Crime analyst")))
        .andExpect(jsonPath("$[0].reviewDate").value(entry.reviewDate().toString()))
        .andExpect(jsonPath("$[0].status").value("approved"));
    mvc.perform(get("/people/" + person.id()).with(user(data.analyst)))
        .andExpect(content().string(containsString("Why listed")))
        .andExpect(content().string(containsString("approved by")));
    mvc.perform(get("/people/" + person.id()).with(user(data.site.user(Role.SUPERVISION))))
        .andExpect(content().string(not(containsString("Why listed"))));
  }

  @Test
  void refusesOutreachWorkersTheIntelligenceOfAPersonAndAuditsTheRefusal() throws Exception {
    mvc.perform(
            get("/api/people/" + person.id() + "/intelligence")
                .with(user(data.site.user(Role.OUTREACH))))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString("FI card 17"))));
    assertThat(
            count("select count(*) from audit_event where site_id = :site and action = 'denied'"))
        .isEqualTo(1);
  }

  @Test
  void recordsAReleaseWithRecipientReasonAndEntriesAndRefusesOneWithoutReason() throws Exception {
    mvc.perform(
            post("/api/intelligence/disseminations")
                .with(user(data.investigator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"recipientAgency\":\"State Police\",\"entryIds\":[" + entry.id() + "]}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(
            post("/intelligence/disseminations")
                .with(user(data.investigator))
                .with(csrf())
                .param("reason", "joint homicide investigation")
                .param("entryIds", String.valueOf(entry.id())))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("is required")));
    assertThat(count("select count(*) from dissemination where site_id = :site")).isZero();

    mvc.perform(
            post("/api/intelligence/disseminations")
                .with(user(data.investigator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"recipientAgency\":\"State Police\",\"reason\":\"joint homicide"
                        + " investigation\",\"entryIds\":["
                        + entry.id()
                        + "]}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.entryIds[0]").value(entry.id()));
    assertThat(count("select count(*) from dissemination where site_id = :site")).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select purpose from audit_event where site_id = :site"
                        + " and action = 'disseminate' and record_id = :id")
                .param("site", data.site.id())
                .param("id", entry.id())
                .query(String.class)
                .list())
        .containsExactly("joint homicide investigation");
  }

  @Test
  void refusesToLogTheReleaseOfAnEntryThatIsNotCurrent() throws Exception {
    mvc.perform(
            post("/api/intelligence/disseminations")
                .with(user(data.investigator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"recipientAgency\":\"FBI\",\"reason\":\"task force\",\"entryIds\":[999999]}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("entryIds"));
  }
}
