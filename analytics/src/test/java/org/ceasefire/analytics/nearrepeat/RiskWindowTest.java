package org.ceasefire.analytics.nearrepeat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskWindowTest {

  static final Bands DISTANCE = new Bands(new double[] {0, 100, 200, 300});
  static final Bands TIME = new Bands(new double[] {0, 7, 14, 21});

  static KnoxTable.Result table(double[][] ratio, double[][] p) {
    long[][] observed = new long[ratio.length][ratio[0].length];
    double[][] expected = new double[ratio.length][ratio[0].length];
    return new KnoxTable.Result(DISTANCE, TIME, SameLocation.POOLED, observed, expected, ratio, p);
  }

  @Test
  void noWindowWhenTheFirstCellIsNotElevated() {
    var t =
        table(
            new double[][] {{1.05, 2, 2}, {2, 2, 2}, {2, 2, 2}},
            new double[][] {{0.01, 0.01, 0.01}, {0.01, 0.01, 0.01}, {0.01, 0.01, 0.01}});
    assertThat(RiskWindow.of(t, 0.05, 1.2)).isEmpty();
  }

  @Test
  void noWindowWhenTheFirstCellIsNotSignificantOrHasNoExpectation() {
    var notSignificant = table(new double[][] {{3, 1}, {1, 1}}, new double[][] {{0.2, 1}, {1, 1}});
    var undefined =
        table(new double[][] {{Double.NaN, 1}, {1, 1}}, new double[][] {{0.0, 1}, {1, 1}});
    assertThat(RiskWindow.of(notSignificant, 0.05, 1.2)).isEmpty();
    assertThat(RiskWindow.of(undefined, 0.05, 1.2)).isEmpty();
  }

  @Test
  void theWindowIsTheRunOfElevatedBandsFromTheOrigin() {
    var t =
        table(
            new double[][] {{2.3, 1.6, 1.0}, {1.5, 1.1, 1.0}, {1.4, 1.0, 1.0}},
            new double[][] {{0.001, 0.01, 0.5}, {0.02, 0.3, 0.5}, {0.2, 0.5, 0.5}});

    RiskWindow w = RiskWindow.of(t, 0.05, 1.2).orElseThrow();

    assertThat(w.meters()).isEqualTo(200); // rows 0–1 elevated in 0–7 days; row 2 not significant
    assertThat(w.days()).isEqualTo(14); // columns 0–1 elevated in 0–100 m; column 2 not
    assertThat(w.ratio()).isEqualTo(2.3);
    assertThat(w.p()).isEqualTo(0.001);
  }

  @Test
  void aSingleElevatedCellGivesTheFirstBands() {
    var t =
        table(new double[][] {{4.0, 1.0}, {1.0, 1.0}}, new double[][] {{0.001, 0.9}, {0.9, 0.9}});
    RiskWindow w = RiskWindow.of(t, 0.05, 1.2).orElseThrow();
    assertThat(w.meters()).isEqualTo(100);
    assertThat(w.days()).isEqualTo(7);
  }
}
