package org.ceasefire.analytics.network;

import java.util.ArrayList;
import java.util.List;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;

/** Graphs for tests: small hand-made ones and the golden edge lists. */
final class GraphFixtures {

  private GraphFixtures() {}

  static Graph undirected(String... pairs) {
    return Graph.of(edges(pairs), Direction.UNDIRECTED, Weighting.UNWEIGHTED);
  }

  static Graph directed(String... pairs) {
    return Graph.of(edges(pairs), Direction.DIRECTED, Weighting.UNWEIGHTED);
  }

  /** Edges from "a-b" strings. */
  static List<Edge> edges(String... pairs) {
    List<Edge> edges = new ArrayList<>();
    for (String p : pairs) {
      String[] ends = p.split("-");
      edges.add(Edge.of(ends[0], ends[1]));
    }
    return edges;
  }

  static Graph golden(String name, Direction direction, Weighting weighting) {
    CsvTable t = Golden.table("network/" + name + ".edges.csv");
    List<Edge> edges = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      edges.add(
          new Edge(
              t.required(r, t.column("source")),
              t.required(r, t.column("target")),
              t.number(r, t.column("weight"))));
    }
    return Graph.of(edges, direction, weighting);
  }
}
