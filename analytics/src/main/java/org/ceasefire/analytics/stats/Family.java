package org.ceasefire.analytics.stats;

import org.hipparchus.special.Gamma;

/**
 * Count-model families with the log link, as R's {@code poisson()}, {@code quasipoisson()} and
 * {@code MASS::negative.binomial(theta)}: variance, unit deviance, starting means and log
 * likelihood. {@code theta} is used by {@link #NEGBIN} only.
 */
public enum Family {
  POISSON,
  QUASIPOISSON,
  NEGBIN;

  /** {@code V(mu)}: mu, or {@code mu + mu^2/theta}. */
  double variance(double mu, double theta) {
    return this == NEGBIN ? mu + mu * mu / theta : mu;
  }

  /** The unit deviance {@code d(y, mu)} (summed, it is the deviance). */
  double deviance(double y, double mu, double theta) {
    if (this == NEGBIN) {
      return 2
          * (y * Math.log(Math.max(1, y) / mu)
              - (y + theta) * Math.log((y + theta) / (mu + theta)));
    }
    double r = mu;
    if (y > 0) {
      r = y * Math.log(y / mu) - (y - mu);
    }
    return 2 * r;
  }

  /** R's {@code family$initialize}: {@code y + 0.1}, or {@code y + (y == 0)/6} for negbin. */
  double start(double y) {
    return this == NEGBIN ? y + (y == 0 ? 1.0 / 6 : 0) : y + 0.1;
  }

  /** Log likelihood of one observation (quasi-Poisson has none: NaN). */
  double logLikelihood(double y, double mu, double theta) {
    return switch (this) {
      case POISSON -> y == 0 ? -mu : y * Math.log(mu) - mu - Gamma.logGamma(y + 1);
      case QUASIPOISSON -> Double.NaN;
      case NEGBIN ->
          Gamma.logGamma(theta + y)
              - Gamma.logGamma(theta)
              - Gamma.logGamma(y + 1)
              + theta * Math.log(theta)
              + y * Math.log(mu + (y == 0 ? 1 : 0))
              - (theta + y) * Math.log(theta + mu);
    };
  }

  /** Whether the dispersion is estimated (Pearson chi-square / residual df) instead of 1. */
  boolean estimatesDispersion() {
    return this == QUASIPOISSON;
  }
}
