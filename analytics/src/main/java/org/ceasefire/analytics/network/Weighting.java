package org.ceasefire.analytics.network;

/**
 * Whether edge weights count. Following igraph, weights are <em>lengths</em> for path-based
 * measures (betweenness, closeness, harmonic) and <em>strengths</em> for degree-like measures
 * (strength, eigenvector, PageRank, modularity and Louvain).
 */
public enum Weighting {
  UNWEIGHTED,
  WEIGHTED
}
