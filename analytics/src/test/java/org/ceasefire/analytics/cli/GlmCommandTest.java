package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.analytics.golden.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlmCommandTest {

  @TempDir Path dir;

  @Test
  void negativeBinomialOnQuineWritesCoefficientsAndTheta() throws IOException {
    Path out = dir.resolve("quine.json");
    CliRun run =
        CliRun.of(
            "glm",
            "--data",
            Golden.path("stats/quine.data.csv").toString(),
            "--formula",
            "Days ~ Eth + Sex + Age + Lrn",
            "--family",
            "negbin",
            "--out",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(out))
        .startsWith(
            "{\"family\":\"negbin\",\"coefficients\":[{\"name\":\"(Intercept)\",\"estimate\":2.89458")
        .contains("\"name\":\"EthN\"", "\"ci_low\":", "\"null_deviance\":", "\"theta\":1.2748");
  }

  @Test
  void poissonWithOffsetOnSeatbelts() {
    CliRun run =
        CliRun.of(
            "glm",
            "--data",
            Golden.path("stats/seatbelts.data.csv").toString(),
            "--formula",
            "front ~ law + PetrolPrice",
            "--offset",
            "kms");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"name\":\"law\"", "\"aic\":", "\"theta\":null");
  }

  @Test
  void negativeCountIsRejectedWithLineAndColumn() throws IOException {
    Path data = dir.resolve("counts.csv");
    Files.writeString(data, "count,area\n3,a\n-1,b\n");
    CliRun run = CliRun.of("glm", "--data", data.toString(), "--formula", "count ~ area");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("counts.csv:3: column 'count': a count cannot be negative");
  }

  @Test
  void zeroExposureIsRejectedWithLineAndColumn() throws IOException {
    Path data = dir.resolve("counts.csv");
    Files.writeString(data, "count,area,pop\n3,a,10\n1,b,0\n");
    CliRun run =
        CliRun.of("glm", "--data", data.toString(), "--formula", "count ~ area", "--offset", "pop");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("counts.csv:3: column 'pop': exposure must be positive");
  }

  @Test
  void perfectSeparationIsAClearErrorNamingTheFile() throws IOException {
    Path data = dir.resolve("counts.csv");
    Files.writeString(data, "count,area\n3,a\n5,a\n0,b\n0,b\n");
    CliRun run = CliRun.of("glm", "--data", data.toString(), "--formula", "count ~ area");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("counts.csv: perfect separation: every row with areab = 1");
  }

  @Test
  void unknownFamilyAndMissingColumnAreBadInput() throws IOException {
    Path data = dir.resolve("counts.csv");
    Files.writeString(data, "count,area\n3,a\n");
    CliRun family =
        CliRun.of(
            "glm", "--data", data.toString(), "--formula", "count ~ area", "--family", "binomial");
    assertThat(family.exitCode()).isEqualTo(2);
    assertThat(family.err()).contains("--family: expected poisson, quasipoisson or negbin");
    CliRun column = CliRun.of("glm", "--data", data.toString(), "--formula", "count ~ zone");
    assertThat(column.exitCode()).isEqualTo(2);
    assertThat(column.err()).contains("counts.csv:1: missing column 'zone'");
  }
}
