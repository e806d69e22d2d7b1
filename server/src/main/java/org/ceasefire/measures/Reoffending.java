package org.ceasefire.measures;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Re-offending among people first notified (attended a held call-in or received a delivered custom
 * notification) from {@code from} to {@code to} inclusive, for one city or the site (null): how
 * many, how many have since been a suspect or arrested, and the Kaplan–Meier curve of the days from
 * first notification to that next incident (people without one censored at {@code asOf}).
 */
public record Reoffending(
    @Nullable Long jurisdictionId,
    LocalDate from,
    LocalDate to,
    LocalDate asOf,
    int notified,
    int reoffended,
    List<Step> curve) {

  public Reoffending {
    curve = List.copyOf(curve);
    if (reoffended < 0 || reoffended > notified) {
      throw new IllegalArgumentException("0 ≤ re-offended ≤ notified");
    }
  }

  /**
   * The share of the notified who re-offended so far (null when none were notified). People
   * notified recently have had less time; the curve accounts for that, this rate does not.
   */
  public @Nullable Double rate() {
    return notified == 0 ? null : (double) reoffended / notified;
  }

  /** The curve at {@code day} days after notification: the share not yet re-offended. */
  public record Step(
      int day,
      int atRisk,
      int events,
      int censored,
      double survival,
      @Nullable Double lower,
      @Nullable Double upper) {}

  /** The share not re-offended {@code days} after notification (1 before the first step). */
  public double survivalAt(int days) {
    double s = 1;
    for (Step step : curve) {
      if (step.day() > days) {
        break;
      }
      s = step.survival();
    }
    return s;
  }
}
