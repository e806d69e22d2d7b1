package org.ceasefire.evaluation;

import org.ceasefire.analytics.stats.Coefficient;

/** A ratio (rate or hazard) with its Wald 95% interval and two-sided p-value. */
record Estimate(
    String name, double estimate, double se, double ratio, double low, double high, double p) {

  static Estimate of(Coefficient c) {
    return new Estimate(
        c.name(),
        c.estimate(),
        c.se(),
        c.ratio(),
        Math.exp(c.ciLow()),
        Math.exp(c.ciHigh()),
        c.p());
  }

  String change() {
    return Phrases.change(ratio, low, high);
  }
}
