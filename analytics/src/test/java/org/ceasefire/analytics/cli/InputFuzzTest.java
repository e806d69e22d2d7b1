package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.io.Json;
import org.ceasefire.analytics.network.Weighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input file of the analytics command line, damaged at random: each either reads or fails
 * with an {@link InputException} (the documented error naming file, line and column), never another
 * exception and never a hang. A longer campaign: {@code -Dceasefire.fuzz.iterations=100000}.
 */
class InputFuzzTest {

  @TempDir Path dir;

  static final List<String> EVENTS =
      List.of(
          "id,x,y,t,type\n1,100.5,200,2026-01-01,shooting\n2,101,-3.5,2026-01-02T10:15:00Z,\n",
          "id,x,y,t\n\"a,1\",1e3,2,2026-03-01T00:00\n\"b\"\"q\",0,0,2026-03-01\n");
  static final List<String> LONLAT =
      List.of("id,x,y,t\n1,-72.9,41.3,2026-01-01\n2,-72.8,41.31,2026-01-03\n");
  static final List<String> AREAS = List.of("id,value\nA,1\nB,2.5\nC,0\n", "id,value\n\"x\",3\n");
  static final List<String> WEIGHTS =
      List.of("id,neighbor\nA,B\nB,A\nB,C\nC,B\n", "id,neighbor,weight\nA,B,0.5\nB,A,0.5\n");
  static final List<String> EDGES =
      List.of("source,target,weight\na,b,1\nb,c,2.5\n", "source,target\nx,y\ny,z\n");

  private static boolean documented(Throwable t) {
    return t instanceof InputException && t.getMessage() != null && !t.getMessage().isBlank();
  }

  private Path write(byte[] input, String name) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, input);
    return file;
  }

  @Test
  void csvTableReadsOrRefusesEveryDamagedFile() throws Exception {
    int tried =
        Mutations.run(
            "csv-table",
            EVENTS,
            Mutations.iterations(400),
            InputFuzzTest::documented,
            input -> {
              CsvTable t =
                  CsvTable.read(
                      "in.csv", new StringReader(new String(input, StandardCharsets.UTF_8)));
              for (int row = 0; row < t.size(); row++) {
                for (int col = 0; col < t.header().size(); col++) {
                  try {
                    t.number(row, col);
                  } catch (InputException expected) {
                    assertThat(expected.getMessage()).contains("in.csv");
                  }
                  try {
                    t.instant(row, col);
                  } catch (InputException expected) {
                    assertThat(expected.getMessage()).contains("in.csv");
                  }
                }
              }
            });
    assertThat(tried).isPositive();
  }

  @Test
  void eventFilesReadOrRefuse() throws Exception {
    Mutations.run(
        "events",
        EVENTS,
        Mutations.iterations(300),
        InputFuzzTest::documented,
        input -> EventsFile.read(write(input, "events.csv"), false, true));
    Mutations.run(
        "events-lonlat",
        LONLAT,
        Mutations.iterations(200),
        InputFuzzTest::documented,
        input -> EventsFile.read(write(input, "events.csv"), true, false));
  }

  @Test
  void areaWeightAndEdgeFilesReadOrRefuse() throws Exception {
    Path areas = write(AREAS.get(0).getBytes(StandardCharsets.UTF_8), "good-areas.csv");
    Mutations.run(
        "areas",
        AREAS,
        Mutations.iterations(300),
        InputFuzzTest::documented,
        input -> AreasFile.read(write(input, "areas.csv")));
    Mutations.run(
        "weights",
        WEIGHTS,
        Mutations.iterations(300),
        InputFuzzTest::documented,
        input -> WeightsFile.read(write(input, "weights.csv"), AreasFile.read(areas), false));
    for (Weighting w : Weighting.values()) {
      Mutations.run(
          "edges-" + w,
          EDGES,
          Mutations.iterations(200),
          InputFuzzTest::documented,
          input -> EdgeListFile.read(write(input, "edges.csv"), w));
    }
  }

  @Test
  void jsonOutputEscapesEveryString() throws Exception {
    SplittableRandom r = new SplittableRandom(Mutations.seed());
    for (int i = 0; i < Mutations.iterations(2000); i++) {
      byte[] bytes = Mutations.mutate(EVENTS, r);
      String text = new String(bytes, StandardCharsets.UTF_8);
      String json = Json.write(java.util.Map.of("k", text));
      assertThat(json.chars().filter(c -> c < 0x20)).as("no raw control character").isEmpty();
      assertThat(json).startsWith("{").endsWith("}");
    }
  }
}
