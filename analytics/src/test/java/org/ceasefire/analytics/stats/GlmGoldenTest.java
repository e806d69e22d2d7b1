package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Poisson, quasi-Poisson and negative-binomial fits against R's {@code glm} and {@code
 * MASS::glm.nb} on data shipped with R: warpbreaks, InsectSprays (zero counts), quine, epil
 * (numeric covariates), Insurance and ships (offsets), Seatbelts (offset, negbin).
 */
class GlmGoldenTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("warpbreaks", "poisson"),
        Arguments.of("warpbreaks", "quasipoisson"),
        Arguments.of("warpbreaks", "negbin"),
        Arguments.of("warpbreaks_interaction", "poisson"),
        Arguments.of("warpbreaks_interaction", "negbin"),
        Arguments.of("insectsprays", "poisson"),
        Arguments.of("insectsprays", "quasipoisson"),
        Arguments.of("insectsprays", "negbin"),
        Arguments.of("quine", "poisson"),
        Arguments.of("quine", "quasipoisson"),
        Arguments.of("quine", "negbin"),
        Arguments.of("epil", "poisson"),
        Arguments.of("epil", "quasipoisson"),
        Arguments.of("epil", "negbin"),
        Arguments.of("insurance", "poisson"),
        Arguments.of("ships", "poisson"),
        Arguments.of("ships", "quasipoisson"),
        Arguments.of("seatbelts", "poisson"),
        Arguments.of("seatbelts", "quasipoisson"),
        Arguments.of("seatbelts", "negbin"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesR(String name, String family) {
    CsvTable summary = Golden.table("stats/" + name + "." + family + ".summary.csv");
    Formula f = Formula.parse(summary.text(0, summary.column("formula")));
    String offsetColumn = summary.text(0, summary.column("offset"));
    CsvTable data = Golden.table("stats/" + name + ".data.csv");
    GlmFit fit = StatsFixtures.fit(data, f, offsetColumn, Family.valueOf(family.toUpperCase()));

    CsvTable coef = Golden.table("stats/" + name + "." + family + ".coef.csv");
    Map<String, Integer> rows = Golden.rowsBy(coef, "name");
    assertThat(fit.coefficients())
        .extracting(Coefficient::name)
        .containsExactlyElementsOf(rows.keySet());
    for (Coefficient c : fit.coefficients()) {
      int r = rows.get(c.name());
      String what = name + " " + family + " " + c.name() + " ";
      Golden.close(what + "estimate", c.estimate(), Golden.number(coef, r, "estimate"));
      Golden.close(what + "se", c.se(), Golden.number(coef, r, "se"));
      Golden.close(what + "z", c.z(), Golden.number(coef, r, "z"));
      Golden.close(what + "p", c.p(), Golden.number(coef, r, "p"));
      Golden.close(what + "ci_low", c.ciLow(), Golden.number(coef, r, "ci_low"));
      Golden.close(what + "ci_high", c.ciHigh(), Golden.number(coef, r, "ci_high"));
    }
    Golden.close(name + " deviance", fit.deviance(), Golden.number(summary, 0, "deviance"));
    Golden.close(
        name + " null deviance", fit.nullDeviance(), Golden.number(summary, 0, "null_deviance"));
    Golden.close(name + " aic", fit.aic(), Golden.number(summary, 0, "aic"));
    Golden.close(name + " theta", fit.theta(), Golden.number(summary, 0, "theta"));
    Golden.close(name + " dispersion", fit.dispersion(), Golden.number(summary, 0, "dispersion"));
    assertThat(fit.dfResidual()).isEqualTo((int) Golden.number(summary, 0, "df_residual"));
    assertThat(fit.converged()).isTrue();
  }
}
