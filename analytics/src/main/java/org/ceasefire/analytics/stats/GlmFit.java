package org.ceasefire.analytics.stats;

import java.util.List;

/**
 * A fitted count GLM with log link.
 *
 * @param family the family
 * @param coefficients estimates in design-column order
 * @param covariance the coefficients' covariance matrix (dispersion included)
 * @param mu fitted means
 * @param workingWeights IRLS weights {@code mu^2 / V(mu)} of the last iteration (R's {@code
 *     weights(fit, "working")})
 * @param deviance residual deviance
 * @param nullDeviance deviance of the intercept-only model (with the same offset)
 * @param aic Akaike's criterion as R reports it (NaN for quasi-Poisson)
 * @param theta the negative-binomial shape (NaN for the other families)
 * @param dispersion 1, or Pearson's chi-square over residual df for quasi-Poisson
 * @param dfResidual n minus the number of coefficients
 * @param iterations IRLS iterations (of the last fit for negbin)
 * @param converged whether IRLS (and for negbin the theta alternation) converged
 */
public record GlmFit(
    Family family,
    List<Coefficient> coefficients,
    double[][] covariance,
    double[] mu,
    double[] workingWeights,
    double deviance,
    double nullDeviance,
    double aic,
    double theta,
    double dispersion,
    int dfResidual,
    int iterations,
    boolean converged) {

  public GlmFit {
    coefficients = List.copyOf(coefficients);
    if (covariance.length != coefficients.size()) {
      throw new IllegalArgumentException("covariance must be p by p");
    }
  }

  public Coefficient coefficient(String name) {
    return coefficients.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no coefficient " + name));
  }

  public int index(String name) {
    for (int i = 0; i < coefficients.size(); i++) {
      if (coefficients.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no coefficient " + name);
  }

  public double[] beta() {
    return coefficients.stream().mapToDouble(Coefficient::estimate).toArray();
  }
}
