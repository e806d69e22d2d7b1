package org.ceasefire.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoopbackLoadTest {

  private static double seconds(long i, double rate, int warmup) {
    return LoopbackLoad.sendAt(i, rate, warmup) / 1e9;
  }

  @Test
  void theWarmUpRisesFromATenthOfTheRateToTheRateThenTheRateHolds() {
    double rate = 300;
    int warmup = 60;
    assertThat(seconds(0, rate, warmup)).isZero();
    // it starts at a tenth of the rate: 300 × (0.1 + 0.45 / 60) = 32.25 requests in second one
    assertThat(seconds(32, rate, warmup)).isCloseTo(1.0, within(0.01));
    assertThat(seconds(33, rate, warmup)).isGreaterThan(1.0);
    // 0.55 × 300 × 60 = 9,900 requests by the end of the warm-up
    assertThat(seconds(9_900, rate, warmup)).isCloseTo(60.0, within(1e-6));
    // near its end the rate is the full one
    assertThat(seconds(9_900, rate, warmup) - seconds(9_600, rate, warmup))
        .isCloseTo(1.0, within(0.01));
    // after it, exactly rate requests a second
    assertThat(seconds(9_900 + 300 * 300, rate, warmup)).isCloseTo(360.0, within(1e-6));
    long previous = -1;
    for (long i = 0; i < 20_000; i++) {
      long at = LoopbackLoad.sendAt(i, rate, warmup);
      assertThat(at).isGreaterThanOrEqualTo(previous);
      previous = at;
    }
  }

  @Test
  void withoutAWarmUpTheRateHoldsFromTheStart() {
    assertThat(seconds(0, 100, 0)).isZero();
    assertThat(seconds(250, 100, 0)).isCloseTo(2.5, within(1e-9));
  }
}
