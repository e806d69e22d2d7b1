package org.ceasefire.evaluation;

import java.time.YearMonth;
import java.util.List;

/** Monthly counts of the outcome measure in one place (a city or an area), or in several summed. */
record PlaceSeries(String name, List<YearMonth> months, double[] counts) {

  PlaceSeries {
    months = List.copyOf(months);
    counts = counts.clone();
    if (months.size() != counts.length) {
      throw new IllegalArgumentException("one count per month");
    }
  }

  double total() {
    double t = 0;
    for (double c : counts) {
      t += c;
    }
    return t;
  }

  /** Sum of the months before {@code start} (pre) or from it (post). */
  double total(YearMonth start, boolean post) {
    double t = 0;
    for (int i = 0; i < counts.length; i++) {
      if (months.get(i).isBefore(start) != post) {
        t += counts[i];
      }
    }
    return t;
  }

  static PlaceSeries sum(String name, List<PlaceSeries> parts) {
    double[] c = new double[parts.get(0).counts.length];
    for (PlaceSeries p : parts) {
      for (int i = 0; i < c.length; i++) {
        c[i] += p.counts[i];
      }
    }
    return new PlaceSeries(name, parts.get(0).months, c);
  }
}
