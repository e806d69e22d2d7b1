package org.ceasefire.analytics.network;

/**
 * Eigenvector centrality: the leading eigenvector of the (weighted) adjacency matrix, {@code lambda
 * x_i = sum_j A_ji x_j} (incoming arcs when directed), scaled so the largest entry is 1, as
 * igraph's {@code eigen_centrality(scale = TRUE)}.
 *
 * <p>Computed by power iteration on {@code A^T + I} (the shift keeps bipartite graphs from
 * oscillating without changing the eigenvector), started from the degrees as igraph starts ARPACK,
 * until the largest change is below 1e-13. In a disconnected graph the component with the largest
 * eigenvalue carries the centrality and the others tend to 0. A graph without edges gives 1 for
 * every node (igraph's convention).
 *
 * <p>Reference: P. Bonacich, "Factoring and weighting approaches to status scores and clique
 * identification", J. Math. Sociol. 2 (1972). Complexity O(m) per iteration.
 */
public final class EigenvectorCentrality {

  static final double TOLERANCE = 1e-13;
  static final int MAX_ITERATIONS = 100_000;

  private EigenvectorCentrality() {}

  public static double[] of(Graph g) {
    int n = g.nodeCount();
    double[] x = new double[n];
    if (g.edgeCount() == 0) {
      java.util.Arrays.fill(x, 1.0);
      return x;
    }
    for (int i = 0; i < n; i++) {
      x[i] = g.degree(i);
    }
    scale(x);
    double[] next = new double[n];
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      for (int i = 0; i < n; i++) {
        double s = x[i];
        for (int a = g.inStart(i), end = g.inEnd(i); a < end; a++) {
          s += g.inWeight(a) * x[g.inSource(a)];
        }
        next[i] = s;
      }
      scale(next);
      double change = 0;
      for (int i = 0; i < n; i++) {
        change = Math.max(change, Math.abs(next[i] - x[i]));
      }
      double[] t = x;
      x = next;
      next = t;
      if (change < TOLERANCE) {
        break;
      }
    }
    return x;
  }

  private static void scale(double[] x) {
    double max = 0;
    for (double v : x) {
      max = Math.max(max, v);
    }
    if (max > 0) {
      for (int i = 0; i < x.length; i++) {
        x[i] /= max;
      }
    }
  }
}
