package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GistarAndMoranCommandTest {

  @TempDir Path dir;

  private static String golden(String name) throws Exception {
    return Path.of(
            Objects.requireNonNull(
                    GistarAndMoranCommandTest.class.getResource("/golden/spatial/" + name))
                .toURI())
        .toString();
  }

  @Test
  void gistarOnColumbusCrimeWritesEveryAreaWithItsScore() throws Exception {
    SpatialCli run =
        SpatialCli.run(
            "gistar",
            "--areas",
            golden("columbus-crime.csv"),
            "--weights",
            golden("columbus-weights.csv"));
    assertThat(run.exit()).as(run.err()).isZero();
    // spdep::localG for area 1: z = -1.4327796539664275
    assertThat(run.out())
        .startsWith("{\"areas\":[{\"id\":\"1\",\"z\":-1.43277965396642")
        .contains("\"fdr_significant\":true");
    assertThat(run.out().split("\"id\"")).hasSize(50);
  }

  @Test
  void gistarRefusesAnUnknownNeighbourNamingFileLineAndColumn() throws Exception {
    Path areas = SpatialCli.write(dir, "areas.csv", "id,value\na,1\nb,2\nc,3\n");
    Path weights = SpatialCli.write(dir, "weights.csv", "id,neighbor\na,b\nb,zz\n");
    SpatialCli run = SpatialCli.run("gistar", "--areas", "" + areas, "--weights", "" + weights);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("weights.csv:3: column 'neighbor': unknown area id 'zz'");
  }

  @Test
  void gistarRefusesARepeatedAreaAndMixedModes() throws Exception {
    Path areas = SpatialCli.write(dir, "areas.csv", "id,value\na,1\nb,2\na,3\n");
    Path weights = SpatialCli.write(dir, "weights.csv", "id,neighbor\na,b\n");
    SpatialCli run = SpatialCli.run("gistar", "--areas", "" + areas, "--weights", "" + weights);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("areas.csv:4: column 'id': id 'a' repeats line 2");
    SpatialCli mixed = SpatialCli.run("gistar", "--areas", "" + areas);
    assertThat(mixed.exit()).isEqualTo(2);
    assertThat(mixed.err()).contains("give either --areas and --weights");
  }

  @Test
  void gistarOnEventsFindsTheClusterCell() throws Exception {
    StringBuilder csv = new StringBuilder("id,x,y,t\n");
    int id = 0;
    for (int gx = 0; gx < 10; gx++) {
      for (int gy = 0; gy < 10; gy++) {
        csv.append(++id).append(',').append(gx * 100 + 50).append(',').append(gy * 100 + 50);
        csv.append(",2024-01-01\n");
      }
    }
    for (int k = 0; k < 30; k++) {
      csv.append(++id).append(",450,450,2024-01-02\n");
    }
    Path events = SpatialCli.write(dir, "events.csv", csv.toString());
    SpatialCli run =
        SpatialCli.run("gistar", "--events", "" + events, "--cell", "100", "--distance", "150");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("{\"id\":\"r4c4\",\"z\":")
        .containsPattern(
            "\"id\":\"r4c4\",\"z\":[0-9.]+,\"p\":[0-9.eE-]+,\"fdr_significant\":true,"
                + "\"row\":4,\"col\":4,\"x\":450,\"y\":450,\"count\":31");
  }

  @Test
  void moranOnColumbusCrimeMatchesSpdepAndGivesAPermutationP() throws Exception {
    SpatialCli run =
        SpatialCli.run(
            "moran",
            "--areas",
            golden("columbus-crime.csv"),
            "--weights",
            golden("columbus-weights.csv"),
            "--permutations",
            "99",
            "--seed",
            "3");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("{\"global\":{\"I\":0.48577091366177")
        .contains("\"p_permutation\":0.01}")
        .contains("\"quadrant\":\"LL\"");
    SpatialCli again =
        SpatialCli.run(
            "moran",
            "--areas",
            golden("columbus-crime.csv"),
            "--weights",
            golden("columbus-weights.csv"),
            "--permutations",
            "99",
            "--seed",
            "3");
    assertThat(again.out()).isEqualTo(run.out());
  }

  @Test
  void moranRefusesAnAreaListedAsItsOwnNeighbour() throws Exception {
    Path areas = SpatialCli.write(dir, "areas.csv", "id,value\na,1\nb,2\nc,3\nd,5\n");
    Path weights = SpatialCli.write(dir, "weights.csv", "id,neighbor,weight\na,b,1\nc,c,1\n");
    SpatialCli run = SpatialCli.run("moran", "--areas", "" + areas, "--weights", "" + weights);
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("weights.csv:3: column 'neighbor': area 'c' listed as its own");
  }

  @Test
  void bothMethodsAnswerHelp() {
    assertThat(SpatialCli.run("gistar", "--help").out()).contains("--no-self", "--alpha");
    assertThat(SpatialCli.run("moran", "--help").out()).contains("--permutations", "--seed");
  }
}
