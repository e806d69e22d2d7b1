package org.ceasefire.analytics.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * One row of a covariate balance table, as MatchIt's {@code summary.matchit} (standardize = TRUE,
 * estimand ATT) computes it for one variable with unit weights (1 for everyone before matching, the
 * matching weights after).
 *
 * <ul>
 *   <li>means: weighted means in the treated and control groups;
 *   <li>standardised mean difference: their difference over the standard deviation of the variable
 *       among <em>all</em> treated units, unweighted (the same denominator before and after
 *       matching): {@code sqrt(p(1-p))} for a 0/1 variable, the n-1 sample SD otherwise; a
 *       difference below {@code sqrt(machine epsilon)} is reported raw;
 *   <li>variance ratio: weighted variance treated / control, {@code sum w (x - m)^2 / (1 - sum
 *       w^2)} with weights normalised to sum 1; NaN for a 0/1 variable;
 *   <li>eCDF mean and max: the mean and largest absolute difference between the groups' weighted
 *       empirical distribution functions, taken at every distinct value of the variable among all
 *       units; both equal the absolute difference in proportions for a 0/1 variable.
 * </ul>
 *
 * <p>Cost O(n log n) per variable (the sort for the eCDF).
 *
 * @param variable the variable's name ({@code distance} for the propensity score)
 */
public record MatchingBalance(
    String variable,
    double meanTreated,
    double meanControl,
    double stdMeanDiff,
    double varianceRatio,
    double ecdfMean,
    double ecdfMax) {

  private static final double SQRT_EPS = Math.sqrt(Math.ulp(1.0));

  static MatchingBalance of(String name, double[] x, boolean[] treated, double[] w) {
    boolean binary = Arrays.stream(x).allMatch(v -> v == 0 || v == 1);
    int n = x.length;
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    double m1 = mean(x, w, treated, true);
    double m0 = mean(x, w, treated, false);
    double diff = m1 - m0;
    long nz1 = IntStream.range(0, n).filter(i -> treated[i] && w[i] != 0).count();
    long nz0 = IntStream.range(0, n).filter(i -> !treated[i] && w[i] != 0).count();
    boolean tooSmall = nz1 < 2 && nz0 < 2;
    double smd = diff;
    if (Math.abs(diff) > SQRT_EPS) {
      smd = Double.NaN;
      if (!tooSmall) {
        double sd = Math.sqrt(variance(x, ones, treated, true, binary));
        if (!Double.isFinite(sd) || sd < SQRT_EPS) {
          sd = pooledSd(x, treated, binary);
        }
        smd = diff / sd;
      }
    }
    double ratio = Double.NaN;
    double ecdfMean = Double.NaN;
    double ecdfMax = Double.NaN;
    if (binary) {
      ecdfMean = Math.abs(diff);
      ecdfMax = Math.abs(diff);
    } else if (!tooSmall) {
      ratio = variance(x, w, treated, true, false) / variance(x, w, treated, false, false);
      double[] e = ecdf(x, treated, w);
      ecdfMean = e[0];
      ecdfMax = e[1];
    }
    return new MatchingBalance(name, m1, m0, smd, ratio, ecdfMean, ecdfMax);
  }

  private static double mean(double[] x, double[] w, boolean[] treated, boolean group) {
    double s = 0;
    double sw = 0;
    for (int i = 0; i < x.length; i++) {
      if (treated[i] == group) {
        s += x[i] * w[i];
        sw += w[i];
      }
    }
    return s / sw;
  }

  /** MatchIt's {@code wvar}: p(1-p) for 0/1, else the weighted unbiased variance. */
  private static double variance(
      double[] x, double[] w, boolean[] treated, boolean group, boolean binary) {
    double sw = 0;
    for (int i = 0; i < x.length; i++) {
      if (treated[i] == group) {
        sw += w[i];
      }
    }
    double m = 0;
    double sw2 = 0;
    for (int i = 0; i < x.length; i++) {
      if (treated[i] == group) {
        m += w[i] / sw * x[i];
        sw2 += (w[i] / sw) * (w[i] / sw);
      }
    }
    if (binary) {
      return m * (1 - m);
    }
    double ss = 0;
    for (int i = 0; i < x.length; i++) {
      if (treated[i] == group) {
        ss += w[i] / sw * (x[i] - m) * (x[i] - m);
      }
    }
    return ss / (1 - sw2);
  }

  /** MatchIt's {@code pooled_sd} (unweighted, proportional): the fallback denominator. */
  private static double pooledSd(double[] x, boolean[] treated, boolean binary) {
    int n = x.length;
    double total = 0;
    for (boolean g : new boolean[] {true, false}) {
      double s = 0;
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (treated[i] == g) {
          s += x[i];
          k++;
        }
      }
      if (binary) {
        total += s * (1 - s / k) / n;
      } else {
        double m = s / k;
        for (int i = 0; i < n; i++) {
          if (treated[i] == g) {
            total += (x[i] - m) * (x[i] - m) / (n - 2);
          }
        }
      }
    }
    return Math.sqrt(total);
  }

  /** MatchIt's {@code qqsum(standardize = TRUE)}: mean and max |F1 - F0| at distinct values. */
  private static double[] ecdf(double[] x, boolean[] treated, double[] w) {
    int n = x.length;
    double s1 = 0;
    double s0 = 0;
    for (int i = 0; i < n; i++) {
      if (treated[i]) {
        s1 += w[i];
      } else {
        s0 += w[i];
      }
    }
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
    boolean first = treated[order[0]];
    double cum = 0;
    double sum = 0;
    double max = 0;
    int points = 0;
    for (int p = 0; p < n; p++) {
      int i = order[p];
      double wi = treated[i] ? w[i] / s1 : w[i] / s0;
      cum += treated[i] == first ? -wi : wi;
      if (p == n - 1 || x[order[p + 1]] != x[i]) {
        sum += Math.abs(cum);
        max = Math.max(max, Math.abs(cum));
        points++;
      }
    }
    return new double[] {sum / points, max};
  }
}
