package org.ceasefire.analytics.spatial;

import java.util.SplittableRandom;

/**
 * Global Moran's I with its normal and randomisation moments and an optional permutation test.
 *
 * <p>Formula (Cliff and Ord 1981, ch. 2): with z = x − x̄, {@code I = (n/S0) · Σ_ij w_ij z_i z_j /
 * Σ z_i²}, {@code E[I] = −1/(n−1)}; with S0 = Σ w_ij, S1 = ½ Σ_ij (w_ij + w_ji)², S2 = Σ_i (w_i· +
 * w_·i)², K = n Σz⁴ / (Σz²)²:
 *
 * <pre>
 * Var_N[I] = (n² S1 − n S2 + 3 S0²) / (S0² (n² − 1)) − E[I]²
 * Var_R[I] = [n((n² − 3n + 3) S1 − n S2 + 3 S0²) − K((n² − n) S1 − 2n S2 + 6 S0²)]
 *            / ((n−1)(n−2)(n−3) S0²) − E[I]²
 * </pre>
 *
 * As spdep, n counts only areas with at least one neighbour in these constants. The permutation p
 * is one-sided (greater), {@code (1 + #{I_sim ≥ I}) / (1 + permutations)}, as {@code
 * spdep::moran.mc}. Reference: matched against R {@code spdep::moran.test} with {@code
 * randomisation = FALSE} and {@code TRUE}. Complexity O(n + links) plus O(permutations · (n +
 * links)).
 */
public final class GlobalMoran {

  /** The global statistic; {@code pPermutation} is NaN when no permutations were asked. */
  public record Result(
      double i,
      double expected,
      double varianceNormal,
      double zNormal,
      double varianceRandomization,
      double zRandomization,
      double pPermutation) {}

  private GlobalMoran() {}

  /** {@code weights} are used as given (pass them row-standardised for style "W"). */
  public static Result test(double[] x, Weights weights, int permutations, long seed) {
    int n = x.length;
    if (weights.size() != n) {
      throw new IllegalArgumentException("weights and values differ in size");
    }
    if (n < 4) {
      throw new IllegalArgumentException("Moran's I needs at least 4 areas, not " + n);
    }
    double[] z = centred(x);
    double zz = 0;
    double z4 = 0;
    for (double v : z) {
      zz += v * v;
      z4 += v * v * v * v;
    }
    double nn = 0;
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double[] colSum = new double[n];
    for (int a = 0; a < n; a++) {
      if (weights.degree(a) > 0) {
        nn++;
      }
      for (int k = weights.offsets()[a]; k < weights.offsets()[a + 1]; k++) {
        int b = weights.neighbours()[k];
        double w = weights.weights()[k];
        s0 += w;
        colSum[b] += w;
        double back = weights.weight(b, a);
        // Each unordered pair once per direction: (w_ab + w_ba)² / 2 from each side.
        s1 += (w + back) * (w + back) / 2;
        if (back == 0) {
          s1 += w * w / 2; // the pair b → a does not exist to add its half
        }
      }
    }
    for (int a = 0; a < n; a++) {
      double t = weights.rowSum(a) + colSum[a];
      s2 += t * t;
    }
    double i = nn / s0 * cross(z, weights) / zz;
    double e = -1 / (nn - 1);
    double k = n * z4 / (zz * zz);
    double s02 = s0 * s0;
    double varN = (nn * nn * s1 - nn * s2 + 3 * s02) / (s02 * (nn * nn - 1)) - e * e;
    double varR =
        (nn * (s1 * (nn * nn - 3 * nn + 3) - nn * s2 + 3 * s02)
                    - k * (s1 * (nn * nn - nn) - 2 * nn * s2 + 6 * s02))
                / ((nn - 1) * (nn - 2) * (nn - 3) * s02)
            - e * e;
    double p =
        permutations > 0
            ? permutationP(z, weights, nn / s0 / zz, i, permutations, seed)
            : Double.NaN;
    return new Result(i, e, varN, (i - e) / Math.sqrt(varN), varR, (i - e) / Math.sqrt(varR), p);
  }

  static double[] centred(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double[] z = new double[x.length];
    for (int a = 0; a < x.length; a++) {
      z[a] = x[a] - mean;
    }
    return z;
  }

  private static double cross(double[] z, Weights w) {
    double s = 0;
    for (int a = 0; a < z.length; a++) {
      double lag = 0;
      for (int k = w.offsets()[a]; k < w.offsets()[a + 1]; k++) {
        lag += w.weights()[k] * z[w.neighbours()[k]];
      }
      s += z[a] * lag;
    }
    return s;
  }

  private static double permutationP(
      double[] z, Weights w, double scale, double observed, int permutations, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] shuffled = z.clone();
    int atLeast = 0;
    for (int p = 0; p < permutations; p++) {
      for (int a = shuffled.length - 1; a > 0; a--) {
        int b = random.nextInt(a + 1);
        double t = shuffled[a];
        shuffled[a] = shuffled[b];
        shuffled[b] = t;
      }
      if (scale * cross(shuffled, w) >= observed) {
        atLeast++;
      }
    }
    return (1.0 + atLeast) / (1.0 + permutations);
  }
}
