package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimplexLeastSquaresTest {

  @Test
  void refusesNoColumns() {
    assertThatThrownBy(() -> SimplexLeastSquares.solve(new double[0][], new double[] {1}))
        .hasMessageContaining("no columns");
  }

  @Test
  void aSingleColumnHasWeightOne() {
    SimplexLeastSquares.Solution s =
        SimplexLeastSquares.solve(new double[][] {{1, 2}}, new double[] {3, 3});
    assertThat(s.weights()).containsExactly(1.0);
    assertThat(s.objective()).isEqualTo(5.0);
  }

  @Test
  void zeroRowsPicksTheFirstColumn() {
    SimplexLeastSquares.Solution s =
        SimplexLeastSquares.solve(new double[][] {{}, {}}, new double[0]);
    assertThat(s.weights()).containsExactly(1.0, 0.0);
    assertThat(s.objective()).isZero();
  }

  @Test
  void projectsAPointOntoASegment() {
    // Columns (0,0) and (2,0); b = (0.5, 1): the nearest point of the segment is (0.5, 0).
    SimplexLeastSquares.Solution s =
        SimplexLeastSquares.solve(new double[][] {{0, 0}, {2, 0}}, new double[] {0.5, 1});
    assertThat(s.weights()[0]).isCloseTo(0.75, within(1e-15));
    assertThat(s.weights()[1]).isCloseTo(0.25, within(1e-15));
    assertThat(s.objective()).isCloseTo(1, within(1e-15));
  }

  /** Exhaustive search over supports: every subset's equality-constrained optimum, if feasible. */
  static double bruteForce(double[][] columns, double[] b) {
    int n = columns.length;
    double best = Double.POSITIVE_INFINITY;
    for (int mask = 1; mask < 1 << n; mask++) {
      int k = Integer.bitCount(mask);
      int[] idx = new int[k];
      for (int j = 0, o = 0; j < n; j++) {
        if ((mask & 1 << j) != 0) {
          idx[o++] = j;
        }
      }
      double[] w = new double[n];
      w[idx[0]] = 1;
      if (k > 1) {
        double[][] d = new double[b.length][k - 1];
        double[] rhs = new double[b.length];
        for (int i = 0; i < b.length; i++) {
          rhs[i] = b[i] - columns[idx[0]][i];
          for (int o = 1; o < k; o++) {
            d[i][o - 1] = columns[idx[o]][i] - columns[idx[0]][i];
          }
        }
        double[] v =
            new SingularValueDecomposition(new Array2DRowRealMatrix(d))
                .getSolver()
                .solve(new ArrayRealVector(rhs))
                .toArray();
        for (int o = 1; o < k; o++) {
          w[idx[o]] = v[o - 1];
          w[idx[0]] -= v[o - 1];
        }
      }
      boolean feasible = true;
      for (double x : w) {
        feasible &= x >= -1e-12;
      }
      if (feasible) {
        best = Math.min(best, SimplexLeastSquares.objective(columns, b, w));
      }
    }
    return best;
  }

  @ParameterizedTest(name = "{0} rows, {1} columns")
  @CsvSource({"3, 6", "6, 3", "10, 8", "4, 4", "2, 9"})
  void reachesTheExhaustiveOptimumAndSatisfiesKkt(int rows, int cols) {
    Random random = new Random(rows * 100L + cols);
    for (int trial = 0; trial < 40; trial++) {
      double[][] a = new double[cols][rows];
      double[] b = new double[rows];
      for (int i = 0; i < rows; i++) {
        b[i] = 3 * random.nextGaussian();
        for (int j = 0; j < cols; j++) {
          a[j][i] = random.nextGaussian();
        }
      }
      SimplexLeastSquares.Solution s = SimplexLeastSquares.solve(a, b);
      double sum = 0;
      for (double w : s.weights()) {
        assertThat(w).isGreaterThanOrEqualTo(0);
        sum += w;
      }
      assertThat(sum).isCloseTo(1, within(1e-12));
      double expected = bruteForce(a, b);
      assertThat(s.objective()).isCloseTo(expected, within(1e-10 * Math.max(1, expected)));
      double[] r = SimplexLeastSquares.residual(a, b, s.weights());
      double mu = Double.NaN;
      double[] g = new double[cols];
      for (int j = 0; j < cols; j++) {
        for (int i = 0; i < rows; i++) {
          g[j] -= a[j][i] * r[i];
        }
        if (s.weights()[j] > 1e-9) {
          mu = g[j];
        }
      }
      for (int j = 0; j < cols; j++) {
        assertThat(g[j] - mu).isGreaterThanOrEqualTo(-1e-9);
        if (s.weights()[j] > 1e-9) {
          assertThat(g[j] - mu).isCloseTo(0, within(1e-9));
        }
      }
    }
  }
}
