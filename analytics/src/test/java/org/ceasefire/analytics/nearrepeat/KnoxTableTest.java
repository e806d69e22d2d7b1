package org.ceasefire.analytics.nearrepeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.spatial.Golden;
import org.ceasefire.analytics.spatial.Points;
import org.junit.jupiter.api.Test;

class KnoxTableTest {

  private static final Bands DISTANCE = new Bands(new double[] {0, 100, 200});
  private static final Bands TIME = new Bands(new double[] {0, 7, 14});
  private static final long DAY = 86_400;

  private static SpaceTimeEvents events(double[] x, double[] y, long[] days) {
    long[] s = new long[days.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = days[i] * DAY;
    }
    return new SpaceTimeEvents(new Points(x, y), s);
  }

  @Test
  void noEventsGiveAnEmptyTableOfZeros() {
    KnoxTable.Result r =
        KnoxTable.compute(
            events(new double[0], new double[0], new long[0]),
            DISTANCE,
            TIME,
            SameLocation.POOLED,
            9,
            1);
    assertThat(r.observed()).isDeepEqualTo(new long[][] {{0, 0}, {0, 0}});
    assertThat(r.expected()[0][0]).isZero();
    assertThat(r.ratio()[0][0]).isNaN();
    assertThat(r.p()[0][0]).isEqualTo(1.0);
  }

  @Test
  void aSingleEventHasNoPairs() {
    KnoxTable.Result r =
        KnoxTable.compute(
            events(new double[] {1}, new double[] {1}, new long[] {3}),
            DISTANCE,
            TIME,
            SameLocation.POOLED,
            0,
            1);
    assertThat(r.observed()).isDeepEqualTo(new long[][] {{0, 0}, {0, 0}});
    assertThat(r.expected()[0][0]).isNaN();
  }

  @Test
  void countsPairsIntoClosedUpperEdgesAndSeparatesTheSameLocation() {
    // 0–1 same place 7 days apart; 0–2 100 m 0 days; 1–2 100 m 7 days; 0–3 200 m 8 days;
    // 1–3 200 m 1 day; 2–3 300 m (beyond every band).
    SpaceTimeEvents e =
        events(
            new double[] {0, 0, 100, -200}, new double[] {0, 0, 0, 0}, new long[] {10, 17, 10, 18});
    KnoxTable.Result pooled = KnoxTable.compute(e, DISTANCE, TIME, SameLocation.POOLED, 0, 1);
    assertThat(pooled.observed()).isDeepEqualTo(new long[][] {{3, 0}, {1, 1}});
    KnoxTable.Result separate = KnoxTable.compute(e, DISTANCE, TIME, SameLocation.SEPARATE, 0, 1);
    assertThat(separate.observed()).isDeepEqualTo(new long[][] {{1, 0}, {2, 0}, {1, 1}});
  }

  @Test
  void wholeDaysAreCompletedDaysBetweenDateTimes() {
    long t0 = 1_700_000_000L;
    SpaceTimeEvents e =
        new SpaceTimeEvents(
            new Points(new double[] {0, 1, 2}, new double[] {0, 0, 0}),
            new long[] {t0, t0 + 7 * DAY + 3600, t0 + 8 * DAY - 1});
    // 0–1: 7 days 1 hour -> 7; 0–2: 7 days 23:59:59 -> 7; 1–2: 0 days.
    KnoxTable.Result r = KnoxTable.compute(e, DISTANCE, TIME, SameLocation.POOLED, 0, 1);
    assertThat(r.observed()).isDeepEqualTo(new long[][] {{3, 0}, {0, 0}});
  }

  @Test
  void observedCountsMatchRByBandOnMeningococcalDisease() {
    String json = Golden.text("imdepi-nearrepeat.json");
    Bands d = new Bands(new double[] {0, 10000, 20000, 50000, 100000});
    Bands t = new Bands(new double[] {0, 7, 14, 30, 60});
    KnoxTable.Result r = KnoxTable.compute(ImdepiData.load(), d, t, SameLocation.POOLED, 999, 11);
    double[][] observed = ImdepiData.matrix(json, "observed");
    double[][] exact = ImdepiData.matrix(json, "expected_exact");
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        assertThat(r.observed()[i][j]).as("cell %d,%d", i, j).isEqualTo((long) observed[i][j]);
        // Monte Carlo mean of 999 permutations: within a few percent of the exact expectation.
        assertThat(r.expected()[i][j]).isCloseTo(exact[i][j], within(0.05 * exact[i][j] + 1));
        assertThat(r.ratio()[i][j]).isEqualTo(r.observed()[i][j] / r.expected()[i][j]);
      }
    }
    // The close-close cell is the classic near-repeat signal: about twice what chance gives.
    assertThat(r.ratio()[0][0]).isGreaterThan(1.5);
    assertThat(r.p()[0][0]).isLessThan(0.01);
  }

  @Test
  void permutationResultsAreReproducibleForASeedAndDifferForAnother() {
    SpaceTimeEvents e = ImdepiData.load();
    Bands d = new Bands(new double[] {0, 20000, 50000});
    Bands t = new Bands(new double[] {0, 14, 30});
    KnoxTable.Result a = KnoxTable.compute(e, d, t, SameLocation.POOLED, 199, 5);
    KnoxTable.Result b = KnoxTable.compute(e, d, t, SameLocation.POOLED, 199, 5);
    KnoxTable.Result c = KnoxTable.compute(e, d, t, SameLocation.POOLED, 199, 6);
    assertThat(a.expected()).isDeepEqualTo(b.expected());
    assertThat(a.p()).isDeepEqualTo(b.p());
    assertThat(a.expected()).isNotEqualTo(c.expected());
  }

  @Test
  void knoxTestMatchesSurveillanceKnoxObservedAndExpected() {
    CsvTable g = Golden.csv("imdepi-knox.csv");
    SpaceTimeEvents e = ImdepiData.load();
    for (int i = 0; i < g.size(); i++) {
      double days = g.number(i, g.column("days"));
      double distance = g.number(i, g.column("distance"));
      KnoxTest.Result r = KnoxTest.compute(e, distance, days, 99, 1);
      assertThat(r.observed())
          .as("observed at %s d, %s m", days, distance)
          .isEqualTo(g.integer(i, g.column("observed")));
      Golden.assertClose(r.expected(), g.number(i, g.column("expected")), "expected " + i);
      assertThat(r.p()).isBetween(0.01, 1.0);
    }
  }
}
