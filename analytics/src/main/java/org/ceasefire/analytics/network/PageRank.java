package org.ceasefire.analytics.network;

/**
 * PageRank: the stationary distribution of a walk that follows an arc (chosen in proportion to its
 * weight) with probability d and jumps to a uniformly chosen node otherwise; a node without
 * outgoing arcs jumps uniformly. {@code p_i = (1 - d)/n + d (sum_{j -> i} p_j w_ji / s_j + D/n)}, D
 * the mass on dangling nodes. Undirected edges are followed both ways.
 *
 * <p>Power iteration until the L1 change is below 1e-15; matches igraph's PRPACK solver ({@code
 * page_rank(g, damping = 0.85)}) and networkx's {@code pagerank}. The scores sum to 1.
 *
 * <p>Reference: S. Brin and L. Page (1998). Complexity O(m) per iteration, about 200 iterations at
 * d = 0.85.
 */
public final class PageRank {

  public static final double DEFAULT_DAMPING = 0.85;

  private PageRank() {}

  public static double[] of(Graph g, double damping) {
    if (!(damping >= 0 && damping < 1)) {
      throw new IllegalArgumentException("damping must be in [0, 1): " + damping);
    }
    int n = g.nodeCount();
    double[] p = new double[n];
    if (n == 0) {
      return p;
    }
    double[] outStrength = new double[n];
    for (int v = 0; v < n; v++) {
      for (int a = g.outStart(v); a < g.outEnd(v); a++) {
        outStrength[v] += g.outWeight(a);
      }
    }
    java.util.Arrays.fill(p, 1.0 / n);
    double[] next = new double[n];
    for (int iter = 0; iter < 10_000; iter++) {
      double dangling = 0;
      for (int v = 0; v < n; v++) {
        if (outStrength[v] == 0) {
          dangling += p[v];
        }
      }
      double base = (1 - damping) / n + damping * dangling / n;
      double change = 0;
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int a = g.inStart(i), end = g.inEnd(i); a < end; a++) {
          int j = g.inSource(a);
          s += p[j] * g.inWeight(a) / outStrength[j];
        }
        next[i] = base + damping * s;
        change += Math.abs(next[i] - p[i]);
      }
      double[] t = p;
      p = next;
      next = t;
      if (change < 1e-15) {
        break;
      }
    }
    double total = 0;
    for (double v : p) {
      total += v;
    }
    for (int i = 0; i < n; i++) {
      p[i] /= total;
    }
    return p;
  }
}
