package org.ceasefire.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.people.People;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input no handler can take is refused before it reaches one, named, and changes nothing: a NUL in
 * a parameter or in JSON text (PostgreSQL text cannot hold byte 0), and a body that is not the JSON
 * asked for.
 */
@CeasefireTest
class RefusedInputTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired People people;
  TestSites.TestSite site;
  CeasefireUser coordinator;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    coordinator = site.user(Role.COORDINATOR);
  }

  @Test
  void aNulInAQueryParameterIsA400NamingTheParameter() throws Exception {
    mvc.perform(get("/api/people").param("supervision", "pro\0bation").with(user(coordinator)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.parameter").value("supervision"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NUL")));
  }

  @Test
  void aParameterOfTheWrongKindIsA400NamingItAndItsValue() throws Exception {
    // answered by Spring Boot's problem-details handler, which comes before ours
    mvc.perform(get("/api/people").param("page", "abc").with(user(coordinator)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Failed to convert 'page' with value: 'abc'"));
  }

  @Test
  void aNulInAFormFieldIsRefusedAndNothingIsCreated() throws Exception {
    long before = people.count(site.id());
    mvc.perform(
            post("/people")
                .param("firstName", "Ja\0ne")
                .param("lastName", "Doe")
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isBadRequest());
    org.assertj.core.api.Assertions.assertThat(people.count(site.id())).isEqualTo(before);
  }

  @Test
  void aNulInJsonTextIsA400NamingTheFieldAndNothingIsCreated() throws Exception {
    long before = people.count(site.id());
    mvc.perform(
            post("/api/people")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"aliases\":[\"J\\u0000\"]}")
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "field 'aliases[0]': holds a NUL character (\\u0000), which no text may hold"));
    org.assertj.core.api.Assertions.assertThat(people.count(site.id())).isEqualTo(before);
  }

  @Test
  void aBodyThatIsNotTheJsonAskedForNamesWhereItBreaks() throws Exception {
    mvc.perform(
            post("/api/people")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstName\":\n\"Jane\",,}")
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail").value("the request body is not valid JSON at line 2, column 8"));
    mvc.perform(
            post("/api/people")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"firstName\":\"Jane\",\"lastName\":{\"a\":1}}")
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("field 'lastName': is not text"));
    mvc.perform(
            post("/api/people")
                .contentType(MediaType.APPLICATION_JSON)
                .content("[]")
                .with(user(coordinator))
                .with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("the request body is empty or not a JSON object"));
  }
}
