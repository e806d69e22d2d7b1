package org.ceasefire.analytics.nearrepeat;

import java.util.Arrays;

/**
 * The Knox test at one distance and one time threshold: the number of pairs of events within {@code
 * distance} metres and {@code days} whole days of each other, against its expectation when event
 * times are shuffled among the locations.
 *
 * <p>Formula: with N = n(n−1)/2 pairs, S the pairs close in space and T the pairs close in time,
 * {@code observed = |S ∩ T|} and {@code expected = |S|·|T| / N} (the exact permutation mean, as
 * {@code surveillance::knox} reports); {@code p = (1 + #{simulated ≥ observed}) / (1 +
 * permutations)} from {@link KnoxTable} with one band each way.
 *
 * <p>Reference: Knox, E.G. (1964) The detection of space-time interactions. Applied Statistics
 * 13:25–29; matched against R {@code surveillance::knox} (observed and expected). Complexity O(n
 * log n + P) plus O(permutations · (n + P)) for P spatially close pairs.
 */
public final class KnoxTest {

  public record Result(long observed, double expected, double p) {}

  private KnoxTest() {}

  public static Result compute(
      SpaceTimeEvents events, double distance, double days, int permutations, long seed) {
    if (!(distance >= 0) || !(days >= 0)) {
      throw new IllegalArgumentException("distance and days must be ≥ 0");
    }
    Bands space = new Bands(new double[] {0, distance > 0 ? distance : Double.MIN_VALUE});
    Bands time = new Bands(new double[] {0, days > 0 ? days : Double.MIN_VALUE});
    KnoxTable.Result table =
        KnoxTable.compute(events, space, time, SameLocation.POOLED, permutations, seed);
    long closeInSpace = ClosePairs.find(events.points(), space, SameLocation.POOLED).size();
    long n = events.size();
    double pairs = n * (n - 1) / 2.0;
    double expected = pairs == 0 ? Double.NaN : closeInSpace * closeInTime(events, days) / pairs;
    return new Result(table.observed()[0][0], expected, table.p()[0][0]);
  }

  /** Pairs whose whole-day difference is at most {@code days}: |Δt| &lt; (floor(days)+1) days. */
  static double closeInTime(SpaceTimeEvents events, double days) {
    long[] t = events.seconds().clone();
    Arrays.sort(t);
    long limit = ((long) Math.floor(days) + 1) * 86_400L;
    long count = 0;
    int lo = 0;
    for (int hi = 0; hi < t.length; hi++) {
      while (t[hi] - t[lo] >= limit) {
        lo++;
      }
      count += hi - lo;
    }
    return count;
  }
}
