package org.ceasefire.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The layout of a rendered page: the navigation and the read and write flags follow the user's role
 * (worked out once per role, so two roles in a row must not share), and the site is the user's. An
 * API answer carries none of it.
 */
@CeasefireTest
class LayoutModelTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  TestSites.TestSite site;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
  }

  @Test
  void aPagesNavigationAndFlagsFollowTheRoleOfWhoeverAsks() throws Exception {
    for (int round = 0; round < 2; round++) { // the second round is served from the per-role cache
      Map<String, Object> coordinator = model(Role.COORDINATOR);
      assertThat(hrefs(coordinator)).contains("/people", "/incidents", "/admin/users");
      assertThat(hrefs(coordinator)).doesNotContain("/outreach", "/audit");
      assertThat(flag(coordinator, "mayWrite", Compartment.ADMINISTRATION)).isTrue();
      assertThat(((Site) coordinator.get("site")).id()).isEqualTo(site.id());
      assertThat(((CeasefireUser) coordinator.get("me")).role()).isEqualTo(Role.COORDINATOR);

      Map<String, Object> outreach = model(Role.OUTREACH);
      assertThat(hrefs(outreach)).contains("/outreach");
      assertThat(hrefs(outreach)).doesNotContain("/people", "/incidents", "/admin/users");
      assertThat(flag(outreach, "can", Compartment.OUTREACH)).isTrue();
      assertThat(flag(outreach, "can", Compartment.INVESTIGATIVE)).isFalse();
      assertThat(flag(outreach, "mayWrite", Compartment.ADMINISTRATION)).isFalse();

      Map<String, Object> auditor = model(Role.AUDITOR);
      assertThat(hrefs(auditor)).contains("/audit");
      assertThat(hrefs(auditor)).doesNotContain("/people", "/outreach");
    }
  }

  @Test
  void theRenderedNavigationShowsOnlyTheRolesLinks() throws Exception {
    String html =
        mvc.perform(get("/").with(user(site.user(Role.OUTREACH))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("href=\"/outreach\"").doesNotContain("href=\"/incidents\"");
  }

  @Test
  void anApiAnswerHasNoPageModel() throws Exception {
    MvcResult api =
        mvc.perform(get("/api/people").with(user(site.user(Role.COORDINATOR))))
            .andExpect(status().isOk())
            .andReturn();
    assertThat(api.getModelAndView()).isNull();
  }

  private Map<String, Object> model(Role role) throws Exception {
    MvcResult page =
        mvc.perform(get("/").with(user(site.user(role)))).andExpect(status().isOk()).andReturn();
    return page.getModelAndView().getModel();
  }

  @SuppressWarnings("unchecked")
  private static List<String> hrefs(Map<String, Object> model) {
    return ((List<LayoutModel.NavItem>) model.get("nav"))
        .stream().map(LayoutModel.NavItem::href).toList();
  }

  @SuppressWarnings("unchecked")
  private static boolean flag(Map<String, Object> model, String name, Compartment c) {
    return ((Map<Compartment, Boolean>) model.get(name)).get(c);
  }
}
