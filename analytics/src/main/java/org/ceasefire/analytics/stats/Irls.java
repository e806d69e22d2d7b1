package org.ceasefire.analytics.stats;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.jspecify.annotations.Nullable;

/**
 * Iteratively reweighted least squares for a GLM, step for step as R's {@code glm.fit}: start from
 * {@code family$initialize} means (or a given linear predictor), solve the weighted least squares
 * {@code sqrt(w) X b = sqrt(w) z} with {@code z = eta - offset + (y - mu)/mu'(eta)}, {@code w =
 * mu'(eta)^2 / V(mu)} ({@code mu' = mu} for the log link), halve the step while the deviance is not
 * finite, and stop when {@code |dev - devold| / (|dev| + 0.1) < 1e-8} (at most 25 iterations). The
 * unscaled covariance {@code (X' W X)^-1} uses the weights of the last iteration, as R's does.
 *
 * <p>Reference: P. McCullagh and J. A. Nelder, Generalized Linear Models (1989), §2.5. Each
 * iteration costs O(n p^2).
 */
final class Irls {

  static final double EPSILON = 1e-8;
  static final int MAX_ITERATIONS = 25;

  private Irls() {}

  /** The outcome of one IRLS fit. */
  record Result(
      double[] beta,
      double[] mu,
      double deviance,
      double[][] unscaledCovariance,
      double[] weights,
      int iterations,
      boolean converged) {}

  static Result fit(
      double[] y,
      double[][] x,
      double[] offset,
      Family family,
      double theta,
      double @Nullable [] etaStart) {
    int n = y.length;
    int p = n == 0 ? 0 : x[0].length;
    double[] eta = new double[n];
    double[] mu = new double[n];
    for (int i = 0; i < n; i++) {
      eta[i] = etaStart != null ? etaStart[i] : family.link(family.start(y[i]));
      mu[i] = family.linkInverse(eta[i]);
    }
    double devOld = deviance(y, mu, family, theta);
    double[] beta = new double[p];
    double[] betaOld = null;
    double[] w = new double[n];
    boolean converged = false;
    int iter = 0;
    double dev = devOld;
    while (iter < MAX_ITERATIONS) {
      iter++;
      double[][] wx = new double[n][p];
      double[] wz = new double[n];
      for (int i = 0; i < n; i++) {
        double muEta = family == Family.BINOMIAL ? family.muEta(eta[i]) : mu[i];
        w[i] = Math.sqrt(muEta * muEta / family.variance(mu[i], theta));
        double z = (eta[i] - offset[i]) + (y[i] - mu[i]) / muEta;
        wz[i] = z * w[i];
        for (int j = 0; j < p; j++) {
          wx[i][j] = x[i][j] * w[i];
        }
      }
      beta =
          new QRDecomposition(new Array2DRowRealMatrix(wx, false))
              .getSolver()
              .solve(new ArrayRealVector(wz, false))
              .toArray();
      dev = predict(x, offset, beta, eta, mu, y, family, theta);
      while (!Double.isFinite(dev) && betaOld != null) {
        for (int j = 0; j < p; j++) {
          beta[j] = (beta[j] + betaOld[j]) / 2;
        }
        dev = predict(x, offset, beta, eta, mu, y, family, theta);
      }
      if (!Double.isFinite(dev)) {
        throw new IllegalArgumentException("no valid starting values: the deviance is not finite");
      }
      if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < EPSILON) {
        converged = true;
        break;
      }
      devOld = dev;
      betaOld = beta.clone();
    }
    double[] working = new double[n];
    for (int i = 0; i < n; i++) {
      working[i] = w[i] * w[i];
    }
    return new Result(beta, mu, dev, unscaledCovariance(x, w), working, iter, converged);
  }

  static double deviance(double[] y, double[] mu, Family family, double theta) {
    double d = 0;
    for (int i = 0; i < y.length; i++) {
      d += family.deviance(y[i], mu[i], theta);
    }
    return d;
  }

  private static double predict(
      double[][] x,
      double[] offset,
      double[] beta,
      double[] eta,
      double[] mu,
      double[] y,
      Family family,
      double theta) {
    for (int i = 0; i < y.length; i++) {
      double e = offset[i];
      for (int j = 0; j < beta.length; j++) {
        e += x[i][j] * beta[j];
      }
      eta[i] = e;
      mu[i] = family.linkInverse(e);
    }
    return deviance(y, mu, family, theta);
  }

  /** {@code (X' W X)^-1} with {@code W = w^2}. */
  static double[][] unscaledCovariance(double[][] x, double[] w) {
    int n = x.length;
    int p = n == 0 ? 0 : x[0].length;
    double[][] xtwx = new double[p][p];
    for (int i = 0; i < n; i++) {
      double wi = w[i] * w[i];
      for (int a = 0; a < p; a++) {
        double xa = x[i][a] * wi;
        for (int b = 0; b <= a; b++) {
          xtwx[a][b] += xa * x[i][b];
        }
      }
    }
    for (int a = 0; a < p; a++) {
      for (int b = a + 1; b < p; b++) {
        xtwx[a][b] = xtwx[b][a];
      }
    }
    if (p == 0) {
      return xtwx;
    }
    RealMatrix m = new Array2DRowRealMatrix(xtwx, false);
    return new CholeskyDecomposition(m, 1e-14, 1e-14).getSolver().getInverse().getData();
  }
}
