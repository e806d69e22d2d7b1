package org.ceasefire.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.imports.ImportTestData.file;
import static org.ceasefire.imports.ImportTestData.source;
import static org.ceasefire.people.PersonTestData.aPerson;

import java.nio.file.Path;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.imports.ImportRun;
import org.ceasefire.imports.Imports;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Participants and firearms of imported incidents: people matched or made, references checked. */
@CeasefireTest
class ParticipantAndFirearmImportTest {

  static final String HEADER =
      "incident_source_id,role,injury,state_id,first_name,last_name,date_of_birth,sex,race_ethnicity";

  @Autowired Imports imports;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired People people;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;
  TestSites.TestSite site;
  CeasefireUser analyst;

  @BeforeEach
  void siteWithTwoIncidents() {
    site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
    analyst = site.user(Role.ANALYST);
    Path incidents =
        file(
            dir,
            "incidents.csv",
            "source_id,type,occurred_at,city",
            "I-1,non_fatal_shooting,2026-03-01T22:15,New Haven",
            "I-2,firearm_seizure,2026-03-02T10:00,New Haven");
    assertThat(run("incidents", incidents, null).status()).isEqualTo("done");
  }

  ImportRun run(String kind, Path file, String mode) {
    return imports.run(analyst, kind, source(file, "nhpd-rms", mode), p -> {});
  }

  long personCount() {
    return jdbc.sql("select count(*) from person where site_id = :s")
        .param("s", site.id())
        .query(Long.class)
        .single();
  }

  List<String> participants() {
    return jdbc.sql(
            """
            select i.source_id || ' ' || p.role || ' ' || pe.first_name || ' '
                   || coalesce(p.injury, '-')
              from participant p
              join incident i on i.site_id = p.site_id and i.id = p.incident_id
              join person pe on pe.site_id = p.site_id and pe.id = p.person_id
             where p.site_id = :s order by 1
            """)
        .param("s", site.id())
        .query(String.class)
        .list();
  }

  @Test
  void matchesPeopleByStateIdOrByNameAndBirthDateAndMakesTheRest() {
    people.create(analyst, aPerson().named("Dana", "Reyes").bornOn("2001-04-02").input());
    people.create(
        analyst, aPerson().named("Eli", "Stone").bornOn("1999-01-01").withStateId("CT123").input());
    long before = personCount();
    Path file =
        file(
            dir,
            "participants.csv",
            HEADER,
            "I-1,victim,non_fatal,,dana,REYES,2001-04-02,,", // matched by name and birth date
            "I-1,suspect,,CT123,Eli,Stone,,,", // matched by state id
            "I-2,arrestee,,,Finn,Moss,2002-02-02,male,white", // new
            "I-1,witness,,,Finn,Moss,2002-02-02,male,white"); // the same new person again

    ImportRun run = run("participants", file, null);

    assertThat(run.status()).isEqualTo("done");
    assertThat(run.inserted()).isEqualTo(4);
    assertThat(personCount()).isEqualTo(before + 1);
    assertThat(participants())
        .containsExactly(
            "I-1 suspect Eli -",
            "I-1 victim Dana non_fatal",
            "I-1 witness Finn -",
            "I-2 arrestee Finn -");
    String history =
        jdbc.sql(
                "select changes::text from record_history where site_id = :s"
                    + " and record_type = 'person' and changes->'firstName'->>1 = 'Finn'")
            .param("s", site.id())
            .query(String.class)
            .single();
    assertThat(history).contains("\"import\": [null, " + run.id() + "]");

    ImportRun again = run("participants", file, null);
    assertThat(List.of(again.inserted(), again.updated(), again.unchanged()))
        .containsExactly(0L, 0L, 4L);
    assertThat(personCount()).isEqualTo(before + 1);
  }

  @Test
  void rejectsAnUnknownIncidentAnAmbiguousPersonAndBadValues() {
    people.create(analyst, aPerson().named("Gus", "Lane").bornOn("2000-05-05").input());
    people.create(analyst, aPerson().named("Gus", "Lane").bornOn("2000-05-05").input());
    Path file =
        file(
            dir,
            "participants.csv",
            HEADER,
            "I-9,victim,,,Hal,Ames,2000-01-01,,", // 2: no such incident
            "I-1,victim,,,Gus,Lane,2000-05-05,,", // 3: two persons match
            "I-1,bystander,,,Ida,Moe,2000-01-01,,", // 4: unknown role
            "I-1,victim,,,Jo,Poe,,,", // 5: no state id and no birth date
            "I-1,victim,,,Kim,Ray,1850-01-01,,", // 6: born before 1900
            "I-1,victim,,,Lu,Sim,2000-01-01,,"); // 7: good

    ImportRun run = run("participants", file, "good-rows-only");

    assertThat(run.inserted()).isEqualTo(1);
    assertThat(run.rejected()).isEqualTo(5);
    List<ImportRun.Problem> problems = imports.problems(analyst, run.id(), 20);
    assertThat(problems)
        .extracting(p -> p.line() + " " + p.column())
        .contains(
            "2 incident_source_id", "3 last_name", "4 role", "5 date_of_birth", "6 date_of_birth");
    assertThat(problems)
        .filteredOn(p -> p.line() == 3)
        .first()
        .satisfies(p -> assertThat(p.message()).contains("more than one person"));
  }

  @Test
  void firearmsAttachToTheirIncidentsAndReimportUpdatesInPlace() {
    String header = "source_id,incident_source_id,kind,make,model,calibre,serial_number";
    Path file =
        file(
            dir,
            "firearms.csv",
            header,
            "F-1,I-2,pistol,Glock,19,9mm,ABC123",
            "F-2,I-2,privately_made,,,9mm,",
            "F-3,I-7,rifle,,,,", // no such incident
            "F-4,I-1,cannon,,,,"); // unknown kind

    ImportRun run = run("firearms", file, "good-rows-only");

    assertThat(List.of(run.inserted(), run.rejected())).containsExactly(2L, 2L);
    Path corrected = file(dir, "firearms2.csv", header, "F-1,I-2,pistol,Glock,19X,9mm,ABC123");
    ImportRun again = run("firearms", corrected, null);
    assertThat(List.of(again.inserted(), again.updated())).containsExactly(0L, 1L);
    assertThat(
            jdbc.sql("select model from firearm where site_id = :s and source_id = 'F-1'")
                .param("s", site.id())
                .query(String.class)
                .single())
        .isEqualTo("19X");
  }
}
