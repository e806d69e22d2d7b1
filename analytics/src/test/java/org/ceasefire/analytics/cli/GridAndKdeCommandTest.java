package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GridAndKdeCommandTest {

  @TempDir Path dir;

  @Test
  void gridCountsEventsPerCellWithCellCentres() throws Exception {
    Path events =
        SpatialCli.write(dir, "events.csv", "id,x,y,t\n1,10,10,2024-01-01\n2,20,30,2024-01-02\n");
    SpatialCli run = SpatialCli.run("grid", "--events", events.toString(), "--cell", "100");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().trim())
        .isEqualTo("{\"cells\":[{\"row\":0,\"col\":0,\"x\":50,\"y\":50,\"count\":2}]}");
  }

  @Test
  void gridWritesTheResultToTheOutFile() throws Exception {
    Path events = SpatialCli.write(dir, "events.csv", "id,x,y\n1,10,10\n2,150,10\n");
    Path out = dir.resolve("result.json");
    SpatialCli run =
        SpatialCli.run("grid", "--events", events.toString(), "--cell", "100", "--out", "" + out);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).contains("\"col\":1,\"x\":150,\"y\":50,\"count\":1");
  }

  @Test
  void badCoordinateIsRefusedWithFileLineAndColumn() throws Exception {
    Path events = SpatialCli.write(dir, "events.csv", "id,x,y,t\n1,10,10,2024-01-01\n2,x9,3,\n");
    SpatialCli run = SpatialCli.run("grid", "--events", events.toString(), "--cell", "100");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("events.csv:3: column 'x': not a number: 'x9'");
  }

  @Test
  void missingFileAndBadCellAreRefusedWithExitCode2() throws Exception {
    SpatialCli missing = SpatialCli.run("grid", "--events", dir + "/none.csv", "--cell", "100");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("none.csv: no such file");
    Path events = SpatialCli.write(dir, "events.csv", "id,x,y\n1,10,10\n");
    SpatialCli badCell = SpatialCli.run("grid", "--events", events.toString(), "--cell", "-5");
    assertThat(badCell.exit()).isEqualTo(2);
    assertThat(badCell.err()).contains("--cell: must be a positive number");
  }

  @Test
  void kdeGivesDensityPerSquareKilometre() throws Exception {
    Path events = SpatialCli.write(dir, "events.csv", "id,x,y\n1,50,50\n");
    SpatialCli run =
        SpatialCli.run(
            "kde",
            "--events",
            "" + events,
            "--cell",
            "100",
            "--bandwidth",
            "1000",
            "--kernel",
            "uniform");
    assertThat(run.exit()).as(run.err()).isZero();
    // One event, uniform disc of radius 1 km: 1/π events per km².
    assertThat(run.out()).contains("\"density\":" + (1 / Math.PI));
  }

  @Test
  void kdeRefusesAnUnknownKernelNamingTheChoices() throws Exception {
    Path events = SpatialCli.write(dir, "events.csv", "id,x,y\n1,50,50\n");
    SpatialCli run =
        SpatialCli.run(
            "kde",
            "--events",
            "" + events,
            "--cell",
            "100",
            "--bandwidth",
            "10",
            "--kernel",
            "cubic");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown kernel 'cubic'");
  }

  @Test
  void lonLatEventsInConnecticutAreProjectedToMetres() throws Exception {
    Path events = SpatialCli.write(dir, "hartford.csv", SpatialCli.hartfordLonLat());
    SpatialCli run = SpatialCli.run("grid", "--events", "" + events, "--cell", "1000", "--lonlat");
    assertThat(run.exit()).as(run.err()).isZero();
    int total =
        java.util.regex.Pattern.compile("\"count\":(\\d+)")
            .matcher(run.out())
            .results()
            .mapToInt(m -> Integer.parseInt(m.group(1)))
            .sum();
    assertThat(total).isEqualTo(9);
    assertThat(run.out()).contains("\"x\":500"); // metres around the centre, not degrees
    SpatialCli latOutOfRange =
        SpatialCli.run(
            "grid",
            "--events",
            "" + SpatialCli.write(dir, "bad.csv", "id,x,y\n1,-72.6,141.7\n"),
            "--cell",
            "150",
            "--lonlat");
    assertThat(latOutOfRange.exit()).isEqualTo(2);
    assertThat(latOutOfRange.err()).contains("bad.csv:2: column 'y': latitude out of range");
  }

  @Test
  void everyMethodAnswersHelp() {
    for (String method : new String[] {"grid", "kde"}) {
      SpatialCli run = SpatialCli.run(method, "--help");
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("--events").contains("--out");
    }
  }
}
