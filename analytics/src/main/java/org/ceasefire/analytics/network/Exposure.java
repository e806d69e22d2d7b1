package org.ceasefire.analytics.network;

import java.util.Arrays;

/**
 * Network exposure to seed nodes (e.g. gunshot victims): for every node, the number of steps to the
 * nearest seed (0 for a seed; -1 when none is within {@code maxDistance}), and how many
 * <em>other</em> seeds lie within 1 and within 2 steps. Edges are read as undirected and
 * unweighted: a step is a tie, whatever its direction or weight.
 *
 * <p>Follows the exposure measures of A. V. Papachristos, C. Wildeman and E. Roberto, "Tragic, but
 * not random: the social contagion of nonfatal gunshot injuries", Soc. Sci. Med. 125 (2015)
 * 139–150. Distances as igraph's {@code distances(g, v = seeds)} (minimum over seeds). Complexity
 * O(n + m) for the distances plus the two-step neighbourhood of every seed for the counts.
 *
 * @param distance steps to the nearest seed, -1 beyond {@code maxDistance}
 * @param seedsWithin1 other seeds adjacent to the node
 * @param seedsWithin2 other seeds at most two steps away
 */
public record Exposure(int[] distance, int[] seedsWithin1, int[] seedsWithin2) {

  public Exposure {
    if (distance.length != seedsWithin1.length || distance.length != seedsWithin2.length) {
      throw new IllegalArgumentException("one value per node in each array");
    }
    distance = distance.clone();
    seedsWithin1 = seedsWithin1.clone();
    seedsWithin2 = seedsWithin2.clone();
  }

  public static Exposure of(Graph graph, int[] seeds, int maxDistance) {
    if (maxDistance < 0) {
      throw new IllegalArgumentException("max distance must be non-negative: " + maxDistance);
    }
    Graph g = graph.undirected();
    int n = g.nodeCount();
    int[] dist = new int[n];
    Arrays.fill(dist, -1);
    int[] queue = new int[n];
    int tail = 0;
    boolean[] isSeed = new boolean[n];
    for (int s : seeds) {
      if (s < 0 || s >= n) {
        throw new IllegalArgumentException("seed is not a node: " + s);
      }
      if (!isSeed[s]) {
        isSeed[s] = true;
        dist[s] = 0;
        queue[tail++] = s;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      if (dist[v] == maxDistance) {
        continue;
      }
      for (int a = g.outStart(v); a < g.outEnd(v); a++) {
        int w = g.outTarget(a);
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    int[] within1 = new int[n];
    int[] within2 = new int[n];
    int[] mark = new int[n];
    Arrays.fill(mark, -1);
    for (int s = 0; s < n; s++) {
      if (isSeed[s]) {
        countAround(g, s, mark, within1, within2);
      }
    }
    return new Exposure(dist, within1, within2);
  }

  /** Adds seed s to the counts of every other node within two steps (each node once). */
  private static void countAround(Graph g, int s, int[] mark, int[] within1, int[] within2) {
    mark[s] = s;
    for (int a = g.outStart(s); a < g.outEnd(s); a++) {
      int u = g.outTarget(a);
      mark[u] = s;
      within1[u]++;
      within2[u]++;
    }
    for (int a = g.outStart(s); a < g.outEnd(s); a++) {
      int u = g.outTarget(a);
      for (int b = g.outStart(u); b < g.outEnd(u); b++) {
        int v = g.outTarget(b);
        if (mark[v] != s) {
          mark[v] = s;
          within2[v]++;
        }
      }
    }
  }

  @Override
  public int[] distance() {
    return distance.clone();
  }

  @Override
  public int[] seedsWithin1() {
    return seedsWithin1.clone();
  }

  @Override
  public int[] seedsWithin2() {
    return seedsWithin2.clone();
  }
}
