package org.ceasefire.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestMixTest {

  private static final Set<String> KNOWN = Set.of("a", "b", "c");

  @Test
  void picksEachRequestInProportionToItsWeight() {
    RequestMix mix = RequestMix.parse("a:1, b:3 ,c:6", KNOWN);
    assertThat(mix.total()).isEqualTo(10);
    assertThat(mix.pick(0.0)).isEqualTo("a");
    assertThat(mix.pick(0.0999)).isEqualTo("a");
    assertThat(mix.pick(0.1)).isEqualTo("b");
    assertThat(mix.pick(0.3999)).isEqualTo("b");
    assertThat(mix.pick(0.4)).isEqualTo("c");
    assertThat(mix.pick(Math.nextDown(1.0))).isEqualTo("c");
    Map<String, Integer> counts = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 100_000; i++) {
      counts.merge(mix.pick(random.nextDouble()), 1, Integer::sum);
    }
    assertThat(counts.get("a")).isBetween(9_000, 11_000);
    assertThat(counts.get("b")).isBetween(29_000, 31_000);
    assertThat(counts.get("c")).isBetween(59_000, 61_000);
  }

  @Test
  void rejectsUnknownNamesBadWeightsAndRepeats() {
    assertThatThrownBy(() -> RequestMix.parse("a:1,z:2", KNOWN))
        .hasMessageContaining("'z:2' names no request")
        .hasMessageContaining("[a, b, c]");
    assertThatThrownBy(() -> RequestMix.parse("a", KNOWN)).hasMessageContaining("not name:weight");
    assertThatThrownBy(() -> RequestMix.parse("a:x", KNOWN))
        .hasMessageContaining("weight is not a whole number");
    assertThatThrownBy(() -> RequestMix.parse("a:0", KNOWN)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> RequestMix.parse("a:1,a:2", KNOWN)).hasMessageContaining("twice");
    assertThatThrownBy(() -> RequestMix.parse(" , ", KNOWN))
        .hasMessageContaining("names no request");
  }

  @Test
  void refusesANumberOutsideTheUnitInterval() {
    RequestMix mix = RequestMix.parse("a:1", KNOWN);
    assertThatThrownBy(() -> mix.pick(1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mix.pick(-0.1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDefaultMixNamesOnlyKnownRequests() {
    RequestMix mix = RequestMix.parse(Scenario.DEFAULT_MIX, Scenario.REQUESTS);
    assertThat(mix.total()).isEqualTo(100);
    assertThat(mix.toString()).isEqualTo(Scenario.DEFAULT_MIX);
  }
}
