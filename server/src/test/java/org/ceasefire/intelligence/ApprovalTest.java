package org.ceasefire.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** D6: a new entry is pending, seen only by its submitter, until a second user approves it. */
@CeasefireTest
class ApprovalTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired Groups groups;
  @Autowired People people;
  @Autowired Places places;
  @Autowired MembershipLifecycle lifecycle;
  IntelligenceTestData data;

  @BeforeEach
  void newSite() {
    data = new IntelligenceTestData(TestSites.create(sites), groups, people, places, lifecycle);
  }

  @Test
  void keepsANewEntryPendingAndVisibleOnlyToItsSubmitterUntilASecondUserApproves()
      throws Exception {
    Person p = data.person("Ty", "Ross", "1998-01-01");
    Membership m = data.submit(p);
    assertThat(m.status()).isEqualTo("pending");
    assertThat(groups.members(data.site.id(), data.group.id())).isEmpty();
    assertThat(groups.get(data.site.id(), data.group.id()).memberCount()).isZero();
    String why = "/api/people/" + p.id() + "/intelligence";
    mvc.perform(get(why).with(user(data.analyst)))
        .andExpect(jsonPath("$[0].status").value("pending"));
    mvc.perform(get(why).with(user(data.investigator))).andExpect(jsonPath("$.length()").value(0));
    mvc.perform(get("/api/groups/" + data.group.id() + "/members").with(user(data.investigator)))
        .andExpect(jsonPath("$.length()").value(0));

    mvc.perform(
            post("/api/intelligence/entries/" + m.id() + "/approval")
                .with(user(data.investigator))
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("approved"));
    mvc.perform(get(why).with(user(data.site.user(Role.PROSECUTOR))))
        .andExpect(
            jsonPath("$[0].approvedBy").value(org.hamcrest.Matchers.startsWith("Investigator")));
    assertThat(groups.members(data.site.id(), data.group.id())).hasSize(1);
  }

  @Test
  void refusesSelfApprovalAndASecondApproval() throws Exception {
    Membership m = data.submit(data.person("Al", "Dunn", "1990-01-01"));
    mvc.perform(
            post("/api/intelligence/entries/" + m.id() + "/approval")
                .with(user(data.analyst))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent());
    assertThat(lifecycle.entry(data.site.id(), m.id()).pending()).isTrue();
    lifecycle.approve(data.investigator, m.id());
    assertThatThrownBy(() -> lifecycle.approve(data.site.user(Role.ANALYST), m.id()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("already approved");
  }

  @Test
  void listsPendingEntriesForApproversOnly() throws Exception {
    data.submit(data.person("Bo", "Hart", "1990-01-01"));
    mvc.perform(get("/api/intelligence/pending").with(user(data.investigator)))
        .andExpect(jsonPath("$.length()").value(1));
    mvc.perform(get("/api/intelligence/pending").with(user(data.site.user(Role.PROSECUTOR))))
        .andExpect(status().isForbidden());
  }

  @Test
  void approvesFromTheLifecyclePageButNeverOnesOwnEntry() throws Exception {
    Membership m = data.submit(data.person("Cy", "Page", "1990-01-01"));
    mvc.perform(get("/intelligence").with(user(data.analyst)))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("yours: another user approves")));
    mvc.perform(
            post("/intelligence/entries/" + m.id() + "/approval")
                .with(user(data.investigator))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(lifecycle.entry(data.site.id(), m.id()).pending()).isFalse();
  }
}
