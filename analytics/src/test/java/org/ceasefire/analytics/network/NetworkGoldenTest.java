package org.ceasefire.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every per-node measure against R igraph on networks shipped in Debian's packages (igraph's
 * Zachary karate club, networkx's Les Misérables and Florentine families). Component and community
 * labels are compared as partitions; Louvain by modularity, since another visiting order gives
 * another (equally good) partition.
 */
class NetworkGoldenTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("karate", "karate", Direction.UNDIRECTED, Weighting.UNWEIGHTED),
        Arguments.of(
            "karate_directed", "karate_directed", Direction.DIRECTED, Weighting.UNWEIGHTED),
        Arguments.of("disconnected", "disconnected", Direction.UNDIRECTED, Weighting.UNWEIGHTED),
        Arguments.of("florentine", "florentine", Direction.UNDIRECTED, Weighting.UNWEIGHTED),
        Arguments.of("lesmis", "lesmis", Direction.UNDIRECTED, Weighting.UNWEIGHTED),
        Arguments.of("lesmis", "lesmis_weighted", Direction.UNDIRECTED, Weighting.WEIGHTED));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void perNodeMeasuresMatchIgraph(
      String edges, String golden, Direction direction, Weighting weighting) {
    Graph g = GraphFixtures.golden(edges, direction, weighting);
    CsvTable expected = Golden.table("network/" + golden + ".igraph.csv");
    Map<String, Integer> rows = Golden.rowsBy(expected, "id");
    assertThat(g.nodeCount()).isEqualTo(expected.size());
    NetworkProfile p = NetworkProfile.of(g, 1, 2);
    double[] closeness = p.closeness().closeness();
    double[] harmonic = p.closeness().harmonic();
    for (int v = 0; v < g.nodeCount(); v++) {
      int r = rows.get(g.id(v));
      String node = golden + " node " + g.id(v) + " ";
      assertThat(g.degree(v)).as(node + "degree").isEqualTo((int) num(expected, r, "degree"));
      assertThat(p.core()[v]).as(node + "core").isEqualTo((int) num(expected, r, "core"));
      Golden.close(node + "strength", g.strength(v), num(expected, r, "strength"));
      Golden.close(node + "betweenness", p.betweenness()[v], num(expected, r, "betweenness"));
      Golden.close(
          node + "betweenness_normalized",
          p.betweennessNormalized()[v],
          num(expected, r, "betweenness_normalized"));
      Golden.close(node + "closeness", closeness[v], num(expected, r, "closeness"));
      Golden.close(node + "harmonic", harmonic[v], num(expected, r, "harmonic"));
      Golden.close(node + "eigenvector", p.eigenvector()[v], num(expected, r, "eigenvector"));
      Golden.close(node + "pagerank", p.pagerank()[v], num(expected, r, "pagerank"));
    }
    assertSamePartition(g, p.components().membership(), expected, rows, "component");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void modularityOfIgraphsPartitionMatchesIgraph(
      String edges, String golden, Direction direction, Weighting weighting) {
    Graph g = GraphFixtures.golden(edges, direction, weighting);
    CsvTable expected = Golden.table("network/" + golden + ".igraph.csv");
    Map<String, Integer> rows = Golden.rowsBy(expected, "id");
    int[] igraph = new int[g.nodeCount()];
    for (int v = 0; v < g.nodeCount(); v++) {
      igraph[v] = (int) num(expected, rows.get(g.id(v)), "louvain");
    }
    CsvTable summary = Golden.table("network/" + golden + ".summary.csv");
    Golden.close(
        golden + " modularity", Modularity.of(g, igraph), num(summary, 0, "louvain_modularity"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void louvainFindsPartitionsAsGoodAsIgraphs(
      String edges, String golden, Direction direction, Weighting weighting) {
    Graph g = GraphFixtures.golden(edges, direction, weighting);
    CsvTable summary = Golden.table("network/" + golden + ".summary.csv");
    double igraph = num(summary, 0, "louvain_modularity");
    for (long seed = 1; seed <= 5; seed++) {
      Louvain louvain = Louvain.of(g, seed);
      assertThat(louvain.modularity()).as("seed %d", seed).isGreaterThan(igraph - 0.02);
      assertThat(louvain.modularity())
          .isCloseTo(
              Modularity.of(g, louvain.membership()), org.assertj.core.data.Offset.offset(1e-12));
    }
    assertThat(Components.of(g).count()).isEqualTo((int) num(summary, 0, "components"));
  }

  private static void assertSamePartition(
      Graph g, int[] labels, CsvTable expected, Map<String, Integer> rows, String column) {
    for (int u = 0; u < g.nodeCount(); u++) {
      for (int v = u + 1; v < g.nodeCount(); v++) {
        boolean ours = labels[u] == labels[v];
        boolean theirs =
            num(expected, rows.get(g.id(u)), column) == num(expected, rows.get(g.id(v)), column);
        assertThat(ours).as("%s of %s and %s", column, g.id(u), g.id(v)).isEqualTo(theirs);
      }
    }
  }

  private static double num(CsvTable t, int row, String column) {
    return Golden.number(t, row, column);
  }
}
