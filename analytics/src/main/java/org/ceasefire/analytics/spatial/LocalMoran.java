package org.ceasefire.analytics.spatial;

import java.util.SplittableRandom;

/**
 * Local Moran's I (LISA) with its conditional-randomisation moments, quadrant and p-value.
 *
 * <p>Formula (Anselin 1995; Sokal, Oden and Thomson 1998 for the conditional moments; spdep {@code
 * localmoran} defaults): z = x − x̄, m2 = Σz²/n, W_i = Σ_j w_ij, S_i = Σ_j w_ij²,
 *
 * <pre>
 * I_i    = z_i / m2 · Σ_j w_ij z_j
 * E[I_i] = −z_i² W_i / ((n−1) m2)
 * Var    = (z_i/m2)² · n/(n−2) · (S_i − W_i²/(n−1)) · (m2 − z_i²/(n−1))
 * </pre>
 *
 * and p two-sided normal on (I_i − E)/√Var. With permutations, p is instead the conditional
 * permutation pseudo p-value (Anselin 1995; GeoDa): the other n−1 values are drawn at random into
 * the area's neighbour slots, and {@code p = (1 + #{simulated as or more extreme on the observed
 * side of the simulated mean}) / (1 + permutations)}.
 *
 * <p>Reference: Anselin, L. (1995) Local indicators of spatial association — LISA. Geographical
 * Analysis 27(2):93–115; matched against R {@code spdep::localmoran}. Complexity O(n + links), plus
 * O(permutations · links) for the permutation p.
 */
public final class LocalMoran {

  /** Per-area results, index-aligned with the input values. */
  public record Result(double[] ii, double[] z, double[] p, Quadrant[] quadrant) {}

  private LocalMoran() {}

  /** {@code weights} are used as given (pass them row-standardised). permutations 0: normal p. */
  public static Result test(double[] x, Weights weights, int permutations, long seed) {
    int n = x.length;
    if (weights.size() != n) {
      throw new IllegalArgumentException("weights and values differ in size");
    }
    if (n < 3) {
      throw new IllegalArgumentException("local Moran's I needs at least 3 areas, not " + n);
    }
    for (int i = 0; i < n; i++) {
      if (weights.hasSelf(i)) {
        throw new IllegalArgumentException("area " + i + " is its own neighbour");
      }
    }
    double[] z = GlobalMoran.centred(x);
    double m2 = 0;
    for (double v : z) {
      m2 += v * v;
    }
    m2 /= n;
    double[] lagZ = weights.lag(z);
    double[] lagX = weights.lag(x);
    double meanX = 0;
    double meanLag = 0;
    for (int i = 0; i < n; i++) {
      meanX += x[i] / n;
      meanLag += lagX[i] / n;
    }
    double[] ii = new double[n];
    double[] zs = new double[n];
    double[] p = new double[n];
    Quadrant[] quadrant = new Quadrant[n];
    for (int i = 0; i < n; i++) {
      double wi = weights.rowSum(i);
      double si = weights.rowSumOfSquares(i);
      ii[i] = z[i] / m2 * lagZ[i];
      double e = -(z[i] * z[i] * wi) / ((n - 1) * m2);
      double var =
          (z[i] / m2)
              * (z[i] / m2)
              * (n / (n - 2.0))
              * (si - wi * wi / (n - 1))
              * (m2 - z[i] * z[i] / (n - 1));
      zs[i] = (ii[i] - e) / Math.sqrt(var);
      p[i] = NormalP.twoSided(zs[i]);
      quadrant[i] = Quadrant.of(x[i] > meanX, lagX[i] > meanLag);
    }
    if (permutations > 0) {
      conditionalPermutation(z, m2, weights, ii, p, permutations, seed);
    }
    return new Result(ii, zs, p, quadrant);
  }

  private static void conditionalPermutation(
      double[] z, double m2, Weights w, double[] ii, double[] p, int permutations, long seed) {
    int n = z.length;
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = new int[n];
    int[] position = new int[n];
    for (int a = 0; a < n; a++) {
      order[a] = a;
      position[a] = a;
    }
    double[] sims = new double[permutations];
    for (int i = 0; i < n; i++) {
      int from = w.offsets()[i];
      int k = w.degree(i);
      if (k == 0) {
        p[i] = Double.NaN;
        continue;
      }
      swap(order, position, position[i], n - 1); // i never draws itself
      double sum = 0;
      for (int s = 0; s < permutations; s++) {
        double lag = 0;
        for (int t = 0; t < k; t++) {
          swap(order, position, t, t + random.nextInt(n - 1 - t));
          lag += w.weights()[from + t] * z[order[t]];
        }
        sims[s] = z[i] / m2 * lag;
        sum += sims[s];
      }
      double mean = sum / permutations;
      int extreme = 0;
      for (double v : sims) {
        if (ii[i] >= mean ? v >= ii[i] : v <= ii[i]) {
          extreme++;
        }
      }
      p[i] = (1.0 + extreme) / (1.0 + permutations);
    }
  }

  private static void swap(int[] order, int[] position, int a, int b) {
    int t = order[a];
    order[a] = order[b];
    order[b] = t;
    position[order[a]] = a;
    position[order[b]] = b;
  }
}
