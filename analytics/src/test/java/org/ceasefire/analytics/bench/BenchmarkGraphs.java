package org.ceasefire.analytics.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ceasefire.analytics.network.Direction;
import org.ceasefire.analytics.network.Edge;
import org.ceasefire.analytics.network.Graph;
import org.ceasefire.analytics.network.Weighting;

/**
 * Seeded synthetic graphs for the benchmarks, written as edge-list CSV so the peers (R igraph) time
 * the very same graph.
 *
 * <ul>
 *   <li>{@code ba-100k}: Barabási–Albert preferential attachment, 100,000 nodes, 3 edges per new
 *       node (299,994 edges): heavy-tailed degrees like co-offending networks.
 *   <li>{@code sbm-1m}: planted partition, 200,000 nodes in 2,000 groups of 100, 1,000,000 edges,
 *       80% of them inside a group: a graph with communities for Louvain.
 * </ul>
 */
public final class BenchmarkGraphs {

  private BenchmarkGraphs() {}

  public static int[][] barabasiAlbert(int n, int m, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int core = m + 1;
    List<int[]> edges = new ArrayList<>();
    int[] ends = new int[2 * (core * (core - 1) / 2 + (n - core) * m)];
    int size = 0;
    for (int a = 0; a < core; a++) {
      for (int b = a + 1; b < core; b++) {
        edges.add(new int[] {a, b});
        ends[size++] = a;
        ends[size++] = b;
      }
    }
    int[] chosen = new int[m];
    for (int v = core; v < n; v++) {
      int k = 0;
      while (k < m) {
        int t = ends[random.nextInt(size)];
        boolean dup = false;
        for (int i = 0; i < k; i++) {
          dup |= chosen[i] == t;
        }
        if (!dup) {
          chosen[k++] = t;
        }
      }
      for (int t : chosen) {
        edges.add(new int[] {v, t});
        ends[size++] = v;
        ends[size++] = t;
      }
    }
    return edges.toArray(int[][]::new);
  }

  public static int[][] plantedPartition(int n, int groupSize, int m, double inside, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    java.util.HashSet<Long> seen = new java.util.HashSet<>();
    int[][] edges = new int[m][];
    int k = 0;
    while (k < m) {
      int u = random.nextInt(n);
      int v =
          random.nextDouble() < inside
              ? (u / groupSize) * groupSize + random.nextInt(groupSize)
              : random.nextInt(n);
      if (u == v) {
        continue;
      }
      long key = ((long) Math.min(u, v) << 32) | Math.max(u, v);
      if (seen.add(key)) {
        edges[k++] = new int[] {u, v};
      }
    }
    return edges;
  }

  public static int[][] ba100k() {
    return barabasiAlbert(100_000, 3, 20261124L);
  }

  public static int[][] sbm1m() {
    return plantedPartition(200_000, 100, 1_000_000, 0.8, 20261124L);
  }

  public static Graph graph(int[][] edges) {
    List<Edge> list = new ArrayList<>(edges.length);
    for (int[] e : edges) {
      list.add(Edge.of(Integer.toString(e[0]), Integer.toString(e[1])));
    }
    return Graph.of(list, Direction.UNDIRECTED, Weighting.UNWEIGHTED);
  }

  static void write(int[][] edges, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("source,target\n");
      for (int[] e : edges) {
        w.write(e[0] + "," + e[1] + "\n");
      }
    }
  }

  /** Writes {@code ba-100k.csv} and {@code sbm-1m.csv} into the directory given. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Files.createDirectories(dir);
    write(ba100k(), dir.resolve("ba-100k.csv"));
    write(sbm1m(), dir.resolve("sbm-1m.csv"));
  }
}
