package org.ceasefire.analytics.stats;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Least squares on the probability simplex: minimise {@code ||b - A w||^2} subject to {@code w_j >=
 * 0} and {@code sum_j w_j = 1}, exactly (to rounding), by the active-set method of Lawson and
 * Hanson adapted to the sum-to-one constraint.
 *
 * <p>Optimality (KKT): with the gradient {@code g = A'(A w - b)} there is one multiplier {@code mu}
 * such that {@code g_j = mu} for every {@code w_j > 0} and {@code g_j >= mu} for every {@code w_j =
 * 0}. The method starts at the best single column (a vertex), then repeatedly frees the zero weight
 * whose reduced gradient {@code g_j - mu} is most negative and solves the least squares on the free
 * set under {@code sum w = 1} (by eliminating one weight: an unconstrained problem on the column
 * differences, solved by SVD); when that solution leaves the simplex it steps back to the boundary
 * along the segment and fixes the weights that reached zero, as in NNLS. It stops when no reduced
 * gradient is below {@code -1e-12} times the problem's scale.
 *
 * <p>The fitted vector {@code A w} is unique (the objective is strictly convex in it); the weights
 * are unique when the free columns are affinely independent, which can fail when there are more
 * columns than rows. Reference: C. L. Lawson and R. J. Hanson, Solving Least Squares Problems
 * (1974), ch. 23. Each free-set solve costs O(m k^2) for m rows and k free columns; there are at
 * most a few times n of them for n columns.
 */
final class SimplexLeastSquares {

  private static final double RELATIVE_TOLERANCE = 1e-12;

  private SimplexLeastSquares() {}

  /** The optimum: weights per column and {@code ||b - A w||^2}. */
  record Solution(double[] weights, double objective, int iterations) {}

  /**
   * @param columns the columns of A, {@code columns[j][i]} = row i of column j
   * @param b the vector to approximate (length m)
   */
  static Solution solve(double[][] columns, double[] b) {
    int n = columns.length;
    if (n == 0) {
      throw new IllegalArgumentException("no columns to weight");
    }
    double scale = dot(b, b);
    int start = 0;
    double best = Double.POSITIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      if (columns[j].length != b.length) {
        throw new IllegalArgumentException("column " + j + " has the wrong length");
      }
      scale = Math.max(scale, dot(columns[j], columns[j]));
      double d = distance(columns[j], b);
      if (d < best) {
        best = d;
        start = j;
      }
    }
    double tolerance = RELATIVE_TOLERANCE * Math.max(scale, Double.MIN_NORMAL);
    double[] w = new double[n];
    boolean[] free = new boolean[n];
    w[start] = 1;
    free[start] = true;
    int iterations = 0;
    int limit = 10 * n + 50;
    while (iterations++ < limit) {
      int enter = entering(columns, b, w, free, tolerance);
      if (enter < 0) {
        break;
      }
      free[enter] = true;
      boolean first = true;
      while (true) {
        double[] z = subproblem(columns, b, free, w);
        if (first && z[enter] <= 0) {
          // Rounding: the entering weight cannot grow, so the current point is optimal.
          free[enter] = false;
          return new Solution(w, objective(columns, b, w), iterations);
        }
        first = false;
        double alpha = 1;
        int leaving = -1;
        for (int j = 0; j < n; j++) {
          if (free[j] && z[j] <= 0) {
            double step = w[j] <= 0 ? 0 : w[j] / (w[j] - z[j]);
            if (step < alpha || leaving < 0 && step <= alpha && step < 1) {
              alpha = step;
              leaving = j;
            }
          }
        }
        for (int j = 0; j < n; j++) {
          if (free[j]) {
            w[j] += alpha * (z[j] - w[j]);
          }
        }
        if (leaving < 0) {
          break;
        }
        for (int j = 0; j < n; j++) {
          if (free[j] && (j == leaving || w[j] <= 0)) {
            free[j] = false;
            w[j] = 0;
          }
        }
        if (++iterations > limit) {
          break;
        }
      }
    }
    if (iterations > limit) {
      throw new IllegalStateException("simplex least squares did not converge in " + limit);
    }
    return new Solution(w, objective(columns, b, w), iterations);
  }

  /** The zero weight with the most negative reduced gradient, or -1 when the point is optimal. */
  private static int entering(
      double[][] columns, double[] b, double[] w, boolean[] free, double tolerance) {
    double[] r = residual(columns, b, w);
    int n = columns.length;
    double[] g = new double[n];
    double mu = 0;
    int k = 0;
    for (int j = 0; j < n; j++) {
      g[j] = -dot(columns[j], r);
      if (free[j]) {
        mu += g[j];
        k++;
      }
    }
    mu /= k;
    int enter = -1;
    double most = -tolerance;
    for (int j = 0; j < n; j++) {
      if (!free[j] && g[j] - mu < most) {
        most = g[j] - mu;
        enter = j;
      }
    }
    return enter;
  }

  /** Least squares on the free columns with the weights summing to one (others zero). */
  private static double[] subproblem(double[][] columns, double[] b, boolean[] free, double[] w) {
    int n = columns.length;
    int m = b.length;
    int pivot = -1;
    int k = 0;
    for (int j = 0; j < n; j++) {
      if (free[j]) {
        k++;
        if (pivot < 0 || w[j] > w[pivot]) {
          pivot = j;
        }
      }
    }
    double[] z = new double[n];
    z[pivot] = 1;
    if (k == 1 || m == 0) {
      return z;
    }
    int[] others = new int[k - 1];
    for (int j = 0, o = 0; j < n; j++) {
      if (free[j] && j != pivot) {
        others[o++] = j;
      }
    }
    double[][] d = new double[m][k - 1];
    double[] rhs = new double[m];
    for (int i = 0; i < m; i++) {
      rhs[i] = b[i] - columns[pivot][i];
      for (int o = 0; o < others.length; o++) {
        d[i][o] = columns[others[o]][i] - columns[pivot][i];
      }
    }
    double[] v =
        new SingularValueDecomposition(new Array2DRowRealMatrix(d, false))
            .getSolver()
            .solve(new ArrayRealVector(rhs, false))
            .toArray();
    for (int o = 0; o < others.length; o++) {
      z[others[o]] = v[o];
      z[pivot] -= v[o];
    }
    return z;
  }

  static double[] residual(double[][] columns, double[] b, double[] w) {
    double[] r = b.clone();
    for (int j = 0; j < columns.length; j++) {
      if (w[j] != 0) {
        for (int i = 0; i < r.length; i++) {
          r[i] -= w[j] * columns[j][i];
        }
      }
    }
    return r;
  }

  static double objective(double[][] columns, double[] b, double[] w) {
    double[] r = residual(columns, b, w);
    return dot(r, r);
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return s;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
