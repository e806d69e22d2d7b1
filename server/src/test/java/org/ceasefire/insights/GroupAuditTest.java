package org.ceasefire.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.people.PersonTestData.aPerson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.GroupInput;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.MembershipInput;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.groups.RelationshipInput;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.IncidentInput;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.ParticipantInput;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The group audit counts only current entries and names each group's rivals and allies. */
@CeasefireTest
class GroupAuditTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Groups groups;
  @Autowired MembershipLifecycle lifecycle;
  @Autowired People people;
  @Autowired Incidents incidents;
  @Autowired JdbcClient jdbc;
  TestSites.TestSite site;
  CeasefireUser analyst;
  long city;
  LocalDate day;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    analyst = site.user(Role.ANALYST);
    day = LocalDate.now().minusDays(20);
  }

  CriminalGroup group(String name) {
    return groups.create(analyst, new GroupInput(name, "street_gang", "active", city, null, null));
  }

  Person member(String given, @Nullable CriminalGroup g, boolean approved) {
    Person p = people.create(analyst, aPerson().named(given, "Audit").input());
    if (g != null) {
      var m =
          groups.addMember(
              analyst,
              g.id(),
              new MembershipInput(p.id(), "member", List.of("self_admission"), "FI card", null));
      if (approved) {
        lifecycle.approve(site.user(Role.INVESTIGATOR), m.id());
      }
    }
    return p;
  }

  void shooting(String type, Person... victimThenSuspect) {
    Incident i =
        incidents.create(
            analyst,
            new IncidentInput(
                null, type, day + "T22:00", null, null, null, city, null, null, null));
    for (int k = 0; k < victimThenSuspect.length; k++) {
      incidents.addParticipant(
          analyst,
          i.id(),
          new ParticipantInput(
              victimThenSuspect[k].id(), k == 0 ? "victim" : "suspect", k == 0 ? "fatal" : null));
    }
  }

  @Test
  void sharesCountOnlyApprovedCurrentEntriesAndEachGroupNamesItsRivalsAndAllies() throws Exception {
    CriminalGroup north = group("North Crew");
    CriminalGroup south = group("South Side");
    CriminalGroup east = group("East Boys");
    groups.addRelationship(
        analyst, south.id(), new RelationshipInput(north.id(), "conflict", null, "2 shootings"));
    groups.addRelationship(
        analyst, north.id(), new RelationshipInput(east.id(), "alliance", null, "seen together"));
    Person shooter = member("Ade", north, true);
    Person rival = member("Ben", south, true);
    Person pending = member("Cal", north, false);
    Person bystander = member("Dee", null, false);
    shooting("homicide", rival, shooter);
    shooting("homicide", bystander);
    shooting("non_fatal_shooting", pending);
    shooting("non_fatal_shooting", bystander);
    shooting("non_fatal_shooting");

    JsonNode audit = read("/api/insights/group-audit", Role.PROSECUTOR);

    assertThat(audit.get("homicides").toString()).isEqualTo("{\"involved\":1,\"total\":2}");
    assertThat(audit.get("nonFatalShootings").toString()).isEqualTo("{\"involved\":0,\"total\":3}");
    assertThat(audit.get("shootings").toString()).isEqualTo("{\"involved\":1,\"total\":5}");
    assertThat(audit.get("members").asInt()).isEqualTo(2);
    JsonNode first = audit.get("groups").get(0);
    JsonNode second = audit.get("groups").get(1);
    assertThat(List.of(first.get("name").asString(), second.get("name").asString()))
        .containsExactly("North Crew", "South Side");
    assertThat(first.get("members").asInt()).as("the pending entry is left out").isEqualTo(1);
    assertThat(first.get("rivals").toString()).isEqualTo("[\"South Side\"]");
    assertThat(first.get("allies").toString()).isEqualTo("[\"East Boys\"]");
    assertThat(second.get("rivals").toString()).isEqualTo("[\"North Crew\"]");
    assertThat(first.get("shootings").get("involved").asInt()).isEqualTo(1);
    assertThat(audit.get("groups").get(2).get("shootings").get("involved").asInt()).isZero();

    JsonNode network = read("/api/insights/group-network", Role.ANALYST);
    assertThat(network.get("nodes")).hasSize(3);
    assertThat(network.get("links")).hasSize(2);
  }

  @Test
  void readingTheAuditIsAuditedPerEntryAndRefusedToRolesWithoutIntelligence() throws Exception {
    CriminalGroup north = group("North Crew");
    member("Ade", north, true);
    member("Eve", north, true);

    read("/api/insights/group-audit", Role.COORDINATOR);

    long reads =
        jdbc.sql(
                "select count(*) from audit_event where site_id = :site and action = 'read'"
                    + " and record_type = 'membership' and role = :role")
            .param("site", site.id())
            .param("role", Role.COORDINATOR.code())
            .query(Long.class)
            .single();
    assertThat(reads).isEqualTo(2);
    for (Role role : List.of(Role.OUTREACH, Role.RESEARCHER, Role.SUPERVISION, Role.AUDITOR)) {
      for (String path :
          List.of("/api/insights/group-audit", "/api/insights/group-network", "/insights/groups")) {
        int status =
            mvc.perform(get(path).with(user(site.user(role))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as(role + " " + path).isEqualTo(403);
      }
    }
  }

  @Test
  void theReportAsPdfCarriesTheFiguresTheNetworkAndTheMembersAndItsMakingIsAudited()
      throws Exception {
    CriminalGroup north = group("North Crew");
    CriminalGroup south = group("South Side");
    groups.addRelationship(
        analyst, south.id(), new RelationshipInput(north.id(), "conflict", null, "2 shootings"));
    Person shooter = member("Ade", north, true);
    Person rival = member("Ben", south, true);
    member("Cal", north, false);
    shooting("homicide", rival, shooter);
    shooting("non_fatal_shooting");

    var response =
        mvc.perform(
                get("/insights/groups/report.pdf?from=" + day.minusDays(5) + "&to=" + day)
                    .with(user(site.user(Role.COORDINATOR))))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    assertThat(response.getHeader("Content-Disposition"))
        .contains("group-audit-" + day.minusDays(5) + "-" + day + ".pdf");
    byte[] pdf = response.getContentAsByteArray();
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Group audit")
          .contains("Period " + day.minusDays(5) + " to " + day)
          .contains("Homicides 1 1 100.0 %")
          .contains("All shootings (both) 1 2 50.0 %")
          .contains("North Crew")
          .contains("Ade Audit")
          .contains("Ben Audit")
          .doesNotContain("Cal Audit")
          .contains("Conflicts and alliances")
          .contains("Page 1 of " + doc.getNumberOfPages());
      var renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
      java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
      java.nio.file.Files.createDirectories(shots);
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        var page = renderer.renderImageWithDPI(i, 72);
        assertThat(page.getWidth()).isEqualTo(595);
        javax.imageio.ImageIO.write(
            page, "png", shots.resolve("group-audit-report-" + (i + 1) + ".png").toFile());
      }
    }
    long exported =
        jdbc.sql(
                "select count(*) from audit_event where site_id = :site and action = 'export'"
                    + " and record_type = 'group_audit' and role = :role")
            .param("site", site.id())
            .param("role", Role.COORDINATOR.code())
            .query(Long.class)
            .single();
    assertThat(exported).isEqualTo(1);
    int refused =
        mvc.perform(get("/insights/groups/report.pdf").with(user(site.user(Role.RESEARCHER))))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(refused).isEqualTo(403);
  }

  JsonNode read(String path, Role role) throws Exception {
    return json.readTree(
        mvc.perform(get(path).with(user(site.user(role))))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
