package org.ceasefire.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every request's latency (from its intended send time to its last byte, so a stalled server or
 * client shows as latency instead of fewer requests) and outcome, per request name. Percentiles are
 * exact, by nearest rank over the sorted latencies: no histogram, no interpolation.
 */
final class Latencies {

  /** Latencies of one request name, in microseconds, and how many failed. */
  static final class Series {
    private long[] micros = new long[1024];
    private int count;
    private int errors;

    synchronized void add(long latencyMicros, boolean ok) {
      if (count == micros.length) {
        micros = Arrays.copyOf(micros, count * 2);
      }
      micros[count++] = latencyMicros;
      if (!ok) {
        errors++;
      }
    }

    synchronized Summary summary() {
      return Summary.of(Arrays.copyOf(micros, count), errors);
    }
  }

  /** Count, errors and percentiles (microseconds) of one series. */
  record Summary(int count, int errors, long p50, long p95, long p99, long max) {

    static Summary of(long[] micros, int errors) {
      long[] sorted = micros.clone();
      Arrays.sort(sorted);
      return new Summary(
          sorted.length,
          errors,
          percentile(sorted, 50),
          percentile(sorted, 95),
          percentile(sorted, 99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }
  }

  private final Map<String, Series> byName = new TreeMap<>();
  private final Series all = new Series();

  synchronized Series series(String name) {
    return byName.computeIfAbsent(name, n -> new Series());
  }

  void add(String name, long latencyMicros, boolean ok) {
    series(name).add(latencyMicros, ok);
    all.add(latencyMicros, ok);
  }

  Summary all() {
    return all.summary();
  }

  synchronized Map<String, Summary> byName() {
    Map<String, Summary> out = new TreeMap<>();
    byName.forEach((k, v) -> out.put(k, v.summary()));
    return out;
  }

  /**
   * The nearest-rank percentile of {@code sorted} (ascending): the smallest value with at least
   * {@code p} percent of the values at or below it; 0 for no values.
   */
  static long percentile(long[] sorted, double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], not " + p);
    }
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
