package org.ceasefire.analytics.stats;

import org.hipparchus.special.Gamma;

/**
 * Maximum-likelihood shape {@code theta} of a negative binomial with known means, as R's {@code
 * MASS::theta.ml}: Newton–Raphson on the score {@code sum[psi(theta + y) - psi(theta) + log theta +
 * 1 - log(theta + mu) - (y + theta)/(mu + theta)]} from the moment estimate {@code n / sum (y/mu -
 * 1)^2}, until the step is below {@code eps^(1/4)} or 25 iterations.
 *
 * <p>For whole counts below 100,000 the differences {@code psi(theta + y) - psi(theta)} and {@code
 * psi'(theta) - psi'(theta + y)} are the exact finite sums {@code sum_{k<y} 1/(theta + k)} and
 * {@code sum_{k<y} 1/(theta + k)^2}: Hipparchus' digamma is accurate only to about 1e-9 absolute,
 * which moved theta by 2.5e-7 relative from R's on UKDriverDeaths. Larger counts use Hipparchus.
 *
 * <p>Reference: W. N. Venables and B. D. Ripley, Modern Applied Statistics with S (2002), §7.4.
 * O(n) per iteration.
 */
final class ThetaMl {

  static final int LIMIT = 25;
  private static final double EPS = Math.pow(Math.ulp(1.0), 0.25);

  private ThetaMl() {}

  static double estimate(double[] y, double[] mu) {
    int n = y.length;
    double moment = 0;
    for (int i = 0; i < n; i++) {
      double r = y[i] / mu[i] - 1;
      moment += r * r;
    }
    double t = n / moment;
    double del = 1;
    int it = 0;
    while (++it < LIMIT && Math.abs(del) > EPS) {
      t = Math.abs(t);
      del = score(t, mu, y) / info(t, mu, y);
      t += del;
    }
    if (!(t > 0) || !Double.isFinite(t)) {
      throw new IllegalArgumentException(
          "the negative binomial shape theta cannot be estimated (no overdispersion?): use"
              + " --family poisson");
    }
    return t;
  }

  private static double score(double t, double[] mu, double[] y) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      s +=
          digammaDifference(t, y[i])
              + Math.log(t)
              + 1
              - Math.log(t + mu[i])
              - (y[i] + t) / (mu[i] + t);
    }
    return s;
  }

  private static double info(double t, double[] mu, double[] y) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      double mt = mu[i] + t;
      s += -Gamma.trigamma(t + y[i]) + Gamma.trigamma(t) - 1 / t + 2 / mt - (y[i] + t) / (mt * mt);
    }
    return s;
  }

  /** {@code psi(t + y) - psi(t)}. */
  static double digammaDifference(double t, double y) {
    if (y == Math.rint(y) && y < 100_000) {
      double s = 0;
      for (int k = (int) y - 1; k >= 0; k--) {
        s += 1 / (t + k);
      }
      return s;
    }
    return Gamma.digamma(t + y) - Gamma.digamma(t);
  }

  /** {@code psi'(t) - psi'(t + y)}. */
  static double trigammaDifference(double t, double y) {
    if (y == Math.rint(y) && y < 100_000) {
      double s = 0;
      for (int k = (int) y - 1; k >= 0; k--) {
        double d = t + k;
        s += 1 / (d * d);
      }
      return s;
    }
    return Gamma.trigamma(t) - Gamma.trigamma(t + y);
  }
}
