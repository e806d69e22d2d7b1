package org.ceasefire.analytics.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FalseDiscoveryRateTest {

  @Test
  void noPValuesGiveNoDiscoveries() {
    assertThat(FalseDiscoveryRate.significant(new double[0], 0.05)).isEmpty();
  }

  @Test
  void aSinglePValueIsComparedWithAlpha() {
    assertThat(FalseDiscoveryRate.significant(new double[] {0.05}, 0.05)).containsExactly(true);
    assertThat(FalseDiscoveryRate.significant(new double[] {0.051}, 0.05)).containsExactly(false);
  }

  @Test
  void stepsUpFromTheLargestPassingRankAsBenjaminiHochberg() {
    // m = 5, thresholds 0.01 0.02 0.03 0.04 0.05: rank 4 (0.035 ≤ 0.04) passes, so 1..4 do,
    // although 0.025 > 0.02 alone would fail.
    double[] p = {0.035, 0.001, 0.025, 0.3, 0.015};
    assertThat(FalseDiscoveryRate.significant(p, 0.05))
        .containsExactly(true, true, true, false, true);
  }

  @Test
  void missingPValuesAreNeverSignificantAndNotCounted() {
    double[] p = {Double.NaN, 0.04, 0.02};
    assertThat(FalseDiscoveryRate.significant(p, 0.05)).containsExactly(false, true, true);
  }

  @Test
  void refusesAnAlphaOutsideZeroOne() {
    assertThatThrownBy(() -> FalseDiscoveryRate.significant(new double[] {0.1}, 1.5))
        .hasMessageContaining("alpha");
  }
}
