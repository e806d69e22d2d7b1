package org.ceasefire.analytics.nearrepeat;

import java.util.Arrays;
import org.ceasefire.analytics.spatial.Points;

/**
 * The pairs of events within the largest distance band, each with its distance row, in compressed
 * rows over events in spatial order: the partners {@code j > i} of event {@code i} are {@code
 * partner[offsets[i] .. offsets[i+1])} with rows {@code row[...]}. Found with a hash grid of cells
 * as wide as the largest distance, so only the 3 × 3 cells around each event are searched.
 * Complexity O(n log n + candidate pairs).
 *
 * <p>{@code order[k]} is the input index of the event placed at position k.
 */
record ClosePairs(int[] order, int[] offsets, int[] partner, byte[] row, int rows) {

  static ClosePairs find(Points points, Bands distance, SameLocation sameLocation) {
    int n = points.size();
    double reach = distance.max();
    double cell = Math.max(reach, 1.0); // wider cells stay correct, only slower
    double minX = Arrays.stream(points.x()).min().orElse(0);
    double minY = Arrays.stream(points.y()).min().orElse(0);
    long[] keyed = new long[n];
    long[] cellKey = new long[n];
    long width = 1L << 31;
    for (int i = 0; i < n; i++) {
      long cx = (long) Math.floor((points.x()[i] - minX) / cell);
      long cy = (long) Math.floor((points.y()[i] - minY) / cell);
      if (cx >= width - 2 || cy >= width - 2) {
        throw new IllegalArgumentException("events spread too far for distance bands of " + reach);
      }
      cellKey[i] = cy * width + cx;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> Long.compare(cellKey[a], cellKey[b]));
    int[] order = new int[n];
    double[] x = new double[n];
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      order[k] = boxed[k];
      keyed[k] = cellKey[order[k]];
      x[k] = points.x()[order[k]];
      y[k] = points.y()[order[k]];
    }
    int shift = sameLocation == SameLocation.SEPARATE ? 1 : 0;
    int rows = distance.count() + shift;
    if (rows > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("at most " + (Byte.MAX_VALUE - 1) + " distance bands");
    }
    int[] offsets = new int[n + 1];
    int[] partner = new int[Math.max(16, n * 4)];
    byte[] row = new byte[partner.length];
    int m = 0;
    for (int i = 0; i < n; i++) {
      long key = keyed[i];
      for (long dy = -1; dy <= 1; dy++) {
        long from = key + dy * width - 1;
        long to = key + dy * width + 1;
        int j = Math.max(i + 1, lowerBound(keyed, from));
        for (; j < n && keyed[j] <= to; j++) {
          double dx = x[j] - x[i];
          double dy2 = y[j] - y[i];
          double d = Math.sqrt(dx * dx + dy2 * dy2);
          int band;
          if (shift == 1 && d == 0) {
            band = 0;
          } else {
            band = distance.indexOf(d);
            if (band < 0) {
              continue;
            }
            band += shift;
          }
          if (m == partner.length) {
            long grown = Math.min((long) partner.length * 2, Integer.MAX_VALUE - 8);
            if (grown == partner.length) {
              throw new IllegalArgumentException("more than 2^31 close pairs: narrow the bands");
            }
            partner = Arrays.copyOf(partner, (int) grown);
            row = Arrays.copyOf(row, (int) grown);
          }
          partner[m] = j;
          row[m++] = (byte) band;
        }
      }
      offsets[i + 1] = m;
    }
    return new ClosePairs(order, offsets, Arrays.copyOf(partner, m), Arrays.copyOf(row, m), rows);
  }

  int size() {
    return partner.length;
  }

  private static int lowerBound(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
