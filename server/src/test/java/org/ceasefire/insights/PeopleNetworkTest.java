package org.ceasefire.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.people.PersonTestData.aPerson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.analytics.cli.AnalyzeCommand;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.IncidentInput;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.Involvement;
import org.ceasefire.incidents.ParticipantInput;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
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

/** The network around a person: ties, exposure factor by factor, equal to the command line's. */
@CeasefireTest
class PeopleNetworkTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Incidents incidents;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @TempDir Path dir;
  TestSites.TestSite site;
  CeasefireUser analyst;
  long city;
  Person ann;
  Person bo;
  Person cy;
  Person dan;
  Person eli;
  long shooting;

  @BeforeEach
  void chainOfCoOffenders() {
    site = TestSites.create(sites);
    city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    analyst = site.user(Role.ANALYST);
    ann = person("Ann");
    bo = person("Bo");
    cy = person("Cy");
    dan = person("Dan");
    eli = person("Eli");
    incident("robbery", "arrestee", ann, bo);
    incident("aggravated_assault", "suspect", bo, cy);
    shooting = incident("non_fatal_shooting", "victim", cy);
    incident("shots_fired", "suspect", cy, dan);
    incident("robbery", "suspect", eli);
  }

  Person person(String name) {
    return people.create(analyst, aPerson().named(name, "Net").input());
  }

  long incident(String type, String role, Person... who) {
    Incident i =
        incidents.create(
            analyst,
            new IncidentInput(
                null,
                type,
                LocalDate.now().minusDays(30) + "T20:00",
                null,
                null,
                null,
                city,
                null,
                null,
                null));
    for (Person p : who) {
      incidents.addParticipant(
          analyst,
          i.id(),
          new ParticipantInput(p.id(), role, role.equals("victim") ? "non_fatal" : null));
    }
    return i.id();
  }

  JsonNode network(Person centre, Role role) throws Exception {
    return AnalysisAnswers.whenReady(
        mvc, json, "/api/insights/people/" + centre.id() + "/network", site.user(role));
  }

  @Test
  void showsTwoStepsWithEachFactorAndTheRecordsBehindIt() throws Exception {
    JsonNode net = network(ann, Role.INVESTIGATOR);

    Map<String, JsonNode> byName = new HashMap<>();
    net.get("people").forEach(p -> byName.put(p.get("name").asString(), p));
    assertThat(byName.keySet()).containsExactlyInAnyOrder("Ann Net", "Bo Net", "Cy Net");
    assertThat(byName.get("Ann Net").get("stepsToGunshotVictim").asInt()).isEqualTo(2);
    assertThat(byName.get("Ann Net").get("gunshotVictimsWithinTwo").asInt()).isEqualTo(1);
    assertThat(byName.get("Bo Net").get("gunshotVictimsTied").toString()).isEqualTo("[\"Cy Net\"]");
    JsonNode shot = byName.get("Cy Net").get("shotIn").get(0);
    assertThat(shot.get("incidentId").asLong()).isEqualTo(shooting);
    assertThat(shot.get("date").asString()).isNotBlank();
    assertThat(net.get("ties")).hasSize(2);
    assertThat(net.get("ties").get(0).get("incidents").get(0).get("type").asString())
        .isEqualTo("robbery");
  }

  @Test
  void exposureEqualsTheCommandLinesOnAnExportOfTheSamePairs() throws Exception {
    StringBuilder pairs = new StringBuilder("node,event");
    StringBuilder seeds = new StringBuilder("id");
    for (Involvement v : incidents.involvements(site.id())) {
      boolean victim = v.role().equals("victim");
      pairs.append("\np").append(v.personId()).append(',').append(victim ? "v" : "o");
      pairs.append(v.incidentId());
      if (victim && MapFilter.SHOOTINGS.contains(v.type())) {
        seeds.append("\np").append(v.personId());
      }
    }
    Path pairsFile = Files.writeString(dir.resolve("pairs.csv"), pairs);
    Path seedsFile = Files.writeString(dir.resolve("seeds.csv"), seeds);
    Path edges = dir.resolve("edges.csv");
    analyze("project", "--pairs", pairsFile.toString(), "--out", edges.toString());
    JsonNode cli =
        json.readTree(
            analyze(
                "exposure",
                "--edges",
                edges.toString(),
                "--seeds",
                seedsFile.toString(),
                "--max-distance",
                "3"));

    for (Person centre : List.of(ann, dan)) {
      for (JsonNode p : network(centre, Role.ANALYST).get("people")) {
        JsonNode row = null;
        for (JsonNode n : cli.get("nodes")) {
          if (n.get("id").asString().equals("p" + p.get("personId").asLong())) {
            row = n;
          }
        }
        assertThat(row).as(p.get("name").asString()).isNotNull();
        assertThat(p.get("stepsToGunshotVictim").toString())
            .isEqualTo(row.get("distance").toString());
        assertThat(p.get("gunshotVictimsWithinTwo").asInt())
            .isEqualTo(row.get("seeds_within_2").asInt());
        assertThat(p.get("gunshotVictimsTied").size()).isEqualTo(row.get("seeds_within_1").asInt());
      }
    }
  }

  @Test
  void onlyInvestigativeRolesSeeTheNetworkAndEveryPersonShownIsAudited() throws Exception {
    for (Role role : List.of(Role.OUTREACH, Role.RESEARCHER, Role.SUPERVISION, Role.AUDITOR)) {
      int status =
          mvc.perform(
                  get("/api/insights/people/" + ann.id() + "/network").with(user(site.user(role))))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(status).as(role.toString()).isEqualTo(403);
    }
    assertThat(network(bo, Role.PROSECUTOR).get("people")).hasSize(4);
    List<Long> audited =
        jdbc.sql(
                "select record_id from audit_event where site_id = :site and action = 'search'"
                    + " and record_type = 'person' and role = :role order by record_id")
            .param("site", site.id())
            .param("role", Role.PROSECUTOR.code())
            .query(Long.class)
            .list();
    assertThat(audited).containsExactlyInAnyOrder(ann.id(), bo.id(), cy.id(), dan.id());
  }

  private static String analyze(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AnalyzeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    assertThat(code).as(err.toString()).isZero();
    return out.toString();
  }
}
