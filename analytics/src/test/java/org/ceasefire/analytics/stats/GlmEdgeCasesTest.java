package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GlmEdgeCasesTest {

  private static Design design(String formula, Map<String, Variable> vars, int n) {
    return Design.of(Formula.parse(formula), vars, n);
  }

  private static Variable.Factor group(String... values) {
    return Variable.Factor.of("g", values);
  }

  @Test
  void noObservationsIsRefused() {
    Design d = new Design(List.of("(Intercept)"), new double[0][]);
    assertThatThrownBy(() -> Glm.fit(new double[0], d, null, Family.POISSON))
        .hasMessageContaining("no observations");
  }

  @Test
  void allZeroCountsAreRefusedWithRsBehaviourExplained() {
    Design d = design("y ~ 1", Map.of(), 3);
    assertThatThrownBy(() -> Glm.fit(new double[] {0, 0, 0}, d, null, Family.POISSON))
        .hasMessageContaining("every count is zero");
  }

  @Test
  void categoryWithOnlyZeroCountsIsPerfectSeparation() {
    Design d = design("y ~ g", Map.of("g", group("a", "a", "b", "b")), 4);
    assertThatThrownBy(() -> Glm.fit(new double[] {3, 5, 0, 0}, d, null, Family.POISSON))
        .hasMessageContaining("perfect separation")
        .hasMessageContaining("gb");
  }

  @Test
  void someZeroCountsAreFine() {
    Design d = design("y ~ g", Map.of("g", group("a", "a", "b", "b")), 4);
    GlmFit fit = Glm.fit(new double[] {3, 5, 0, 2}, d, null, Family.POISSON);
    assertThat(fit.coefficient("gb").ratio()).isCloseTo(2.0 / 8.0, within(1e-9));
  }

  @Test
  void interceptOnlyPoissonEstimatesTheLogMean() {
    Design d = design("y ~ 1", Map.of(), 4);
    GlmFit fit = Glm.fit(new double[] {1, 2, 3, 6}, d, null, Family.POISSON);
    assertThat(fit.coefficients().get(0).estimate()).isCloseTo(Math.log(3), within(1e-10));
    assertThat(fit.nullDeviance()).isCloseTo(fit.deviance(), within(1e-10));
  }

  @Test
  void collinearColumnIsNamed() {
    Map<String, Variable> vars =
        Map.of(
            "x", new Variable.Numeric("x", new double[] {1, 2, 3, 4}),
            "z", new Variable.Numeric("z", new double[] {2, 4, 6, 8}));
    Design d = design("y ~ x + z", vars, 4);
    assertThatThrownBy(() -> Glm.fit(new double[] {1, 2, 3, 4}, d, null, Family.POISSON))
        .hasMessageContaining("column z is a linear combination");
  }

  @Test
  void nonIntegerCountsNeedQuasiPoisson() {
    Design d = design("y ~ 1", Map.of(), 2);
    assertThatThrownBy(() -> Glm.fit(new double[] {1.5, 2}, d, null, Family.POISSON))
        .hasMessageContaining("whole numbers");
    assertThat(
            Glm.fit(
                    new double[] {1.5, 2, 3},
                    design("y ~ 1", Map.of(), 3),
                    null,
                    Family.QUASIPOISSON)
                .converged())
        .isTrue();
  }

  @Test
  void tooFewObservationsForTheCoefficients() {
    Design d = design("y ~ g", Map.of("g", group("a", "b")), 2);
    assertThatThrownBy(() -> Glm.fit(new double[] {1, 2}, d, null, Family.QUASIPOISSON))
        .hasMessageContaining("too few");
  }

  @Test
  void equidispersedDataHasNoFiniteTheta() {
    Design d = design("y ~ 1", Map.of(), 4);
    assertThatThrownBy(() -> Glm.fit(new double[] {2, 2, 2, 2}, d, null, Family.NEGBIN))
        .hasMessageContaining("theta");
  }

  @Test
  void formulaParsesInteractionsFactorCallsAndNoIntercept() {
    Formula f = Formula.parse("y ~ a * factor(b) - 1");
    assertThat(f.intercept()).isFalse();
    assertThat(f.terms())
        .containsExactly(List.of("a"), List.of("factor(b)"), List.of("a", "factor(b)"));
    assertThat(f.variables()).containsExactly("y", "a", "b");
    assertThatThrownBy(() -> Formula.parse("y = x")).hasMessageContaining("'~'");
    assertThatThrownBy(() -> Formula.parse("y ~ log(x)")).hasMessageContaining("unsupported");
  }

  @Test
  void factorWithoutInterceptGetsEveryLevel() {
    Design d = design("y ~ g - 1", Map.of("g", group("b", "a")), 2);
    assertThat(d.names()).containsExactly("ga", "gb");
  }
}
