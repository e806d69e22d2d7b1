package org.ceasefire.measures;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * One area's monthly counts of a measure from {@code from} to {@code to} inclusive: the panel of an
 * area-level design (difference-in-differences).
 */
public record AreaSeries(
    long areaId,
    String name,
    long jurisdictionId,
    @Nullable Integer population,
    YearMonth from,
    YearMonth to,
    long[] counts) {

  public AreaSeries {
    counts = counts.clone();
    if (counts.length != from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1) {
      throw new IllegalArgumentException("an area series has one count for every month");
    }
  }

  @Override
  public long[] counts() {
    return counts.clone();
  }

  public long total() {
    return java.util.Arrays.stream(counts).sum();
  }
}
