package org.ceasefire.analytics.network;

/**
 * Connected components (weakly connected when directed: arc direction is ignored).
 *
 * <p>Breadth-first search from each unvisited node in node order; component {@code 0} holds node 0,
 * and components are numbered in order of their first node, as igraph's {@code
 * components(g)$membership} (minus one). O(n + m).
 *
 * @param membership the component of each node
 * @param count the number of components (isolated nodes are components of their own)
 */
public record Components(int[] membership, int count) {

  public Components {
    membership = membership.clone();
    if (count < 0) {
      throw new IllegalArgumentException("count must be non-negative");
    }
  }

  public static Components of(Graph g) {
    int n = g.nodeCount();
    int[] comp = new int[n];
    java.util.Arrays.fill(comp, -1);
    int[] queue = new int[n];
    int count = 0;
    for (int s = 0; s < n; s++) {
      if (comp[s] >= 0) {
        continue;
      }
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      comp[s] = count;
      while (head < tail) {
        int v = queue[head++];
        for (int a = g.outStart(v); a < g.outEnd(v); a++) {
          int w = g.outTarget(a);
          if (comp[w] < 0) {
            comp[w] = count;
            queue[tail++] = w;
          }
        }
        for (int a = g.inStart(v); a < g.inEnd(v); a++) {
          int w = g.inSource(a);
          if (comp[w] < 0) {
            comp[w] = count;
            queue[tail++] = w;
          }
        }
      }
      count++;
    }
    return new Components(comp, count);
  }

  @Override
  public int[] membership() {
    return membership.clone();
  }

  public int of(int node) {
    return membership[node];
  }
}
