package org.ceasefire.measures;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;

/** A calendar quarter, written {@code 2026-Q3}. */
record Quarter(int year, int number) {

  private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

  Quarter {
    if (number < 1 || number > 4 || year < 1900 || year > 9999) {
      throw new IllegalArgumentException("no such quarter: " + year + "-Q" + number);
    }
  }

  /** The quarter written in {@code text}, or the last complete one before {@code month}. */
  static Quarter of(@Nullable String text, YearMonth month) {
    if (text == null || text.isBlank()) {
      return containing(month).previous();
    }
    Matcher m = FORM.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw ValidationException.of("quarter", "is not a quarter (YYYY-Qn, e.g. 2026-Q3)", text);
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  static Quarter containing(YearMonth month) {
    return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
  }

  YearMonth first() {
    return YearMonth.of(year, (number - 1) * 3 + 1);
  }

  YearMonth last() {
    return first().plusMonths(2);
  }

  Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  Quarter yearBefore() {
    return new Quarter(year - 1, number);
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
