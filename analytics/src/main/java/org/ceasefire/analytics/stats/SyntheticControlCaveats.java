package org.ceasefire.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain-language warnings about a synthetic-control design, so a result is never read without its
 * limits: a short pre-period, a poor pre-period fit (pre RMSPE above 10% of the target's mean
 * pre-period level), a target outside the donors' range (no convex combination can reach it), more
 * donors than pre-periods (weights may not be unique, and a close fit may be overfitting) and a
 * donor pool too small for the placebo test to reach p = 0.05.
 */
final class SyntheticControlCaveats {

  static final int SHORT_PRE_PERIOD = 5;
  static final double POOR_FIT = 0.10;

  private SyntheticControlCaveats() {}

  static List<String> of(double[] target, double[][] donors, int preperiods, double preRmspe) {
    List<String> caveats = new ArrayList<>();
    int j = donors.length;
    if (preperiods < SHORT_PRE_PERIOD) {
      caveats.add(
          "only "
              + preperiods
              + " pre-program period(s): weights fitted to so few points can match the target by"
              + " chance; a long pre-period is what makes a synthetic control credible");
    }
    double mean = 0;
    int outside = 0;
    for (int t = 0; t < preperiods; t++) {
      mean += Math.abs(target[t]);
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double[] d : donors) {
        lo = Math.min(lo, d[t]);
        hi = Math.max(hi, d[t]);
      }
      if (target[t] < lo || target[t] > hi) {
        outside++;
      }
    }
    mean /= preperiods;
    if (preRmspe > POOR_FIT * mean) {
      caveats.add(
          String.format(
              Locale.ROOT,
              "poor pre-program fit: the pre-period RMSPE (%.4g) is %.0f%% of the target's mean"
                  + " pre-period level (%.4g); the synthetic control does not reproduce the target"
                  + " before the program, so its post-program gap is not a credible effect",
              preRmspe,
              100 * preRmspe / mean,
              mean));
    }
    if (2 * outside > preperiods) {
      caveats.add(
          "the target lies above every donor or below every donor in "
              + outside
              + " of "
              + preperiods
              + " pre-program periods: no weighted average of the donors can reach it");
    }
    if (j > preperiods) {
      caveats.add(
          j
              + " donors for "
              + preperiods
              + " pre-program periods: the weights may not be unique (the synthetic series is),"
              + " and a close pre-period fit may be overfitting");
    }
    if (j + 1 < 20) {
      caveats.add(
          String.format(
              Locale.ROOT,
              "with %d donors the smallest attainable placebo p-value is 1/%d = %.3f, so the"
                  + " placebo test cannot reach 0.05",
              j,
              j + 1,
              1.0 / (j + 1)));
    }
    return caveats;
  }
}
