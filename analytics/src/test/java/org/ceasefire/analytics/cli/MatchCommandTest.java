package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.analytics.golden.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

  @TempDir Path dir;

  Path write(String csv) throws IOException {
    Path p = dir.resolve("units.csv");
    Files.writeString(p, csv);
    return p;
  }

  static final String SMALL =
      "id,treat,age,area\n"
          + "a,1,20,north\nb,0,21,north\nc,1,30,south\nd,0,29,south\ne,0,40,north\nf,0,25,south\n"
          + "g,1,26,north\n";

  @Test
  void lalondeMatchesOneToOneWithPairsBalanceAndUnits() throws IOException {
    Path out = dir.resolve("match.json");
    CliRun run =
        CliRun.of(
            "match",
            "--input",
            Golden.path("stats/lalonde.data.csv").toString(),
            "--treatment",
            "treat",
            "--covariates",
            "age,educ,hispan,white,married,nodegree,re74,re75",
            "--output",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String json = Files.readString(out);
    assertThat(json)
        .startsWith(
            "{\"counts\":{\"treated\":185,\"controls\":429,\"matched_treated\":185,"
                + "\"matched_controls\":185},\"ratio\":1,\"caliper_sd\":null")
        .contains("{\"treated\":\"NSW1\",\"control\":\"PSID300\",\"round\":1,")
        .contains("\"before\":[{\"variable\":\"distance\",\"mean_treated\":0.5774355466557")
        .contains("\"units\":[{\"id\":\"NSW1\",\"treated\":true,\"propensity\":0.6387")
        .contains("{\"name\":\"(Intercept)\",\"estimate\":")
        .contains("\"caveats\":[\"after matching the standardised mean difference exceeds 0.1");
  }

  @Test
  void caliperRatioAndCategoricalCovariates() throws IOException {
    CliRun run =
        CliRun.of(
            "match",
            "--input",
            write(SMALL).toString(),
            "--treatment",
            "treat",
            "--covariates",
            "age,area",
            "--ratio",
            "1",
            "--caliper",
            "0.5");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("{\"variable\":\"areasouth\"", "\"caliper_sd\":0.5");
  }

  @Test
  void rejectsATreatmentOtherThanZeroOrOne() throws IOException {
    Path p = write(SMALL.replace("c,1,30", "c,2,30"));
    CliRun run =
        CliRun.of("match", "--input", p.toString(), "--treatment", "treat", "--covariates", "age");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("units.csv:4: column 'treat': expected 0 (control) or 1 (treated), not '2'");
  }

  @Test
  void rejectsANonNumericValueInANumericCovariate() throws IOException {
    Path p = write(SMALL.replace("d,0,29", "d,0,2x9"));
    CliRun run =
        CliRun.of("match", "--input", p.toString(), "--treatment", "treat", "--covariates", "age");
    assertThat(run.err()).contains("units.csv:5: column 'age': not a number: '2x9'");
  }

  @Test
  void rejectsMissingColumnsAndGroupsWithoutUnits() throws IOException {
    CliRun missing =
        CliRun.of(
            "match",
            "--input",
            write(SMALL).toString(),
            "--treatment",
            "treat",
            "--covariates",
            "height");
    assertThat(missing.err()).contains("units.csv:1: missing column 'height'");
    Path none = write("id,treat,age\na,0,1\nb,0,2\n");
    CliRun noTreated =
        CliRun.of(
            "match", "--input", none.toString(), "--treatment", "treat", "--covariates", "age");
    assertThat(noTreated.exitCode()).isEqualTo(2);
    assertThat(noTreated.err()).contains("column 'treat': no treated units (1) in 2 rows");
  }

  @Test
  void rejectsPerfectSeparationNamingTheFile() throws IOException {
    Path p = write("id,treat,age\na,0,1\nb,0,2\nc,1,3\nd,1,4\n");
    CliRun run =
        CliRun.of("match", "--input", p.toString(), "--treatment", "treat", "--covariates", "age");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("units.csv: perfect separation");
  }

  @Test
  void rejectsBadOptionsAndDuplicateIds() throws IOException {
    Path p = write(SMALL);
    assertThat(
            CliRun.of(
                    "match",
                    "--input",
                    p.toString(),
                    "--treatment",
                    "treat",
                    "--covariates",
                    "age",
                    "--ratio",
                    "0")
                .err())
        .contains("--ratio: must be at least 1, not 0");
    assertThat(
            CliRun.of(
                    "match",
                    "--input",
                    p.toString(),
                    "--treatment",
                    "treat",
                    "--covariates",
                    "age",
                    "--caliper",
                    "-1")
                .err())
        .contains("--caliper: must be a positive number");
    assertThat(
            CliRun.of(
                    "match",
                    "--input",
                    p.toString(),
                    "--treatment",
                    "treat",
                    "--covariates",
                    "age",
                    "--order",
                    "best")
                .err())
        .contains("--order: expected largest, smallest, data or random, not 'best'");
    Path dup = write(SMALL.replace("b,0,21", "a,0,21"));
    assertThat(
            CliRun.of(
                    "match",
                    "--input",
                    dup.toString(),
                    "--treatment",
                    "treat",
                    "--covariates",
                    "age")
                .err())
        .contains("units.csv:3: column 'id': id 'a' appears twice (also line 2)");
  }
}
