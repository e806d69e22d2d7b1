package org.ceasefire.analytics.stats;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.special.Gamma;

/**
 * The log-rank test of equal survival across groups, as R's {@code survdiff(rho = 0)}: at each
 * distinct event time, expected events {@code E_g += d n_g / n} and the hypergeometric covariance
 * {@code V_gh += d (n_g/n)(δ_gh - n_h/n)(n - d)/(n - 1)}; {@code chisq = (O - E)' V^- (O - E)} on
 * all groups but the last, with (number of groups - 1) degrees of freedom.
 *
 * <p>Reference: N. Mantel (1966); R. Peto and J. Peto (1972). O(n log n + n k).
 *
 * @param observed events per group
 * @param expected expected events per group under equal hazards
 * @param chisq the test statistic
 * @param df its degrees of freedom
 * @param p the upper-tail chi-square probability
 */
public record LogRank(double[] observed, double[] expected, double chisq, int df, double p) {

  public LogRank {
    observed = observed.clone();
    expected = expected.clone();
  }

  /** {@code group[i]} in 0..k-1. */
  public static LogRank of(SurvivalData data, int[] group, int k) {
    if (k < 2) {
      throw new IllegalArgumentException("the log-rank test needs at least two groups");
    }
    int[] order = data.order();
    int n = order.length;
    int[] atRisk = new int[k];
    for (int g : group) {
      atRisk[g]++;
    }
    double[] o = new double[k];
    double[] e = new double[k];
    double[][] v = new double[k][k];
    int[] d = new int[k];
    int i = 0;
    while (i < n) {
      double t = data.timeAt(order[i]);
      int start = i;
      java.util.Arrays.fill(d, 0);
      int dt = 0;
      while (i < n && data.timeAt(order[i]) == t) {
        if (data.eventAt(order[i])) {
          d[group[order[i]]]++;
          dt++;
        }
        i++;
      }
      int nt = n - start;
      if (dt > 0) {
        for (int g = 0; g < k; g++) {
          o[g] += d[g];
          e[g] += (double) dt * atRisk[g] / nt;
          if (nt > 1) {
            double f = (double) dt * (nt - dt) / (nt - 1.0);
            for (int h = 0; h < k; h++) {
              double pg = (double) atRisk[g] / nt;
              double ph = (double) atRisk[h] / nt;
              v[g][h] += f * pg * ((g == h ? 1 : 0) - ph);
            }
          }
        }
      }
      for (int j = start; j < i; j++) {
        atRisk[group[order[j]]]--;
      }
    }
    int m = k - 1;
    double[][] vm = new double[m][m];
    double[] diff = new double[m];
    for (int g = 0; g < m; g++) {
      diff[g] = o[g] - e[g];
      System.arraycopy(v[g], 0, vm[g], 0, m);
    }
    RealMatrix inv =
        new LUDecomposition(new Array2DRowRealMatrix(vm, false)).getSolver().getInverse();
    double chisq = 0;
    for (int g = 0; g < m; g++) {
      for (int h = 0; h < m; h++) {
        chisq += diff[g] * inv.getEntry(g, h) * diff[h];
      }
    }
    // upper tail without cancellation: Q(m/2, chisq/2)
    double p = Gamma.regularizedGammaQ(m / 2.0, chisq / 2);
    return new LogRank(o, e, chisq, m, p);
  }
}
