package org.ceasefire.intelligence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipInput;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** D1, D3, D5: what an entry must carry, and whom and how long the site may list. */
@CeasefireTest
class EntryRulesTest {

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

  private long entries() {
    return jdbc.sql("select count(*) from membership where site_id = :site")
        .param("site", data.site.id())
        .query(Long.class)
        .single();
  }

  private MembershipInput entry(Person p, List<String> criteria, String reviewDate) {
    return new MembershipInput(p.id(), "member", criteria, "FI card 9", reviewDate);
  }

  private List<String> problems(Runnable r) {
    try {
      r.run();
      return List.of();
    } catch (ValidationException e) {
      return e.problems().stream().map(ValidationException.FieldProblem::field).toList();
    }
  }

  @Test
  void refusesAnEntryWithoutCriteriaOrSourceWith422NamingTheFieldsAndSavesNothing()
      throws Exception {
    Person p = data.person("Ty", "Ross", "1998-01-01");
    mvc.perform(
            post("/api/groups/" + data.group.id() + "/members")
                .with(user(data.analyst))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + p.id() + ",\"criteria\":[],\"source\":\" \"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.hasItems("criteria", "source")));
    assertThat(entries()).isZero();
  }

  @Test
  void refusesAReviewDateMoreThanFiveYearsOutAndSoDoesTheDatabase() {
    Person p = data.person("Al", "Dunn", "1990-05-05");
    String late = today.plusYears(5).plusDays(1).toString();
    assertThat(
            problems(
                () ->
                    groups.addMember(
                        data.analyst, data.group.id(), entry(p, List.of("self_admission"), late))))
        .containsExactly("reviewDate");
    Membership m = data.listed(p);
    assertThatThrownBy(
            () ->
                jdbc.sql(
                        "update membership set review_date = (validated_at at time zone 'UTC')::date"
                            + " + interval '5 years 1 day' where site_id = :site and id = :id")
                    .param("site", data.site.id())
                    .param("id", m.id())
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void acceptsOnlyTheSitesActiveCriteria() throws Exception {
    Person p = data.person("Bo", "Hart", "1995-02-02");
    assertThat(
            problems(
                () ->
                    groups.addMember(
                        data.analyst,
                        data.group.id(),
                        entry(p, List.of("looks_like_a_member"), null))))
        .containsExactly("criteria");
    mvc.perform(
            post("/api/intelligence/criteria")
                .with(user(data.site.user(Role.COORDINATOR)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"code\":\"court_finding\",\"label\":\"Court finding\",\"active\":false}"))
        .andExpect(status().isOk());
    assertThat(
            problems(
                () ->
                    groups.addMember(
                        data.analyst, data.group.id(), entry(p, List.of("court_finding"), null))))
        .containsExactly("criteria");
    assertThat(groups.criteria(data.site.id()))
        .containsKey("self_admission")
        .doesNotContainKey("court_finding");
    assertThat(entries()).isZero();
  }

  @Test
  void refusesPersonsUnderThirteenWithTheBoundaryExact() {
    Person thirteenToday = data.person("Jo", "Lee", today.minusYears(13).toString());
    Person thirteenTomorrow = data.person("Mo", "Lee", today.minusYears(13).plusDays(1).toString());
    assertThat(
            problems(
                () ->
                    groups.addMember(
                        data.analyst,
                        data.group.id(),
                        entry(thirteenTomorrow, List.of("self_admission"), null))))
        .containsExactly("personId");
    assertThat(
            groups
                .addMember(
                    data.analyst,
                    data.group.id(),
                    entry(thirteenToday, List.of("self_admission"), null))
                .reviewDate())
        .isEqualTo(today.plusYears(2));
  }

  @Test
  void limitsAJuvenilesReviewToTheSitesJuvenilePeriod() throws Exception {
    Person youth = data.person("Cy", "Park", today.minusYears(16).toString());
    Person adult = data.person("Di", "Park", today.minusYears(18).toString());
    String threeYears = today.plusYears(3).toString();
    assertThat(
            problems(
                () ->
                    groups.addMember(
                        data.analyst,
                        data.group.id(),
                        entry(youth, List.of("self_admission"), threeYears))))
        .containsExactly("reviewDate");
    assertThat(
            groups
                .addMember(
                    data.analyst, data.group.id(), entry(adult, List.of("self_admission"), null))
                .reviewDate())
        .isEqualTo(today.plusYears(5));
    mvc.perform(
            put("/api/intelligence/policy")
                .with(user(data.site.user(Role.COORDINATOR)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"juvenileReviewYears\":3}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.juvenileReviewYears").value(3));
    assertThat(
            groups
                .addMember(
                    data.analyst,
                    data.group.id(),
                    entry(youth, List.of("self_admission"), threeYears))
                .reviewDate())
        .isEqualTo(today.plusYears(3));
  }
}
