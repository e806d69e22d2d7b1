package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearrepeatAndKnoxCommandTest {

  @TempDir Path dir;

  private static String imdepi() throws Exception {
    return Path.of(
            Objects.requireNonNull(
                    NearrepeatAndKnoxCommandTest.class.getResource(
                        "/golden/spatial/imdepi-events.csv"))
                .toURI())
        .toString();
  }

  @Test
  void nearrepeatWritesBandsAndMatricesAndIsReproducible() throws Exception {
    String[] args = {
      "nearrepeat",
      "--events",
      imdepi(),
      "--distance-bands",
      "0,10000,20000,50000,100000",
      "--time-bands",
      "0,7,14,30,60",
      "--permutations",
      "99",
      "--seed",
      "4"
    };
    SpatialCli run = SpatialCli.run(args);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(
            "{\"distance_bands\":[[0,10000],[10000,20000],[20000,50000],[50000,100000]],"
                + "\"time_bands\":[[0,7],[7,14],[14,30],[30,60]],"
                + "\"observed\":[[24,12,33,44],[25,29,34,76],[76,74,121,271],[133,122,271,531]],"
                + "\"expected\":[[")
        .contains("\"ratio\":[[")
        .contains("\"p\":[[0.01,");
    assertThat(SpatialCli.run(args).out()).isEqualTo(run.out());
  }

  @Test
  void sameLocationAddsAFirstRowForPairsAtTheSamePlace() throws Exception {
    Path events =
        SpatialCli.write(
            dir,
            "events.csv",
            "id,x,y,t\n1,0,0,2024-01-01\n2,0,0,2024-01-03\n3,50,0,2024-01-02\n4,900,0,2024-03-01\n");
    SpatialCli run =
        SpatialCli.run(
            "nearrepeat",
            "--events",
            "" + events,
            "--distance-bands",
            "0,100",
            "--time-bands",
            "0,7",
            "--same-location",
            "--permutations",
            "9");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("\"distance_bands\":[[0,0],[0,100]]")
        .contains("\"observed\":[[1],[2]]");
  }

  @Test
  void nearrepeatRefusesBadBandsAndBadDatesNamingThem() throws Exception {
    Path events = SpatialCli.write(dir, "events.csv", "id,x,y,t\n1,0,0,2024-01-01\n2,5,5,May 3\n");
    SpatialCli bands =
        SpatialCli.run(
            "nearrepeat",
            "--events",
            "" + events,
            "--distance-bands",
            "0,200,100",
            "--time-bands",
            "0,7");
    assertThat(bands.exit()).isEqualTo(2);
    assertThat(bands.err()).contains("--distance-bands: band edges must increase");
    SpatialCli dates =
        SpatialCli.run(
            "nearrepeat",
            "--events",
            "" + events,
            "--distance-bands",
            "0,100",
            "--time-bands",
            "0,7");
    assertThat(dates.exit()).isEqualTo(2);
    assertThat(dates.err()).contains("events.csv:3: column 't': not an ISO-8601 date");
  }

  @Test
  void knoxMatchesSurveillanceOnMeningococcalDisease() throws Exception {
    SpatialCli run =
        SpatialCli.run(
            "knox",
            "--events",
            imdepi(),
            "--distance",
            "50000",
            "--days",
            "30",
            "--permutations",
            "99");
    assertThat(run.exit()).as(run.err()).isZero();
    // surveillance::knox: 428 close pairs, 358.8060020799287 expected.
    assertThat(run.out()).startsWith("{\"observed\":428,\"expected\":358.806002079928");
  }

  @Test
  void knoxOnLonLatEventsInConnecticutMeasuresMetres() throws Exception {
    // 3 × 3 points 100 m apart, one day apart in turn: within 100 m (not the 141 m diagonals)
    // are 12 pairs; within 1 day of each other 8 of the 36 pairs.
    Path events = SpatialCli.write(dir, "hartford.csv", SpatialCli.hartfordLonLat());
    SpatialCli run =
        SpatialCli.run(
            "knox",
            "--events",
            "" + events,
            "--distance",
            "101",
            "--days",
            "1",
            "--lonlat",
            "--permutations",
            "9");
    assertThat(run.exit()).as(run.err()).isZero();
    // Close in time and space: ids 1-2, 2-3, 4-5, 5-6, 7-8, 8-9 (same column, next day) = 6.
    assertThat(run.out()).startsWith("{\"observed\":6,\"expected\":" + 12.0 * 8 / 36 + ",");
  }

  @Test
  void knoxRefusesANegativeDistance() throws Exception {
    Path events = SpatialCli.write(dir, "events.csv", "id,x,y,t\n1,0,0,2024-01-01\n");
    SpatialCli run =
        SpatialCli.run("knox", "--events", "" + events, "--distance", "-1", "--days", "3");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--distance: must be a number ≥ 0");
  }
}
