package org.ceasefire.analytics.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.api.Test;

class GridCountTest {

  @Test
  void noPointsGiveAnEmptyGrid() {
    Grid grid = Grid.covering(new Points(new double[0], new double[0]), 100);
    assertThat(grid.size()).isZero();
    assertThat(GridCount.count(new Points(new double[0], new double[0]), grid)).isEmpty();
  }

  @Test
  void aSinglePointFillsOneCellAlignedOnMultiplesOfTheCellSize() {
    Points one = new Points(new double[] {250}, new double[] {-30});
    Grid grid = Grid.covering(one, 100);
    assertThat(grid).isEqualTo(new Grid(200, -100, 100, 1, 1));
    assertThat(grid.centreX(0)).isEqualTo(250);
    assertThat(grid.centreY(0)).isEqualTo(-50);
    assertThat(GridCount.count(one, grid)).containsExactly(1);
  }

  @Test
  void aPointOnACellEdgeBelongsToTheCellAboveAndToTheRight() {
    Points p = new Points(new double[] {0, 100, 100}, new double[] {0, 0, 100});
    Grid grid = Grid.covering(p, 100);
    assertThat(grid.rows()).isEqualTo(2);
    assertThat(grid.cols()).isEqualTo(2);
    assertThat(GridCount.count(p, grid)).containsExactly(1, 1, 0, 1);
  }

  @Test
  void identicalPointsAreAllCounted() {
    Points p = new Points(new double[] {5, 5, 5}, new double[] {5, 5, 5});
    assertThat(GridCount.count(p, Grid.covering(p, 10))).containsExactly(3);
  }

  @Test
  void refusesANonPositiveCellSize() {
    assertThatThrownBy(() -> new Grid(0, 0, 0, 1, 1)).hasMessageContaining("cell size");
    assertThatThrownBy(() -> new Points(new double[] {1}, new double[0]))
        .hasMessageContaining("differ in length");
  }

  @Test
  void matchesQuadratCountsOfSpatstatsChicagoCrimes() {
    Points chicago = Golden.points(Golden.csv("chicago-events.csv"));
    Grid grid = Grid.covering(chicago, 100);
    int[] counts = GridCount.count(chicago, grid);
    CsvTable golden = Golden.csv("chicago-grid-100.csv");
    assertThat(golden.size()).isEqualTo(grid.size());
    double[] row = Golden.column(golden, "row");
    double[] col = Golden.column(golden, "col");
    double[] x = Golden.column(golden, "x");
    double[] y = Golden.column(golden, "y");
    double[] count = Golden.column(golden, "count");
    for (int i = 0; i < golden.size(); i++) {
      int r = (int) row[i];
      int c = (int) col[i];
      assertThat(grid.centreX(c)).isEqualTo(x[i]);
      assertThat(grid.centreY(r)).isEqualTo(y[i]);
      assertThat(counts[r * grid.cols() + c]).as("cell %d,%d", r, c).isEqualTo((int) count[i]);
    }
    assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(chicago.size());
  }
}
