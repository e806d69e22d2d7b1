package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Propensity-score matching on MatchIt's lalonde data (185 NSW treated, 429 PSID controls) against
 * {@code glm(family = binomial)} and {@code matchit(method = "nearest", distance = "glm")} with its
 * {@code summary()} balance table (see synth_matching_golden.R).
 */
class PropensityMatchingGoldenTest {

  static final List<String> COVARIATES =
      List.of("age", "educ", "hispan", "white", "married", "nodegree", "re74", "re75");

  static final double TIGHT = 1e-8;

  record Lalonde(List<String> ids, double[][] x, boolean[] treated) {
    int index(String id) {
      return ids.indexOf(id);
    }
  }

  static Lalonde lalonde() {
    CsvTable t = Golden.table("stats/lalonde.data.csv");
    List<String> ids = new ArrayList<>();
    double[][] x = new double[t.size()][COVARIATES.size()];
    boolean[] treated = new boolean[t.size()];
    for (int r = 0; r < t.size(); r++) {
      ids.add(t.text(r, t.column("id")));
      treated[r] = Golden.number(t, r, "treat") == 1;
      for (int j = 0; j < COVARIATES.size(); j++) {
        x[r][j] = Golden.number(t, r, COVARIATES.get(j));
      }
    }
    return new Lalonde(ids, x, treated);
  }

  @Test
  void logisticRegressionMatchesGlmBinomial() {
    Lalonde d = lalonde();
    PropensityMatching.Result r =
        PropensityMatching.match(COVARIATES, d.x(), d.treated(), MatchingOptions.defaults());
    CsvTable coef = Golden.table("stats/match_lalonde.glm.coef.csv");
    for (int i = 0; i < coef.size(); i++) {
      Coefficient c = r.model().coefficients().get(i);
      assertThat(c.name()).isEqualTo(coef.text(i, coef.column("name")));
      for (String f : List.of("estimate", "se", "z", "p")) {
        double actual =
            switch (f) {
              case "estimate" -> c.estimate();
              case "se" -> c.se();
              case "z" -> c.z();
              default -> c.p();
            };
        double expected = Golden.number(coef, i, f);
        assertThat(actual)
            .as("%s %s", c.name(), f)
            .isCloseTo(expected, within(TIGHT * Math.max(1e-3, Math.abs(expected))));
      }
    }
    CsvTable summary = Golden.table("stats/match_lalonde.glm.summary.csv");
    assertThat(r.model().deviance())
        .isCloseTo(Golden.number(summary, 0, "deviance"), within(1e-9 * 488));
    assertThat(r.model().nullDeviance())
        .isCloseTo(Golden.number(summary, 0, "null_deviance"), within(1e-9 * 751));
    assertThat(r.model().aic()).isCloseTo(Golden.number(summary, 0, "aic"), within(1e-9 * 506));
    assertThat(r.model().iterations()).isEqualTo((int) Golden.number(summary, 0, "iterations"));
    CsvTable distance = Golden.table("stats/match_lalonde.distance.csv");
    for (int i = 0; i < distance.size(); i++) {
      assertThat(r.propensity()[i])
          .as("propensity %s", d.ids().get(i))
          .isCloseTo(Golden.number(distance, i, "distance"), within(TIGHT));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "match_lalonde_nearest, 1, NaN",
    "match_lalonde_caliper, 1, 0.1",
    "match_lalonde_ratio2, 2, NaN"
  })
  void pairsWeightsAndBalanceMatchMatchIt(String name, int ratio, double caliper) {
    Lalonde d = lalonde();
    MatchingOptions options = MatchingOptions.defaults().withRatio(ratio).withCaliper(caliper);
    PropensityMatching.Result r = PropensityMatching.match(COVARIATES, d.x(), d.treated(), options);

    CsvTable pairs = Golden.table("stats/" + name + ".pairs.csv");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      expected.add(
          pairs.text(i, pairs.column("treated"))
              + " "
              + pairs.text(i, pairs.column("control"))
              + " "
              + pairs.text(i, pairs.column("round")));
    }
    List<String> actual = new ArrayList<>();
    for (PropensityMatching.Pair p : r.pairs()) {
      actual.add(d.ids().get(p.treated()) + " " + d.ids().get(p.control()) + " " + p.round());
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);

    CsvTable weights = Golden.table("stats/" + name + ".weights.csv");
    for (int i = 0; i < weights.size(); i++) {
      assertThat(r.weights()[i])
          .as("weight %s", d.ids().get(i))
          .isCloseTo(Golden.number(weights, i, "weight"), within(1e-12));
    }
    assertThat(
            r.unmatchedTreated().length
                + r.pairs().stream().mapToInt(PropensityMatching.Pair::treated).distinct().count())
        .isEqualTo(185);

    CsvTable balance = Golden.table("stats/" + name + ".balance.csv");
    for (int i = 0; i < balance.size(); i++) {
      boolean before = balance.text(i, balance.column("stage")).equals("all");
      List<MatchingBalance> rows = before ? r.balance().before() : r.balance().after();
      MatchingBalance b = rows.get(before ? i : i - rows.size());
      String what = balance.text(i, balance.column("stage")) + " " + b.variable();
      assertThat(b.variable()).isEqualTo(balance.text(i, balance.column("variable")));
      close(what + " means treated", b.meanTreated(), Golden.number(balance, i, "means_treated"));
      close(what + " means control", b.meanControl(), Golden.number(balance, i, "means_control"));
      close(what + " smd", b.stdMeanDiff(), Golden.number(balance, i, "std_mean_diff"));
      close(what + " var ratio", b.varianceRatio(), Golden.number(balance, i, "var_ratio"));
      close(what + " ecdf mean", b.ecdfMean(), Golden.number(balance, i, "ecdf_mean"));
      close(what + " ecdf max", b.ecdfMax(), Golden.number(balance, i, "ecdf_max"));
    }
  }

  static void close(String what, double actual, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
      return;
    }
    assertThat(actual)
        .as(what)
        .isCloseTo(expected, within(TIGHT * Math.max(1, Math.abs(expected))));
  }
}
