package org.ceasefire.analytics.spatial;

/**
 * Getis-Ord local statistics as z-scores, Gi* (the area itself counted) or Gi (only its
 * neighbours).
 *
 * <p>Formula (Ord and Getis 1995, eq. 3–4; spdep {@code localG}): for Gi*, with x̄ and s² the mean
 * and the population variance of all n values, {@code W_i = Σ_j w_ij}, {@code S_i = Σ_j w_ij²},
 *
 * <pre>z_i = (Σ_j w_ij x_j − W_i x̄) / sqrt(s² (n S_i − W_i²) / (n − 1))</pre>
 *
 * For Gi, x̄_i and s²_i leave x_i out and the variance is {@code s²_i ((n−1) S_i − W_i²) / (n −
 * 2)}. Gi* adds each area as its own neighbour at weight 1 when the weights do not already list it.
 * A zero variance (constant values, or an area without neighbours) gives NaN.
 *
 * <p>Reference: Ord, J.K. and Getis, A. (1995) Local spatial autocorrelation statistics:
 * distributional issues and an application. Geographical Analysis 27(4):286–306; matched against R
 * {@code spdep::localG}. Complexity O(n + links).
 */
public final class GetisOrd {

  /** Whether the area's own value is part of its local sum. */
  public enum Variant {
    /** Gi*: self included. */
    GI_STAR,
    /** Gi: self excluded. */
    GI
  }

  private GetisOrd() {}

  public static double[] z(double[] x, Weights weights, Variant variant) {
    int n = x.length;
    if (weights.size() != n) {
      throw new IllegalArgumentException(
          "weights cover " + weights.size() + " areas but there are " + n + " values");
    }
    Weights w = weights;
    if (variant == Variant.GI_STAR) {
      w = weights.withSelf(1.0);
    } else {
      for (int i = 0; i < n; i++) {
        if (weights.hasSelf(i)) {
          throw new IllegalArgumentException("Gi excludes the area itself but area " + i + " has");
        }
      }
    }
    double sum = 0;
    double sumSq = 0;
    for (double v : x) {
      sum += v;
      sumSq += v * v;
    }
    double mean = sum / n;
    double centredSq = 0;
    for (double v : x) {
      centredSq += (v - mean) * (v - mean);
    }
    double[] lag = w.lag(x);
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      double wi = w.rowSum(i);
      double si = w.rowSumOfSquares(i);
      double xbar;
      double variance;
      if (variant == Variant.GI_STAR) {
        xbar = mean;
        variance = centredSq / n * ((n * si - wi * wi) / (n - 1));
      } else {
        xbar = (sum - x[i]) / (n - 1);
        double s2 = (sumSq - x[i] * x[i]) / (n - 1) - xbar * xbar;
        variance = s2 * (((n - 1) * si - wi * wi) / (n - 2));
      }
      z[i] = variance > 0 ? (lag[i] - wi * xbar) / Math.sqrt(variance) : Double.NaN;
    }
    return z;
  }
}
