package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.analytics.golden.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkCommandTest {

  @TempDir Path dir;

  @Test
  void writesOneRecordPerNodeForTheKarateClub() throws IOException {
    Path out = dir.resolve("karate.json");
    CliRun run =
        CliRun.of(
            "network",
            "--edges",
            Golden.path("network/karate.edges.csv").toString(),
            "--seed",
            "3",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String json = Files.readString(out);
    assertThat(json).startsWith("{\"nodes\":[{\"id\":\"1\",\"component\":0,\"degree\":16,");
    assertThat(json).contains("\"betweenness_normalized\":", "\"pagerank\":", "\"community\":");
    assertThat(json).contains("\"components\":1", "\"modularity\":0.4");
  }

  @Test
  void weightedNetworkWithoutWeightColumnNamesTheFile() throws IOException {
    Path edges = dir.resolve("edges.csv");
    Files.writeString(edges, "source,target\na,b\n");
    CliRun run = CliRun.of("network", "--edges", edges.toString(), "--weighted");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("edges.csv:1: missing column 'weight'");
  }

  @Test
  void negativeWeightIsRejectedWithLineAndColumn() throws IOException {
    Path edges = dir.resolve("edges.csv");
    Files.writeString(edges, "source,target,weight\na,b,1\nb,c,-2\n");
    CliRun run = CliRun.of("network", "--edges", edges.toString(), "--weighted");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("edges.csv:3: column 'weight': weight must be positive");
  }

  @Test
  void emptyTargetIsRejectedWithLineAndColumn() throws IOException {
    Path edges = dir.resolve("edges.csv");
    Files.writeString(edges, "source,target\na,b\nb,\n");
    CliRun run = CliRun.of("network", "--edges", edges.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("edges.csv:3: column 'target': empty value");
  }

  @Test
  void headerOnlyFileGivesAnEmptyNetwork() throws IOException {
    Path edges = dir.resolve("edges.csv");
    Files.writeString(edges, "source,target\n");
    CliRun run = CliRun.of("network", "--edges", edges.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("{\"nodes\":[],\"components\":0");
  }

  @Test
  void missingFileIsBadInput() {
    CliRun run = CliRun.of("network", "--edges", dir.resolve("nope.csv").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.csv: no such file");
  }
}
