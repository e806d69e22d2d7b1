package org.ceasefire.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ceasefire.analytics.cli.AnalyzeCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo export feeds every analytics method, and the methods find the region's structure. */
class DemoExportTest {

  @TempDir static Path dir;

  @BeforeAll
  static void export() {
    DemoParameters parameters =
        DemoParameters.of(DemoExport.DEFAULT_SEED, 1, LocalDate.of(2026, 6, 30));
    DemoExport.write(new DemoRegionGenerator(parameters), parameters, dir);
  }

  private static String analyze(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AnalyzeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    assertThat(code).as(String.join(" ", args) + ": " + err).isZero();
    return out.toString();
  }

  private static String file(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void writesEveryFileWithItsHeader() throws Exception {
    assertThat(Files.readAllLines(dir.resolve("events.csv")).get(0)).isEqualTo("id,x,y,t,type");
    assertThat(Files.readAllLines(dir.resolve("events.csv"))).hasSizeGreaterThan(20_000);
    assertThat(Files.readAllLines(dir.resolve("weights.csv")).get(0)).isEqualTo("id,neighbor");
    assertThat(Files.readAllLines(dir.resolve("did.csv")).get(0))
        .isEqualTo("city,month,outcome,treated,post");
  }

  @Test
  void shootingsRepeatNearInSpaceAndTime() {
    String knox =
        analyze(
            "knox",
            "--events",
            file("shootings.csv"),
            "--lonlat",
            "--distance",
            "400",
            "--days",
            "14",
            "--permutations",
            "19",
            "--seed",
            "1");
    double observed =
        Double.parseDouble(knox.replaceAll(".*\"observed\":([0-9.]+).*", "$1").trim());
    double expected =
        Double.parseDouble(knox.replaceAll(".*\"expected\":([0-9.]+).*", "$1").trim());
    assertThat(observed).isGreaterThan(1.2 * expected);
  }

  @Test
  void hotSpotsAndNetworksAndEvaluationRunOnTheExport() {
    assertThat(analyze("gistar", "--areas", file("areas.csv"), "--weights", file("weights.csv")))
        .contains("\"fdr_significant\":true");
    assertThat(analyze("moran", "--areas", file("areas.csv"), "--weights", file("weights.csv")))
        .contains("\"global\"");
    assertThat(analyze("project", "--pairs", file("pairs.csv"), "--as", "network", "--seed", "1"))
        .contains("\"betweenness\"", "\"modularity\"");
    assertThat(
            analyze(
                "its",
                "--series",
                file("series.csv"),
                "--break",
                "2024-07",
                "--comparison",
                file("series_comparison.csv")))
        .contains("\"level_change\"");
    String did =
        analyze(
            "did",
            "--data",
            file("did.csv"),
            "--outcome",
            "outcome",
            "--treated",
            "treated",
            "--post",
            "post",
            "--cluster",
            "city");
    double rateRatio =
        Double.parseDouble(did.replaceAll("^\\{\"rate_ratio\":([0-9.]+),.*", "$1").trim());
    assertThat(rateRatio).as("the program cities' shootings fell against the others").isLessThan(1);
  }
}
