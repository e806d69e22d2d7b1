package org.ceasefire.analytics.cli;

/** Checks of option values; a refused value is bad input naming the option. */
final class Require {

  private Require() {}

  static double positive(String option, double value) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new InputException(option + ": must be a positive number, not " + value);
    }
    return value;
  }

  static int atLeast(String option, int value, int minimum) {
    if (value < minimum) {
      throw new InputException(option + ": must be at least " + minimum + ", not " + value);
    }
    return value;
  }

  static double probability(String option, double value) {
    if (!(value > 0 && value < 1)) {
      throw new InputException(option + ": must lie strictly between 0 and 1, not " + value);
    }
    return value;
  }
}
