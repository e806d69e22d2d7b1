package org.ceasefire.analytics.network;

import java.util.Arrays;

/**
 * Single-source shortest paths with path counts, reusable across sources: breadth-first search when
 * unweighted, Dijkstra with an indexed heap when weighted (weights are lengths). After {@link
 * #from(int)}, {@link #order} lists the reached nodes in non-decreasing distance, {@link #dist} and
 * {@link #sigma} (the number of shortest paths) are set for them; the next call resets only what
 * the previous one touched. O(m) per source unweighted, O(m log n) weighted.
 *
 * <p>Path lengths are compared with a relative tolerance of 1e-10, as igraph does, so that equal
 * sums of fractional weights count as ties.
 */
final class ShortestPaths {

  static final double EPS = 1e-10;

  private final Graph g;
  final double[] dist;
  final double[] sigma;
  final int[] order;
  int reached;
  private final MinHeap heap;

  ShortestPaths(Graph g) {
    this.g = g;
    int n = g.nodeCount();
    dist = new double[n];
    sigma = new double[n];
    order = new int[n];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    heap = g.weighted() ? new MinHeap(n) : null;
  }

  void from(int source) {
    for (int i = 0; i < reached; i++) {
      dist[order[i]] = Double.POSITIVE_INFINITY;
      sigma[order[i]] = 0;
    }
    reached = 0;
    if (heap == null) {
      bfs(source);
    } else {
      dijkstra(source);
    }
  }

  /** True when the arc {@code v -> w} of the given length lies on a shortest path to w. */
  boolean onShortestPath(int v, double length, int w) {
    if (heap == null) {
      return dist[v] + 1 == dist[w];
    }
    return same(dist[v] + length, dist[w]);
  }

  static boolean same(double a, double b) {
    return Math.abs(a - b) <= EPS * Math.max(Math.abs(a), Math.abs(b));
  }

  private void bfs(int s) {
    dist[s] = 0;
    sigma[s] = 1;
    order[reached++] = s;
    for (int head = 0; head < reached; head++) {
      int v = order[head];
      double dv = dist[v] + 1;
      double sv = sigma[v];
      for (int a = g.outStart(v), end = g.outEnd(v); a < end; a++) {
        int w = g.outTarget(a);
        double dw = dist[w];
        if (dw == Double.POSITIVE_INFINITY) {
          dist[w] = dv;
          sigma[w] = sv;
          order[reached++] = w;
        } else if (dw == dv) {
          sigma[w] += sv;
        }
      }
    }
  }

  private void dijkstra(int s) {
    dist[s] = 0;
    sigma[s] = 1;
    heap.push(s, 0);
    while (!heap.isEmpty()) {
      int v = heap.pop();
      order[reached++] = v;
      double dv = dist[v];
      for (int a = g.outStart(v), end = g.outEnd(v); a < end; a++) {
        int w = g.outTarget(a);
        double alt = dv + g.outWeight(a);
        double dw = dist[w];
        if (dw == Double.POSITIVE_INFINITY) {
          dist[w] = alt;
          sigma[w] = sigma[v];
          heap.push(w, alt);
        } else if (same(alt, dw)) {
          sigma[w] += sigma[v];
        } else if (alt < dw) {
          dist[w] = alt;
          sigma[w] = sigma[v];
          heap.push(w, alt);
        }
      }
    }
  }
}
