package org.ceasefire.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint Spring has mapped, for every role and for an anonymous visitor, and checks
 * the answer against {@link AccessPolicy}: refused (403) exactly when the policy refuses. An
 * endpoint without a declared compartment fails this test.
 */
@CeasefireTest
class AccessMatrixTest {

  /** One mapped endpoint: method, path and the compartment it declares. */
  record Endpoint(HttpMethod method, String path, @Nullable Guarded guarded, String handler) {}

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired AccessPolicy policy;
  @Autowired Sites sites;
  TestSites.TestSite site;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
  }

  @Test
  void everyEndpointDeclaresItsCompartment() {
    List<String> undeclared =
        endpoints().stream().filter(e -> e.guarded() == null).map(Endpoint::handler).toList();
    assertThat(undeclared).as("handlers without @Guarded").isEmpty();
    assertThat(endpoints()).hasSizeGreaterThan(20);
  }

  @Test
  void everyRoleGetsExactlyWhatThePolicyGrantsOnEveryEndpoint() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      for (Role role : Role.values()) {
        boolean allowed = policy.permits(role, e.guarded().value(), e.guarded().action());
        int status =
            mvc.perform(request(e).with(user(site.user(role))).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        if (allowed == (status == 403) || status >= 500) {
          mismatches.add(e.method() + " " + e.path() + " as " + role + " -> " + status);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void anonymousVisitorsReachOnlyPublicPages() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (Endpoint e : endpoints()) {
      int status = mvc.perform(request(e).with(csrf())).andReturn().getResponse().getStatus();
      boolean isPublic = e.guarded().value() == Compartment.PUBLIC;
      boolean refused = status == 401 || status == 302 || status == 403;
      if (isPublic == refused) {
        mismatches.add(e.method() + " " + e.path() + " anonymously -> " + status);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void outreachWorkersResearchersAndAuditorsReachNoPersonLevelRecord() throws Exception {
    for (Role role : Set.of(Role.OUTREACH, Role.RESEARCHER, Role.AUDITOR)) {
      for (String path : List.of("/api/people", "/api/groups", "/api/incidents", "/people")) {
        int status =
            mvc.perform(MockMvcRequestBuilders.get(path).with(user(site.user(role))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as(role + " GET " + path).isEqualTo(403);
      }
    }
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> all = new ArrayList<>();
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
          mapping.getHandlerMethods().entrySet()) {
        HandlerMethod handler = entry.getValue();
        if (!handler.getBeanType().getPackageName().startsWith("org.ceasefire")) {
          continue;
        }
        Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
        RequestMethod method = methods.isEmpty() ? RequestMethod.GET : methods.iterator().next();
        for (String path : entry.getKey().getPatternValues()) {
          all.add(
              new Endpoint(
                  HttpMethod.valueOf(method.name()),
                  path,
                  handler.getMethodAnnotation(Guarded.class),
                  handler.toString()));
        }
      }
    }
    return all;
  }

  private static MockHttpServletRequestBuilder request(Endpoint e) {
    String path = e.path().replaceAll("\\{[^}]+}", "999999999");
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(e.method(), path);
    if (e.method() == HttpMethod.POST || e.method() == HttpMethod.PUT) {
      if (path.startsWith("/api/")) {
        request.contentType(MediaType.APPLICATION_JSON).content("{}");
      } else {
        request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
      }
    }
    return request;
  }
}
