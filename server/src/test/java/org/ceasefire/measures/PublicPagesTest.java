package org.ceasefire.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.access.Role;
import org.ceasefire.groups.Groups;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.IncidentInput;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.ParticipantInput;
import org.ceasefire.outreach.Outreach;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.testing.CeasefireTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public page leaks nothing: on a site with known small counts, every public endpoint fetched
 * anonymously shows small cells as "fewer than 5", withholds the cell that subtraction would give
 * back, and no body holds a name, a person's id, a group, an address, a report number, a narrative
 * or a coordinate of an incident.
 */
@CeasefireTest
class PublicPagesTest {

  static final double LON = -72.931234;
  static final double LAT = 41.312345;

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Groups groups;
  @Autowired Incidents incidents;
  @Autowired Outreach outreach;
  @Autowired JdbcClient jdbc;
  MeasuresTestData data;

  @BeforeEach
  void site() {
    data = new MeasuresTestData(MeasuresTestData.Parts.of(context));
    var investigator = data.site.user(Role.INVESTIGATOR);
    // a located shooting with everything a page must never show
    Incident secret =
        incidents.create(
            investigator,
            new IncidentInput(
                "RN-SECRET-77",
                "shots_fired",
                data.month.atDay(3) + "T02:10",
                LON,
                LAT,
                "17 Hidden Lane",
                data.newHaven,
                null,
                "Narrative-marker-5521",
                null));
    incidents.addParticipant(
        investigator, secret.id(), new ParticipantInput(data.ana.id(), "victim", "none"));
    // six shots fired in Hamden: a count the page shows, unless subtraction needs it withheld
    for (int i = 0; i < 6; i++) {
      incidents.create(
          investigator,
          new IncidentInput(
              null,
              "shots_fired",
              data.month.atDay(4 + i) + "T23:00",
              null,
              null,
              null,
              data.hamden,
              data.hamdenPlains,
              null,
              null));
    }
  }

  MvcResult anonymous(String url) throws Exception {
    return mvc.perform(get(url)).andReturn();
  }

