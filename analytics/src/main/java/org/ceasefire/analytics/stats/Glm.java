package org.ceasefire.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.QRDecomposition;
import org.jspecify.annotations.Nullable;

/**
 * Count regression with the log link, {@code log E[y] = offset + X b}, as R's {@code glm(family =
 * poisson | quasipoisson)} and {@code MASS::glm.nb}, and logistic regression of a 0/1 outcome,
 * {@code logit P(y = 1) = offset + X b}, as {@code glm(family = binomial)}: IRLS ({@link Irls}),
 * Wald z tests (t tests with the residual df for quasi-Poisson, whose dispersion is Pearson's
 * chi-square over the residual df), Wald 95% intervals, deviance, null deviance (refitting the
 * intercept with the offset, as {@code glm} does) and AIC.
 *
 * <p>Refuses what R would fit only with warnings: a response that is all zero, a 0/1 column whose
 * rows all have zero counts (perfect separation: the estimate runs to minus infinity, where R stops
 * near -20 to -40 with an enormous standard error), collinear columns (R reports NA) and, for
 * Poisson and negative binomial, non-integer counts. For binomial: outcomes other than 0 and 1, an
 * outcome that is all 0 or all 1, a 0/1 column whose rows (or whose other rows) all share one
 * outcome, and any fit with probabilities numerically 0 or 1 (separation: R warns "fitted
 * probabilities numerically 0 or 1 occurred" and reports huge coefficients). O(n p^2) per IRLS
 * iteration.
 */
public final class Glm {

  private static final double Z975 =
      new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

  private Glm() {}

  public static GlmFit fit(double[] y, Design design, double @Nullable [] offset, Family family) {
    double[] off = offset == null ? new double[y.length] : offset;
    validate(y, design, off, family);
    if (family == Family.NEGBIN) {
      return NegativeBinomialGlm.fit(y, design, off);
    }
    Irls.Result r = Irls.fit(y, design.x(), off, family, Double.NaN, null);
    double nullDeviance = nullDeviance(y, design, off, family, Double.NaN);
    double aic = Double.NaN;
    if (family == Family.POISSON || family == Family.BINOMIAL) {
      aic = -2 * logLikelihood(y, r.mu(), family, Double.NaN) + 2 * design.columns();
    }
    if (family == Family.BINOMIAL) {
      checkFittedProbabilities(r.mu());
    }
    return assemble(y, design, family, r, nullDeviance, aic, Double.NaN);
  }

