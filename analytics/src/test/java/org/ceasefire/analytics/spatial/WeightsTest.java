package org.ceasefire.analytics.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightsTest {

  @Test
  void noAreasGiveEmptyWeights() {
    Weights w = Weights.of(0, new int[0], new int[0], new double[0]);
    assertThat(w.size()).isZero();
    assertThat(Weights.gridContiguity(0, 0, Contiguity.QUEEN).size()).isZero();
  }

  @Test
  void aSingleCellHasNoNeighbours() {
    Weights w = Weights.gridContiguity(1, 1, Contiguity.QUEEN);
    assertThat(w.degree(0)).isZero();
    assertThat(w.withSelf(1).neighbours()).containsExactly(0);
  }

  @Test
  void rookAndQueenContiguityOnAThreeByThreeGrid() {
    Weights rook = Weights.gridContiguity(3, 3, Contiguity.ROOK);
    Weights queen = Weights.gridContiguity(3, 3, Contiguity.QUEEN);
    assertThat(rook.degree(4)).isEqualTo(4);
    assertThat(queen.degree(4)).isEqualTo(8);
    assertThat(rook.degree(0)).isEqualTo(2);
    assertThat(queen.degree(0)).isEqualTo(3);
    assertThat(rook.neighbours()).hasSize(12 * 2);
    assertThat(queen.neighbours()).hasSize(20 * 2);
  }

  @Test
  void aDistanceBandOfOneCellIsRookAndOfTheDiagonalIsQueen() {
    Grid grid = new Grid(0, 0, 100, 4, 5);
    assertThat(Weights.distanceBand(grid, 100).neighbours())
        .containsExactly(Weights.gridContiguity(4, 5, Contiguity.ROOK).neighbours());
    assertThat(Weights.distanceBand(grid, 100 * Math.sqrt(2)).neighbours())
        .containsExactly(Weights.gridContiguity(4, 5, Contiguity.QUEEN).neighbours());
  }

  @Test
  void linksAreSortedAndRowsStandardise() {
    Weights w = Weights.of(3, new int[] {0, 0, 1}, new int[] {2, 1, 0}, new double[] {3, 1, 5});
    assertThat(w.neighbours()).containsExactly(1, 2, 0);
    assertThat(w.weight(0, 2)).isEqualTo(3);
    assertThat(w.weight(2, 0)).isZero();
    assertThat(w.rowStandardised().weights()).containsExactly(0.25, 0.75, 1.0);
    assertThat(w.lag(new double[] {1, 2, 4})).containsExactly(14, 5, 0);
  }

  @Test
  void refusesARepeatedLink() {
    assertThatThrownBy(() -> Weights.of(2, new int[] {0, 0}, new int[] {1, 1}, new double[] {1, 1}))
        .hasMessageContaining("given twice");
  }
}
