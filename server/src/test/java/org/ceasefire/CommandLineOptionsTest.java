package org.ceasefire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code ./ceasefire demo --scale 100} works as well as {@code --scale=100}. */
class CommandLineOptionsTest {

  @Test
  void joinsScaleAndSeedWithTheirValues() {
    String[] args = {"--scale", "100", "--seed", "7", "--server.port=0"};
    assertThat(CeasefireApplication.joinOptionValues(args))
        .containsExactly("--scale=100", "--seed=7", "--server.port=0");
  }

  @Test
  void leavesOtherArgumentsAlone() {
    String[] args = {"--scale=3", "--debug", "--scale"};
    assertThat(CeasefireApplication.joinOptionValues(args))
        .containsExactly("--scale=3", "--debug", "--scale");
  }
}
