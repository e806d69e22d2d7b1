package org.ceasefire.analytics.network;

/**
 * k-core numbers: the core number of v is the largest k such that v belongs to a subgraph where
 * every node has degree at least k. Degrees count all edges (in + out when directed), weights are
 * ignored, as igraph's {@code coreness(mode = "all")}.
 *
 * <p>Reference: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of
 * networks" (2003): bucket nodes by degree, repeatedly remove a node of least degree. O(n + m).
 */
public final class Coreness {

  private Coreness() {}

  public static int[] of(Graph g) {
    int n = g.nodeCount();
    int[] deg = new int[n];
    int maxDeg = 0;
    for (int v = 0; v < n; v++) {
      deg[v] = g.degree(v);
      maxDeg = Math.max(maxDeg, deg[v]);
    }
    int[] bin = new int[maxDeg + 1];
    for (int v = 0; v < n; v++) {
      bin[deg[v]]++;
    }
    int start = 0;
    for (int d = 0; d <= maxDeg; d++) {
      int count = bin[d];
      bin[d] = start;
      start += count;
    }
    int[] vert = new int[n];
    int[] pos = new int[n];
    for (int v = 0; v < n; v++) {
      pos[v] = bin[deg[v]]++;
      vert[pos[v]] = v;
    }
    for (int d = maxDeg; d > 0; d--) {
      bin[d] = bin[d - 1];
    }
    if (maxDeg >= 0 && bin.length > 0) {
      bin[0] = 0;
    }
    for (int i = 0; i < n; i++) {
      int v = vert[i];
      for (int a = g.outStart(v); a < g.outEnd(v); a++) {
        lower(g.outTarget(a), deg[v], deg, bin, pos, vert);
      }
      if (g.directed()) {
        for (int a = g.inStart(v); a < g.inEnd(v); a++) {
          lower(g.inSource(a), deg[v], deg, bin, pos, vert);
        }
      }
    }
    return deg;
  }

  private static void lower(int u, int dv, int[] deg, int[] bin, int[] pos, int[] vert) {
    if (deg[u] <= dv) {
      return;
    }
    int du = deg[u];
    int pu = pos[u];
    int pw = bin[du];
    int w = vert[pw];
    if (u != w) {
      pos[u] = pw;
      vert[pu] = w;
      pos[w] = pu;
      vert[pw] = u;
    }
    bin[du]++;
    deg[u]--;
  }
}
