package org.ceasefire.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Difference-in-differences for counts: {@code log mu = log(exposure) + b0 + b1 treated + b2 post +
 * b3 treated:post} by Poisson or negative-binomial regression; {@code exp(b3)} is the ratio of the
 * treated group's before/after rate ratio to the comparison group's. Standard errors are
 * cluster-robust ({@link ClusterRobust}, CR1) by the given clusters, or HC1 (each row a cluster)
 * without them; Wald z tests and 95% intervals use them. Named as R's {@code model.matrix(y ~
 * treated + post + treated:post)} with the columns' own names.
 *
 * <p>Reference: J. D. Angrist and J.-S. Pischke, Mostly Harmless Econometrics (2009), ch. 5; M.
 * Bertrand, E. Duflo, S. Mullainathan, QJE 119 (2004) on clustering. O(n) plus the GLM fit.
 *
 * @param fit the model (with model-based errors)
 * @param robust coefficients with cluster-robust errors
 * @param effect the interaction coefficient (robust): log rate ratio of the intervention
 * @param clusters the number of clusters
 */
public record DifferenceInDifferences(
    GlmFit fit, List<Coefficient> robust, Coefficient effect, int clusters) {

  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

  public DifferenceInDifferences {
    robust = List.copyOf(robust);
  }

  public static DifferenceInDifferences fit(
      double[] y,
      Variable.Numeric treated,
      Variable.Numeric post,
      String @Nullable [] cluster,
      double @Nullable [] offset,
      Family family) {
    int n = y.length;
    for (Variable.Numeric v : List.of(treated, post)) {
      for (double d : v.values()) {
        if (d != 0 && d != 1) {
          throw new IllegalArgumentException(v.name() + " must be 0 or 1, not " + d);
        }
      }
    }
    String interaction = treated.name() + ":" + post.name();
    List<String> names = List.of("(Intercept)", treated.name(), post.name(), interaction);
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {1, treated.at(i), post.at(i), treated.at(i) * post.at(i)};
    }
    GlmFit fit = Glm.fit(y, new Design(names, x), offset, family);
    String[] clusters = cluster;
    if (clusters == null) {
      clusters = new String[n];
      for (int i = 0; i < n; i++) {
        clusters[i] = Integer.toString(i);
      }
    }
    ClusterRobust.Result v = ClusterRobust.covariance(fit, y, x, clusters);
    double z975 = NORMAL.inverseCumulativeProbability(0.975);
    List<Coefficient> robust = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      double b = fit.coefficients().get(j).estimate();
      double se = Math.sqrt(v.covariance()[j][j]);
      double z = b / se;
      robust.add(
          new Coefficient(
              names.get(j),
              b,
              se,
              z,
              2 * NORMAL.cumulativeProbability(-Math.abs(z)),
              b - z975 * se,
              b + z975 * se));
    }
    return new DifferenceInDifferences(fit, robust, robust.get(3), v.clusters());
  }
}
