package org.ceasefire.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.api.Test;

class CoOccurrenceTest {

  @Test
  void noPairsGiveNoNodesAndNoEdges() {
    CoOccurrence p = CoOccurrence.of(List.of());
    assertThat(p.nodes()).isEmpty();
    assertThat(p.edges()).isEmpty();
  }

  @Test
  void personAloneAtAnEventIsANodeWithoutEdges() {
    CoOccurrence p = CoOccurrence.of(List.of(new Attendance("ann", "e1")));
    assertThat(p.nodes()).containsExactly("ann");
    assertThat(p.edges()).isEmpty();
  }

  @Test
  void repeatedRowsCountOnceAndSharedEventsAddUp() {
    CoOccurrence p =
        CoOccurrence.of(
            List.of(
                new Attendance("ann", "e1"),
                new Attendance("bob", "e1"),
                new Attendance("bob", "e1"),
                new Attendance("ann", "e2"),
                new Attendance("bob", "e2"),
                new Attendance("cy", "e2")));
    assertThat(p.edges())
        .containsExactly(
            new Edge("ann", "bob", 2), new Edge("ann", "cy", 1), new Edge("bob", "cy", 1));
  }

  @Test
  void davisSouthernWomenProjectionMatchesIgraph() {
    CsvTable pairs = Golden.table("network/davis.pairs.csv");
    List<Attendance> rows = new ArrayList<>();
    for (int r = 0; r < pairs.size(); r++) {
      rows.add(new Attendance(pairs.text(r, 0), pairs.text(r, 1)));
    }
    Map<String, Double> ours = new HashMap<>();
    for (Edge e : CoOccurrence.of(rows).edges()) {
      ours.put(key(e.source(), e.target()), e.weight());
    }
    CsvTable igraph = Golden.table("network/davis.projection.csv");
    assertThat(ours).hasSize(igraph.size());
    for (int r = 0; r < igraph.size(); r++) {
      String k = key(igraph.text(r, 0), igraph.text(r, 1));
      assertThat(ours.get(k)).as(k).isEqualTo(Golden.number(igraph, r, "weight"));
    }
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }
}
