package org.ceasefire.analytics.network;

/**
 * Every per-node measure of the {@code network} method, computed on one graph: component, degree,
 * strength, betweenness (raw and normalised), closeness, harmonic, eigenvector, PageRank, core
 * number and Louvain community, plus the number of components and the modularity. See each
 * measure's class for its definition and peer. Cost is dominated by the two all-pairs passes
 * (betweenness, closeness): O(nm) each.
 */
public record NetworkProfile(
    Graph graph,
    Components components,
    double[] betweenness,
    double[] betweennessNormalized,
    ClosenessCentrality closeness,
    double[] eigenvector,
    double[] pagerank,
    int[] core,
    Louvain communities) {

  public NetworkProfile {
    int n = graph.nodeCount();
    if (betweenness.length != n
        || betweennessNormalized.length != n
        || eigenvector.length != n
        || pagerank.length != n
        || core.length != n) {
      throw new IllegalArgumentException("every measure needs one value per node");
    }
  }

  public static NetworkProfile of(Graph g, long seed, int threads) {
    double[] bc = BetweennessCentrality.of(g, threads);
    return new NetworkProfile(
        g,
        Components.of(g),
        bc,
        BetweennessCentrality.normalized(g, bc),
        ClosenessCentrality.of(g, threads),
        EigenvectorCentrality.of(g),
        PageRank.of(g, PageRank.DEFAULT_DAMPING),
        Coreness.of(g),
        Louvain.of(g, seed));
  }
}
