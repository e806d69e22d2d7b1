package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationEdgeCasesTest {

  private static Variable.Numeric v(String name, double... x) {
    return new Variable.Numeric(name, x);
  }

  @Test
  void didOnACleanTwoByTwoGivesTheRatioOfRatios() {
    double[] y = {10, 20, 10, 10};
    DifferenceInDifferences did =
        DifferenceInDifferences.fit(
            y, v("treated", 1, 1, 0, 0), v("post", 0, 1, 0, 1), null, null, Family.POISSON);
    assertThat(did.effect().ratio()).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void didWithOneClusterIsRefused() {
    double[] y = {10, 20, 10, 10};
    assertThatThrownBy(
            () ->
                DifferenceInDifferences.fit(
                    y,
                    v("treated", 1, 1, 0, 0),
                    v("post", 0, 1, 0, 1),
                    new String[] {"a", "a", "a", "a"},
                    null,
                    Family.POISSON))
        .hasMessageContaining("at least two clusters");
  }

  @Test
  void didWithZeroCountsInTheTreatedAfterCellIsSeparation() {
    double[] y = {10, 0, 10, 10};
    assertThatThrownBy(
            () ->
                DifferenceInDifferences.fit(
                    y, v("treated", 1, 1, 0, 0), v("post", 0, 1, 0, 1), null, null, Family.POISSON))
        .hasMessageContaining("perfect separation");
  }

  @Test
  void didRejectsNonIndicators() {
    assertThatThrownBy(
            () ->
                DifferenceInDifferences.fit(
                    new double[] {1, 2},
                    v("treated", 2, 0),
                    v("post", 0, 1),
                    null,
                    null,
                    Family.POISSON))
        .hasMessageContaining("0 or 1");
  }

  @Test
  void itsWithAStepAndNoTrendRecoversTheLevelChange() {
    List<YearMonth> periods = new ArrayList<>();
    double[] y = new double[24];
    for (int i = 0; i < 24; i++) {
      periods.add(YearMonth.of(2020, 1).plusMonths(i));
      y[i] = i < 12 ? 100 : 50;
    }
    InterruptedTimeSeries its =
        InterruptedTimeSeries.fit(
            new CountSeries(periods, y, null),
            null,
            YearMonth.of(2021, 1),
            InterruptedTimeSeries.Seasonality.NONE,
            Family.POISSON);
    assertThat(its.levelChange().ratio()).isCloseTo(0.5, within(1e-8));
    assertThat(its.slopeChange().ratio()).isCloseTo(1.0, within(1e-8));
    assertThat(its.counterfactual()[20]).isCloseTo(100, within(1e-6));
  }

  @Test
  void seriesRejectsDecreasingPeriodsAndNegativeCounts() {
    assertThatThrownBy(
            () ->
                new CountSeries(
                    List.of(YearMonth.of(2020, 2), YearMonth.of(2020, 1)),
                    new double[] {1, 2},
                    null))
        .hasMessageContaining("increase");
    assertThatThrownBy(
            () -> new CountSeries(List.of(YearMonth.of(2020, 1)), new double[] {-1}, null))
        .hasMessageContaining("non-negative");
  }

  @Test
  void itsOnAnEmptySeriesExplainsWhatIsMissing() {
    assertThatThrownBy(
            () ->
                InterruptedTimeSeries.fit(
                    new CountSeries(List.of(), new double[0], null),
                    null,
                    YearMonth.of(2020, 1),
                    InterruptedTimeSeries.Seasonality.MONTH,
                    Family.POISSON))
        .hasMessageContaining("at least two periods");
  }
}
