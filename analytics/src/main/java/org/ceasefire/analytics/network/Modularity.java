package org.ceasefire.analytics.network;

/**
 * Newman's modularity of a partition of an undirected (weighted) graph: {@code Q = sum_c [ W_c / W
 * - (S_c / 2W)^2 ]}, W the total edge weight, W_c the weight inside community c and S_c the summed
 * strength of its nodes. A directed graph is read as undirected (arcs both ways summed), as the
 * Louvain method sees it. 0 for a graph without edges (igraph returns NaN).
 *
 * <p>Reference: M. E. J. Newman, "Analysis of weighted networks", Phys. Rev. E 70 (2004); igraph
 * {@code modularity()}. O(n + m).
 */
public final class Modularity {

  private Modularity() {}

  public static double of(Graph graph, int[] membership) {
    Graph g = graph.undirected();
    int n = g.nodeCount();
    if (membership.length != n) {
      throw new IllegalArgumentException("membership needs one community per node");
    }
    int k = 0;
    for (int c : membership) {
      if (c < 0) {
        throw new IllegalArgumentException("communities are numbered from 0");
      }
      k = Math.max(k, c + 1);
    }
    double[] inside = new double[k];
    double[] strength = new double[k];
    double total = 0;
    for (int v = 0; v < n; v++) {
      for (int a = g.outStart(v); a < g.outEnd(v); a++) {
        double w = g.outWeight(a);
        total += w;
        strength[membership[v]] += w;
        if (membership[g.outTarget(a)] == membership[v]) {
          inside[membership[v]] += w;
        }
      }
    }
    if (total == 0) {
      return 0;
    }
    double q = 0;
    for (int c = 0; c < k; c++) {
      q += inside[c] / total - (strength[c] / total) * (strength[c] / total);
    }
    return q;
  }
}
