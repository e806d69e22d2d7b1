package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyntheticControlEdgeCasesTest {

  static final List<String> AB = List.of("a", "b");

  @Test
  void refusesAnEmptySeries() {
    assertThatThrownBy(
            () -> SyntheticControl.fit("t", new double[0], AB, new double[][] {{}, {}}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 period(s)");
  }

  @Test
  void refusesASingleDonor() {
    assertThatThrownBy(
            () ->
                SyntheticControl.fit(
                    "t", new double[] {1, 2, 3}, List.of("a"), new double[][] {{1, 2, 3}}, 2))
        .hasMessageContaining("at least two donor areas");
  }

  @Test
  void refusesAProgramStartOutsideTheSeries() {
    double[] t = {1, 2, 3};
    double[][] d = {{1, 2, 3}, {2, 3, 4}};
    assertThatThrownBy(() -> SyntheticControl.fit("t", t, AB, d, 0))
        .hasMessageContaining("0 pre-period(s) of 3");
    assertThatThrownBy(() -> SyntheticControl.fit("t", t, AB, d, 3))
        .hasMessageContaining("3 pre-period(s) of 3");
  }

  @Test
  void refusesDonorsOfTheWrongLengthDuplicatesAndNonFiniteValues() {
    double[] t = {1, 2, 3};
    assertThatThrownBy(() -> SyntheticControl.fit("t", t, AB, new double[][] {{1, 2, 3}, {2}}, 2))
        .hasMessageContaining("donor 'b' has 1 periods, the target 3");
    assertThatThrownBy(
            () ->
                SyntheticControl.fit(
                    "t", t, List.of("a", "a"), new double[][] {{1, 2, 3}, {1, 2, 3}}, 2))
        .hasMessageContaining("donor 'a' appears twice");
    assertThatThrownBy(
            () ->
                SyntheticControl.fit(
                    "t", t, List.of("a", "t"), new double[][] {{1, 2, 3}, {1, 2, 3}}, 2))
        .hasMessageContaining("donor 't' appears twice (or is the target)");
    assertThatThrownBy(
            () ->
                SyntheticControl.fit("t", t, AB, new double[][] {{1, 2, 3}, {1, Double.NaN, 3}}, 2))
        .hasMessageContaining("'b' period 2 is not a finite number");
  }

  @Test
  void aTargetEqualToOneDonorTakesAllItsWeightAndHasAnExactFit() {
    double[] t = {5, 6, 7, 20, 21};
    double[][] d = {{1, 1, 1, 1, 1}, {5, 6, 7, 8, 9}, {9, 9, 9, 9, 9}};
    SyntheticControl.Result r = SyntheticControl.fit("t", t, List.of("a", "b", "c"), d, 3);
    assertThat(r.weights().get("b")).isCloseTo(1, within(1e-12));
    assertThat(r.preRmspe()).isCloseTo(0, within(1e-12));
    assertThat(r.gap()[3]).isCloseTo(12, within(1e-9));
    assertThat(r.averageEffect()).isCloseTo(12, within(1e-9));
    assertThat(r.percentEffect()).isCloseTo(100 * 24 / 17.0, within(1e-9));
  }

  @Test
  void recoversAConvexCombinationInsideTheDonors() {
    double[] a = {1, 4, 2, 8, 5, 7, 3};
    double[] b = {6, 2, 9, 1, 4, 3, 8};
    double[] c = {3, 3, 3, 3, 3, 3, 3};
    double[] t = new double[7];
    for (int i = 0; i < 7; i++) {
      t[i] = 0.25 * a[i] + 0.75 * b[i] + (i >= 5 ? -2 : 0);
    }
    SyntheticControl.Result r =
        SyntheticControl.fit("t", t, List.of("a", "b", "c"), new double[][] {a, b, c}, 5);
    assertThat(r.weights().get("a")).isCloseTo(0.25, within(1e-12));
    assertThat(r.weights().get("b")).isCloseTo(0.75, within(1e-12));
    assertThat(r.weights().get("c")).isCloseTo(0, within(1e-12));
    assertThat(r.averageEffect()).isCloseTo(-2, within(1e-9));
    assertThat(r.ratio()).isInfinite();
  }

  @Test
  void aTargetAboveEveryDonorGetsTheHighestDonorAndACaveat() {
    double[] t = {100, 101, 102, 103, 104, 105, 106};
    double[][] d = {{1, 2, 3, 4, 5, 6, 7}, {10, 11, 12, 13, 14, 15, 16}};
    SyntheticControl.Result r = SyntheticControl.fit("t", t, AB, d, 6);
    assertThat(r.weights().get("b")).isEqualTo(1.0);
    assertThat(r.caveats())
        .anyMatch(c -> c.startsWith("poor pre-program fit"))
        .anyMatch(c -> c.startsWith("the target lies above every donor or below every donor in 6"))
        .anyMatch(c -> c.contains("smallest attainable placebo p-value is 1/3 = 0.333"));
  }

  @Test
  void warnsAboutAShortPrePeriod() {
    double[] t = {1, 2, 3};
    double[][] d = {{1, 2, 3}, {2, 3, 4}};
    assertThat(SyntheticControl.fit("t", t, AB, d, 2).caveats())
        .anyMatch(c -> c.startsWith("only 2 pre-program period(s)"));
  }

  @Test
  void identicalDonorsShareTheirWeightAndTheFitIsUnchanged() {
    double[] t = {2, 3, 4, 5, 9};
    double[][] d = {{1, 2, 3, 4, 5}, {1, 2, 3, 4, 5}, {3, 4, 5, 6, 7}};
    SyntheticControl.Result r = SyntheticControl.fit("t", t, List.of("a", "b", "c"), d, 4);
    assertThat(r.weights().get("a") + r.weights().get("b")).isCloseTo(0.5, within(1e-12));
    assertThat(r.weights().get("c")).isCloseTo(0.5, within(1e-12));
    assertThat(r.synthetic()[4]).isCloseTo(6, within(1e-12));
  }

  @Test
  void aClearEffectOnlyInTheTargetRanksFirstAmongThePlacebos() {
    Random random = new Random(7);
    int periods = 25;
    int donors = 19;
    double[][] d = new double[donors][periods];
    double[] common = new double[periods];
    for (int i = 0; i < periods; i++) {
      common[i] = 50 + 10 * Math.sin(i / 3.0);
    }
    String[] names = new String[donors];
    for (int j = 0; j < donors; j++) {
      names[j] = "d" + j;
      double level = 10 * random.nextGaussian();
      for (int i = 0; i < periods; i++) {
        d[j][i] = common[i] + level + random.nextGaussian();
      }
    }
    double[] t = new double[periods];
    for (int i = 0; i < periods; i++) {
      t[i] = common[i] + random.nextGaussian() + (i >= 20 ? -30 : 0);
    }
    SyntheticControl.Result r = SyntheticControl.fit("t", t, List.of(names), d, 20);
    assertThat(r.pValue()).isEqualTo(1.0 / 20);
    assertThat(r.averageEffect()).isCloseTo(-30, within(3.0));
    assertThat(r.placebos()).hasSize(donors).allMatch(p -> p.ratio() < r.ratio());
    assertThat(r.placebos().get(0).gap()).hasSize(periods);
    assertThat(r.caveats()).isEmpty();
    assertThat(r.pValue(0)).isEqualTo(1.0);
  }
}
