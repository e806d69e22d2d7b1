package org.ceasefire.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the measures API answers, built with {@code from(...)}: counts only, never a person. */
final class MeasureResponses {

  private MeasureResponses() {}

  /** A measure and what it counts (the definitions in words are docs/measures.md). */
  record Definition(String code, String label, String kind, boolean byArea, boolean published) {
    static Definition from(Measure m) {
      return new Definition(
          m.code(), m.label(), m.kind().label(), m.byArea(), Measure.PUBLISHED.contains(m));
    }
  }

  /** A monthly series; a null count is suppressed ("fewer than 5"). */
  record Series(
      String measure,
      String label,
      @Nullable Long jurisdiction,
      String unit,
      YearMonth from,
      YearMonth to,
      List<String> months,
      List<@Nullable Long> counts,
      long total,
      boolean suppressed) {
    static Series from(MonthlySeries s) {
      return new Series(
          s.measure().code(),
          s.measure().label(),
          s.jurisdictionId(),
          s.unit(),
          s.from(),
          s.to(),
          s.months().stream().map(m -> m.month().toString()).toList(),
          s.months().stream().map(MonthlySeries.Month::count).toList(),
          s.total(),
          s.anySuppressed());
    }
  }

  /** Counts per area over the months. */
  record Areas(
      String measure,
      @Nullable Long jurisdiction,
      YearMonth from,
      YearMonth to,
      long total,
      long unlocated,
      List<AreaCounts.AreaCount> areas) {
    static Areas from(AreaCounts a) {
      return new Areas(
          a.measure().code(),
          a.jurisdictionId(),
          a.from(),
          a.to(),
          a.total(),
          a.unlocated(),
          a.areas());
    }
  }

  /** The 28-day and year-over-year comparison of one measure. */
  record Trend(
      String measure,
      String label,
      LocalDate asOf,
      @Nullable Long last28,
      @Nullable Long previous28,
      @Nullable Double changeOnPrevious28,
      @Nullable Long sameDaysLastYear,
      @Nullable Double changeOnLastYear,
      @Nullable Long yearToDate,
      @Nullable Long lastYearToDate,
      @Nullable Double changeYearToDate) {
    static Trend from(Comparison c) {
      return new Trend(
          c.measure().code(),
          c.measure().label(),
          c.asOf(),
          c.last28(),
          c.previous28(),
          c.changeOnPrevious28(),
          c.sameDaysLastYear(),
          c.changeOnLastYear(),
          c.yearToDate(),
          c.lastYearToDate(),
          c.changeYearToDate());
    }
  }

  /** Re-offending among the notified, with the Kaplan–Meier curve. */
  record Curve(
      @Nullable Long jurisdiction,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      int notified,
      int reoffended,
      @Nullable Double rate,
      List<Reoffending.Step> steps) {
    static Curve from(Reoffending r) {
      return new Curve(
          r.jurisdictionId(),
          r.from(),
          r.to(),
          r.asOf(),
          r.notified(),
          r.reoffended(),
          r.rate(),
          r.curve());
    }
  }

  /** Everything the dashboard draws for one unit and period. */
  record Dashboard(
      YearMonth from,
      YearMonth to,
      @Nullable Long jurisdiction,
      String unit,
      List<String> months,
      List<Series> series,
      Curve reoffending) {}
}
