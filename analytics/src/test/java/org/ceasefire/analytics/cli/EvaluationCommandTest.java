package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.analytics.golden.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationCommandTest {

  @TempDir Path dir;

  @Test
  void itsOnUkDriverDeathsReportsLevelAndSlopeChange() {
    CliRun run =
        CliRun.of(
            "its",
            "--series",
            Golden.path("stats/its_ukdriverdeaths.series.csv").toString(),
            "--break",
            "1983-02",
            "--family",
            "negbin");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("{\"level_change\":{\"estimate\":")
        .contains("\"slope_change\":", "\"rate_ratio\":")
        .contains("{\"period\":\"1969-01\",\"count\":1687,\"fitted\":")
        .contains("\"glm\":{\"family\":\"negbin\"");
  }

  @Test
  void controlledItsWithAComparisonSeries() {
    CliRun run =
        CliRun.of(
            "its",
            "--series",
            Golden.path("stats/cits_front_rear.series.csv").toString(),
            "--comparison",
            Golden.path("stats/cits_front_rear.comparison.csv").toString(),
            "--break",
            "1983-02",
            "--seasonality",
            "none");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"name\":\"post:treated\"");
  }

  @Test
  void itsRejectsABadPeriodWithLineAndColumn() throws IOException {
    Path s = dir.resolve("series.csv");
    Files.writeString(s, "period,count\n2020-01,3\n2020-13,4\n");
    CliRun run = CliRun.of("its", "--series", s.toString(), "--break", "2020-02");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("series.csv:3: column 'period': expected a month YYYY-MM");
  }

  @Test
  void itsRejectsPeriodsOutOfOrder() throws IOException {
    Path s = dir.resolve("series.csv");
    Files.writeString(s, "period,count\n2020-02,3\n2020-01,4\n");
    CliRun run = CliRun.of("its", "--series", s.toString(), "--break", "2020-02");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("series.csv:3: column 'period': periods must increase");
  }

  @Test
  void itsNeedsPeriodsOnBothSidesOfTheBreak() throws IOException {
    Path s = dir.resolve("series.csv");
    Files.writeString(s, "period,count\n2020-01,3\n2020-02,4\n2020-03,5\n");
    CliRun run =
        CliRun.of("its", "--series", s.toString(), "--break", "2020-03", "--seasonality", "none");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("at least two periods before and two from the break");
  }

  @Test
  void didOnSeatbeltsClusteredByYear() {
    CliRun run =
        CliRun.of(
            "did",
            "--data",
            Golden.path("stats/did_seatbelts.data.csv").toString(),
            "--outcome",
            "count",
            "--treated",
            "front",
            "--post",
            "law",
            "--cluster",
            "year");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("{\"rate_ratio\":0.64")
        .contains("\"clusters\":16", "\"se_type\":\"CR1\"", "\"name\":\"front:law\"");
  }

  @Test
  void didRejectsANonIndicatorWithLineAndColumn() throws IOException {
    Path d = dir.resolve("panel.csv");
    Files.writeString(d, "count,treated,post\n3,1,0\n4,2,1\n");
    CliRun run =
        CliRun.of(
            "did",
            "--data",
            d.toString(),
            "--outcome",
            "count",
            "--treated",
            "treated",
            "--post",
            "post");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("panel.csv:3: column 'treated': expected 0 or 1, not '2'");
  }
}
