package org.ceasefire.analytics.network;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable graph in compressed sparse row form, built from an edge list.
 *
 * <p>Nodes are numbered in order of first appearance in the edge list (source before target).
 * Duplicate edges are merged, their weights summed ({@code a,b} and {@code b,a} are the same edge
 * when undirected); self-loops are dropped, as igraph's {@code simplify(g, edge.attr.comb="sum")}
 * does. Without {@link Weighting#WEIGHTED} every weight is 1.
 *
 * <p>{@code out*} arrays hold the arcs leaving each node; {@code in*} arrays the arcs entering it
 * (the same arrays when undirected, each edge then appearing in both ends' rows). Building costs
 * O(m log m) for m edges.
 */
public final class Graph {

  private final String[] ids;
  private final Direction direction;
  private final Weighting weighting;
  private final int[] outStart;
  private final int[] outTarget;
  private final double[] outWeight;
  private final int[] inStart;
  private final int[] inSource;
  private final double[] inWeight;
  private final int edgeCount;

  private Graph(
      String[] ids, Direction direction, Weighting weighting, int[] src, int[] dst, double[] w) {
    this.ids = ids;
    this.direction = direction;
    this.weighting = weighting;
    this.edgeCount = src.length;
    int n = ids.length;
    if (direction == Direction.UNDIRECTED) {
      int[] s2 = concat(src, dst);
      int[] d2 = concat(dst, src);
      double[] w2 = concat(w, w);
      Csr out = Csr.of(n, s2, d2, w2);
      outStart = out.start;
      outTarget = out.other;
      outWeight = out.weight;
      inStart = outStart;
      inSource = outTarget;
      inWeight = outWeight;
    } else {
      Csr out = Csr.of(n, src, dst, w);
      Csr in = Csr.of(n, dst, src, w);
      outStart = out.start;
      outTarget = out.other;
      outWeight = out.weight;
      inStart = in.start;
      inSource = in.other;
      inWeight = in.weight;
    }
  }

  /**
   * Builds a graph from edges. The ids in {@code nodes} are numbered first, in that order (so
   * isolated nodes can be included), then new ids from the edges in order of appearance.
   */
  public static Graph of(
      List<Edge> edges, List<String> nodes, Direction direction, Weighting weighting) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String id : nodes) {
      index.putIfAbsent(id, index.size());
    }
    for (Edge e : edges) {
      index.putIfAbsent(e.source(), index.size());
      index.putIfAbsent(e.target(), index.size());
    }
    Map<Long, Integer> seen = new HashMap<>();
    int[] src = new int[edges.size()];
    int[] dst = new int[edges.size()];
    double[] w = new double[edges.size()];
    int m = 0;
    for (Edge e : edges) {
      int a = index.get(e.source());
      int b = index.get(e.target());
      if (a == b) {
        continue;
      }
      if (direction == Direction.UNDIRECTED && a > b) {
        int t = a;
        a = b;
        b = t;
      }
      double weight = weighting == Weighting.WEIGHTED ? e.weight() : 1.0;
      long key = ((long) a << 32) | b;
      Integer at = seen.putIfAbsent(key, m);
      if (at != null) {
        if (weighting == Weighting.WEIGHTED) {
          w[at] += weight;
        }
        continue;
      }
      src[m] = a;
      dst[m] = b;
      w[m] = weight;
      m++;
    }
    String[] ids = index.keySet().toArray(String[]::new);
    return new Graph(
        ids,
        direction,
        weighting,
        Arrays.copyOf(src, m),
        Arrays.copyOf(dst, m),
        Arrays.copyOf(w, m));
  }

  public static Graph of(List<Edge> edges, Direction direction, Weighting weighting) {
    return of(edges, List.of(), direction, weighting);
  }

  public int nodeCount() {
    return ids.length;
  }

  /** Number of distinct edges (arcs when directed) after merging duplicates. */
  public int edgeCount() {
    return edgeCount;
  }

  public String id(int node) {
    return ids[node];
  }

  public Direction direction() {
    return direction;
  }

  public boolean directed() {
    return direction == Direction.DIRECTED;
  }

  public Weighting weighting() {
    return weighting;
  }

  public boolean weighted() {
    return weighting == Weighting.WEIGHTED;
  }

  public int outStart(int node) {
    return outStart[node];
  }

  public int outEnd(int node) {
    return outStart[node + 1];
  }

  public int outTarget(int arc) {
    return outTarget[arc];
  }

  public double outWeight(int arc) {
    return outWeight[arc];
  }

  public int inStart(int node) {
    return inStart[node];
  }

  public int inEnd(int node) {
    return inStart[node + 1];
  }

  public int inSource(int arc) {
    return inSource[arc];
  }

  public double inWeight(int arc) {
    return inWeight[arc];
  }

  /** Edges touching the node (in + out when directed), as igraph's {@code degree(mode="all")}. */
  public int degree(int node) {
    int d = outStart[node + 1] - outStart[node];
    return directed() ? d + inStart[node + 1] - inStart[node] : d;
  }

  /** Sum of the weights of the edges touching the node (in + out when directed). */
  public double strength(int node) {
    double s = 0;
    for (int a = outStart[node]; a < outStart[node + 1]; a++) {
      s += outWeight[a];
    }
    if (directed()) {
      for (int a = inStart[node]; a < inStart[node + 1]; a++) {
        s += inWeight[a];
      }
    }
    return s;
  }

  /**
   * The undirected version (for Louvain and k-cores): arcs both ways become one edge, weights
   * summed when weighted.
   */
  public Graph undirected() {
    if (!directed()) {
      return this;
    }
    List<Edge> edges = new java.util.ArrayList<>(edgeCount);
    for (int v = 0; v < ids.length; v++) {
      for (int a = outStart[v]; a < outStart[v + 1]; a++) {
        edges.add(new Edge(ids[v], ids[outTarget[a]], outWeight[a]));
      }
    }
    return of(edges, Arrays.asList(ids), Direction.UNDIRECTED, weighting);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static double[] concat(double[] a, double[] b) {
    double[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** Counting sort of arcs by their first end; neighbours keep edge-list order. */
  private record Csr(int[] start, int[] other, double[] weight) {
    static Csr of(int n, int[] from, int[] to, double[] w) {
      int[] start = new int[n + 1];
      for (int f : from) {
        start[f + 1]++;
      }
      for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
      }
      int[] fill = Arrays.copyOf(start, n);
      int[] other = new int[from.length];
      double[] weight = new double[from.length];
      for (int i = 0; i < from.length; i++) {
        int at = fill[from[i]]++;
        other[at] = to[i];
        weight[at] = w[i];
      }
      return new Csr(start, other, weight);
    }
  }
}
