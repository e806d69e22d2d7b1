package org.ceasefire.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkEdgeCasesTest {

  @Test
  void emptyGraphHasNoNodesNoComponentsAndZeroModularity() {
    Graph g = Graph.of(List.of(), Direction.UNDIRECTED, Weighting.UNWEIGHTED);
    NetworkProfile p = NetworkProfile.of(g, 1, 2);
    assertThat(g.nodeCount()).isZero();
    assertThat(p.components().count()).isZero();
    assertThat(p.communities().count()).isZero();
    assertThat(p.communities().modularity()).isZero();
  }

  @Test
  void singleIsolatedNodeHasNaNClosenessAndUnitEigenvector() {
    Graph g = Graph.of(List.of(), List.of("a"), Direction.UNDIRECTED, Weighting.UNWEIGHTED);
    NetworkProfile p = NetworkProfile.of(g, 1, 2);
    assertThat(p.betweenness()).containsExactly(0.0);
    assertThat(p.betweennessNormalized()).containsExactly(0.0);
    assertThat(p.closeness().closeness()[0]).isNaN();
    assertThat(p.closeness().harmonic()).containsExactly(0.0);
    assertThat(p.eigenvector()).containsExactly(1.0);
    assertThat(p.pagerank()).containsExactly(1.0);
    assertThat(p.core()).containsExactly(0);
    assertThat(p.components().count()).isEqualTo(1);
  }

  @Test
  void selfLoopsAreDroppedAndDuplicateEdgesMerged() {
    Graph g =
        Graph.of(
            List.of(new Edge("a", "a", 1), new Edge("a", "b", 2), new Edge("b", "a", 3)),
            Direction.UNDIRECTED,
            Weighting.WEIGHTED);
    assertThat(g.nodeCount()).isEqualTo(2);
    assertThat(g.edgeCount()).isEqualTo(1);
    assertThat(g.strength(0)).isEqualTo(5.0);
    assertThat(g.degree(0)).isEqualTo(1);
  }

  @Test
  void unweightedGraphIgnoresWeightsOfDuplicates() {
    Graph g =
        Graph.of(
            List.of(new Edge("a", "b", 2), new Edge("b", "a", 3)),
            Direction.UNDIRECTED,
            Weighting.UNWEIGHTED);
    assertThat(g.strength(0)).isEqualTo(1.0);
  }

  @Test
  void edgeRejectsNonPositiveWeightAndEmptyIds() {
    assertThatThrownBy(() -> new Edge("a", "b", 0)).hasMessageContaining("positive");
    assertThatThrownBy(() -> new Edge("", "b", 1)).hasMessageContaining("non-empty");
  }

  @Test
  void pathOfThreeHasOneBrokerInTheMiddle() {
    Graph g = GraphFixtures.undirected("a-b", "b-c");
    double[] bc = BetweennessCentrality.of(g, 1);
    assertThat(bc).containsExactly(0.0, 1.0, 0.0);
    assertThat(BetweennessCentrality.normalized(g, bc)).containsExactly(0.0, 1.0, 0.0);
  }

  @Test
  void directedPathCountsOrderedPairs() {
    Graph g = GraphFixtures.directed("a-b", "b-c");
    assertThat(BetweennessCentrality.of(g, 1)).containsExactly(0.0, 1.0, 0.0);
    ClosenessCentrality c = ClosenessCentrality.of(g, 1);
    assertThat(c.closeness()[0]).isCloseTo(2.0 / 3.0, within(1e-15));
    assertThat(c.closeness()[2]).isNaN();
  }

  @Test
  void disconnectedGraphKeepsClosenessWithinEachComponent() {
    Graph g = GraphFixtures.undirected("a-b", "c-d", "d-e");
    Components comp = Components.of(g);
    assertThat(comp.count()).isEqualTo(2);
    assertThat(comp.membership()).containsExactly(0, 0, 1, 1, 1);
    double[] closeness = ClosenessCentrality.of(g, 2).closeness();
    assertThat(closeness[0]).isEqualTo(1.0);
    assertThat(closeness[3]).isEqualTo(1.0);
    assertThat(closeness[2]).isCloseTo(2.0 / 3.0, within(1e-15));
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    Graph g = GraphFixtures.golden("lesmis", Direction.UNDIRECTED, Weighting.WEIGHTED);
    double[] one = BetweennessCentrality.of(g, 1);
    double[] two = BetweennessCentrality.of(g, 2);
    for (int i = 0; i < one.length; i++) {
      assertThat(two[i]).isCloseTo(one[i], within(1e-9 * Math.max(1, one[i])));
    }
  }

  @Test
  void louvainIsReproducibleForASeed() {
    Graph g = GraphFixtures.golden("lesmis", Direction.UNDIRECTED, Weighting.WEIGHTED);
    assertThat(Louvain.of(g, 42).membership()).containsExactly(Louvain.of(g, 42).membership());
  }

  @Test
  void louvainSplitsTwoTrianglesJoinedByOneEdge() {
    Graph g = GraphFixtures.undirected("a-b", "b-c", "c-a", "d-e", "e-f", "f-d", "c-d");
    Louvain l = Louvain.of(g, 7);
    assertThat(l.count()).isEqualTo(2);
    assertThat(l.membership()).containsExactly(0, 0, 0, 1, 1, 1);
    assertThat(l.modularity()).isCloseTo(5.0 / 14.0, within(1e-12));
  }

  @Test
  void coreNumbersOfATriangleWithATail() {
    Graph g = GraphFixtures.undirected("a-b", "b-c", "c-a", "c-d");
    assertThat(Coreness.of(g)).containsExactly(2, 2, 2, 1);
  }

  @Test
  void pageRankOfADanglingNodeSpreadsUniformly() {
    Graph g = GraphFixtures.directed("a-b");
    double[] p = PageRank.of(g, 0.85);
    // p_a = 0.15/2 + 0.85 p_b / 2, p_b = p_a + 0.85 p_a ... solved: p_a = 1/2.85
    assertThat(p[0]).isCloseTo(1 / 2.85, within(1e-12));
    assertThat(p[0] + p[1]).isCloseTo(1.0, within(1e-12));
  }
}
