package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Interrupted time series and difference-in-differences against R (glm, MASS::glm.nb,
 * sandwich::vcovCL) on R's UKDriverDeaths and Seatbelts series around the 1983 seat-belt law.
 */
class EvaluationGoldenTest {

  static final YearMonth LAW = YearMonth.of(1983, 2);

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "its_ukdriverdeaths, poisson, month",
    "its_ukdriverdeaths, poisson, none",
    "its_ukdriverdeaths, negbin, month",
    "its_ukdriverdeaths, negbin, none",
    "its_seatbelts_front, poisson, month",
    "its_seatbelts_front, negbin, month",
    "its_seatbelts_front, negbin, none",
    "cits_front_rear, poisson, month",
    "cits_front_rear, poisson, none",
    "cits_front_rear, negbin, month",
    "cits_front_rear, negbin, none"
  })
  void interruptedTimeSeriesMatchesR(String name, String family, String season) {
    CountSeries series = series("stats/" + name + ".series.csv");
    CountSeries comparison =
        name.startsWith("cits") ? series("stats/" + name + ".comparison.csv") : null;
    InterruptedTimeSeries its =
        InterruptedTimeSeries.fit(
            series,
            comparison,
            LAW,
            InterruptedTimeSeries.Seasonality.valueOf(season.toUpperCase()),
            Family.valueOf(family.toUpperCase()));
    String prefix = "stats/" + name + "." + family + "." + season;
    assertCoefficients(prefix, its.fit().coefficients(), prefix + ".coef.csv");
    CsvTable summary = Golden.table(prefix + ".summary.csv");
    Golden.close(prefix + " deviance", its.fit().deviance(), Golden.number(summary, 0, "deviance"));
    Golden.close(prefix + " aic", its.fit().aic(), Golden.number(summary, 0, "aic"));
    Golden.close(prefix + " theta", its.fit().theta(), Golden.number(summary, 0, "theta"));
    CsvTable fitted = Golden.table(prefix + ".fitted.csv");
    for (int r = 0; r < fitted.size(); r++) {
      Golden.close(prefix + " fitted " + r, its.fitted()[r], Golden.number(fitted, r, "fitted"));
      Golden.close(
          prefix + " counterfactual " + r,
          its.counterfactual()[r],
          Golden.number(fitted, r, "counterfactual"));
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"poisson, year", "poisson, none", "negbin, year", "negbin, none"})
  void differenceInDifferencesWithClusterRobustErrorsMatchesSandwich(
      String family, String cluster) {
    CsvTable data = Golden.table("stats/did_seatbelts.data.csv");
    double[] y = StatsFixtures.numbers(data, "count");
    String[] clusters = null;
    if (cluster.equals("year")) {
      clusters = new String[data.size()];
      for (int r = 0; r < data.size(); r++) {
        clusters[r] = data.text(r, data.column("year"));
      }
    }
    DifferenceInDifferences did =
        DifferenceInDifferences.fit(
            y,
            new Variable.Numeric("front", StatsFixtures.numbers(data, "front")),
            new Variable.Numeric("post", StatsFixtures.numbers(data, "law")),
            clusters,
            null,
            Family.valueOf(family.toUpperCase()));
    String prefix = "stats/did_seatbelts." + family;
    assertCoefficients(prefix, did.fit().coefficients(), prefix + ".coef.csv");
    assertCoefficients(prefix + " robust", did.robust(), prefix + "." + cluster + ".robust.csv");
    assertThat(did.effect().name()).isEqualTo("front:post");
    assertThat(did.clusters()).isEqualTo(cluster.equals("year") ? 16 : data.size());
  }

  private static void assertCoefficients(String what, List<Coefficient> ours, String golden) {
    CsvTable coef = Golden.table(golden);
    Map<String, Integer> rows = Golden.rowsBy(coef, "name");
    assertThat(ours).extracting(Coefficient::name).containsExactlyElementsOf(rows.keySet());
    for (Coefficient c : ours) {
      int r = rows.get(c.name());
      String w = what + " " + c.name() + " ";
      Golden.close(w + "estimate", c.estimate(), Golden.number(coef, r, "estimate"));
      Golden.close(w + "se", c.se(), Golden.number(coef, r, "se"));
      Golden.close(w + "p", c.p(), Golden.number(coef, r, "p"));
      Golden.close(w + "ci_low", c.ciLow(), Golden.number(coef, r, "ci_low"));
      Golden.close(w + "ci_high", c.ciHigh(), Golden.number(coef, r, "ci_high"));
    }
  }

  static CountSeries series(String name) {
    CsvTable t = Golden.table(name);
    List<YearMonth> periods = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      periods.add(YearMonth.parse(t.text(r, t.column("period"))));
    }
    double @Nullable [] exposure = t.has("exposure") ? StatsFixtures.numbers(t, "exposure") : null;
    return new CountSeries(periods, StatsFixtures.numbers(t, "count"), exposure);
  }
}
