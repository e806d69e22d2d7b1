package org.ceasefire.analytics.stats;

import java.util.HashMap;
import java.util.Map;

/**
 * Cluster-robust (sandwich) covariance of a Poisson or negative-binomial GLM, type CR1 as R's
 * {@code sandwich::vcovCL(fit, cluster, type = "HC1")}: {@code V = c B (sum_g s_g s_g') B} with
 * bread {@code B = (X' W X)^-1}, cluster score sums {@code s_g = sum_{i in g} w_i r_i x_i} (working
 * weights times working residuals {@code (y - mu)/mu}) and {@code c = G/(G - 1) (n - 1)/(n - p)}.
 * Every row its own cluster gives HC1. The negative-binomial theta is treated as known.
 *
 * <p>Reference: A. C. Cameron and D. L. Miller, "A practitioner's guide to cluster-robust
 * inference", J. Human Resources 50 (2015); A. Zeileis, S. Köll, N. Graham, J. Stat. Softw. 95(1)
 * (2020). O(n p^2).
 */
public final class ClusterRobust {

  private ClusterRobust() {}

  /** The covariance; {@code cluster[i]} labels row i's cluster. Returns it with the count G. */
  public static Result covariance(GlmFit fit, double[] y, double[][] x, String[] cluster) {
    if (fit.family() == Family.QUASIPOISSON) {
      throw new IllegalArgumentException("cluster-robust errors here need poisson or negbin");
    }
    int n = y.length;
    int p = fit.coefficients().size();
    Map<String, double[]> sums = new HashMap<>();
    for (int i = 0; i < n; i++) {
      double[] s = sums.computeIfAbsent(cluster[i], k -> new double[p]);
      double mu = fit.mu()[i];
      double psi = fit.workingWeights()[i] * (y[i] - mu) / mu;
      for (int j = 0; j < p; j++) {
        s[j] += psi * x[i][j];
      }
    }
    int g = sums.size();
    if (g < 2) {
      throw new IllegalArgumentException("cluster-robust errors need at least two clusters");
    }
    double[][] meat = new double[p][p];
    for (double[] s : sums.values()) {
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          meat[a][b] += s[a] * s[b];
        }
      }
    }
    double c = (double) g / (g - 1) * (n - 1.0) / (n - p);
    double[][] bread = fit.covariance();
    double[][] v = multiply(multiply(bread, meat), bread);
    for (double[] row : v) {
      for (int b = 0; b < p; b++) {
        row[b] *= c;
      }
    }
    return new Result(v, g);
  }

  /** The covariance matrix and the number of clusters. */
  public record Result(double[][] covariance, int clusters) {}

  private static double[][] multiply(double[][] a, double[][] b) {
    int p = a.length;
    double[][] c = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int k = 0; k < p; k++) {
        for (int j = 0; j < p; j++) {
          c[i][j] += a[i][k] * b[k][j];
        }
      }
    }
    return c;
  }
}
