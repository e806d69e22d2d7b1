package org.ceasefire.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Seasonal and weekly rhythm of violence: a summer peak and busier weekends (mean about 1). */
final class Seasons {

  private Seasons() {}

  /** 1 ± amplitude, peaking in late July. */
  static double season(LocalDate day, double amplitude) {
    return 1 + amplitude * StrictMath.sin(2 * Math.PI * (day.getDayOfYear() - 110) / 365.0);
  }

  static double weekend(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? 1.3 : 0.88;
  }
}
