package org.ceasefire.measures;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One measure, month by month, for one city ({@code jurisdictionId}) or the whole site (null), from
 * {@code from} to {@code to} inclusive, every month present (zero when nothing was counted). A
 * month's count is null only when it is suppressed for this viewer (a small count of outreach
 * records shown to a role that may not read them; see {@link Measure#fromOutreach}).
 */
public record MonthlySeries(
    Measure measure,
    @Nullable Long jurisdictionId,
    String unit,
    YearMonth from,
    YearMonth to,
    List<Month> months) {

  public MonthlySeries {
    months = List.copyOf(months);
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("a series runs from a month to a later one");
    }
    if (months.size() != from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1) {
      throw new IllegalArgumentException("a series has one count for every month");
    }
  }

  /** One month's count; null when suppressed. */
  public record Month(YearMonth month, @Nullable Long count) {
    public Month {
      if (count != null && count < 0) {
        throw new IllegalArgumentException("a count is not negative");
      }
    }

    public boolean suppressed() {
      return count == null;
    }
  }

  /** The sum of the months not suppressed. */
  public long total() {
    return months.stream().filter(m -> m.count() != null).mapToLong(Month::count).sum();
  }

  public boolean anySuppressed() {
    return months.stream().anyMatch(Month::suppressed);
  }

  /** The counts in month order, a suppressed month as 0: for charts that mark them apart. */
  public long[] counts() {
    return months.stream().mapToLong(m -> m.count() == null ? 0 : m.count()).toArray();
  }
}
