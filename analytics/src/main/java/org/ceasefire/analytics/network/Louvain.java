package org.ceasefire.analytics.network;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Louvain community detection: repeatedly move single nodes to the neighbouring community with the
 * largest modularity gain {@code k_i,C - S_C k_i / 2W} until no move helps, then merge each
 * community into one node and start again; stop when a level moves nothing. The partition of the
 * last level (the highest modularity) is returned, as igraph's {@code cluster_louvain} does. Nodes
 * are visited in a random order drawn from the seed, so a seed gives one answer; other seeds give
 * partitions of similar quality, not the same labels. A directed graph is read as undirected.
 *
 * <p>Reference: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding of
 * communities in large networks", J. Stat. Mech. (2008) P10008. Complexity about O(m) per pass, few
 * passes and levels in practice.
 *
 * @param membership the community of each node, numbered 0.. in order of first node
 * @param count the number of communities
 * @param modularity the modularity of the partition on the input graph
 */
public record Louvain(int[] membership, int count, double modularity) {

  private static final double MIN_GAIN = 1e-12;

  public Louvain {
    membership = membership.clone();
  }

  @Override
  public int[] membership() {
    return membership.clone();
  }

  public static Louvain of(Graph graph, long seed) {
    Graph g = graph.undirected();
    int n = g.nodeCount();
    Level level = Level.of(g);
    int[] membership = new int[n];
    for (int i = 0; i < n; i++) {
      membership[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    while (true) {
      int[] comm = level.moveNodes(random);
      int k = renumber(comm);
      if (k == level.n) {
        break;
      }
      for (int i = 0; i < n; i++) {
        membership[i] = comm[membership[i]];
      }
      level = level.aggregate(comm, k);
    }
    int count = renumber(membership);
    return new Louvain(membership, count, Modularity.of(g, membership));
  }

  /** Renumbers labels 0.. in order of first appearance; returns how many there are. */
  static int renumber(int[] labels) {
    int[] map = new int[labels.length];
    Arrays.fill(map, -1);
    int k = 0;
    for (int i = 0; i < labels.length; i++) {
      int c = labels[i];
      if (map[c] < 0) {
        map[c] = k++;
      }
      labels[i] = map[c];
    }
    return k;
  }

  /** One level: a symmetric weighted graph in CSR form plus self-loop weight (counted twice). */
  private record Level(int n, int[] start, int[] adj, double[] w, double[] loop, double total2) {

    static Level of(Graph g) {
      int n = g.nodeCount();
      int[] start = new int[n + 1];
      for (int v = 0; v < n; v++) {
        start[v + 1] = g.outEnd(v);
      }
      int m = start[n];
      int[] adj = new int[m];
      double[] w = new double[m];
      double total2 = 0;
      for (int a = 0; a < m; a++) {
        adj[a] = g.outTarget(a);
        w[a] = g.outWeight(a);
        total2 += w[a];
      }
      return new Level(n, start, adj, w, new double[n], total2);
    }

    double strength(int v) {
      double s = loop[v];
      for (int a = start[v]; a < start[v + 1]; a++) {
        s += w[a];
      }
      return s;
    }

    int[] moveNodes(SplittableRandom random) {
      int[] comm = new int[n];
      double[] k = new double[n];
      double[] tot = new double[n];
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        comm[i] = i;
        k[i] = strength(i);
        tot[i] = k[i];
        order[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      if (total2 == 0) {
        return comm;
      }
      double[] links = new double[n];
      int[] touched = new int[n];
      boolean moved = true;
      for (int pass = 0; moved && pass < 1000; pass++) {
        moved = false;
        for (int v : order) {
          int own = comm[v];
          int nt = 0;
          touched[nt++] = own;
          links[own] = 0;
          for (int a = start[v]; a < start[v + 1]; a++) {
            int c = comm[adj[a]];
            if (links[c] == 0 && c != own) {
              touched[nt++] = c;
            }
            links[c] += w[a];
          }
          tot[own] -= k[v];
          double ratio = k[v] / total2;
          int best = own;
          double bestGain = links[own] - tot[own] * ratio;
          for (int i = 1; i < nt; i++) {
            int c = touched[i];
            double gain = links[c] - tot[c] * ratio;
            if (gain > bestGain + MIN_GAIN) {
              best = c;
              bestGain = gain;
            }
          }
          tot[best] += k[v];
          comm[v] = best;
          moved |= best != own;
          for (int i = 0; i < nt; i++) {
            links[touched[i]] = 0;
          }
        }
      }
      return comm;
    }

    Level aggregate(int[] comm, int k) {
      int[] count = new int[k + 1];
      for (int v = 0; v < n; v++) {
        count[comm[v] + 1]++;
      }
      for (int c = 0; c < k; c++) {
        count[c + 1] += count[c];
      }
      int[] members = new int[n];
      int[] fill = Arrays.copyOf(count, k);
      for (int v = 0; v < n; v++) {
        members[fill[comm[v]]++] = v;
      }
      double[] newLoop = new double[k];
      double[] links = new double[k];
      int[] touched = new int[k];
      int[] newStart = new int[k + 1];
      int[] newAdj = new int[adj.length];
      double[] newW = new double[adj.length];
      int m = 0;
      for (int c = 0; c < k; c++) {
        int nt = 0;
        for (int i = count[c]; i < count[c + 1]; i++) {
          int v = members[i];
          newLoop[c] += loop[v];
          for (int a = start[v]; a < start[v + 1]; a++) {
            int d = comm[adj[a]];
            if (d == c) {
              newLoop[c] += w[a];
            } else {
              if (links[d] == 0) {
                touched[nt++] = d;
              }
              links[d] += w[a];
            }
          }
        }
        for (int i = 0; i < nt; i++) {
          int d = touched[i];
          newAdj[m] = d;
          newW[m] = links[d];
          m++;
          links[d] = 0;
        }
        newStart[c + 1] = m;
      }
      return new Level(
          k, newStart, Arrays.copyOf(newAdj, m), Arrays.copyOf(newW, m), newLoop, total2);
    }
  }
}
