package org.ceasefire.analytics.network;

/**
 * Closeness and harmonic centrality from the distances leaving each node (out-paths when directed).
 *
 * <p>Closeness is computed within the part of the graph the node reaches, as igraph (0.9+) does:
 * {@code C(v) = (r - 1) / sum_{u reached} d(v, u)} with r the number of nodes reached including v,
 * i.e. one over the mean distance to the others — igraph's {@code closeness(normalized = TRUE)}. It
 * is NaN for a node that reaches no other node. (networkx's {@code closeness_centrality} multiplies
 * this by {@code (r - 1)/(n - 1)}, Wasserman–Faust's correction.)
 *
 * <p>Harmonic centrality {@code H(v) = sum_{u != v} 1 / d(v, u)} (unreachable nodes add 0),
 * igraph's {@code harmonic_centrality(normalized = FALSE)} and networkx's {@code
 * harmonic_centrality}.
 *
 * <p>Reference: M. Marchiori and V. Latora, "Harmony in the small-world", Physica A 285 (2000);
 * igraph {@code closeness()}. Complexity O(nm) unweighted, O(nm + n^2 log n) weighted.
 *
 * @param closeness closeness of each node (NaN when it reaches no other node)
 * @param harmonic harmonic centrality of each node
 */
public record ClosenessCentrality(double[] closeness, double[] harmonic) {

  public ClosenessCentrality {
    if (closeness.length != harmonic.length) {
      throw new IllegalArgumentException("closeness and harmonic must have the same length");
    }
    closeness = closeness.clone();
    harmonic = harmonic.clone();
  }

  public static ClosenessCentrality of(Graph g, int threads) {
    int n = g.nodeCount();
    int t = Math.max(1, Math.min(threads, n));
    double[][] r =
        Workers.run(
            t,
            w -> {
              double[] closeness = new double[n];
              double[] harmonic = new double[n];
              ShortestPaths sp = new ShortestPaths(g);
              for (int s = w; s < n; s += t) {
                sp.from(s);
                double sum = 0;
                double inv = 0;
                for (int i = 1; i < sp.reached; i++) {
                  double d = sp.dist[sp.order[i]];
                  sum += d;
                  inv += 1 / d;
                }
                closeness[s] = sp.reached > 1 ? (sp.reached - 1) / sum : Double.NaN;
                harmonic[s] = inv;
              }
              return new double[][] {closeness, harmonic};
            });
    return new ClosenessCentrality(r[0], r[1]);
  }

  @Override
  public double[] closeness() {
    return closeness.clone();
  }

  @Override
  public double[] harmonic() {
    return harmonic.clone();
  }
}
