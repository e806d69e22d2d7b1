package org.ceasefire.analytics.spatial;

import java.util.Arrays;

/**
 * Sparse spatial weights in compressed rows: the neighbours of area {@code i} are {@code
 * neighbours[offsets[i] .. offsets[i+1])}, sorted, with weights {@code weights[...]} at the same
 * positions. Areas are numbered {@code 0 .. n-1}. The arrays are owned by the record.
 */
public record Weights(int[] offsets, int[] neighbours, double[] weights) {

  public Weights {
    if (offsets.length == 0 || offsets[0] != 0) {
      throw new IllegalArgumentException("offsets must start with 0");
    }
    int n = offsets.length - 1;
    if (offsets[n] != neighbours.length || neighbours.length != weights.length) {
      throw new IllegalArgumentException("offsets, neighbours and weights disagree in length");
    }
    for (int i = 0; i < n; i++) {
      if (offsets[i + 1] < offsets[i]) {
        throw new IllegalArgumentException("offsets must not decrease (area " + i + ")");
      }
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        if (neighbours[k] < 0 || neighbours[k] >= n) {
          throw new IllegalArgumentException("area " + i + " has neighbour out of range");
        }
        if (k > offsets[i] && neighbours[k] <= neighbours[k - 1]) {
          throw new IllegalArgumentException("neighbours of area " + i + " not sorted or repeated");
        }
        if (!Double.isFinite(weights[k])) {
          throw new IllegalArgumentException("weight of area " + i + " is not finite");
        }
      }
    }
  }

  /**
   * Builds weights from a list of links {@code from[k] → to[k]} with weight {@code w[k]}, in any
   * order. A repeated link is refused. O(links · log degree).
   */
  public static Weights of(int n, int[] from, int[] to, double[] w) {
    if (from.length != to.length || to.length != w.length) {
      throw new IllegalArgumentException("from, to and weights differ in length");
    }
    int[] offsets = new int[n + 1];
    for (int f : from) {
      offsets[f + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    int[] fill = Arrays.copyOf(offsets, n);
    long[] packed = new long[from.length];
    for (int k = 0; k < from.length; k++) {
      packed[fill[from[k]]++] = ((long) to[k] << 32) | k;
    }
    int[] neighbours = new int[from.length];
    double[] weights = new double[from.length];
    for (int i = 0; i < n; i++) {
      Arrays.sort(packed, offsets[i], offsets[i + 1]);
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        neighbours[k] = (int) (packed[k] >>> 32);
        weights[k] = w[(int) packed[k]];
        if (k > offsets[i] && neighbours[k] == neighbours[k - 1]) {
          throw new IllegalArgumentException(
              "link " + i + " → " + neighbours[k] + " is given twice");
        }
      }
    }
    return new Weights(offsets, neighbours, weights);
  }

  /** Binary weights between the cells of a rows × cols grid (cell index {@code r*cols + c}). */
  public static Weights gridContiguity(int rows, int cols, Contiguity contiguity) {
    int[][] steps =
        contiguity == Contiguity.ROOK
            ? new int[][] {{-1, 0}, {0, -1}, {0, 1}, {1, 0}}
            : new int[][] {{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}};
    return stencil(rows, cols, steps);
  }

  /**
   * Binary weights between grid cells whose centres lie within {@code distance} (self excluded).
   */
  public static Weights distanceBand(Grid grid, double distance) {
    int reach = (int) Math.floor(distance / grid.cell());
    double d2 = distance * distance * (1 + 1e-12);
    java.util.List<int[]> steps = new java.util.ArrayList<>();
    for (int dr = -reach; dr <= reach; dr++) {
      for (int dc = -reach; dc <= reach; dc++) {
        double dx = dc * grid.cell();
        double dy = dr * grid.cell();
        if ((dr != 0 || dc != 0) && dx * dx + dy * dy <= d2) {
          steps.add(new int[] {dr, dc});
        }
      }
    }
    return stencil(grid.rows(), grid.cols(), steps.toArray(int[][]::new));
  }

  /** Steps must be in increasing (dr, dc) order so each row comes out sorted. */
  private static Weights stencil(int rows, int cols, int[][] steps) {
    int n = rows * cols;
    int[] offsets = new int[n + 1];
    int[] buffer = new int[(int) Math.min((long) n * steps.length, Integer.MAX_VALUE - 8)];
    int k = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        for (int[] s : steps) {
          int rr = r + s[0];
          int cc = c + s[1];
          if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) {
            buffer[k++] = rr * cols + cc;
          }
        }
        offsets[r * cols + c + 1] = k;
      }
    }
    double[] weights = new double[k];
    Arrays.fill(weights, 1.0);
    return new Weights(offsets, Arrays.copyOf(buffer, k), weights);
  }

  public int size() {
    return offsets.length - 1;
  }

  public int degree(int i) {
    return offsets[i + 1] - offsets[i];
  }

  /** Whether area i lists itself as a neighbour. */
  public boolean hasSelf(int i) {
    return Arrays.binarySearch(neighbours, offsets[i], offsets[i + 1], i) >= 0;
  }

  /** The weight of link i → j, 0 when absent. */
  public double weight(int i, int j) {
    int k = Arrays.binarySearch(neighbours, offsets[i], offsets[i + 1], j);
    return k >= 0 ? weights[k] : 0;
  }

  /** These weights with every area its own neighbour at {@code selfWeight} where not already. */
  public Weights withSelf(double selfWeight) {
    int n = size();
    int[] off = new int[n + 1];
    int[] nb = new int[neighbours.length + n];
    double[] w = new double[neighbours.length + n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      boolean placed = hasSelf(i);
      for (int m = offsets[i]; m < offsets[i + 1]; m++) {
        if (!placed && neighbours[m] > i) {
          nb[k] = i;
          w[k++] = selfWeight;
          placed = true;
        }
        nb[k] = neighbours[m];
        w[k++] = weights[m];
      }
      if (!placed) {
        nb[k] = i;
        w[k++] = selfWeight;
      }
      off[i + 1] = k;
    }
    return new Weights(off, Arrays.copyOf(nb, k), Arrays.copyOf(w, k));
  }

  /** Row-standardised weights (style "W"): each row sums to 1; rows without neighbours stay 0. */
  public Weights rowStandardised() {
    double[] w = new double[weights.length];
    for (int i = 0; i < size(); i++) {
      double s = rowSum(i);
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        w[k] = s == 0 ? 0 : weights[k] / s;
      }
    }
    return new Weights(offsets, neighbours, w);
  }

  public double rowSum(int i) {
    double s = 0;
    for (int k = offsets[i]; k < offsets[i + 1]; k++) {
      s += weights[k];
    }
    return s;
  }

  public double rowSumOfSquares(int i) {
    double s = 0;
    for (int k = offsets[i]; k < offsets[i + 1]; k++) {
      s += weights[k] * weights[k];
    }
    return s;
  }

  /** The spatial lag {@code Σ_j w_ij v_j} of every area. */
  public double[] lag(double[] v) {
    double[] lag = new double[size()];
    for (int i = 0; i < lag.length; i++) {
      double s = 0;
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        s += weights[k] * v[neighbours[k]];
      }
      lag[i] = s;
    }
    return lag;
  }
}
