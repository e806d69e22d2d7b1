package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.analytics.golden.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurvivalCommandTest {

  @TempDir Path dir;

  @Test
  void lungCurvesLogRankAndCoxFromTheCommandLine() {
    CliRun run =
        CliRun.of(
            "survival",
            "--data",
            Golden.path("stats/lung.data.csv").toString(),
            "--group",
            "group",
            "--covariates",
            "age,ph.ecog");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("{\"km\":[{\"group\":\"1\",\"time\":11,\"at_risk\":137,\"events\":3,")
        .contains("\"logrank\":{\"chisq\":10.00817", "\"df\":1")
        .contains("\"cox\":{\"coefficients\":[{\"name\":\"group2\",\"estimate\":-0.55261");
  }

  @Test
  void eventOtherThanZeroOrOneIsRejectedWithLineAndColumn() throws IOException {
    Path data = dir.resolve("surv.csv");
    Files.writeString(data, "id,time,event\n1,5,1\n2,7,2\n");
    CliRun run = CliRun.of("survival", "--data", data.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("surv.csv:3: column 'event': expected 1 (event) or 0 (censored)");
  }

  @Test
  void negativeTimeIsRejectedWithLineAndColumn() throws IOException {
    Path data = dir.resolve("surv.csv");
    Files.writeString(data, "id,time,event\n1,-5,1\n");
    CliRun run = CliRun.of("survival", "--data", data.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("surv.csv:2: column 'time': a time cannot be negative");
  }

  @Test
  void groupWithoutEventsInOneArmIsAClearError() throws IOException {
    Path data = dir.resolve("surv.csv");
    Files.writeString(data, "id,time,event,arm\n1,1,1,a\n2,2,1,a\n3,3,0,b\n4,4,0,b\n");
    CliRun run = CliRun.of("survival", "--data", data.toString(), "--group", "arm");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("surv.csv: the Cox estimate for armb diverges");
  }
}
