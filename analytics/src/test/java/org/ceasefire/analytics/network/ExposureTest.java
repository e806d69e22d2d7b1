package org.ceasefire.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.api.Test;

class ExposureTest {

  @Test
  void emptyGraphWithoutSeedsGivesEmptyArrays() {
    Graph g = Graph.of(List.of(), Direction.UNDIRECTED, Weighting.UNWEIGHTED);
    assertThat(Exposure.of(g, new int[0], 3).distance()).isEmpty();
  }

  @Test
  void withoutSeedsNobodyIsExposed() {
    Graph g = GraphFixtures.undirected("a-b");
    Exposure e = Exposure.of(g, new int[0], 3);
    assertThat(e.distance()).containsExactly(-1, -1);
    assertThat(e.seedsWithin2()).containsExactly(0, 0);
  }

  @Test
  void loneSeedIsAtDistanceZeroAndDoesNotCountItself() {
    Graph g = Graph.of(List.of(), List.of("v"), Direction.UNDIRECTED, Weighting.UNWEIGHTED);
    Exposure e = Exposure.of(g, new int[] {0}, 3);
    assertThat(e.distance()).containsExactly(0);
    assertThat(e.seedsWithin1()).containsExactly(0);
  }

  @Test
  void distancesStopAtTheMaximumAndOtherComponentsStayUnexposed() {
    Graph g = GraphFixtures.undirected("a-b", "b-c", "c-d", "d-e", "x-y");
    Exposure e = Exposure.of(g, new int[] {0}, 3);
    assertThat(e.distance()).containsExactly(0, 1, 2, 3, -1, -1, -1);
    assertThat(e.seedsWithin1()).containsExactly(0, 1, 0, 0, 0, 0, 0);
    assertThat(e.seedsWithin2()).containsExactly(0, 1, 1, 0, 0, 0, 0);
  }

  @Test
  void arcsCountBothWays() {
    Graph g = GraphFixtures.directed("a-b");
    assertThat(Exposure.of(g, new int[] {1}, 3).distance()).containsExactly(1, 0);
  }

  @Test
  void rejectsNegativeMaximum() {
    Graph g = GraphFixtures.undirected("a-b");
    assertThatThrownBy(() -> Exposure.of(g, new int[] {0}, -1)).hasMessageContaining("max");
  }

  @Test
  void karateExposureToThreeSeedsMatchesIgraphDistances() {
    Graph g = GraphFixtures.golden("karate", Direction.UNDIRECTED, Weighting.UNWEIGHTED);
    int[] seeds = {index(g, "1"), index(g, "34"), index(g, "17")};
    Exposure e = Exposure.of(g, seeds, 3);
    CsvTable igraph = Golden.table("network/karate.exposure.csv");
    Map<String, Integer> rows = Golden.rowsBy(igraph, "id");
    for (int v = 0; v < g.nodeCount(); v++) {
      int r = rows.get(g.id(v));
      double d = Golden.number(igraph, r, "distance");
      assertThat(e.distance()[v])
          .as("distance of " + g.id(v))
          .isEqualTo(Double.isNaN(d) ? -1 : (int) d);
      assertThat(e.seedsWithin1()[v]).isEqualTo((int) Golden.number(igraph, r, "seeds_within_1"));
      assertThat(e.seedsWithin2()[v]).isEqualTo((int) Golden.number(igraph, r, "seeds_within_2"));
    }
  }

  private static int index(Graph g, String id) {
    for (int v = 0; v < g.nodeCount(); v++) {
      if (g.id(v).equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
