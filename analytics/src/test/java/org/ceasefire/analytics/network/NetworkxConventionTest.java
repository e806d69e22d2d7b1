package org.ceasefire.analytics.network;

import java.util.Map;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where networkx's conventions differ from igraph's: networkx's closeness carries the
 * Wasserman–Faust factor {@code (r-1)/(n-1)}; harmonic, PageRank, eigenvector (scaled to max 1) and
 * raw betweenness agree with ours.
 */
class NetworkxConventionTest {

  @ParameterizedTest
  @ValueSource(strings = {"lesmis", "florentine"})
  void measuresMatchNetworkxUpToItsClosenessConvention(String name) {
    Graph g = GraphFixtures.golden(name, Direction.UNDIRECTED, Weighting.UNWEIGHTED);
    CsvTable nx = Golden.table("network/" + name + ".networkx.csv");
    Map<String, Integer> rows = Golden.rowsBy(nx, "id");
    ClosenessCentrality c = ClosenessCentrality.of(g, 2);
    double[] bc = BetweennessCentrality.of(g, 2);
    double[] eigen = EigenvectorCentrality.of(g);
    double[] pagerank = PageRank.of(g, 0.85);
    int n = g.nodeCount();
    for (int v = 0; v < n; v++) {
      int r = rows.get(g.id(v));
      String node = name + " " + g.id(v) + " ";
      // connected graphs: r = n, so the Wasserman–Faust factor is 1
      Golden.close(node + "closeness", c.closeness()[v], Golden.number(nx, r, "closeness"));
      Golden.close(node + "harmonic", c.harmonic()[v], Golden.number(nx, r, "harmonic"));
      Golden.close(node + "betweenness", bc[v], Golden.number(nx, r, "betweenness"));
      Golden.close(node + "eigenvector", eigen[v], Golden.number(nx, r, "eigenvector"));
      Golden.close(node + "pagerank", pagerank[v], Golden.number(nx, r, "pagerank"));
    }
  }
}