  @Test
  void aSiteThatDoesNotPublishHasNoPublicPage() throws Exception {
    assertThat(anonymous("/public/" + data.site.code()).getResponse().getStatus()).isEqualTo(404);
    assertThat(anonymous("/public/api/" + data.site.code()).getResponse().getStatus())
        .isEqualTo(404);
    assertThat(anonymous("/public/api").getResponse().getContentAsString())
        .doesNotContain(data.site.code());
    // only a coordinator decides; a refused request changes nothing
    MvcResult refused =
        mvc.perform(
                post("/measures/publication")
                    .param("action", "publish")
                    .with(user(data.site.user(Role.ANALYST)))
                    .with(csrf()))
            .andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    assertThat(anonymous("/public/" + data.site.code()).getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void everyPublicEndpointShowsSuppressedCellsAndNothingPersonLevel() throws Exception {
    publish();
    String code = data.site.code();
    List<String> bodies = new ArrayList<>();
    List<String> urls =
        new ArrayList<>(
            List.of("/public", "/public/api", "/public/" + code, "/public/api/" + code));
    for (Measure m : Measure.PUBLISHED) {
      urls.add("/public/" + code + "?measure=" + m.code());
      urls.add("/public/api/" + code + "/areas?measure=" + m.code());
    }
    for (String url : urls) {
      MvcResult r = anonymous(url);
      assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
      bodies.add(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
    String all = String.join("\n", bodies);
    assertThat(all).contains(data.site.code()).contains("New Haven").contains("Hamden Plains");
    for (String never :
        List.of(
            "Ana",
            "Ben",
            "Cal",
            "Dee",
            "Eli",
            "Fay",
            "Measure ",
            "Elm Street",
            "RN-SECRET-77",
            "Hidden Lane",
            "Narrative-marker",
            "72.9312",
            "41.3123",
            "personId",
            "\"person",
            "FI card",
            "Officer Reyes",
            "City Works",
            "Sunrise")) {
      assertThat(all).as("public pages must not show " + never).doesNotContain(never);
    }

    JsonNode summary = json.readTree(bodies.get(3));
    JsonNode month = row(summary, "homicides", data.month.toString());
    // New Haven 1, Hamden 1, all cities 2: every one fewer than 5
    assertThat(month.get("cities").get(0).get("shown").asString()).isEqualTo("fewer than 5");
    assertThat(month.get("cities").get(1).get("shown").asString()).isEqualTo("fewer than 5");
    assertThat(month.get("allCities").get("shown").asString()).isEqualTo("fewer than 5");
    assertThat(count(month.get("allCities"))).isEqualTo(-1);
    // shots fired: Hamden 6, New Haven 2 (fewer than 5), all cities 8: Hamden is withheld, or
    // 8 - 6 would give New Haven's back
    JsonNode shots = row(summary, "shots_fired", data.month.toString());
    List<String> cities = new ArrayList<>();
    summary.get("tables").get(2).get("cities").forEach(c -> cities.add(c.asString()));
    assertThat(cities).containsExactly("Hamden", "New Haven");
    assertThat(shots.get("cities").get(1).get("shown").asString()).isEqualTo("fewer than 5");
    assertThat(shots.get("cities").get(0).get("shown").asString()).isEqualTo("withheld");
    assertThat(shots.get("allCities").get("count").asLong()).isEqualTo(8);
    for (JsonNode table : summary.get("tables")) {
      for (JsonNode row : table.get("rows")) {
        for (JsonNode cell : row.get("cities")) {
          long n = count(cell);
          assertThat(n == -1 || n == 0 || n >= 5).as("no count from 1 to 4 is shown").isTrue();
        }
      }
    }

    JsonNode areas =
        json.readTree(
            anonymous("/public/api/" + code + "/areas?measure=shots_fired")
                .getResponse()
                .getContentAsString());
    assertThat(areas.get("type").asString()).isEqualTo("FeatureCollection");
    assertThat(areas.get("features")).hasSize(2);
    for (JsonNode f : areas.get("features")) {
      assertThat(f.get("geometry").get("type").asString()).isEqualTo("Polygon");
      long n = count(f.get("properties"));
      assertThat(n == -1 || n == 0 || n >= 5).isTrue();
    }
  }

  @Test
  void publishingAndWithdrawingAreAuditedAndTheLoginPageLinksThePublicPage() throws Exception {
    publish();
    assertThat(anonymous("/public").getResponse().getContentAsString())
        .contains("Test site " + data.site.code());
    mvc.perform(
            post("/measures/publication")
                .param("action", "withdraw")
                .with(user(data.site.user(Role.COORDINATOR)))
                .with(csrf()))
        .andReturn();
    assertThat(anonymous("/public/" + data.site.code()).getResponse().getStatus()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where site_id = :site"
                        + " and record_type = 'public_measures'")
                .param("site", data.site.id())
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(anonymous("/login").getResponse().getContentAsString()).contains("href=\"/public\"");
  }

  private void publish() throws Exception {
    MvcResult r =
        mvc.perform(
                post("/measures/publication")
                    .param("action", "publish")
                    .with(user(data.site.user(Role.COORDINATOR)))
                    .with(csrf()))
            .andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(302);
  }

  /** A shown count, or -1 when hidden (the field is null or left out). */
  private static long count(JsonNode cell) {
    JsonNode n = cell.path("count");
    return n.isMissingNode() || n.isNull() ? -1 : n.asLong();
  }

  private static JsonNode row(JsonNode summary, String measure, String month) {
    for (JsonNode t : summary.get("tables")) {
      if (t.get("measure").asString().equals(measure)) {
        for (JsonNode r : t.get("rows")) {
          if (r.get("month").asString().equals(month)) {
            return r;
          }
        }
      }
    }
    throw new AssertionError("no row " + measure + " " + month);
  }
}
