package org.ceasefire.cases;

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

/** Case referrals imported from a case system: opened as referred, linked, idempotent, checked. */
@CeasefireTest
class CaseImportTest {

  static final String HEADER =
      "source_id,case_number,referring_agency,city,referred_on,defendant_first_name,"
          + "defendant_last_name,defendant_state_id,defendant_date_of_birth,arrested_on,gun_case,"
          + "custody_status,incident_source_ids,incident_source_system";

  @Autowired Imports imports;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Cases cases;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;
  TestSites.TestSite site;
  CeasefireUser prosecutor;

  @BeforeEach
  void siteWithAnImportedShooting() {
    site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
    prosecutor = site.user(Role.PROSECUTOR);
    Path incidents =
        file(
            dir,
            "i.csv",
            "source_id,type,occurred_at,city",
            "NH-1,non_fatal_shooting,2026-03-01T22:15,New Haven",
            "NH-2,firearm_seizure,2026-03-02T10:00,New Haven");
    ImportRun loaded =
        imports.run(
            site.user(Role.ANALYST), "incidents", source(incidents, "nhpd-rms", null), p -> {});
    assertThat(loaded.inserted()).isEqualTo(2);
  }

  ImportRun run(Path file, String mode) {
    return imports.run(prosecutor, "cases", source(file, "da-cms", mode), p -> {});
  }

  Path referrals() {
    return file(
        dir,
        "referrals.csv",
        HEADER,
        "DA-1,CR-26-001,Test agency,New Haven,2026-03-05,Omar,Keyes,CT900,,2026-03-02,yes,in_custody,NH-1;NH-2,nhpd-rms",
        "DA-2,CR-26-002,test agency,new haven,2026-03-06,Rita,Vance,,2001-07-07,,no,,,");
  }

  List<String> importedCases() {
    return jdbc.sql(
            """
            select c.case_number || ' ' || c.status || ' ' || p.last_name || ' '
                   || c.custody_status || ' ' || c.gun_case || ' '
                   || (select count(*) from case_incident ci where ci.site_id = c.site_id
                        and ci.case_id = c.id)
              from prosecution_case c
              join person p on p.site_id = c.site_id and p.id = c.defendant_id
             where c.site_id = :s and c.source_system = 'da-cms' order by 1
            """)
        .param("s", site.id())
        .query(String.class)
        .list();
  }

  @Test
  void opensEachReferralAsReferredWithItsIncidentsAndTellsTheReferringAgency() {
    people.create(
        site.user(Role.INVESTIGATOR),
        aPerson().named("Omar", "Keyes").withStateId("CT900").input());

    ImportRun run = run(referrals(), null);

    assertThat(run.status()).isEqualTo("done");
    assertThat(run.inserted()).isEqualTo(2);
    assertThat(importedCases())
        .containsExactly(
            "CR-26-001 referred Keyes in_custody true 2",
            "CR-26-002 referred Vance unknown false 0");
    assertThat(cases.inbox(site.user(Role.INVESTIGATOR)))
        .extracting(InboxNotice::caseNumber)
        .containsExactlyInAnyOrder("CR-26-001", "CR-26-002");
    assertThat(
            jdbc.sql("select count(*) from person where site_id = :s and last_name = 'Keyes'")
                .param("s", site.id())
                .query(Long.class)
                .single())
        .as("matched by state id, not made again")
        .isEqualTo(1);
  }

  @Test
  void reimportingChangesNothingAndACorrectionUpdatesOnlyParticularsWithHistory() {
    run(referrals(), null);
    ImportRun again = run(referrals(), null);
    assertThat(List.of(again.inserted(), again.updated(), again.unchanged()))
        .containsExactly(0L, 0L, 2L);

    Path corrected =
        file(
            dir,
            "corrected.csv",
            HEADER,
            "DA-1,CR-26-001,Test agency,New Haven,2026-03-05,Omar,Keyes,CT900,,2026-03-02,yes,released_on_bond,NH-1,nhpd-rms");
    ImportRun fix = run(corrected, null);

    assertThat(List.of(fix.inserted(), fix.updated(), fix.unchanged())).containsExactly(0L, 1L, 0L);
    assertThat(importedCases()).contains("CR-26-001 referred Keyes released_on_bond true 2");
    assertThat(
            jdbc.sql(
                    "select changes::text from record_history where site_id = :s"
                        + " and record_type = 'prosecution_case' and action = 'update'")
                .param("s", site.id())
                .query(String.class)
                .single())
        .contains("\"custodyStatus\": [\"in_custody\", \"released_on_bond\"]");
    assertThat(
            jdbc.sql("select count(*) from case_transition where site_id = :s")
                .param("s", site.id())
                .query(Long.class)
                .single())
        .as("one transition per case, none for an edit")
        .isEqualTo(2);
  }

  @Test
  void rejectsRowsNamingTheColumnAndLeavesNothingInAllOrNothingMode() {
    Path bad =
        file(
            dir,
            "bad.csv",
            HEADER,
            "DA-1,CR-1,Nobody PD,New Haven,2026-03-05,A,B,X1,,,,,,", // 2: unknown agency
            "DA-2,CR-2,Test agency,New Haven,2026-03-05,A,B,X2,,2026-03-09,,,,", // 3: arrested
            // after
            "DA-3,CR-3,Test agency,New Haven,2099-03-05,A,B,X3,,,,,,", // 4: referred in the future
            "DA-4,CR-4,Test agency,New Haven,2026-03-05,A,B,X4,,,maybe,,,", // 5: gun_case
            "DA-5,CR-5,Test agency,New Haven,2026-03-05,A,B,X5,,,,,NH-404,nhpd-rms", // 6: incident
            "DA-6,CR-5,Test agency,New Haven,2026-03-05,A,B,X6,,,,,,", // 7: case number repeated
            "DA-7,CR-7,Test agency,New Haven,2026-03-05,A,B,,,,,,,", // 8: no state id nor birth
            // date
            "DA-8,CR-8,Test agency,New Haven,2026-03-05,A,B,X8,,,,on_the_moon,,"); // 9: custody

    ImportRun run = run(bad, "all-or-nothing");

    assertThat(run.status()).isEqualTo("refused");
    assertThat(importedCases()).isEmpty();
    assertThat(imports.problems(prosecutor, run.id(), 50))
        .extracting(p -> p.line() + " " + p.column())
        .contains(
            "2 referring_agency",
            "3 arrested_on",
            "4 referred_on",
            "5 gun_case",
            "6 incident_source_ids",
            "7 case_number",
            "8 defendant_date_of_birth",
            "9 custody_status");
  }
}
