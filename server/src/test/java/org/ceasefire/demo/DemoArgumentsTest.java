package org.ceasefire.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code ./ceasefire demo --scale 100} works as well as {@code --scale=100}. */
class DemoArgumentsTest {

  private static final DemoProperties DEFAULTS = new DemoProperties(true, 1, 20260101);

  @Test
  void takesTheValueAfterScaleAndSeed() {
    String[] args = {"--scale", "100", "--seed", "7", "--server.port=0"};
    DemoProperties applied = DemoArguments.apply(DEFAULTS, args);
    assertThat(applied.scale()).isEqualTo(100);
    assertThat(applied.seed()).isEqualTo(7);
  }

  @Test
  void readsTheOptionsWithEqualsSignsToo() {
    DemoProperties applied = DemoArguments.apply(DEFAULTS, new String[] {"--scale=3", "--debug"});
    assertThat(applied).isEqualTo(new DemoProperties(true, 3, 20260101));
  }

  @Test
  void keepsTheBoundPropertiesWithoutOptions() {
    DemoProperties bound = new DemoProperties(true, 4, 9);
    assertThat(DemoArguments.apply(bound, new String[] {"--server.port=0"})).isEqualTo(bound);
  }

  @Test
  void refusesAScaleThatIsNotANumber() {
    assertThatThrownBy(() -> DemoArguments.apply(DEFAULTS, new String[] {"--scale", "big"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--scale needs a whole number");
    assertThatThrownBy(() -> DemoArguments.apply(DEFAULTS, new String[] {"--scale"}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
