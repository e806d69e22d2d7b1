package org.ceasefire.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.analytics.golden.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

  @TempDir Path dir;

  Path write(String csv) throws IOException {
    Path p = dir.resolve("panel.csv");
    Files.writeString(p, csv);
    return p;
  }

  static final String SMALL =
      "unit,period,value\n"
          + "t,2020-01,5\nt,2020-02,6\nt,2020-03,7\nt,2020-04,20\n"
          + "a,2020-01,1\na,2020-02,2\na,2020-03,3\na,2020-04,4\n"
          + "b,2020-01,9\nb,2020-02,10\nb,2020-03,11\nb,2020-04,12\n";

  @Test
  void californiaOnCigarWritesWeightsSeriesAndPlacebos() throws IOException {
    Path out = dir.resolve("synth.json");
    CliRun run =
        CliRun.of(
            "synth",
            "--input",
            Golden.path("stats/cigar.sales.csv").toString(),
            "--target",
            "CA",
            "--start",
            "1989",
            "--output",
            out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String json = Files.readString(out);
    assertThat(json)
        .startsWith("{\"target\":\"CA\",\"start\":\"1989\",\"preperiods\":26,\"postperiods\":4,")
        .contains("{\"unit\":\"UT\",\"weight\":0.3318067")
        .contains("\"p_value\":0.13043478260869")
        .contains("{\"period\":\"1963\",\"target\":142,\"synthetic\":")
        .contains("\"placebos\":[{\"unit\":\"AL\",\"pre_rmspe\":2.82544495")
        .contains("\"caveats\":[\"45 donors for 26 pre-program periods");
  }

  @Test
  void aDonorListRestrictsThePool() throws IOException {
    CliRun run =
        CliRun.of(
            "synth",
            "--input",
            write(SMALL).toString(),
            "--target",
            "t",
            "--start",
            "2020-04",
            "--donors",
            "a,b");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("{\"unit\":\"a\",\"weight\":0.5}", "\"preperiods\":3");
  }

  @Test
  void rejectsANonNumericValueWithLineAndColumn() throws IOException {
    Path p = write("unit,period,value\nt,2020,5\na,2020,x\n");
    CliRun run = CliRun.of("synth", "--input", p.toString(), "--target", "t", "--start", "2021");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("panel.csv:3: column 'value': not a number: 'x'");
  }

  @Test
  void rejectsAMissingUnitPeriod() throws IOException {
    Path p = write(SMALL.replace("b,2020-03,11\n", ""));
    CliRun run = CliRun.of("synth", "--input", p.toString(), "--target", "t", "--start", "2020-04");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("panel.csv: unit 'b' has no row for period 2020-03 (first seen on line 4)");
  }

  @Test
  void rejectsARepeatedUnitPeriodAndAMixedPeriodForm() throws IOException {
    CliRun twice =
        CliRun.of(
            "synth",
            "--input",
            write(SMALL + "a,2020-02,7\n").toString(),
            "--target",
            "t",
            "--start",
            "2020-04");
    assertThat(twice.err())
        .contains(
            "panel.csv:14: column 'period': unit 'a' period 2020-02 appears twice (also line 7)");
    CliRun mixed =
        CliRun.of(
            "synth",
            "--input",
            write(SMALL + "c,2020,7\n").toString(),
            "--target",
            "t",
            "--start",
            "2020-04");
    assertThat(mixed.err())
        .contains("panel.csv:14: column 'period': expected a period of the same");
  }

  @Test
  void rejectsAnUnknownTargetOrDonor() throws IOException {
    Path p = write(SMALL);
    CliRun target =
        CliRun.of("synth", "--input", p.toString(), "--target", "x", "--start", "2020-04");
    assertThat(target.exitCode()).isEqualTo(2);
    assertThat(target.err()).contains("--target: no unit 'x' in").contains("(column 'unit')");
    CliRun donor =
        CliRun.of(
            "synth",
            "--input",
            p.toString(),
            "--target",
            "t",
            "--start",
            "2020-04",
            "--donors",
            "a,z");
    assertThat(donor.err()).contains("--donors: no unit 'z'");
  }

  @Test
  void rejectsAStartOutsideTheSeries() throws IOException {
    Path p = write(SMALL);
    CliRun early =
        CliRun.of("synth", "--input", p.toString(), "--target", "t", "--start", "2020-01");
    assertThat(early.exitCode()).isEqualTo(2);
    assertThat(early.err())
        .contains("--start: 2020-01 leaves no period before the program start")
        .contains("(periods 2020-01 to 2020-04)");
    CliRun late =
        CliRun.of("synth", "--input", p.toString(), "--target", "t", "--start", "2021-01");
    assertThat(late.err()).contains("leaves no period from the program start");
    CliRun form = CliRun.of("synth", "--input", p.toString(), "--target", "t", "--start", "soon");
    assertThat(form.err()).contains("--start: expected a period like '2020-01', not 'soon'");
  }

  @Test
  void rejectsFewerThanTwoDonors() throws IOException {
    Path p = write(SMALL);
    CliRun run =
        CliRun.of(
            "synth",
            "--input",
            p.toString(),
            "--target",
            "t",
            "--start",
            "2020-04",
            "--donors",
            "a");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("1 donor unit(s) besides the target 't': at least two");
  }
}
