package org.ceasefire.demo;

import java.time.LocalDate;

/**
 * The partnership's focused-deterrence program, so evaluation has something to find: it starts two
 * years before the last day in the three cities with the most group violence (Hartford, Bridgeport,
 * New Haven); the other six are comparison cities. From the start, group feuds in program cities
 * flare less ({@link #FEUD_BASELINE} of their baseline) and retaliate less ({@link #RETALIATION} of
 * the usual excitation), and other shootings there fall a little ({@link #OTHER_SHOOTINGS}) —
 * effects in the range reported for Boston's Operation Ceasefire and later GVI replications (Braga,
 * Weisburd and Turchan's 2018 meta-analysis).
 */
final class ProgramEffect {

  static final double FEUD_BASELINE = 0.65;
  static final double RETALIATION = 0.75;
  static final double OTHER_SHOOTINGS = 0.9;
  static final double PROGRAM_CITY_VIOLENCE = 0.85;

  private final LocalDate start;

  ProgramEffect(DemoParameters parameters) {
    this.start = parameters.programStart();
  }

  static boolean inProgram(CityPlan city) {
    return city.city.violence() >= PROGRAM_CITY_VIOLENCE;
  }

  private boolean active(CityPlan city, LocalDate day) {
    return inProgram(city) && !day.isBefore(start);
  }

  double feudBaseline(CityPlan target, LocalDate day) {
    return active(target, day) ? FEUD_BASELINE : 1;
  }

  double retaliation(CityPlan target, LocalDate day) {
    return active(target, day) ? RETALIATION : 1;
  }

  double otherShootings(CityPlan city, LocalDate day) {
    return active(city, day) ? OTHER_SHOOTINGS : 1;
  }
}
