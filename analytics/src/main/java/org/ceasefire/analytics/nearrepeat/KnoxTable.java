package org.ceasefire.analytics.nearrepeat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The Near Repeat Calculator's table: pairs of events counted by distance band (rows) × time band
 * (columns), against the counts expected when event times are shuffled among the locations.
 *
 * <p>For each pair i &lt; j: distance d = ‖p_i − p_j‖ and time difference in whole days {@code
 * floor(|t_i − t_j| / 1 day)}; a pair outside the last band either way is not counted. Expected =
 * mean count over {@code permutations} random permutations of the times among the events; ratio =
 * observed / expected; {@code p = (1 + #{simulated ≥ observed}) / (1 + permutations)}.
 *
 * <p>Reference: Knox (1964), "The detection of space-time interactions", Applied Statistics
 * 13:25–29; Johnson et al. (2007), "Space–time patterns of risk", J. Quant. Criminol. 23:201–219;
 * Ratcliffe's Near Repeat Calculator (Temple University). Observed counts match R {@code
 * surveillance::knox} cell by cell.
 *
 * <p>Complexity: the spatially close pairs (d ≤ the largest band) do not change between
 * permutations, so they are found once (O(n log n + P) for P close pairs) and each permutation
 * costs O(n + P) — not O(n²). Permutations run in parallel; each draws from its own generator
 * seeded from {@code seed}, so the result does not depend on the number of threads.
 */
public final class KnoxTable {

  private static final int SECONDS_PER_DAY = 86_400;

  /** Matrices indexed [distance row][time column]. */
  public record Result(
      Bands distance,
      Bands time,
      SameLocation sameLocation,
      long[][] observed,
      double[][] expected,
      double[][] ratio,
      double[][] p) {}

  private KnoxTable() {}

  public static Result compute(
      SpaceTimeEvents events,
      Bands distance,
      Bands time,
      SameLocation sameLocation,
      int permutations,
      long seed) {
    if (permutations < 0) {
      throw new IllegalArgumentException("permutations must be ≥ 0, not " + permutations);
    }
    ClosePairs pairs = ClosePairs.find(events.points(), distance, sameLocation);
    PairCounter counter = PairCounter.of(events.seconds(), pairs, time);
    int cells = pairs.rows() * time.count();
    long[] observed = counter.count(counter.times());
    long[] seeds = new SplittableRandom(seed).longs(permutations).toArray();
    int chunks = Math.min(permutations, 64);
    long[][] partial =
        IntStream.range(0, chunks)
            .parallel()
            .mapToObj(c -> simulate(counter, observed, seeds, c, chunks))
            .toArray(long[][]::new);
    long[] sum = new long[cells];
    long[] atLeast = new long[cells];
    for (long[] part : partial) {
      for (int k = 0; k < cells; k++) {
        sum[k] += part[k];
        atLeast[k] += part[cells + k];
      }
    }
    int cols = time.count();
    long[][] obs = new long[pairs.rows()][cols];
    double[][] expected = new double[pairs.rows()][cols];
    double[][] ratio = new double[pairs.rows()][cols];
    double[][] p = new double[pairs.rows()][cols];
    for (int r = 0; r < pairs.rows(); r++) {
      for (int c = 0; c < cols; c++) {
        int k = r * cols + c;
        obs[r][c] = observed[k];
        expected[r][c] = permutations == 0 ? Double.NaN : (double) sum[k] / permutations;
        ratio[r][c] = observed[k] / expected[r][c];
        p[r][c] = permutations == 0 ? Double.NaN : (1.0 + atLeast[k]) / (1.0 + permutations);
      }
    }
    return new Result(distance, time, sameLocation, obs, expected, ratio, p);
  }

  /** Permutations c, c + chunks, …: their summed counts, then how often each reached observed. */
  private static long[] simulate(
      PairCounter counter, long[] observed, long[] seeds, int chunk, int chunks) {
    int cells = observed.length;
    long[] out = new long[2 * cells];
    int[] shuffled = new int[counter.times().length];
    for (int s = chunk; s < seeds.length; s += chunks) {
      System.arraycopy(counter.times(), 0, shuffled, 0, shuffled.length);
      SplittableRandom random = new SplittableRandom(seeds[s]);
      for (int i = shuffled.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = shuffled[i];
        shuffled[i] = shuffled[j];
        shuffled[j] = t;
      }
      long[] counts = counter.count(shuffled);
      for (int k = 0; k < cells; k++) {
        out[k] += counts[k];
        if (counts[k] >= observed[k]) {
          out[cells + k]++;
        }
      }
    }
    return out;
  }

  /**
   * Counts close pairs by (distance row, time column) for a given assignment of times to events.
   * Times are whole days when every event falls on a midnight (then no division is needed), else
   * seconds; both relative to the earliest event so they fit an int.
   */
  record PairCounter(ClosePairs pairs, int[] times, boolean inDays, int[] columnOfDay, int cols) {

    static PairCounter of(long[] seconds, ClosePairs pairs, Bands time) {
      int n = seconds.length;
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      boolean midnights = true;
      for (long s : seconds) {
        min = Math.min(min, s);
        max = Math.max(max, s);
        midnights &= Math.floorMod(s, SECONDS_PER_DAY) == 0;
      }
      if (n > 0 && max - min > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("events span more than 68 years");
      }
      int[] times = new int[n];
      for (int k = 0; k < n; k++) {
        long rel = seconds[pairs.order()[k]] - min;
        times[k] = (int) (midnights ? rel / SECONDS_PER_DAY : rel);
      }
      int lastDay = (int) Math.floor(time.max());
      int cols = time.count();
      int[] columnOfDay = new int[lastDay + 2];
      for (int d = 0; d <= lastDay + 1; d++) {
        int c = time.indexOf(d);
        columnOfDay[d] = c < 0 ? cols : c; // column `cols` collects pairs outside every band
      }
      return new PairCounter(pairs, times, midnights, columnOfDay, cols);
    }

    long[] count(int[] t) {
      int stride = cols + 1;
      int[] table = new int[pairs.rows() * stride];
      int[] offsets = pairs.offsets();
      int[] partner = pairs.partner();
      byte[] row = pairs.row();
      int beyond = columnOfDay.length - 1;
      for (int i = 0; i < t.length; i++) {
        int ti = t[i];
        for (int k = offsets[i], end = offsets[i + 1]; k < end; k++) {
          int diff = Math.abs(ti - t[partner[k]]);
          int day = inDays ? diff : diff / SECONDS_PER_DAY;
          table[row[k] * stride + columnOfDay[Math.min(day, beyond)]]++;
        }
      }
      long[] counts = new long[pairs.rows() * cols];
      for (int r = 0; r < pairs.rows(); r++) {
        for (int c = 0; c < cols; c++) {
          counts[r * cols + c] = table[r * stride + c];
        }
      }
      return counts;
    }
  }
}
