package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.analytics.golden.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectAndExposureCommandTest {

  @TempDir Path dir;

  @Test
  void projectWritesTheWeightedEdgeListAsCsv() throws IOException {
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(pairs, "node,event\n\"Doe, Ann\",e1\nbob,e1\nbob,e2\ncy,e2\n");
    CliRun run = CliRun.of("project", "--pairs", pairs.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("source,target,weight\n\"Doe, Ann\",bob,1\nbob,cy,1\n");
  }

  @Test
  void projectStraightIntoTheNetworkMethod() {
    CliRun run =
        CliRun.of(
            "project",
            "--pairs",
            Golden.path("network/davis.pairs.csv").toString(),
            "--as",
            "network",
            "--weighted");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("{\"nodes\":[{\"id\":\"Evelyn Jefferson\",\"component\":0");
  }

  @Test
  void projectRejectsAnEmptyEventWithLineAndColumn() throws IOException {
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(pairs, "node,event\nann,e1\nbob,\n");
    CliRun run = CliRun.of("project", "--pairs", pairs.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("pairs.csv:3: column 'event': empty value");
  }

  @Test
  void exposureReportsDistanceAndSeedCountsPerNode() throws IOException {
    Path edges = dir.resolve("edges.csv");
    Files.writeString(edges, "source,target\na,b\nb,c\nc,d\nd,e\n");
    Path seeds = dir.resolve("seeds.csv");
    Files.writeString(seeds, "id\na\nlonely\n");
    CliRun run =
        CliRun.of(
            "exposure",
            "--edges",
            edges.toString(),
            "--seeds",
            seeds.toString(),
            "--max-distance",
            "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("{\"id\":\"a\",\"seed\":true,\"distance\":0,\"seeds_within_1\":0")
        .contains("{\"id\":\"lonely\",\"seed\":true,\"distance\":0")
        .contains(
            "{\"id\":\"c\",\"seed\":false,\"distance\":2,\"seeds_within_1\":0,\"seeds_within_2\":1}")
        .contains("{\"id\":\"d\",\"seed\":false,\"distance\":null")
        .contains("\"seeds\":2,\"max_distance\":2");
  }

  @Test
  void exposureWithoutIdColumnNamesTheSeedsFile() throws IOException {
    Path edges = dir.resolve("edges.csv");
    Files.writeString(edges, "source,target\na,b\n");
    Path seeds = dir.resolve("seeds.csv");
    Files.writeString(seeds, "node\na\n");
    CliRun run = CliRun.of("exposure", "--edges", edges.toString(), "--seeds", seeds.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("seeds.csv:1: missing column 'id'");
  }
}
