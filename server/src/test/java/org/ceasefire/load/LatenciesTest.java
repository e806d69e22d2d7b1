package org.ceasefire.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesAreNearestRankOverTheSortedValues() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1; // 1..100
    }
    assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50);
    assertThat(Latencies.percentile(sorted, 95)).isEqualTo(95);
    assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99);
    assertThat(Latencies.percentile(sorted, 100)).isEqualTo(100);
    assertThat(Latencies.percentile(sorted, 0.5)).isEqualTo(1);
  }

  @Test
  void smallAndEmptySeries() {
    assertThat(Latencies.percentile(new long[0], 99)).isZero();
    assertThat(Latencies.percentile(new long[] {7}, 50)).isEqualTo(7);
    assertThat(Latencies.percentile(new long[] {1, 2, 3}, 50)).isEqualTo(2);
    assertThat(Latencies.percentile(new long[] {1, 2, 3}, 99)).isEqualTo(3);
    assertThatThrownBy(() -> Latencies.percentile(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summarisesPerRequestAndOverallCountingErrors() {
    Latencies latencies = new Latencies();
    for (int i = 1; i <= 2000; i++) { // past the initial capacity, in any order
      latencies.add(i % 2 == 0 ? "even" : "odd", (i * 7919L) % 2000 + 1, i % 500 != 0);
    }
    Latencies.Summary all = latencies.all();
    assertThat(all.count()).isEqualTo(2000);
    assertThat(all.errors()).isEqualTo(4);
    assertThat(all.p50()).isEqualTo(1000);
    assertThat(all.p99()).isEqualTo(1980);
    assertThat(all.max()).isEqualTo(2000);
    assertThat(latencies.byName()).containsOnlyKeys("even", "odd");
    assertThat(latencies.byName().get("even").count()).isEqualTo(1000);
    assertThat(latencies.byName().get("even").errors()).isEqualTo(4);
    assertThat(latencies.byName().get("odd").errors()).isZero();
  }
}
