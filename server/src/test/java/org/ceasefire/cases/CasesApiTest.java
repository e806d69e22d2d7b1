package org.ceasefire.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.people.PersonTestData.aPerson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Cases over HTTP as a partner system uses them: problem details, versions, the OpenAPI file. */
@CeasefireTest
class CasesApiTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Cases cases;
  @Autowired JsonMapper json;
  TestSites.TestSite site;
  CeasefireUser prosecutor;
  long city;
  Person defendant;

  private static RequestPostProcessor basic(CeasefireUser u) {
    return request -> {
      httpBasic(u.username(), TestSites.PASSWORD).postProcessRequest(request);
      request.addHeader("X-Ceasefire-OTP", TestSites.otp());
      return request;
    };
  }

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    prosecutor = site.user(Role.PROSECUTOR);
    city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    defendant = people.create(site.user(Role.INVESTIGATOR), aPerson().named("Nia", "Hart").input());
  }

  private long open() throws Exception {
    String body =
        """
        {"caseNumber":"CR-API-1","defendantId":%d,"referringAgencyId":%d,"jurisdictionId":%d,
         "referralNumber":"NH-26-0099","referredOn":"2026-02-02","custodyStatus":"in_custody"}
        """
            .formatted(defendant.id(), site.agencyId(), city);
    String created =
        mvc.perform(
                post("/api/cases")
                    .with(basic(prosecutor))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/cases/")))
            .andExpect(jsonPath("$.status").value("referred"))
            .andExpect(jsonPath("$.actions[0]").value("screen"))
            .andExpect(jsonPath("$.transitions[0].to").value("referred"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(created).get("id").asLong();
  }

  private org.springframework.test.web.servlet.ResultActions move(long id, String body)
      throws Exception {
    return mvc.perform(
        post("/api/cases/" + id + "/transitions")
            .with(basic(prosecutor))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void refusesAnIllegalMoveWithProblemDetailsNamingTheFieldAndAStaleOneWith409() throws Exception {
    long id = open();
    move(id, "{\"action\":\"dispose\",\"version\":0}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("action"))
        .andExpect(jsonPath("$.errors[0].message").value("a case that is referred cannot dispose"));
    move(id, "{\"action\":\"screen\",\"on\":\"2026-02-03\",\"version\":0}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("screening"))
        .andExpect(jsonPath("$.version").value(1));
    move(id, "{\"action\":\"decline\",\"reason\":\"no prosecutable offence\",\"version\":0}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(1));
    move(id, "{\"action\":\"screen\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    assertThat(cases.get(site.id(), id).status()).isEqualTo(CaseStatus.SCREENING);
  }

  @Test
  void editsTheCustodyStatusWithHistoryAndRecordsTheForumDecisionOverTheApi() throws Exception {
    long id = open();
    String edit =
        """
        {"caseNumber":"CR-API-1","defendantId":%d,"referringAgencyId":%d,"jurisdictionId":%d,
         "referralNumber":"NH-26-0099","referredOn":"2026-02-02","custodyStatus":"released_on_bond",
         "version":0}
        """
            .formatted(defendant.id(), site.agencyId(), city);
    mvc.perform(
            put("/api/cases/" + id)
                .with(basic(prosecutor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.custodyStatus").value("released_on_bond"));
    assertThat(cases.history(site.id(), id))
        .first()
        .satisfies(
            h ->
                assertThat(h.fields().get("custodyStatus"))
                    .containsExactly("in_custody", "released_on_bond"));
    move(id, "{\"action\":\"screen\",\"on\":\"2026-02-03\",\"version\":1}")
        .andExpect(status().isOk());
    mvc.perform(
            post("/api/cases/" + id + "/forum")
                .with(basic(prosecutor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"forum\":\"both\",\"reasons\":\"state assault, federal § 922(g)\","
                        + "\"decidedOn\":\"2026-02-10\",\"version\":2}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.forumDecision.forum").value("both"))
        .andExpect(
            jsonPath("$.forumDecision.decidedBy")
                .value(org.hamcrest.Matchers.startsWith("Prosecutor")));
    mvc.perform(get("/api/docs").with(user(prosecutor)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.paths['/api/cases/{id}/transitions'].post.summary")
                .value(org.hamcrest.Matchers.containsString("reopen")));
  }
}
