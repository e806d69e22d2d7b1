package org.ceasefire.analytics.stats;

/**
 * One estimated coefficient with its standard error, test statistic ({@code z}, or {@code t} for
 * quasi-Poisson), two-sided p-value and Wald 95% interval {@code estimate ± 1.96 se} (R's {@code
 * confint.default}).
 */
public record Coefficient(
    String name, double estimate, double se, double z, double p, double ciLow, double ciHigh) {

  public Coefficient {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("coefficient needs a name");
    }
  }

  /** exp(estimate): the rate ratio (or hazard ratio) of a log-linear model. */
  public double ratio() {
    return Math.exp(estimate);
  }
}
