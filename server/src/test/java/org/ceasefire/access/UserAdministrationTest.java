package org.ceasefire.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator administers the site's accounts; every change is audited. */
@CeasefireTest
class UserAdministrationTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired JdbcClient jdbc;
  TestSites.TestSite site;
  CeasefireUser coordinator;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    coordinator = site.user(Role.COORDINATOR);
  }

  private List<String> auditDetails() {
    return jdbc.sql(
            "select action || ' ' || detail from audit_event where site_id = :site"
                + " and record_type = 'user' order by seq")
        .param("site", site.id())
        .query(String.class)
        .list();
  }

  @Test
  void createsAUserWithAStrongPasswordAndRefusesAWeakOne() throws Exception {
    mvc.perform(
            post("/admin/users")
                .with(user(coordinator))
                .with(csrf())
                .param("username", site.code() + "-newbie")
                .param("displayName", "New Analyst")
                .param("role", "analyst")
                .param("agencyId", String.valueOf(site.agencyId()))
                .param("password", "password123"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));
    assertThat(sites.user(site.code() + "-newbie")).isEmpty();

    mvc.perform(
            post("/admin/users")
                .with(user(coordinator))
                .with(csrf())
                .param("username", site.code() + "-newbie")
                .param("displayName", "New Analyst")
                .param("role", "analyst")
                .param("agencyId", String.valueOf(site.agencyId()))
                .param("password", "violet harbour kettle 2031"))
        .andExpect(redirectedUrl("/admin/users"));
    CeasefireUser created = sites.user(site.code() + "-newbie").orElseThrow();
    assertThat(created.role()).isEqualTo(Role.ANALYST);
    assertThat(created.passwordHash()).startsWith("{bcrypt}");
    assertThat(auditDetails()).singleElement().asString().contains("create", "as analyst");
  }

  @Test
  void changesARoleAndDisablesAnAccountWithBothAudited() throws Exception {
    CeasefireUser analyst = site.user(Role.ANALYST);
    mvc.perform(
            post("/admin/users/" + analyst.id())
                .with(user(coordinator))
                .with(csrf())
                .param("displayName", "Moved To Investigations")
                .param("role", "investigator")
                .param("agencyId", String.valueOf(site.agencyId()))
                .param("enabled", "false")
                .param("version", "0"))
        .andExpect(redirectedUrl("/admin/users"));
    CeasefireUser after = sites.user(analyst.username()).orElseThrow();
    assertThat(after.role()).isEqualTo(Role.INVESTIGATOR);
    assertThat(after.enabled()).isFalse();
    assertThat(auditDetails())
        .singleElement()
        .asString()
        .contains("role analyst → investigator", "enabled true → false");
  }

  @Test
  void refusesAStaleEditAndACoordinatorRemovingTheirOwnRole() throws Exception {
    CeasefireUser analyst = site.user(Role.ANALYST);
    mvc.perform(
            post("/admin/users/" + analyst.id())
                .with(user(coordinator))
                .with(csrf())
                .param("displayName", "Stale")
                .param("role", "analyst")
                .param("agencyId", String.valueOf(site.agencyId()))
                .param("enabled", "true")
                .param("version", "7"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("changed by someone")));
    mvc.perform(
            post("/admin/users/" + coordinator.id())
                .with(user(coordinator))
                .with(csrf())
                .param("displayName", "Me")
                .param("role", "analyst")
                .param("agencyId", String.valueOf(site.agencyId()))
                .param("enabled", "true")
                .param("version", "0"))
        .andExpect(status().isUnprocessableContent());
    assertThat(sites.user(coordinator.username()).orElseThrow().role()).isEqualTo(Role.COORDINATOR);
    assertThat(auditDetails()).isEmpty();
  }

  @Test
  void listsAccountsDueForReviewUntilReviewed() throws Exception {
    jdbc.sql("update app_user set created_at = now() - interval '200 days' where site_id = :site")
        .param("site", site.id())
        .update();
    mvc.perform(get("/admin/users").with(user(coordinator)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"review-due\"")));
    for (CeasefireUser u : site.users().values()) {
      mvc.perform(post("/admin/users/" + u.id() + "/review").with(user(coordinator)).with(csrf()))
          .andExpect(redirectedUrl("/admin/users"));
    }
    mvc.perform(get("/admin/users").with(user(coordinator)))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("id=\"review-due\""))));
  }
}
