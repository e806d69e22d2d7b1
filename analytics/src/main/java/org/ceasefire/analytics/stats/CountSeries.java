package org.ceasefire.analytics.stats;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A monthly count series: strictly increasing months (gaps allowed), non-negative counts and
 * optional positive exposures (population, person-time) entering the model as {@code
 * log(exposure)}.
 */
public record CountSeries(List<YearMonth> periods, double[] counts, double @Nullable [] exposure) {

  public CountSeries {
    periods = List.copyOf(periods);
    if (counts.length != periods.size() || (exposure != null && exposure.length != counts.length)) {
      throw new IllegalArgumentException("one count (and exposure) per period");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (!periods.get(i).isAfter(periods.get(i - 1))) {
        throw new IllegalArgumentException(
            "periods must increase: " + periods.get(i) + " follows " + periods.get(i - 1));
      }
    }
    for (double c : counts) {
      if (!(c >= 0)) {
        throw new IllegalArgumentException("counts must be non-negative: " + c);
      }
    }
    if (exposure != null) {
      for (double e : exposure) {
        if (!(e > 0)) {
          throw new IllegalArgumentException("exposure must be positive: " + e);
        }
      }
    }
    counts = counts.clone();
    exposure = exposure == null ? null : exposure.clone();
  }

  public int size() {
    return counts.length;
  }

  double logExposure(int i) {
    return exposure == null ? 0 : Math.log(exposure[i]);
  }
}
