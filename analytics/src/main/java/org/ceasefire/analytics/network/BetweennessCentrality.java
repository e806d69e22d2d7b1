package org.ceasefire.analytics.network;

/**
 * Exact shortest-path betweenness by Brandes' algorithm.
 *
 * <p>{@code B(v) = sum over s != v != t of sigma_st(v) / sigma_st}, where {@code sigma_st} counts
 * shortest paths from s to t and {@code sigma_st(v)} those through v. Undirected graphs count each
 * unordered pair once (Brandes' sum halved), as igraph does. Normalised as igraph's {@code
 * betweenness(normalized = TRUE)}: {@code B * 2 / ((n-1)(n-2))} undirected, {@code B /
 * ((n-1)(n-2))} directed (0 when n &lt; 3). Weights, when used, are path lengths.
 *
 * <p>Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25
 * (2001) 163–177. Peer: igraph {@code betweenness()}. Complexity O(nm) unweighted, O(nm + n^2 log
 * n) weighted, O(n + m) memory per thread; sources are spread over threads.
 */
public final class BetweennessCentrality {

  private BetweennessCentrality() {}

  /** Raw betweenness of each node (igraph's {@code normalized = FALSE}). */
  public static double[] of(Graph g, int threads) {
    int n = g.nodeCount();
    int t = Math.max(1, Math.min(threads, n));
    double[] bc = g.weighted() ? weighted(g, t) : unweighted(g, t);
    if (!g.directed()) {
      for (int i = 0; i < n; i++) {
        bc[i] /= 2;
      }
    }
    return bc;
  }

  private static double[] unweighted(Graph g, int t) {
    UnweightedBrandes kernel = new UnweightedBrandes(g);
    return Workers.run(t, w -> new double[][] {kernel.run(w, t)})[0];
  }

  private static double[] weighted(Graph g, int t) {
    int n = g.nodeCount();
    return Workers.run(
        t,
        w -> {
          double[] part = new double[n];
          ShortestPaths sp = new ShortestPaths(g);
          double[] delta = new double[n];
          for (int s = w; s < n; s += t) {
            accumulate(g, sp, s, delta, part);
          }
          return new double[][] {part};
        })[0];
  }

  public static double[] of(Graph g) {
    return of(g, Workers.defaultThreads());
  }

  /** igraph's normalisation of raw betweenness. */
  public static double[] normalized(Graph g, double[] raw) {
    int n = g.nodeCount();
    double[] out = new double[n];
    if (n < 3) {
      return out;
    }
    double scale = (g.directed() ? 1.0 : 2.0) / ((n - 1.0) * (n - 2.0));
    for (int i = 0; i < n; i++) {
      out[i] = raw[i] * scale;
    }
    return out;
  }

  private static void accumulate(Graph g, ShortestPaths sp, int s, double[] delta, double[] bc) {
    sp.from(s);
    double[] sigma = sp.sigma;
    for (int i = sp.reached - 1; i > 0; i--) {
      int w = sp.order[i];
      double coeff = (1 + delta[w]) / sigma[w];
      for (int a = g.inStart(w), end = g.inEnd(w); a < end; a++) {
        int v = g.inSource(a);
        if (sp.onShortestPath(v, g.inWeight(a), w)) {
          delta[v] += sigma[v] * coeff;
        }
      }
      bc[w] += delta[w];
    }
    for (int i = 0; i < sp.reached; i++) {
      delta[sp.order[i]] = 0;
    }
  }
}
