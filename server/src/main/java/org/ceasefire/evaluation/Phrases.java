package org.ceasefire.evaluation;

import java.util.Locale;

/** Plain-language readings of ratios and their intervals ("fell 28% (95% CI 12% to 41%)"). */
final class Phrases {

  private Phrases() {}

  /**
   * A rate or hazard ratio with its 95% interval as a change: a fall when the whole interval lies
   * below 1, a rise when above, otherwise a change the data cannot tell from none.
   */
  static String change(double ratio, double low, double high) {
    if (high < 1) {
      return "fell " + pct(1 - ratio) + " (95% CI " + pct(1 - high) + " to " + pct(1 - low) + ")";
    }
    if (low > 1) {
      return "rose " + pct(ratio - 1) + " (95% CI " + pct(low - 1) + " to " + pct(high - 1) + ")";
    }
    return "changed by "
        + signed(ratio - 1)
        + " (95% CI "
        + signed(low - 1)
        + " to "
        + signed(high - 1)
        + "), which cannot be told apart from no change";
  }

  static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
  }

  static String signed(double fraction) {
    return String.format(Locale.ROOT, "%+.0f%%", 100 * fraction);
  }

  static String number(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  static String p(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }
}
