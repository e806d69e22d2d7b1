package org.ceasefire.insights;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The site-wide co-offending network as a user reads it: the people shown (the most connected, up
 * to the limit) with their Louvain community and degree, the edges among them weighted by the
 * number of incidents shared, the communities with their sizes, and how much was left out.
 *
 * @param since the first day counted (null: all incidents)
 * @param limit the most people shown
 * @param totalNodes people with at least one co-offender in the whole network
 * @param totalEdges edges in the whole network
 * @param omittedNodes people of the network not shown
 * @param omittedEdges edges of the network not shown (an end not shown)
 * @param modularity the modularity of the Louvain partition of the whole network
 */
record CoOffendingNetwork(
    @Nullable LocalDate since,
    int limit,
    int totalNodes,
    int totalEdges,
    int omittedNodes,
    int omittedEdges,
    double modularity,
    List<Node> nodes,
    List<Link> edges,
    List<Community> communities) {

  CoOffendingNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    communities = List.copyOf(communities);
  }

  /** A person: their community (0 the largest) and degree in the whole network. */
  record Node(long id, String name, int community, int degree) {}

  /** Two people who were suspects or arrestees in {@code weight} incidents together. */
  record Link(long source, long target, int weight) {}

  /** A community: its number, its size in the whole network and how many of it are shown. */
  record Community(int id, int size, int shown) {}
}
