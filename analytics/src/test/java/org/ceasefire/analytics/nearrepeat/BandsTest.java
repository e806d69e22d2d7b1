package org.ceasefire.analytics.nearrepeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BandsTest {

  @Test
  void refusesFewerThanTwoEdgesAndEdgesThatDoNotIncrease() {
    assertThatThrownBy(() -> new Bands(new double[] {0})).hasMessageContaining("two edges");
    assertThatThrownBy(() -> new Bands(new double[] {0, 100, 100}))
        .hasMessageContaining("must increase");
    assertThatThrownBy(() -> new Bands(new double[] {-1, 100})).hasMessageContaining("≥ 0");
  }

  @Test
  void firstBandIncludesItsLowerEdgeAndEveryBandItsUpperEdge() {
    Bands b = new Bands(new double[] {0, 100, 200});
    assertThat(b.indexOf(0)).isZero();
    assertThat(b.indexOf(100)).isZero();
    assertThat(b.indexOf(100.0001)).isEqualTo(1);
    assertThat(b.indexOf(200)).isEqualTo(1);
    assertThat(b.indexOf(200.0001)).isEqualTo(-1);
    Bands later = new Bands(new double[] {7, 14});
    assertThat(later.indexOf(6)).isEqualTo(-1);
    assertThat(later.indexOf(7)).isZero();
  }
}
