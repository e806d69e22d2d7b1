package org.ceasefire.analytics.network;

import java.util.Arrays;

/**
 * The breadth-first kernel of {@link BetweennessCentrality} for unweighted graphs, tuned for large
 * sparse graphs: nodes are renumbered in breadth-first order from a highest-degree node (so
 * neighbours sit close in memory), distances are ints, and the dependencies are gathered over
 * successors (testing {@code dist[w] == dist[v] + 1} on outgoing arcs), so nothing is stored per
 * arc and no incoming lists are needed. O(n + m) per source, O(n) memory per thread.
 */
final class UnweightedBrandes {

  private final int n;
  private final int[] outStart;
  private final int[] outAdj;

  /** {@code label[v]}: the internal number of node v. */
  private final int[] label;

  UnweightedBrandes(Graph g) {
    n = g.nodeCount();
    label = bfsOrder(g);
    outStart = new int[n + 1];
    int[] node = new int[n];
    for (int v = 0; v < n; v++) {
      node[label[v]] = v;
    }
    for (int i = 0; i < n; i++) {
      int v = node[i];
      outStart[i + 1] = outStart[i] + g.outEnd(v) - g.outStart(v);
    }
    outAdj = new int[outStart[n]];
    for (int i = 0; i < n; i++) {
      int v = node[i];
      int k = outStart[i];
      for (int a = g.outStart(v); a < g.outEnd(v); a++) {
        outAdj[k++] = label[g.outTarget(a)];
      }
      Arrays.sort(outAdj, outStart[i], k);
    }
  }

  /**
   * Sums the dependencies of sources {@code first, first + step, ...}. The backward pass gathers
   * over successors: with {@code c(w) = (1 + delta(w)) / sigma(w)}, {@code delta(v) = sigma(v)
   * sum_{w succ v} c(w)} and so {@code c(v) = 1/sigma(v) + sum_{w succ v} c(w)} — one read per arc,
   * one write per node.
   */
  double[] run(int first, int step) {
    double[] bc = new double[n];
    int[] dist = new int[n];
    Arrays.fill(dist, -1);
    double[] sigma = new double[n];
    double[] c = new double[n];
    int[] order = new int[n];
    for (int src = first; src < n; src += step) {
      int s = label[src];
      dist[s] = 0;
      sigma[s] = 1;
      order[0] = s;
      int tail = 1;
      for (int head = 0; head < tail; head++) {
        int v = order[head];
        int dv = dist[v] + 1;
        double sv = sigma[v];
        for (int a = outStart[v], end = outStart[v + 1]; a < end; a++) {
          int w = outAdj[a];
          int dw = dist[w];
          if (dw < 0) {
            dist[w] = dv;
            sigma[w] = sv;
            order[tail++] = w;
          } else if (dw == dv) {
            sigma[w] += sv;
          }
        }
      }
      for (int i = tail - 1; i > 0; i--) {
        int v = order[i];
        int next = dist[v] + 1;
        double sum = 0;
        for (int a = outStart[v], end = outStart[v + 1]; a < end; a++) {
          int w = outAdj[a];
          if (dist[w] == next) {
            sum += c[w];
          }
        }
        bc[v] += sigma[v] * sum;
        c[v] = 1 / sigma[v] + sum;
      }
      for (int i = 0; i < tail; i++) {
        int v = order[i];
        dist[v] = -1;
        sigma[v] = 0;
      }
    }
    double[] out = new double[n];
    for (int v = 0; v < n; v++) {
      out[v] = bc[label[v]];
    }
    return out;
  }

  /** Breadth-first numbering from a highest-degree node, component after component. */
  private static int[] bfsOrder(Graph g) {
    int n = g.nodeCount();
    Integer[] byDegree = new Integer[n];
    for (int v = 0; v < n; v++) {
      byDegree[v] = v;
    }
    Arrays.sort(byDegree, (a, b) -> Integer.compare(g.degree(b), g.degree(a)));
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int[] queue = new int[n];
    int next = 0;
    for (int root : byDegree) {
      if (label[root] >= 0) {
        continue;
      }
      int head = next;
      label[root] = next;
      queue[next++] = root;
      while (head < next) {
        int v = queue[head++];
        for (int a = g.outStart(v); a < g.outEnd(v); a++) {
          int w = g.outTarget(a);
          if (label[w] < 0) {
            label[w] = next;
            queue[next++] = w;
          }
        }
        for (int a = g.inStart(v); a < g.inEnd(v); a++) {
          int w = g.inSource(a);
          if (label[w] < 0) {
            label[w] = next;
            queue[next++] = w;
          }
        }
      }
    }
    return label;
  }
}
