package org.ceasefire.measures;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A measure's recent trend up to {@code asOf} (inclusive): the last 28 days against the 28 days
 * before and against the same 28 days a year earlier, and the year to date against the same days of
 * the year before. A count is null when suppressed for the viewer; a change is null when the
 * earlier count is 0 or either is suppressed.
 */
public record Comparison(
    Measure measure,
    LocalDate asOf,
    @Nullable Long last28,
    @Nullable Long previous28,
    @Nullable Long sameDaysLastYear,
    @Nullable Long yearToDate,
    @Nullable Long lastYearToDate) {

  public @Nullable Double changeOnPrevious28() {
    return change(last28, previous28);
  }

  public @Nullable Double changeOnLastYear() {
    return change(last28, sameDaysLastYear);
  }

  public @Nullable Double changeYearToDate() {
    return change(yearToDate, lastYearToDate);
  }

  static @Nullable Double change(@Nullable Long now, @Nullable Long before) {
    return now == null || before == null || before == 0 ? null : 100.0 * (now - before) / before;
  }
}
