package org.ceasefire.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.IncidentInput;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.ParticipantInput;
import org.ceasefire.interventions.CustomNotification;
import org.ceasefire.interventions.InterventionInputs;
import org.ceasefire.interventions.Notifications;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.people.PersonTestData;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.platform.AccessDeniedException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The researcher extract: no name, raw id, coordinate, address or free text reaches the file; the
 * same person has the same pseudonym and the same shift in every extract, so intervals between a
 * person's events are kept; each extract is audited; every other role is refused.
 */
@CeasefireTest
class ResearchExtractTest {

  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Incidents incidents;
  @Autowired Notifications notifications;
  @Autowired ResearchExtracts extracts;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;
  @Autowired Clock clock;

  TestSites.TestSite site;
  Person shooter;
  Person victim;
  Incident first;
  Incident second;
  LocalDate today;

  @BeforeEach
  void events() {
    site = TestSites.create(sites);
    today = LocalDate.now(clock);
    long city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    CeasefireUser investigator = site.user(Role.INVESTIGATOR);
    shooter =
        people.create(
            investigator,
            PersonTestData.aPerson()
                .named("Zebediah", "Quockerwodger")
                .bornOn("1990-03-10")
                .withStateId("SID-778899")
                .input());
    victim =
        people.create(
            investigator,
            PersonTestData.aPerson().named("Ximena", "Fluffernutter").bornOn("2001-07-01").input());
    first = incident(investigator, city, 300, "77 Sycamore Lane");
    incidents.addParticipant(
        investigator, first.id(), new ParticipantInput(shooter.id(), "suspect", null));
    incidents.addParticipant(
        investigator, first.id(), new ParticipantInput(victim.id(), "victim", "non_fatal"));
    second = incident(investigator, city, 100, "12 Quince Court");
    incidents.addParticipant(
        investigator, second.id(), new ParticipantInput(shooter.id(), "victim", "non_fatal"));
    CeasefireUser coordinator = site.user(Role.COORDINATOR);
    CustomNotification n =
        notifications.plan(
            coordinator,
            new InterventionInputs.NotificationInput(
                shooter.id(),
                null,
                today.minusDays(50).toString(),
                "Sgt. Ruiz",
                null,
                null,
                "REASON-SECRET named in review",
                null,
                null,
                null));
    notifications.recordOutcome(
        coordinator,
        n.id(),
        new InterventionInputs.OutcomeInput(
            "delivered",
            today.minusDays(50).toString(),
            "MESSAGE-SECRET stop",
            false,
            n.version()));
  }

  private Incident incident(CeasefireUser by, long city, int daysAgo, String address) {
    return incidents.create(
        by,
        new IncidentInput(
            "RN-" + daysAgo,
            "non_fatal_shooting",
            today.minusDays(daysAgo) + "T21:00",
            -72.931234,
            41.314321,
            address,
            city,
            null,
            "NARRATIVE-SECRET shot outside the corner store",
            null));
  }

  @Test
  void noNameIdCoordinateAddressOrFreeTextReachesTheFile() {
    String csv = make(site.user(Role.RESEARCHER)).csv();
    for (String secret :
        List.of(
            "Zebediah",
            "Quockerwodger",
            "Ximena",
            "Fluffernutter",
            "SID-778899",
            "1990-03-10",
            "2001-07-01",
            "Sycamore",
            "Quince",
            "NARRATIVE-SECRET",
            "REASON-SECRET",
            "MESSAGE-SECRET",
            "Ruiz",
            "RN-300",
            "-72.93",
            "41.31")) {
      assertThat(csv).as(secret).doesNotContain(secret);
    }
    List<String[]> rows = rows(csv);
    List<String> raw =
        List.of(
            Long.toString(shooter.id()),
            Long.toString(victim.id()),
            Long.toString(first.id()),
            Long.toString(second.id()));
    for (String[] r : rows) {
      assertThat(r[0]).matches("P[0-9a-f]{24}");
      assertThat(Arrays.asList(r)).as("no raw id in a cell").doesNotContainAnyElementsOf(raw);
    }
    assertThat(rows).hasSize(4);
    assertThat(rows).allMatch(r -> r.length == ResearchExtracts.HEADER.split(",").length);
    String[] incidentRow = rows.stream().filter(r -> r[1].equals("incident")).findFirst().get();
    assertThat(incidentRow[8]).isEqualTo("New Haven");
    assertThat(incidentRow[9]).isEqualTo("Test Green");
  }

