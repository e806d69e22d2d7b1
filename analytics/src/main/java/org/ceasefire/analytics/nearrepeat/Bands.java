package org.ceasefire.analytics.nearrepeat;

import java.util.Arrays;

/**
 * Consecutive bands between increasing edges {@code e0 < e1 < … < ek}: {@code [e0, e1], (e1, e2],
 * …, (e(k−1), ek]} — the first band includes its lower edge, every band its upper edge, as the Near
 * Repeat Calculator counts.
 */
public record Bands(double[] edges) {

  public Bands {
    if (edges.length < 2) {
      throw new IllegalArgumentException("bands need at least two edges, got " + edges.length);
    }
    for (int i = 0; i < edges.length; i++) {
      if (!Double.isFinite(edges[i]) || edges[i] < 0) {
        throw new IllegalArgumentException("band edge " + edges[i] + " is not a number ≥ 0");
      }
      if (i > 0 && edges[i] <= edges[i - 1]) {
        throw new IllegalArgumentException(
            "band edges must increase: " + edges[i - 1] + " then " + edges[i]);
      }
    }
    edges = edges.clone();
  }

  public int count() {
    return edges.length - 1;
  }

  public double lower(int band) {
    return edges[band];
  }

  public double upper(int band) {
    return edges[band + 1];
  }

  public double max() {
    return edges[edges.length - 1];
  }

  /** The band holding v, or -1 when v lies below the first edge or above the last. */
  public int indexOf(double v) {
    if (v < edges[0] || v > max()) {
      return -1;
    }
    int k = Arrays.binarySearch(edges, v);
    if (k >= 0) {
      return Math.max(0, k - 1);
    }
    return -k - 2;
  }
}
