package org.ceasefire.analytics.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Greedy nearest-neighbour matching without replacement on a scalar distance, as MatchIt's {@code
 * nn_matchC_vec} (versions 4.5.0 and 4.5.4 on). All units are sorted by distance (a stable sort:
 * ties keep input order). In round {@code r = 1..k}, each treated unit in the given order takes the
 * nearest control not yet used: the nearest available one below it in the sorted order and the
 * nearest above it are compared, the one below winning ties; a side whose nearest available control
 * lies outside the caliper offers none. A treated unit without a control in a round simply gets no
 * match in that round. Matching stops when no control is left.
 *
 * <p>Reference: N. Greifer, MatchIt source ({@code src/nn_matchC_vec.cpp}); D. E. Ho, K. Imai, G.
 * King and E. A. Stuart, MatchIt, J. Stat. Software 42(8) (2011). Cost O(n log n) for the sort
 * plus, per match, a scan past used controls: O(n k n1) in the worst case, near O(n log n + k n1)
 * when treated and controls interleave.
 */
final class NearestNeighbourMatching {

  private NearestNeighbourMatching() {}

  /** A matched control: {@code treated} and {@code control} are unit indices. */
  record Match(int treated, int control, int round) {}

  /**
   * @param distance the propensity score of every unit
   * @param treated which units are treated
   * @param order treated unit indices in the order they choose
   * @param ratio controls per treated unit
   * @param caliper the largest allowed distance difference (infinite for none)
   */
  static List<Match> match(
      double[] distance, boolean[] treated, int[] order, int ratio, double caliper) {
    int n = distance.length;
    Integer[] boxed = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(boxed, Comparator.comparingDouble(i -> distance[i]));
    int[] sorted = new int[n];
    int[] position = new int[n];
    for (int p = 0; p < n; p++) {
      sorted[p] = boxed[p];
      position[boxed[p]] = p;
    }
    boolean[] available = new boolean[n];
    int left = 0;
    for (int i = 0; i < n; i++) {
      available[i] = !treated[i];
      left += available[i] ? 1 : 0;
    }
    List<Match> matches = new ArrayList<>();
    for (int r = 1; r <= ratio && left > 0; r++) {
      for (int t : order) {
        int p = position[t];
        int below = scan(sorted, available, distance, p, -1, caliper);
        int above = scan(sorted, available, distance, p, +1, caliper);
        int k;
        if (below >= 0 && above >= 0) {
          double d = distance[t];
          k =
              Math.abs(distance[sorted[below]] - d) <= Math.abs(distance[sorted[above]] - d)
                  ? below
                  : above;
        } else {
          k = Math.max(below, above);
        }
        if (k < 0) {
          continue;
        }
        matches.add(new Match(t, sorted[k], r));
        available[sorted[k]] = false;
        if (--left == 0) {
          break;
        }
      }
    }
    return matches;
  }

  /** The sorted position of the nearest available control in one direction, or -1. */
  private static int scan(
      int[] sorted, boolean[] available, double[] distance, int from, int step, double caliper) {
    double d = distance[sorted[from]];
    for (int k = from + step; k >= 0 && k < sorted.length; k += step) {
      if (!available[sorted[k]]) {
        continue;
      }
      return Math.abs(distance[sorted[k]] - d) > caliper ? -1 : k;
    }
    return -1;
  }
}
