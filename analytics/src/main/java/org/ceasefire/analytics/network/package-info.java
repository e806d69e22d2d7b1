/**
 * Network analysis on plain data: components, degree and strength, Brandes betweenness, closeness
 * and harmonic centrality, eigenvector centrality, PageRank, k-cores, Louvain communities,
 * modularity, co-occurrence projection and exposure to seed nodes. Results are checked against R
 * igraph (and networkx where its conventions differ) by golden tests.
 */
@NullMarked
package org.ceasefire.analytics.network;

import org.jspecify.annotations.NullMarked;
