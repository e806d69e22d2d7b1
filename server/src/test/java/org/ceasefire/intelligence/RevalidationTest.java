package org.ceasefire.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.people.PersonInput;
import org.ceasefire.places.Places;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** D4: only re-validation with new supporting information restarts the review; it is audited. */
@CeasefireTest
class RevalidationTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired Groups groups;
  @Autowired People people;
  @Autowired Places places;
  @Autowired MembershipLifecycle lifecycle;
  @Autowired JdbcClient jdbc;
  IntelligenceTestData data;
  LocalDate today = LocalDate.now();

  @BeforeEach
  void newSite() {
    data = new IntelligenceTestData(TestSites.create(sites), groups, people, places, lifecycle);
  }

  private String revalidation(String source) {
    return "{\"criteria\":[\"arrested_with_members\"],\"source\":\"" + source + "\"}";
  }

  @Test
  void revalidationWithNewSupportRestartsTheReviewAndIsAudited() throws Exception {
    Membership m = data.listed(data.person("Eli", "Ward", "1990-03-03"), today.plusYears(1));
    mvc.perform(
            post("/api/intelligence/entries/" + m.id() + "/revalidation")
                .with(user(data.investigator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(revalidation("Arrest report 2291")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviewDate").value(today.plusYears(5).toString()))
        .andExpect(jsonPath("$.criteria[0]").value("arrested_with_members"));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where site_id = :site"
                        + " and action = 'revalidate' and record_type = 'membership'"
                        + " and record_id = :id")
                .param("site", data.site.id())
                .param("id", m.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void refusesARevalidationWithoutNewSupportingInformation() throws Exception {
    Membership m = data.listed(data.person("Kai", "Moss", "1990-03-03"), today.plusYears(1));
    mvc.perform(
            post("/api/intelligence/entries/" + m.id() + "/revalidation")
                .with(user(data.investigator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(revalidation("FI card 17")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("source"));
    assertThat(lifecycle.entry(data.site.id(), m.id()).reviewDate()).isEqualTo(today.plusYears(1));
  }

  @Test
  void editingTheEntryOrThePersonsIdentifiersLeavesTheReviewDateAlone() throws Exception {
    Person p = data.person("Ray", "Fox", "1990-03-03");
    Membership m = data.listed(p, today.plusYears(1));
    mvc.perform(
            put("/api/intelligence/entries/" + m.id())
                .with(user(data.analyst))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"leader\",\"version\":" + m.version() + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.role").value("leader"))
        .andExpect(jsonPath("$.reviewDate").value(today.plusYears(1).toString()));
    people.update(
        data.analyst,
        p.id(),
        new PersonInput(
            "Ray",
            null,
            "Fox",
            "1990-03-03",
            "male",
            "black",
            "CT-5521",
            "none",
            null,
            List.of("Foxy"),
            p.version()));
    Membership after = lifecycle.entry(data.site.id(), m.id());
    assertThat(after.reviewDate()).isEqualTo(today.plusYears(1));
    assertThat(after.validatedAt()).isEqualTo(m.validatedAt());
  }
}