  @Test
  void aPersonKeepsPseudonymAndShiftAcrossExtractsSoIntervalsArePreserved() {
    String one = make(site.user(Role.RESEARCHER)).csv();
    String two = make(site.user(Role.COORDINATOR)).csv();
    assertThat(two).isEqualTo(one);

    Map<String, List<String[]>> byPerson = new HashMap<>();
    rows(one).forEach(r -> byPerson.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r));
    assertThat(byPerson).hasSize(2);
    List<String[]> shooterRows =
        byPerson.values().stream().filter(l -> l.size() == 3).findFirst().orElseThrow();
    LocalDate atFirst = date(shooterRows, "suspect");
    LocalDate atSecond = date(shooterRows, "victim");
    LocalDate notified =
        LocalDate.parse(
            shooterRows.stream()
                .filter(r -> r[1].equals("notification_delivered"))
                .findFirst()
                .get()[2]);
    assertThat(ChronoUnit.DAYS.between(atFirst, atSecond)).isEqualTo(200);
    assertThat(ChronoUnit.DAYS.between(atFirst, notified)).isEqualTo(250);
    long shift = ChronoUnit.DAYS.between(today.minusDays(300), atFirst);
    assertThat(Math.abs(shift)).isLessThanOrEqualTo(182);
    String age = shooterRows.stream().filter(r -> "suspect".equals(r[6])).findFirst().get()[3];
    assertThat(age)
        .isEqualTo(
            Integer.toString(
                java.time.Period.between(LocalDate.of(1990, 3, 10), today.minusDays(300))
                    .getYears()));
  }

  @Test
  void eachExtractIsAuditedWithWhoParametersRowCountAndChecksum() {
    ResearchExtracts.Extract x = make(site.user(Role.RESEARCHER));
    List<Map<String, Object>> audit =
        jdbc.sql(
                "select username, role, action, purpose, detail from audit_event"
                    + " where site_id = :site and record_type = 'research_extract'")
            .param("site", site.id())
            .query()
            .listOfRows();
    assertThat(audit).hasSize(1);
    Map<String, Object> e = audit.get(0);
    assertThat(e.get("username")).isEqualTo(site.user(Role.RESEARCHER).username());
    assertThat(e.get("action")).isEqualTo("export");
    assertThat(e.get("purpose")).isEqualTo("outcome evaluation");
    assertThat((String) e.get("detail"))
        .contains("rows=" + x.rows())
        .contains("sha256=" + x.sha256())
        .contains("from=" + today.minusYears(2))
        .contains("to=" + today);
    assertThat(x.sha256()).isEqualTo(ResearchExtracts.sha256(x.csv()));
  }

  @Test
  void everyOtherRoleIsRefusedAndNothingIsAudited() throws Exception {
    for (Role role : Role.values()) {
      if (role == Role.RESEARCHER || role == Role.COORDINATOR) {
        continue;
      }
      assertThatThrownBy(() -> make(site.user(role)))
          .as(role.name())
          .isInstanceOf(AccessDeniedException.class);
      int status =
          mvc.perform(
                  post("/api/evaluation/extract")
                      .with(user(site.user(role)))
                      .with(csrf())
                      .contentType(MediaType.APPLICATION_JSON)
                      .content("{\"purpose\":\"curiosity\"}"))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(status).as(role.name()).isEqualTo(403);
    }
    assertThatThrownBy(() -> extracts.make(site.user(Role.RESEARCHER), null, null, " "))
        .isInstanceOf(ValidationException.class);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where site_id = :site"
                        + " and record_type = 'research_extract'")
                .param("site", site.id())
                .query(Long.class)
                .single())
        .isZero();
    var ok =
        mvc.perform(
                post("/api/evaluation/extract")
                    .with(user(site.user(Role.RESEARCHER)))
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"purpose\":\"outcome evaluation\"}"))
            .andReturn()
            .getResponse();
    assertThat(ok.getStatus()).isEqualTo(200);
    assertThat(ok.getHeader("Content-Disposition")).contains("attachment");
    assertThat(ok.getContentAsString()).startsWith(ResearchExtracts.HEADER);
  }

  private ResearchExtracts.Extract make(CeasefireUser as) {
    return extracts.make(
        as, today.minusYears(2).toString(), today.toString(), "outcome evaluation");
  }

  private static LocalDate date(List<String[]> rows, String role) {
    return LocalDate.parse(
        rows.stream().filter(r -> role.equals(r[6])).findFirst().orElseThrow()[2]);
  }

  private static List<String[]> rows(String csv) {
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo(ResearchExtracts.HEADER);
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
  }
}
