package org.ceasefire.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.people.PersonTestData.aPerson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.analytics.network.Attendance;
import org.ceasefire.analytics.network.CoOccurrence;
import org.ceasefire.analytics.network.Direction;
import org.ceasefire.analytics.network.Graph;
import org.ceasefire.analytics.network.Louvain;
import org.ceasefire.analytics.network.Weighting;
import org.ceasefire.cases.CaseChanges;
import org.ceasefire.cases.CaseInput;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The site-wide co-offending network: communities equal the analytics module's Louvain. */
@CeasefireTest
class CoOffendingNetworkTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Incidents incidents;
  @Autowired CaseChanges cases;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  TestSites.TestSite site;
  CeasefireUser analyst;
  long city;
  List<Person> north = new ArrayList<>();
  List<Person> south = new ArrayList<>();
  Person victim;

  /** Two clusters of four co-arrested people each, joined by one bridging incident. */
  @BeforeEach
  void twoClustersAndABridge() {
    site = TestSites.create(sites);
    city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    analyst = site.user(Role.ANALYST);
    for (int i = 0; i < 4; i++) {
      north.add(person("North" + i));
      south.add(person("South" + i));
    }
    for (List<Person> cluster : List.of(north, south)) {
      for (int i = 0; i < 4; i++) {
        for (int j = i + 1; j < 4; j++) {
          incident("robbery", "arrestee", 40, cluster.get(i), cluster.get(j));
        }
      }
      incident("aggravated_assault", "suspect", 20, cluster.get(0), cluster.get(1));
    }
    incident("shots_fired", "suspect", 10, north.get(3), south.get(3));
    victim = person("Victim");
    incident("non_fatal_shooting", "victim", 10, victim, north.get(0));
  }

  Person person(String name) {
    return people.create(analyst, aPerson().named(name, "Site").input());
  }

  void incident(String type, String role, int daysAgo, Person... who) {
    Incident i =
        incidents.create(
            analyst,
            new IncidentInput(
                null,
                type,
                LocalDate.now().minusDays(daysAgo) + "T20:00",
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
  }

  JsonNode network(Role role, String query) throws Exception {
    return AnalysisAnswers.whenReady(mvc, json, "/api/insights/network" + query, site.user(role));
  }

  static Set<Set<Long>> partition(JsonNode net) {
    Map<Integer, Set<Long>> byCommunity = new HashMap<>();
    net.get("nodes")
        .forEach(
            n ->
                byCommunity
                    .computeIfAbsent(n.get("community").asInt(), k -> new HashSet<>())
                    .add(n.get("id").asLong()));
    return new HashSet<>(byCommunity.values());
  }

  static Set<Long> ids(List<Person> ps) {
    Set<Long> out = new HashSet<>();
    ps.forEach(p -> out.add(p.id()));
    return out;
  }

  @Test
  void communitiesEqualTheAnalyticsLouvainOnTheSameEdges() throws Exception {
    JsonNode net = network(Role.INVESTIGATOR, "");

    List<Attendance> rows = new ArrayList<>();
    for (Involvement v : incidents.involvements(site.id())) {
      if (!v.role().equals("victim")) {
        rows.add(new Attendance("p" + v.personId(), "o" + v.incidentId()));
      }
    }
    Graph g = Graph.of(CoOccurrence.of(rows).edges(), Direction.UNDIRECTED, Weighting.WEIGHTED);
    Louvain louvain = Louvain.of(g, 1);
    Map<Integer, Set<Long>> expected = new HashMap<>();
    int[] m = louvain.membership();
    for (int i = 0; i < m.length; i++) {
      expected
          .computeIfAbsent(m[i], k -> new HashSet<>())
          .add(Long.parseLong(g.id(i).substring(1)));
    }

    assertThat(partition(net)).isEqualTo(new HashSet<>(expected.values()));
    assertThat(partition(net)).containsExactlyInAnyOrder(ids(north), ids(south));
    assertThat(net.get("modularity").asDouble()).isEqualTo(louvain.modularity());
    assertThat(net.get("totalNodes").asInt()).isEqualTo(8);
    assertThat(net.get("totalEdges").asInt()).isEqualTo(13);
    assertThat(net.get("omittedNodes").asInt()).isZero();
    assertThat(net.get("communities")).hasSize(2);
    assertThat(net.get("communities").get(0).get("size").asInt()).isEqualTo(4);
    Map<Long, JsonNode> byId = new HashMap<>();
    net.get("nodes").forEach(n -> byId.put(n.get("id").asLong(), n));
    assertThat(byId).doesNotContainKey(victim.id());
    assertThat(byId.get(north.get(3).id()).get("degree").asInt()).isEqualTo(4);
    assertThat(byId.get(north.get(0).id()).get("name").asString()).isEqualTo("North0 Site");
    int weight = 0;
    for (JsonNode e : net.get("edges")) {
      Set<Long> ends = Set.of(e.get("source").asLong(), e.get("target").asLong());
      if (ends.equals(Set.of(north.get(0).id(), north.get(1).id()))) {
        weight = e.get("weight").asInt();
      }
    }
    assertThat(weight).isEqualTo(2);
  }

  @Test
  void limitsTheNodesShownAndSaysWhatWasLeftOut() throws Exception {
    JsonNode net = network(Role.ANALYST, "?limit=2");
    assertThat(net.get("nodes")).hasSize(2);
    assertThat(net.get("omittedNodes").asInt()).isEqualTo(6);
    assertThat(net.get("omittedEdges").asInt()).isEqualTo(13 - net.get("edges").size());
    Set<Long> shown = new HashSet<>();
    net.get("nodes").forEach(n -> shown.add(n.get("id").asLong()));
    assertThat(shown).containsExactlyInAnyOrder(north.get(3).id(), south.get(3).id());

    JsonNode recent = network(Role.ANALYST, "?since=" + LocalDate.now().minusDays(15));
    assertThat(recent.get("totalNodes").asInt()).isEqualTo(2);
    assertThat(recent.get("totalEdges").asInt()).isEqualTo(1);

    int bad =
        mvc.perform(
                get("/api/insights/network?since=yesterday&limit=0")
                    .with(user(site.user(Role.ANALYST))))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(bad).isEqualTo(422);
  }

  @Test
  void onlyInvestigativeRolesSeeItAndEveryPersonShownIsAudited() throws Exception {
    for (Role role : List.of(Role.OUTREACH, Role.RESEARCHER, Role.SUPERVISION, Role.AUDITOR)) {
      for (String path : List.of("/api/insights/network", "/insights/network")) {
        int status =
            mvc.perform(get(path).with(user(site.user(role))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as(role + " " + path).isEqualTo(403);
      }
    }
    int page =
        mvc.perform(get("/insights/network").with(user(site.user(Role.COORDINATOR))))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(page).isEqualTo(200);
    assertThat(network(Role.PROSECUTOR, "").get("nodes")).hasSize(8);
    List<Long> audited =
        jdbc.sql(
                "select record_id from audit_event where site_id = :site and action = 'search'"
                    + " and record_type = 'person' and role = :role")
            .param("site", site.id())
            .param("role", Role.PROSECUTOR.code())
            .query(Long.class)
            .list();
    Set<Long> all = ids(north);
    all.addAll(ids(south));
    assertThat(audited).hasSize(8).containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void aProsecutionCaseLinkedToAnIncidentTiesItsDefendantToThatIncidentsOffenders()
      throws Exception {
    Person charged = person("Charged");
    long bridge =
        incidents.involvements(site.id()).stream()
            .filter(v -> v.type().equals("shots_fired"))
            .findFirst()
            .orElseThrow()
            .incidentId();
    cases.open(
        site.user(Role.PROSECUTOR),
        new CaseInput(
            "CR-NET-1",
            charged.id(),
            site.agencyId(),
            null,
            city,
            LocalDate.now().minusDays(5).toString(),
            null,
            true,
            "in_custody",
            List.of(bridge),
            null));

    JsonNode net = network(Role.ANALYST, "");
    assertThat(net.get("totalNodes").asInt()).isEqualTo(9);
    Set<Set<Long>> ties = new HashSet<>();
    net.get("edges")
        .forEach(e -> ties.add(Set.of(e.get("source").asLong(), e.get("target").asLong())));
    assertThat(ties)
        .contains(Set.of(charged.id(), north.get(3).id()), Set.of(charged.id(), south.get(3).id()));

    JsonNode around =
        AnalysisAnswers.whenReady(
            mvc,
            json,
            "/api/insights/people/" + charged.id() + "/network",
            site.user(Role.INVESTIGATOR));
    Set<Long> near = new HashSet<>();
    around.get("people").forEach(n -> near.add(n.get("personId").asLong()));
    assertThat(near).contains(charged.id(), north.get(3).id(), south.get(3).id());
  }

  @Test
  void arrestsAlreadyRecordedOnTheIncidentAreNotCountedTwice() {
    var at = java.time.OffsetDateTime.parse("2026-01-01T20:00Z");
    var recorded =
        List.of(
            new Involvement(1, "robbery", at, 10, "suspect"),
            new Involvement(1, "robbery", at, 11, "victim"));
    var arrests =
        List.of(
            new Involvement(1, "robbery", at, 10, "arrestee"),
            new Involvement(1, "robbery", at, 11, "arrestee"),
            new Involvement(1, "robbery", at, 12, "arrestee"));
    assertThat(NetworkMaterial.merge(recorded, arrests))
        .extracting(v -> v.personId() + ":" + v.role())
        .containsExactly("10:suspect", "11:victim", "11:arrestee", "12:arrestee");
  }
}
