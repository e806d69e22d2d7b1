package org.ceasefire.analytics.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Propensity-score matching as MatchIt's {@code matchit(treat ~ covariates, method = "nearest",
 * distance = "glm")}: the propensity score {@code e(x) = P(treated | x)} by logistic regression
 * ({@link Glm} with {@link Family#BINOMIAL}, an intercept plus the covariates), then greedy
 * nearest-neighbour matching on {@code e(x)} without replacement ({@link
 * NearestNeighbourMatching}), treated units in descending score by default, 1:k, with an optional
 * caliper of {@code c} standard deviations of the score over all units. Matching weights as
 * MatchIt: 1 for a matched treated unit, {@code sum 1/k_i} over the treated units a control serves
 * (k_i = that unit's number of controls), control weights rescaled to sum to the number of matched
 * controls; 0 for unmatched units. The balance table compares every covariate (and the score, named
 * {@code distance}) before and after matching ({@link MatchingBalance}); the estimand is the effect
 * on the (matched) treated, ATT.
 *
 * <p>Reference: P. R. Rosenbaum and D. B. Rubin, Biometrika 70 (1983); D. E. Ho, K. Imai, G. King
 * and E. A. Stuart, J. Stat. Software 42(8) (2011) and MatchIt 4.5 (matched exactly: same scores,
 * same pairs, same balance table). Cost: the logistic fit O(iterations n p^2), the matching O(n log
 * n) plus the scans, the balance O(p n log n).
 */
public final class PropensityMatching {

  /** Largest |standardised mean difference| after matching that is not flagged. */
  static final double BALANCE_THRESHOLD = 0.1;

  private PropensityMatching() {}

  /** A matched pair of unit indices (0-based rows); {@code round} is 1..k in 1:k matching. */
  public record Pair(int treated, int control, int round) {}

  /** Balance before (all units) and after matching, one row per variable, distance first. */
  public record Balance(List<MatchingBalance> before, List<MatchingBalance> after) {
    public Balance {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /**
   * @param model the propensity model (logistic regression)
   * @param propensity each unit's estimated score
   * @param caliperWidth the caliper in score units (NaN without one)
   * @param pairs matched pairs in matching order
   * @param weights matching weights per unit (0 when unmatched)
   * @param unmatchedTreated treated units without any control
   * @param unmatchedControls controls not used
   * @param balance the balance table
   * @param caveats plain-language warnings (empty when none apply)
   */
  public record Result(
      GlmFit model,
      double[] propensity,
      double caliperWidth,
      List<Pair> pairs,
      double[] weights,
      int[] unmatchedTreated,
      int[] unmatchedControls,
      Balance balance,
      List<String> caveats) {

    public Result {
      pairs = List.copyOf(pairs);
      caveats = List.copyOf(caveats);
    }
  }

  public static Result match(
      List<String> covariateNames,
      double[][] covariates,
      boolean[] treated,
      MatchingOptions options) {
    int n = treated.length;
    int p = covariateNames.size();
    validate(covariateNames, covariates, treated);
    List<String> names = new ArrayList<>();
    names.add("(Intercept)");
    names.addAll(covariateNames);
    double[][] x = new double[n][p + 1];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = 1;
      System.arraycopy(covariates[i], 0, x[i], 1, p);
      y[i] = treated[i] ? 1 : 0;
    }
    GlmFit model = Glm.fit(y, new Design(names, x), null, Family.BINOMIAL);
    double[] score = model.mu().clone();
    double width = Double.isNaN(options.caliper()) ? Double.NaN : options.caliper() * sd(score);
    List<NearestNeighbourMatching.Match> m =
        NearestNeighbourMatching.match(
            score,
            treated,
            order(score, treated, options),
            options.ratio(),
            Double.isNaN(width) ? Double.POSITIVE_INFINITY : width);
    List<Pair> pairs = new ArrayList<>();
    for (NearestNeighbourMatching.Match mm : m) {
      pairs.add(new Pair(mm.treated(), mm.control(), mm.round()));
    }
    double[] weights = weights(pairs, n, treated);
    List<MatchingBalance> before = new ArrayList<>();
    List<MatchingBalance> after = new ArrayList<>();
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1);
    before.add(MatchingBalance.of("distance", score, treated, ones));
    after.add(MatchingBalance.of("distance", score, treated, weights));
    for (int j = 0; j < p; j++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = covariates[i][j];
      }
      before.add(MatchingBalance.of(covariateNames.get(j), col, treated, ones));
      after.add(MatchingBalance.of(covariateNames.get(j), col, treated, weights));
    }
    int[] unmatchedTreated =
        IntStream.range(0, n).filter(i -> treated[i] && weights[i] == 0).toArray();
    int[] unmatchedControls =
        IntStream.range(0, n).filter(i -> !treated[i] && weights[i] == 0).toArray();
    Balance balance = new Balance(before, after);
    return new Result(
        model,
        score,
        width,
        pairs,
        weights,
        unmatchedTreated,
        unmatchedControls,
        balance,
        caveats(treated, options, unmatchedTreated, pairs, balance));
  }

  /** Treated unit indices in MatchIt's {@code m.order} (stable: ties keep input order). */
  static int[] order(double[] score, boolean[] treated, MatchingOptions options) {
    Integer[] t =
        IntStream.range(0, score.length).filter(i -> treated[i]).boxed().toArray(Integer[]::new);
    switch (options.order()) {
      case LARGEST -> java.util.Arrays.sort(t, Comparator.comparingDouble(i -> -score[i]));
      case SMALLEST -> java.util.Arrays.sort(t, Comparator.comparingDouble(i -> score[i]));
      case RANDOM ->
          java.util.Collections.shuffle(java.util.Arrays.asList(t), new Random(options.seed()));
      case DATA -> {}
    }
    return java.util.Arrays.stream(t).mapToInt(Integer::intValue).toArray();
  }

  /** MatchIt's {@code weights_matrixC}. */
  static double[] weights(List<Pair> pairs, int n, boolean[] treated) {
    int[] k = new int[n];
    for (Pair pr : pairs) {
      k[pr.treated()]++;
    }
    double[] w = new double[n];
    for (Pair pr : pairs) {
      w[pr.treated()] = 1;
      w[pr.control()] += 1.0 / k[pr.treated()];
    }
    double sum = 0;
    int used = 0;
    for (int i = 0; i < n; i++) {
      if (!treated[i] && w[i] > 0) {
        sum += w[i];
        used++;
      }
    }
    if (sum > 0 && sum != used) {
      for (int i = 0; i < n; i++) {
        if (!treated[i]) {
          w[i] *= used / sum;
        }
      }
    }
    return w;
  }

  private static double sd(double[] x) {
    double m = 0;
    for (double v : x) {
      m += v;
    }
    m /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (x.length - 1));
  }

  private static List<String> caveats(
      boolean[] treated,
      MatchingOptions options,
      int[] unmatchedTreated,
      List<Pair> pairs,
      Balance balance) {
    List<String> caveats = new ArrayList<>();
    long n1 = IntStream.range(0, treated.length).filter(i -> treated[i]).count();
    long n0 = treated.length - n1;
    if (n0 < n1 * options.ratio()) {
      caveats.add(
          n0
              + " controls for "
              + n1
              + " treated units at "
              + options.ratio()
              + " control(s) each: not every treated unit can get its matches");
    }
    if (unmatchedTreated.length > 0) {
      caveats.add(
          unmatchedTreated.length
              + " of "
              + n1
              + " treated units have no match and are left out: the comparison is then for the"
              + " matched treated units only, not for all treated units");
    }
    List<String> poor = new ArrayList<>();
    for (MatchingBalance b : balance.after()) {
      if (Math.abs(b.stdMeanDiff()) > BALANCE_THRESHOLD) {
        poor.add(String.format(Locale.ROOT, "%s (%.3f)", b.variable(), b.stdMeanDiff()));
      }
    }
    if (!poor.isEmpty() && !pairs.isEmpty()) {
      caveats.add(
          "after matching the standardised mean difference exceeds "
              + BALANCE_THRESHOLD
              + " for "
              + String.join(", ", poor)
              + ": the groups still differ on these; consider a caliper, other covariates or"
              + " adjusting for them in the outcome model");
    }
    return caveats;
  }

  private static void validate(List<String> names, double[][] covariates, boolean[] treated) {
    int n = treated.length;
    if (covariates.length != n) {
      throw new IllegalArgumentException(
          covariates.length + " covariate rows for " + n + " treatment indicators");
    }
    int n1 = 0;
    for (int i = 0; i < n; i++) {
      if (covariates[i].length != names.size()) {
        throw new IllegalArgumentException(
            "unit "
                + (i + 1)
                + " has "
                + covariates[i].length
                + " covariates, not "
                + names.size());
      }
      for (int j = 0; j < names.size(); j++) {
        if (!Double.isFinite(covariates[i][j])) {
          throw new IllegalArgumentException(
              "unit " + (i + 1) + " covariate " + names.get(j) + " is not a finite number");
        }
      }
      n1 += treated[i] ? 1 : 0;
    }
    if (n1 == 0) {
      throw new IllegalArgumentException("no treated units: nothing to match");
    }
    if (n1 == n) {
      throw new IllegalArgumentException("no control units: nothing to match with");
    }
  }
}