  static GlmFit assemble(
      double[] y,
      Design design,
      Family family,
      Irls.Result r,
      double nullDeviance,
      double aic,
      double theta) {
    int n = design.rows();
    int p = design.columns();
    int df = n - p;
    double dispersion = 1;
    if (family.estimatesDispersion()) {
      // As summary.glm: working weights of the last IRLS iteration times squared working
      // residuals; at convergence this is Pearson's chi-square.
      double pearson = 0;
      for (int i = 0; i < n; i++) {
        double res = (y[i] - r.mu()[i]) / r.mu()[i];
        pearson += r.weights()[i] * res * res;
      }
      dispersion = df > 0 ? pearson / df : Double.NaN;
    }
    double[][] cov = new double[p][p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        cov[a][b] = r.unscaledCovariance()[a][b] * dispersion;
      }
    }
    TDistribution t = family.estimatesDispersion() && df > 0 ? new TDistribution(df) : null;
    NormalDistribution normal = new NormalDistribution(0, 1);
    List<Coefficient> coefs = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      double b = r.beta()[j];
      double se = Math.sqrt(cov[j][j]);
      double z = b / se;
      double pValue =
          2
              * (t != null
                  ? t.cumulativeProbability(-Math.abs(z))
                  : normal.cumulativeProbability(-Math.abs(z)));
      coefs.add(
          new Coefficient(design.names().get(j), b, se, z, pValue, b - Z975 * se, b + Z975 * se));
    }
    return new GlmFit(
        family,
        coefs,
        cov,
        r.mu(),
        r.weights(),
        r.deviance(),
        nullDeviance,
        aic,
        theta,
        dispersion,
        df,
        r.iterations(),
        r.converged());
  }

  static double logLikelihood(double[] y, double[] mu, Family family, double theta) {
    double l = 0;
    for (int i = 0; i < y.length; i++) {
      l += family.logLikelihood(y[i], mu[i], theta);
    }
    return l;
  }

  /** As {@code glm}: the intercept-only model's deviance, refitted when there is an offset. */
  static double nullDeviance(
      double[] y, Design design, double[] offset, Family family, double theta) {
    int n = y.length;
    boolean hasOffset = Arrays.stream(offset).anyMatch(o -> o != 0);
    double[] mu = new double[n];
    if (!design.hasIntercept()) {
      for (int i = 0; i < n; i++) {
        mu[i] = family.linkInverse(offset[i]);
      }
    } else if (!hasOffset) {
      Arrays.fill(mu, Arrays.stream(y).sum() / n);
    } else {
      double[][] ones = new double[n][1];
      for (double[] row : ones) {
        row[0] = 1;
      }
      return Irls.fit(y, ones, offset, family, theta, null).deviance();
    }
    return Irls.deviance(y, mu, family, theta);
  }

  static void validate(double[] y, Design design, double[] offset, Family family) {
    int n = y.length;
    int p = design.columns();
    if (n == 0) {
      throw new IllegalArgumentException("no observations");
    }
    if (design.rows() != n || offset.length != n) {
      throw new IllegalArgumentException("response, design and offset lengths differ");
    }
    if (n < p || (family == Family.QUASIPOISSON && n == p)) {
      throw new IllegalArgumentException(
          n + " observations are too few for " + p + " coefficients");
    }
    if (family == Family.BINOMIAL) {
      validateBinary(y, design);
      checkRank(design);
      return;
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (!(y[i] >= 0) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("counts must be non-negative: row " + (i + 1));
      }
      if (family != Family.QUASIPOISSON && y[i] != Math.rint(y[i])) {
        throw new IllegalArgumentException(
            "counts must be whole numbers for " + family.name().toLowerCase() + ": row " + (i + 1));
      }
      total += y[i];
    }
    if (total == 0) {
      throw new IllegalArgumentException(
          "every count is zero: rates cannot be estimated (R reports an intercept near -20 with an"
              + " enormous standard error)");
    }
    checkSeparation(y, design);
    checkRank(design);
  }

  private static void validateBinary(double[] y, Design design) {
    double ones = 0;
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException("the outcome must be 0 or 1: row " + (i + 1));
      }
      ones += y[i];
    }
    if (ones == 0 || ones == y.length) {
      throw new IllegalArgumentException(
          "the outcome is " + (ones == 0 ? 0 : 1) + " in every row: nothing to model");
    }
    for (int j = 0; j < design.columns(); j++) {
      String name = design.names().get(j);
      if (name.equals("(Intercept)")) {
        continue;
      }
      double[] c = design.column(j);
      if (!java.util.Arrays.stream(c).allMatch(v -> v == 0 || v == 1)) {
        continue;
      }
      for (int level = 0; level <= 1; level++) {
        double n1 = 0;
        double s1 = 0;
        for (int i = 0; i < y.length; i++) {
          if (c[i] == level) {
            n1++;
            s1 += y[i];
          }
        }
        if (n1 > 0 && (s1 == 0 || s1 == n1)) {
          throw new IllegalArgumentException(
              "perfect separation: every row with "
                  + name
                  + " = "
                  + level
                  + " has outcome "
                  + (s1 == 0 ? 0 : 1)
                  + ", so its coefficient runs to infinity (R warns \"fitted probabilities"
                  + " numerically 0 or 1\"); merge or drop that category");
        }
      }
    }
  }

  private static void checkFittedProbabilities(double[] mu) {
    double eps = 10 * Math.ulp(1.0);
    for (int i = 0; i < mu.length; i++) {
      if (mu[i] < eps || mu[i] > 1 - eps) {
        throw new IllegalArgumentException(
            "perfect separation: the fitted probability of row "
                + (i + 1)
                + " is numerically "
                + (mu[i] < eps ? 0 : 1)
                + " (some combination of the covariates predicts the outcome exactly), so the"
                + " coefficients run to infinity; drop or merge covariates");
      }
    }
  }

  private static void checkSeparation(double[] y, Design design) {
    for (int j = 0; j < design.columns(); j++) {
      boolean dummy = true;
      boolean any = false;
      double sum = 0;
      for (int i = 0; i < y.length && dummy; i++) {
        double v = design.x()[i][j];
        dummy = v == 0 || v == 1;
        if (v == 1) {
          any = true;
          sum += y[i];
        }
      }
      if (dummy && any && sum == 0 && !design.names().get(j).equals("(Intercept)")) {
        String name = design.names().get(j);
        throw new IllegalArgumentException(
            "perfect separation: every row with "
                + name
                + " = 1 has a zero count, so its rate ratio is 0 and its coefficient cannot be"
                + " estimated (R stops near -20 with an enormous standard error); merge or drop"
                + " that category");
      }
    }
  }

  private static void checkRank(Design design) {
    int n = design.rows();
    for (int k = 1; k <= design.columns(); k++) {
      double[][] sub = new double[n][k];
      for (int j = 0; j < k; j++) {
        double norm = 0;
        for (int i = 0; i < n; i++) {
          norm += design.x()[i][j] * design.x()[i][j];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < n; i++) {
          sub[i][j] = norm == 0 ? 0 : design.x()[i][j] / norm;
        }
      }
      boolean full =
          new QRDecomposition(new Array2DRowRealMatrix(sub, false), 1e-9)
              .getSolver()
              .isNonSingular();
      if (!full) {
        throw new IllegalArgumentException(
            "column "
                + design.names().get(k - 1)
                + " is a linear combination of the columns before it (R would report NA): drop it");
      }
    }
  }
}
