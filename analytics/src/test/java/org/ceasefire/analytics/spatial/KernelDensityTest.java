package org.ceasefire.analytics.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KernelDensityTest {

  private static final Points NONE = new Points(new double[0], new double[0]);

  @Test
  void noPointsGiveNoCells() {
    Grid grid = Grid.covering(NONE, 10);
    assertThat(KernelDensity.estimate(NONE, grid, Kernel.QUARTIC, 50)).isEmpty();
  }

  @Test
  void pointsWithoutReachingAnyCellGiveZeroDensity() {
    Points one = new Points(new double[] {0}, new double[] {0});
    Grid far = new Grid(1000, 1000, 10, 3, 3);
    assertThat(KernelDensity.estimate(one, far, Kernel.QUARTIC, 50)).containsOnly(0.0);
  }

  @Test
  void aSinglePointAtACellCentreGivesThePeakOfTheKernel() {
    Points one = new Points(new double[] {5}, new double[] {5});
    Grid grid = new Grid(0, 0, 10, 1, 1);
    double h = 100;
    assertThat(KernelDensity.estimate(one, grid, Kernel.QUARTIC, h)[0])
        .isCloseTo(3 / (Math.PI * h * h), within(1e-15));
    assertThat(KernelDensity.estimate(one, grid, Kernel.GAUSSIAN, h)[0])
        .isCloseTo(1 / (2 * Math.PI * h * h), within(1e-15));
    assertThat(KernelDensity.estimate(one, grid, Kernel.UNIFORM, h)[0])
        .isCloseTo(1 / (Math.PI * h * h), within(1e-15));
  }

  @ParameterizedTest
  @EnumSource(Kernel.class)
  void everyKernelIntegratesToTheNumberOfPoints(Kernel kernel) {
    Points two = new Points(new double[] {0.3, 17}, new double[] {-2, 9});
    double cell = 1;
    Grid grid = new Grid(-500, -500, cell, 1000, 1000);
    double[] d = KernelDensity.estimate(two, grid, kernel, 40);
    double mass = Arrays.stream(d).sum() * cell * cell;
    assertThat(mass).isCloseTo(2.0, within(kernel == Kernel.UNIFORM ? 5e-3 : 1e-3));
  }

  @Test
  void refusesANonPositiveBandwidth() {
    Grid grid = new Grid(0, 0, 10, 1, 1);
    assertThatThrownBy(() -> KernelDensity.estimate(NONE, grid, Kernel.QUARTIC, 0))
        .hasMessageContaining("bandwidth");
  }

  @Test
  void gaussianMatchesSpatstatDensityWithoutEdgeCorrectionOnChicagoCrimes() {
    Points chicago = Golden.points(Golden.csv("chicago-events.csv"));
    Grid grid = Grid.covering(chicago, 25);
    double[] density = KernelDensity.estimate(chicago, grid, Kernel.GAUSSIAN, 80);
    CsvTable golden = Golden.csv("chicago-kde-gaussian-25-80.csv");
    assertThat(golden.size()).isEqualTo(grid.size());
    double[] row = Golden.column(golden, "row");
    double[] col = Golden.column(golden, "col");
    double[] expected = Golden.column(golden, "density");
    for (int i = 0; i < golden.size(); i++) {
      int k = (int) row[i] * grid.cols() + (int) col[i];
      Golden.assertClose(density[k] * 1e6, expected[i], "cell " + row[i] + "," + col[i]);
    }
  }
}
