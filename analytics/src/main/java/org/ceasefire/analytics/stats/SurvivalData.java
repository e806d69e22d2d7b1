package org.ceasefire.analytics.stats;

/**
 * Right-censored survival times: {@code time[i]} until the event ({@code event[i]} true) or
 * censoring (false).
 */
public record SurvivalData(double[] time, boolean[] event) {

  public SurvivalData {
    if (time.length != event.length) {
      throw new IllegalArgumentException("one event flag per time");
    }
    for (double t : time) {
      if (!(t >= 0) || !Double.isFinite(t)) {
        throw new IllegalArgumentException("survival times must be non-negative: " + t);
      }
    }
    time = time.clone();
    event = event.clone();
  }

  public int size() {
    return time.length;
  }

  /** The rows selected by {@code keep}. */
  public SurvivalData subset(boolean[] keep) {
    int m = 0;
    for (boolean k : keep) {
      m += k ? 1 : 0;
    }
    double[] t = new double[m];
    boolean[] e = new boolean[m];
    int j = 0;
    for (int i = 0; i < time.length; i++) {
      if (keep[i]) {
        t[j] = time[i];
        e[j] = event[i];
        j++;
      }
    }
    return new SurvivalData(t, e);
  }

  /** Row indices sorted by time, ascending. */
  int[] order() {
    return java.util.stream.IntStream.range(0, time.length)
        .boxed()
        .sorted((a, b) -> Double.compare(time[a], time[b]))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  double timeAt(int i) {
    return time[i];
  }

  boolean eventAt(int i) {
    return event[i];
  }
}
