package org.ceasefire.analytics.stats;

import org.hipparchus.special.Gamma;

/**
 * GLM families as R's {@code poisson()}, {@code quasipoisson()} and {@code
 * MASS::negative.binomial(theta)} with the log link, and {@code binomial()} with the logit link for
 * 0/1 outcomes: link, variance, unit deviance, starting means and log likelihood. {@code theta} is
 * used by {@link #NEGBIN} only.
 */
public enum Family {
  POISSON,
  QUASIPOISSON,
  NEGBIN,
  BINOMIAL;

  private static final double MACHINE_EPS = Math.ulp(1.0);
  // R's logit_linkinv and logit_mu_eta (src/library/stats/src/family.c) clamp eta at +-30.
  private static final double THRESH = 30;

  /** {@code V(mu)}: mu, {@code mu + mu^2/theta}, or {@code mu (1 - mu)}. */
  double variance(double mu, double theta) {
    return switch (this) {
      case NEGBIN -> mu + mu * mu / theta;
      case BINOMIAL -> mu * (1 - mu);
      default -> mu;
    };
  }

  /** The link {@code g(mu)}: log, or logit for binomial. */
  double link(double mu) {
    return this == BINOMIAL ? Math.log(mu / (1 - mu)) : Math.log(mu);
  }

  /** The inverse link as R computes it: {@code max(exp(eta), eps)}, or the clamped logistic. */
  double linkInverse(double eta) {
    if (this != BINOMIAL) {
      return Math.max(Math.exp(eta), MACHINE_EPS);
    }
    double t = eta < -THRESH ? MACHINE_EPS : eta > THRESH ? 1 / MACHINE_EPS : Math.exp(eta);
    return t / (1 + t);
  }

  /** {@code d mu / d eta} as R computes it. */
  double muEta(double eta) {
    if (this != BINOMIAL) {
      return Math.max(Math.exp(eta), MACHINE_EPS);
    }
    if (eta > THRESH || eta < -THRESH) {
      return MACHINE_EPS;
    }
    double opexp = 1 + Math.exp(eta);
    return Math.exp(eta) / (opexp * opexp);
  }

  /** The unit deviance {@code d(y, mu)} (summed, it is the deviance). */
  double deviance(double y, double mu, double theta) {
    if (this == BINOMIAL) {
      return 2 * (yLogY(y, mu) + yLogY(1 - y, 1 - mu));
    }
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

  private static double yLogY(double y, double mu) {
    return y != 0 ? y * Math.log(y / mu) : 0;
  }

  /**
   * R's {@code family$initialize}: {@code y + 0.1}, {@code y + (y == 0)/6} for negbin, {@code (y +
   * 0.5)/2} for binomial.
   */
  double start(double y) {
    return switch (this) {
      case NEGBIN -> y + (y == 0 ? 1.0 / 6 : 0);
      case BINOMIAL -> (y + 0.5) / 2;
      default -> y + 0.1;
    };
  }

  /** Log likelihood of one observation (quasi-Poisson has none: NaN). */
  double logLikelihood(double y, double mu, double theta) {
    return switch (this) {
      case POISSON -> y == 0 ? -mu : y * Math.log(mu) - mu - Gamma.logGamma(y + 1);
      case QUASIPOISSON -> Double.NaN;
      case BINOMIAL -> y == 1 ? Math.log(mu) : Math.log(1 - mu);
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
