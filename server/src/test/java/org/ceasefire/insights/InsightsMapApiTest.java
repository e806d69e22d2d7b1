package org.ceasefire.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.analytics.cli.AnalyzeCommand;
import org.ceasefire.imports.Imports;
import org.ceasefire.incidents.IncidentInput;
import org.ceasefire.incidents.IncidentPoint;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The map's API answers what the analytics command line answers on an export of the same data. */
@CeasefireTest
class InsightsMapApiTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Imports imports;
  @Autowired Incidents incidents;
  @TempDir Path dir;
  TestSites.TestSite site;
  PlacesTestData.City city;
  LocalDate last;
  String query;
  int imported;

  @BeforeEach
  void siteWithShootings() throws Exception {
    site = TestSites.create(sites);
    city = PlacesTestData.newHaven(places, site.id());
    last = LocalDate.now(java.time.Clock.systemUTC()).minusDays(2);
    imported = InsightsTestData.importShootings(imports, site.user(Role.ANALYST), dir, last);
    query = "?types=homicide,non_fatal_shooting&from=" + last.minusDays(365) + "&to=" + last;
  }

  JsonNode getJson(String path, CeasefireUser as) throws Exception {
    return AnalysisAnswers.whenReady(mvc, json, path, as);
  }

  int status(String path, Role role) throws Exception {
    return mvc.perform(get(path).with(user(site.user(role)))).andReturn().getResponse().getStatus();
  }

  /** The site's located incidents of the filter as the CLI's events file (lon/lat). */
  Path export() throws Exception {
    ZoneId zone = incidents.zone(site.id());
    List<IncidentPoint> points =
        incidents.located(
            site.id(),
            List.of("homicide", "non_fatal_shooting"),
            last.minusDays(365).atStartOfDay(zone).toOffsetDateTime(),
            last.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    StringBuilder csv = new StringBuilder("id,x,y,t");
    for (int i = 0; i < points.size(); i++) {
      IncidentPoint p = points.get(i);
      csv.append('\n').append(i).append(',').append(p.lon()).append(',').append(p.lat());
      csv.append(',').append(p.occurredAt());
    }
    return Files.writeString(dir.resolve("events.csv"), csv);
  }

  JsonNode analyze(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AnalyzeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    assertThat(code).as(err.toString()).isZero();
    return json.readTree(out.toString());
  }

  @Test
  void kernelDensityAndGiStarEqualTheCommandLinesOnTheSameIncidents() throws Exception {
    JsonNode page = getJson("/api/insights/hot-spots" + query, site.user(Role.ANALYST));
    String events = export().toString();
    String cell = String.valueOf(page.get("cell").asDouble());
    String twice = String.valueOf(2 * page.get("cell").asDouble());

    JsonNode kde =
        analyze("kde", "--events", events, "--lonlat", "--cell", cell, "--bandwidth", twice);
    JsonNode gistar =
        analyze("gistar", "--events", events, "--lonlat", "--cell", cell, "--distance", twice);

    assertThat(page.get("points").asInt()).isEqualTo(imported);
    Map<String, JsonNode> cli = new HashMap<>();
    kde.get("cells").forEach(c -> cli.put(c.get("row") + ":" + c.get("col"), c));
    Map<String, JsonNode> gi = new HashMap<>();
    gistar.get("areas").forEach(c -> gi.put(c.get("row") + ":" + c.get("col"), c));
    assertThat(page.get("rows").asInt() * page.get("cols").asInt()).isEqualTo(cli.size());
    assertThat(page.get("cells").size()).isGreaterThan(20);
    int hot = 0;
    for (JsonNode c : page.get("cells")) {
      String key = c.get("row") + ":" + c.get("col");
      double expected = cli.get(key).get("density").asDouble();
      assertThat(c.get("density").asDouble()).isCloseTo(expected, within(1e-9 * (1 + expected)));
      assertThat(c.get("count").asLong()).isEqualTo(gi.get(key).get("count").asLong());
      assertThat(c.get("z").asDouble()).isCloseTo(gi.get(key).get("z").asDouble(), within(1e-9));
      assertThat(c.get("significant").asBoolean())
          .isEqualTo(gi.get(key).get("fdr_significant").asBoolean());
      hot += c.get("spot").asString().equals("hot") ? 1 : 0;
    }
    assertThat(hot).as("the two corners are hot spots").isGreaterThanOrEqualTo(2);
  }

  @Test
  void theNearRepeatGridEqualsTheCommandLinesAndReadsInWords() throws Exception {
    JsonNode page = getJson("/api/insights/near-repeat" + query, site.user(Role.INVESTIGATOR));
    JsonNode cli =
        analyze(
            "nearrepeat",
            "--events",
            export().toString(),
            "--lonlat",
            "--distance-bands",
            "0,100,200,300,400,500",
            "--time-bands",
            "0,7,14,21,28,35",
            "--permutations",
            "199",
            "--seed",
            "1");

    assertThat(page.get("observed").toString()).isEqualTo(cli.get("observed").toString());
    for (int r = 0; r < 5; r++) {
      for (int c = 0; c < 5; c++) {
        assertThat(page.get("expected").get(r).get(c).asDouble())
            .isCloseTo(cli.get("expected").get(r).get(c).asDouble(), within(1e-9));
      }
    }
    assertThat(page.get("reading").asString())
        .startsWith("Shootings within 100 m and 7 days of one another are")
        .contains("times as frequent as expected by chance");
  }

  @Test
  void areaCountsAreForEveryRoleAndExactPlacesOnlyForInvestigativeRoles() throws Exception {
    JsonNode counts = getJson("/api/insights/area-counts" + query, site.user(Role.RESEARCHER));
    JsonNode green = counts.get("areas").get(0);
    assertThat(green.get("name").asString()).isEqualTo("Test Green");
    assertThat(green.get("count").asLong()).isEqualTo(60);

    for (String path : List.of("/api/insights/points", "/api/insights/hot-spots")) {
      assertThat(status(path + query, Role.RESEARCHER)).isEqualTo(403);
      assertThat(status(path + query, Role.OUTREACH)).isEqualTo(403);
      assertThat(status(path + query, Role.ANALYST)).isEqualTo(200);
    }
    assertThat(status("/api/insights/points?types=arson", Role.ANALYST)).isEqualTo(422);
  }

  @Test
  void aNewIncidentIsInTheNextAnswerBecauseResultsFollowTheDataVersion() throws Exception {
    String path = "/api/insights/hot-spots" + query;
    assertThat(getJson(path, site.user(Role.ANALYST)).get("points").asInt()).isEqualTo(imported);

    incidents.create(
        site.user(Role.ANALYST),
        new IncidentInput(
            null,
            "homicide",
            last + "T23:00",
            -72.93,
            41.31,
            null,
            city.jurisdictionId(),
            null,
            null,
            null));

    assertThat(getJson(path, site.user(Role.ANALYST)).get("points").asInt())
        .isEqualTo(imported + 1);
  }

  @Test
  void theCityFilterTakesOnlyThatCitysIncidentsAndRefusesACityOfNoSite() throws Exception {
    long hamden = places.createJurisdiction(site.id(), "Hamden", "CT", -72.9, 41.39, 61_000);
    for (int k = 0; k < 3; k++) {
      incidents.create(
          site.user(Role.ANALYST),
          new org.ceasefire.incidents.IncidentInput(
              null,
              "non_fatal_shooting",
              last.minusDays(k) + "T22:00",
              -72.9 + k * 0.001,
              41.39,
              null,
              hamden,
              null,
              null,
              null));
    }
    CeasefireUser analyst = site.user(Role.ANALYST);
    assertThat(getJson("/api/insights/points" + query, analyst).get("count").asInt())
        .isEqualTo(imported + 3);
    JsonNode inHamden = getJson("/api/insights/points" + query + "&city=" + hamden, analyst);
    assertThat(inHamden.get("count").asInt()).isEqualTo(3);
    assertThat(inHamden.get("filter").get("city").asLong()).isEqualTo(hamden);
    JsonNode surface = getJson("/api/insights/hot-spots" + query + "&city=" + hamden, analyst);
    assertThat(surface.get("points").asInt()).isEqualTo(3);
    JsonNode counts =
        getJson(
            "/api/insights/area-counts" + query + "&city=" + city.jurisdictionId(),
            site.user(Role.RESEARCHER));
    assertThat(counts.get("areas")).hasSize(1);

    TestSites.TestSite other = TestSites.create(sites);
    long elsewhere = PlacesTestData.newHaven(places, other.id()).jurisdictionId();
    var refused =
        mvc.perform(get("/api/insights/points" + query + "&city=" + elsewhere).with(user(analyst)))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString()).contains("city");
    String page =
        mvc.perform(get("/insights/map" + query + "&city=" + hamden).with(user(analyst)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Hamden").contains("city=" + hamden);
  }
}
