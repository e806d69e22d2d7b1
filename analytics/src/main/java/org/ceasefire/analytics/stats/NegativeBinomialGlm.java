package org.ceasefire.analytics.stats;

/**
 * Negative binomial regression with theta by maximum likelihood, replicating {@code MASS::glm.nb}:
 * a Poisson fit, {@link ThetaMl} on its means, then alternate (IRLS with theta fixed, from the
 * previous means; theta re-estimated on the previous means) until {@code |L0 - L|/d1 + |dtheta|/d2
 * <= 1e-8} with {@code d1 = sqrt(2 max(1, df))}, {@code d2 = 1}, at most 25 times. Standard errors
 * treat theta as known (dispersion 1); {@code AIC = -2 L + 2p + 2}.
 *
 * <p>Reference: Venables and Ripley, Modern Applied Statistics with S (2002), §7.4. O(n p^2) per
 * IRLS iteration.
 */
final class NegativeBinomialGlm {

  private NegativeBinomialGlm() {}

  static GlmFit fit(double[] y, Design design, double[] offset) {
    double[][] x = design.x();
    int n = y.length;
    Irls.Result fit = Irls.fit(y, x, offset, Family.POISSON, Double.NaN, null);
    double[] mu = fit.mu();
    double theta = ThetaMl.estimate(y, mu);
    double fitTheta = theta;
    double d1 = Math.sqrt(2 * Math.max(1, n - design.columns()));
    double d2 = 1;
    double del = 1;
    double lm = Glm.logLikelihood(y, mu, Family.NEGBIN, theta);
    double lm0 = lm + 2 * d1;
    int iter = 0;
    while (++iter <= Irls.MAX_ITERATIONS
        && Math.abs(lm0 - lm) / d1 + Math.abs(del) / d2 > Irls.EPSILON) {
      double[] eta = new double[n];
      for (int i = 0; i < n; i++) {
        eta[i] = Math.log(mu[i]);
      }
      fitTheta = theta;
      fit = Irls.fit(y, x, offset, Family.NEGBIN, fitTheta, eta);
      double t0 = theta;
      theta = ThetaMl.estimate(y, mu);
      mu = fit.mu();
      del = t0 - theta;
      lm0 = lm;
      lm = Glm.logLikelihood(y, mu, Family.NEGBIN, theta);
    }
    boolean converged = fit.converged() && iter <= Irls.MAX_ITERATIONS;
    double nullDeviance = Glm.nullDeviance(y, design, offset, Family.NEGBIN, fitTheta);
    if (java.util.Arrays.stream(offset).anyMatch(o -> o != 0) && design.hasIntercept()) {
      nullDeviance = Glm.nullDeviance(y, design, offset, Family.NEGBIN, theta);
    }
    double aic = -2 * lm + 2 * design.columns() + 2;
    Irls.Result last =
        new Irls.Result(
            fit.beta(),
            fit.mu(),
            fit.deviance(),
            fit.unscaledCovariance(),
            fit.weights(),
            fit.iterations(),
            converged);
    return Glm.assemble(y, design, Family.NEGBIN, last, nullDeviance, aic, theta);
  }
}
