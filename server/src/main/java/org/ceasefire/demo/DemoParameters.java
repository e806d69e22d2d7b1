package org.ceasefire.demo;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the demo generator needs to know: the seed (same seed and end date, same data), how many
 * copies of the nine-city region to make, the last day generated and how many years lead up to it.
 * The end date is passed in rather than read from a clock so the generator stays pure.
 */
record DemoParameters(long seed, int scale, LocalDate endDate, int years, ZoneId zone) {

  static final ZoneId CONNECTICUT_TIME = ZoneId.of("America/New_York");

  DemoParameters {
    if (scale < 1 || scale > 10_000) {
      throw new IllegalArgumentException("scale must be between 1 and 10000, not " + scale);
    }
    if (years < 1 || years > 20) {
      throw new IllegalArgumentException("years must be between 1 and 20, not " + years);
    }
    if (endDate.getYear() < 1950) {
      throw new IllegalArgumentException("end date too early: " + endDate);
    }
  }

  static DemoParameters of(long seed, int scale, LocalDate endDate) {
    return new DemoParameters(seed, scale, endDate, 5, CONNECTICUT_TIME);
  }

  /** The demo partnership's programme starts two years before the last day (see ProgramEffect). */
  LocalDate programStart() {
    return endDate.minusYears(2).plusDays(1);
  }

  LocalDate startDate() {
    return endDate.minusYears(years).plusDays(1);
  }
}
