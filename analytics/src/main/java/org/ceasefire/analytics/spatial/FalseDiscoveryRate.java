package org.ceasefire.analytics.spatial;

import java.util.Arrays;

/**
 * Benjamini-Hochberg control of the false discovery rate: with the m finite p-values sorted, {@code
 * p_(1) ≤ … ≤ p_(m)}, find the largest k with {@code p_(k) ≤ k·α/m} and call the k smallest
 * significant. NaN p-values are never significant and do not count in m (as R's {@code p.adjust(p,
 * "BH")} with NA). Reference: Benjamini and Hochberg (1995), JRSS B 57:289–300. Complexity O(m log
 * m).
 */
public final class FalseDiscoveryRate {

  private FalseDiscoveryRate() {}

  public static boolean[] significant(double[] p, double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must lie in (0, 1), not " + alpha);
    }
    double[] finite = Arrays.stream(p).filter(v -> !Double.isNaN(v)).sorted().toArray();
    int m = finite.length;
    double threshold = Double.NEGATIVE_INFINITY;
    for (int k = m; k >= 1; k--) {
      if (finite[k - 1] <= k * alpha / m) {
        threshold = finite[k - 1];
        break;
      }
    }
    boolean[] significant = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      significant[i] = !Double.isNaN(p[i]) && p[i] <= threshold;
    }
    return significant;
  }
}
