package org.ceasefire.measures;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * What a page, the CSV or the API asks for: months {@code from} to {@code to} (YYYY-MM, inclusive;
 * by default the 24 months up to this one) and a city, or the whole site when none is given.
 */
record MeasureQuery(YearMonth from, YearMonth to, @Nullable Long jurisdiction) {

  static final int DEFAULT_MONTHS = 24;

  static MeasureQuery of(
      @Nullable String from,
      @Nullable String to,
      @Nullable String jurisdiction,
      YearMonth thisMonth) {
    Validator v = new Validator();
    YearMonth end = month(v, "to", to, thisMonth);
    YearMonth start = month(v, "from", from, end.minusMonths(DEFAULT_MONTHS - 1L));
    Long city = null;
    if (jurisdiction != null && !jurisdiction.isBlank()) {
      try {
        city = Long.parseLong(jurisdiction.strip());
      } catch (NumberFormatException e) {
        v.check(false, "jurisdiction", "is not a city id", jurisdiction);
      }
    }
    v.throwIfInvalid();
    v.check(!end.isBefore(start), "to", "is before from (" + start + ")", end);
    v.check(
        start.until(end, java.time.temporal.ChronoUnit.MONTHS) < Measures.MAX_MONTHS,
        "to",
        "is more than " + Measures.MAX_MONTHS + " months after from",
        end);
    v.throwIfInvalid();
    return new MeasureQuery(start, end, city);
  }

  private static YearMonth month(
      Validator v, String field, @Nullable String text, YearMonth fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return YearMonth.parse(text.strip());
    } catch (DateTimeParseException e) {
      v.check(false, field, "is not a month (YYYY-MM)", text);
      return fallback;
    }
  }

  /** The query string that asks for this again, for links. */
  String asParameters() {
    return "from="
        + from
        + "&to="
        + to
        + (jurisdiction == null ? "" : "&jurisdiction=" + jurisdiction);
  }
}
