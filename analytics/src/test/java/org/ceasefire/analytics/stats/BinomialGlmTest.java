package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BinomialGlmTest {

  static Design design(double[]... rows) {
    return new Design(List.of("(Intercept)", "x"), rows);
  }

  @Test
  void refusesOutcomesOtherThanZeroAndOne() {
    assertThatThrownBy(
            () ->
                Glm.fit(
                    new double[] {0, 2},
                    design(new double[] {1, 0}, new double[] {1, 1}),
                    null,
                    Family.BINOMIAL))
        .hasMessageContaining("the outcome must be 0 or 1: row 2");
  }

  @Test
  void refusesAConstantOutcome() {
    assertThatThrownBy(
            () ->
                Glm.fit(
                    new double[] {1, 1, 1},
                    design(new double[] {1, 0}, new double[] {1, 1}, new double[] {1, 2}),
                    null,
                    Family.BINOMIAL))
        .hasMessageContaining("the outcome is 1 in every row");
  }

  @Test
  void refusesADummyThatSeparatesTheOutcome() {
    assertThatThrownBy(
            () ->
                Glm.fit(
                    new double[] {0, 1, 1, 0},
                    design(
                        new double[] {1, 0},
                        new double[] {1, 1},
                        new double[] {1, 1},
                        new double[] {1, 0}),
                    null,
                    Family.BINOMIAL))
        .hasMessageContaining("perfect separation: every row with x = 0 has outcome 0");
  }

  @Test
  void interceptOnlyIsTheLogOddsOfTheMean() {
    double[][] ones = {{1}, {1}, {1}, {1}};
    GlmFit f =
        Glm.fit(
            new double[] {1, 0, 0, 0},
            new Design(List.of("(Intercept)"), ones),
            null,
            Family.BINOMIAL);
    assertThat(f.coefficients().get(0).estimate()).isCloseTo(Math.log(1 / 3.0), within(1e-10));
    // The closed form sqrt(1/(n p (1-p))) = sqrt(4/3) = 1.1547005; R's glm, which stops on its
    // deviance criterion and takes the weights of the last iteration, reports 1.1546995438011911.
    assertThat(f.coefficients().get(0).se()).isCloseTo(1.1546995438011911, within(1e-12));
    assertThat(f.deviance()).isCloseTo(f.nullDeviance(), within(1e-12));
    assertThat(f.aic()).isCloseTo(f.deviance() + 2, within(1e-12));
  }

  @Test
  void aTwoByTwoTableGivesItsOddsRatio() {
    // x = 0: 1 of 4 treated; x = 1: 3 of 4. Odds ratio 9.
    double[] y = {1, 0, 0, 0, 1, 1, 1, 0};
    double[][] x = new double[8][];
    for (int i = 0; i < 8; i++) {
      x[i] = new double[] {1, i < 4 ? 0 : 1};
    }
    GlmFit f = Glm.fit(y, new Design(List.of("(Intercept)", "x"), x), null, Family.BINOMIAL);
    assertThat(f.coefficient("x").estimate()).isCloseTo(Math.log(9), within(1e-9));
    // Woolf's sqrt(1 + 1/3 + 1/3 + 1) = 1.6329932 at the exact optimum; R: 1.6329917553096702.
    assertThat(f.coefficient("x").se()).isCloseTo(1.6329917553096702, within(1e-12));
    assertThat(f.coefficient("x").p()).isCloseTo(0.17845706847847456, within(1e-12));
    assertThat(f.mu()[0]).isCloseTo(0.25, within(1e-10));
  }
}
