package org.ceasefire.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.imports.ImportTestData.file;
import static org.ceasefire.imports.ImportTestData.source;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.imports.ImportRun;
import org.ceasefire.imports.Imports;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing incidents from a records system's CSV: what is loaded, what is refused and why. */
@CeasefireTest
class IncidentImportTest {

  static final String HEADER =
      "source_id,type,occurred_at,city,report_number,lon,lat,address,narrative";

  @Autowired Imports imports;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;
  TestSites.TestSite site;
  PlacesTestData.City newHaven;
  CeasefireUser analyst;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    newHaven = PlacesTestData.newHaven(places, site.id());
    analyst = site.user(Role.ANALYST);
  }

  ImportRun run(Path file, String mode) {
    return imports.run(analyst, "incidents", source(file, "nhpd-rms", mode), p -> {});
  }

  Path goodFile() {
    return file(
        dir,
        "incidents.csv",
        HEADER,
        "A-1,non_fatal_shooting,2026-03-01T22:15,New Haven,R-100,-72.93,41.31,,Shot on the green",
        "A-2,shots_fired,2026-03-02T01:05,new haven,,-72.80,41.40,,",
        "A-3,homicide,2026-03-03T23:40-05:00,New Haven,R-102,,,\"12 Elm St.\",\"Two men, one car\"");
  }

  void importAddresses() {
    Path addresses =
        file(
            dir,
            "addresses.csv",
            "address,lon,lat",
            "12 ELM ST,-72.925,41.305",
            "1 Far Rd,-72.5,41.9");
    ImportRun run = imports.run(analyst, "addresses", source(addresses, null, null), p -> {});
    assertThat(run.status()).isEqualTo("done");
    assertThat(run.inserted()).isEqualTo(2);
  }

  Map<String, Map<String, Object>> incidentsBySourceId() {
    return jdbc
        .sql(
            "select source_id, type, lon, lat, area_id, report_number, narrative, version,"
                + " updated_at from incident where site_id = :site and source_system = 'nhpd-rms'")
        .param("site", site.id())
        .query()
        .listOfRows()
        .stream()
        .collect(Collectors.toMap(r -> (String) r.get("source_id"), r -> r));
  }

  @Test
  void loadsAGoodFileLocatingByAddressAndAssigningAreasByPointInPolygon() {
    importAddresses();
    ImportRun run = run(goodFile(), null);

    assertThat(run.status()).isEqualTo("done");
    assertThat(List.of(run.rowsRead(), run.inserted(), run.updated(), run.rejected()))
        .containsExactly(3L, 3L, 0L, 0L);
    var rows = incidentsBySourceId();
    assertThat(rows.get("A-1").get("area_id")).isEqualTo(newHaven.areaId());
    assertThat(rows.get("A-2").get("area_id")).as("outside every area").isNull();
    assertThat(rows.get("A-3").get("lon")).as("from the address table").isEqualTo(-72.925);
    assertThat(rows.get("A-3").get("area_id")).isEqualTo(newHaven.areaId());
    assertThat(rows.get("A-3").get("narrative")).isEqualTo("Two men, one car");
    assertThat(rows.get("A-2").get("report_number")).isNull();
  }

  @Test
  void reimportingTheSameFileChangesNothing() {
    Path file = goodFile();
    run(file, null);
    var before = incidentsBySourceId();

    ImportRun again = run(file, null);

    assertThat(List.of(again.inserted(), again.updated(), again.unchanged()))
        .containsExactly(0L, 0L, 3L);
    assertThat(incidentsBySourceId()).isEqualTo(before);
  }

  @Test
  void aCorrectedFileUpdatesOnlyTheRowsItChangesAndKeepsTheirHistory() {
    run(goodFile(), null);
    Path corrected =
        file(
            dir,
            "corrected.csv",
            HEADER,
            "A-1,homicide,2026-03-01T22:15,New Haven,R-100,-72.93,41.31,,Shot on the green",
            "A-2,shots_fired,2026-03-02T01:05,new haven,,-72.80,41.40,,");

    ImportRun run = run(corrected, null);

    assertThat(List.of(run.inserted(), run.updated(), run.unchanged())).containsExactly(0L, 1L, 1L);
    var rows = incidentsBySourceId();
    assertThat(rows).hasSize(3);
    assertThat(rows.get("A-1").get("type")).isEqualTo("homicide");
    assertThat(rows.get("A-1").get("version")).isEqualTo(1);
    assertThat(rows.get("A-2").get("version")).isEqualTo(0);
    String changes =
        jdbc.sql(
                "select h.changes::text from record_history h join incident i"
                    + " on i.site_id = h.site_id and i.id = h.record_id"
                    + " where h.site_id = :site and h.record_type = 'incident'"
                    + " and i.source_id = 'A-1'")
            .param("site", site.id())
            .query(String.class)
            .single();
    assertThat(changes).contains("\"type\": [\"non_fatal_shooting\", \"homicide\"]");
    assertThat(changes).doesNotContain("narrative");
  }

  /** One bad row per rule, each with the column the message must name. */
  Path badFile() {
    return file(
        dir,
        "bad.csv",
        HEADER,
        "B-1,non_fatal_shooting,2026-03-01T22:15,New Haven,,-72.93,41.31,,", // good: line 2
        ",shots_fired,2026-03-01T22:15,New Haven,,,,,", // 3: no source_id
        "B-3,drive_by,2026-03-01T22:15,New Haven,,,,,", // 4: unknown type
        "B-4,shots_fired,yesterday,New Haven,,,,,", // 5: not a date
        "B-5,shots_fired,2099-01-01T00:00,New Haven,,,,,", // 6: in the future
        "B-6,shots_fired,2026-03-01T22:15,Gotham,,,,,", // 7: unknown city
        "B-7,shots_fired,2026-03-01T22:15,New Haven,,-72.93,,,", // 8: lon without lat
        "B-8,shots_fired,2026-03-01T22:15,New Haven,,-272.93,41.3,,", // 9: lon out of range
        "B-9,shots_fired,2026-03-01T22:15,New Haven,,-72.9,north,,", // 10: lat not a number
        "B-10,shots_fired,2026-03-01T22:15,New Haven," + "R".repeat(61) + ",,,,", // 11: too long
        "B-1,shots_fired,2026-03-02T22:15,New Haven,,,,,", // 12: repeats line 2's source_id
        "B-12,shots_fired,2026-03-01T22:15,New Haven", // 13: too few fields
        "B-13,shots_fired,2026-03-01T22:15,,,,,,"); // 14: no city
  }

  static final Map<Long, String> BAD_COLUMNS =
      Map.ofEntries(
          Map.entry(3L, "source_id"),
          Map.entry(4L, "type"),
          Map.entry(5L, "occurred_at"),
          Map.entry(6L, "occurred_at"),
          Map.entry(7L, "city"),
          Map.entry(8L, "lat"),
          Map.entry(9L, "lon"),
          Map.entry(10L, "lat"),
          Map.entry(11L, "report_number"),
          Map.entry(12L, "source_id"),
          Map.entry(13L, "(row)"),
          Map.entry(14L, "city"));

  @Test
  void allOrNothingRefusesAFileWithAnyBadRowNamingEachLineAndColumn() {
    ImportRun run = run(badFile(), "all-or-nothing");

    assertThat(run.status()).isEqualTo("refused");
    assertThat(run.rejected()).isEqualTo(BAD_COLUMNS.size());
    assertThat(run.message()).contains("nothing was loaded");
    assertThat(incidentsBySourceId()).isEmpty();
    List<ImportRun.Problem> problems = imports.problems(analyst, run.id(), 100);
    Map<Long, String> found =
        problems.stream()
            .collect(
                Collectors.toMap(
                    ImportRun.Problem::line, ImportRun.Problem::column, (a, b) -> a + "," + b));
    BAD_COLUMNS.forEach(
        (line, column) -> assertThat(found.get(line)).as("line " + line).contains(column));
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.value()).isEqualTo("drive_by");
              assertThat(p.message()).contains("must be one of");
            })
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(12);
              assertThat(p.message()).contains("as line 2");
            });
  }

  @Test
  void goodRowsOnlyLoadsTheGoodRowsAndWritesTheRestToTheRejectsFile() throws Exception {
    ImportRun run = run(badFile(), "good-rows-only");

    assertThat(run.status()).isEqualTo("done");
    assertThat(run.inserted()).isEqualTo(1);
    assertThat(run.rejected()).isEqualTo(BAD_COLUMNS.size());
    assertThat(incidentsBySourceId()).containsOnlyKeys("B-1");
    StringWriter rejects = new StringWriter();
    imports.writeRejects(analyst, run.id(), rejects);
    List<String> lines = rejects.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo(HEADER + ",rejected_line,rejected_because");
    assertThat(lines).hasSize(1 + BAD_COLUMNS.size());
    assertThat(lines.get(2)).startsWith("B-3,drive_by,").contains(",4,\"type: must be one of");
  }

  @Test
  void aMappingLoadsAnAgencyExportUnedited() {
    Path export =
        file(
            dir,
            "rms-export.csv",
            "INC_NO,OFFENSE,REPORTED,X,Y,NOTES",
            "77-1,HOM,03/01/2026 22:15,-72.93,41.31,first",
            "77-2,SHOTS,03/02/2026 07:05,-72.93,41.31,second");
    Path mapping =
        file(
            dir,
            "rms.properties",
            "# the New Haven RMS export",
            "column.source_id = INC_NO",
            "column.type = OFFENSE",
            "column.occurred_at = REPORTED",
            "format.occurred_at = MM/dd/yyyy HH:mm",
            "column.lon = X",
            "column.lat = Y",
            "column.narrative = NOTES",
            "value.type.HOM = homicide",
            "value.type.shots = shots_fired",
            "default.city = New Haven");

    ImportRun run =
        imports.run(analyst, "incidents", source(export, mapping, "nhpd-rms", null), p -> {});

    assertThat(run.status()).isEqualTo("done");
    assertThat(run.inserted()).isEqualTo(2);
    var rows = incidentsBySourceId();
    assertThat(rows.get("77-1").get("type")).isEqualTo("homicide");
    assertThat(rows.get("77-2").get("type")).isEqualTo("shots_fired");
    OffsetDateTime at =
        jdbc.sql("select occurred_at from incident where site_id = :s and source_id = '77-1'")
            .param("s", site.id())
            .query(OffsetDateTime.class)
            .single();
    assertThat(at.toInstant()).hasToString("2026-03-02T03:15:00Z"); // 22:15 in New York, EST
  }

  @Test
  void aMappingMistakeRefusesTheFileNamingTheMappingLine() {
    Path mapping = file(dir, "bad.properties", "column.source_id = INC_NO", "column.weather = W");

    ImportRun run =
        imports.run(analyst, "incidents", source(goodFile(), mapping, "nhpd-rms", null), p -> {});

    assertThat(run.status()).isEqualTo("refused");
    assertThat(run.message()).contains("bad.properties:2").contains("weather");
  }

  @Test
  void aFileWithoutARequiredColumnIsRefusedNamingIt() {
    Path file = file(dir, "short.csv", "source_id,type,city", "C-1,homicide,New Haven");

    ImportRun run = run(file, null);

    assertThat(run.status()).isEqualTo("refused");
    assertThat(run.message()).contains("short.csv:1").contains("occurred_at");
    assertThat(incidentsBySourceId()).isEmpty();
  }

  @Test
  void anAddressNotInTheAddressTableIsAWarningAndTheIncidentIsKeptWithoutLocation() {
    Path file =
        file(
            dir, "addr.csv", HEADER, "D-1,shots_fired,2026-03-01T22:15,New Haven,,,,9 Nowhere Ln,");

    ImportRun run = run(file, null);

    assertThat(run.status()).isEqualTo("done");
    assertThat(run.warnings()).isEqualTo(1);
    assertThat(incidentsBySourceId().get("D-1").get("lon")).isNull();
    assertThat(imports.problems(analyst, run.id(), 10))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo("warning");
              assertThat(p.value()).isEqualTo("9 Nowhere Ln");
            });
  }

  @Test
  void cancellingARunningImportLeavesNothingOfIt() throws Exception {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 300_000; i++) {
      csv.append("\nE-").append(i).append(",shots_fired,2026-03-01T22:15,New Haven,,,,,");
    }
    Path file = file(dir, "big.csv", csv.toString());

    ImportRun started = imports.start(analyst, "incidents", source(file, "nhpd-rms", null));
    long deadline = System.currentTimeMillis() + 60_000;
    while (imports.progress(analyst, started.id()).map(p -> p.rows() == 0).orElse(true)
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
    imports.cancel(analyst, started.id());
    ImportRun run = awaitEnd(started.id());

    assertThat(run.status()).isEqualTo("cancelled");
    assertThat(incidentsBySourceId()).isEmpty();
    assertThat(
            jdbc.sql(
                    "select outcome from audit_event where site_id = :s and action = 'import'"
                        + " and record_id = :id")
                .param("s", site.id())
                .param("id", run.id())
                .query(String.class)
                .single())
        .isEqualTo("failed");
  }

  ImportRun awaitEnd(long id) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    ImportRun run = imports.view(analyst, id);
    while (!run.finished() && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
      run = imports.view(analyst, id);
    }
    return run;
  }

  @Test
  void aLoadedImportIsAuditedWithItsCounts() {
    ImportRun run = run(goodFile(), null);

    String detail =
        jdbc.sql(
                "select detail from audit_event where site_id = :s and action = 'import'"
                    + " and record_id = :id and outcome = 'ok'")
            .param("s", site.id())
            .param("id", run.id())
            .query(String.class)
            .single();
    assertThat(detail).contains("incidents from incidents.csv").contains("inserted 3");
  }
}
