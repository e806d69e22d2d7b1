package org.ceasefire.analytics.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synthetic control (Abadie, Diamond and Hainmueller 2010): the program area's outcome series is
 * compared with a weighted average of untreated donor areas whose weights reproduce its pre-program
 * path.
 *
 * <p>Weights: {@code w = argmin sum_{t<T0} (x1_t - sum_j w_j x0_jt)^2} subject to {@code w_j >= 0},
 * {@code sum_j w_j = 1}, solved exactly by {@link SimplexLeastSquares}. The predictors are the
 * {@code T0} pre-program outcomes with equal importance (V = identity), a common choice; the
 * nested, data-driven V over covariates of the original paper is not implemented. The synthetic
 * series is {@code s_t = sum_j w_j x0_jt} for every period, the gap {@code x1_t - s_t}. RMSPE =
 * root mean squared gap over the pre-period (fit) and the post-period (effect); their ratio
 * post/pre measures the effect against the fit. The average effect is the mean post-period gap,
 * also as a percentage of the mean post-period synthetic value.
 *
 * <p>Inference is placebo-in-space: each donor in turn is treated as the program area with the
 * other donors as its pool (the real target left out); the p-value is the target's rank among all
 * {@code J + 1} RMSPE ratios, largest first (ties counted against the target), over {@code J + 1}
 * (ADH 2010 §III.C; Abadie, Diamond and Hainmueller 2015, AJPS 59(2), for the ratio). The smallest
 * attainable p-value is {@code 1/(J+1)}. Caveats about the design are returned with the result, not
 * hidden.
 *
 * <p>Cost: J + 1 simplex least-squares fits of a T0 by J (or J - 1) problem.
 */
public final class SyntheticControl {

  /** A donor's RMSPE fit as if it had had the program. */
  public record Placebo(
      String name, double[] gap, double preRmspe, double postRmspe, double ratio) {}

  /**
   * @param targetName the program area
   * @param preperiods T0, the number of periods before the program
   * @param weights donor weights in the donors' order (non-negative, summing to one)
   * @param synthetic the synthetic control's series, every period
   * @param gap target minus synthetic, every period
   * @param objective the pre-period sum of squared gaps (the minimised objective)
   * @param preRmspe root mean squared gap before the program
   * @param postRmspe root mean squared gap from the program on
   * @param ratio postRmspe / preRmspe (infinite when the pre-period fit is exact)
   * @param averageEffect mean post-period gap
   * @param percentEffect 100 × averageEffect / mean post-period synthetic value
   * @param placebos one per donor, in the donors' order
   * @param pValue placebo-in-space permutation p-value of the ratio
   * @param caveats plain-language warnings about this design (empty when none apply)
   */
  public record Result(
      String targetName,
      int preperiods,
      Map<String, Double> weights,
      double[] synthetic,
      double[] gap,
      double objective,
      double preRmspe,
      double postRmspe,
      double ratio,
      double averageEffect,
      double percentEffect,
      List<Placebo> placebos,
      double pValue,
      List<String> caveats) {

    public Result {
      weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
      placebos = List.copyOf(placebos);
      caveats = List.copyOf(caveats);
    }

    /**
     * The permutation p-value counting only placebos whose pre-period RMSPE is at most {@code
     * multiple} times the target's (ADH 2010 drop placebos fitted 20, 5 or 2 times worse: their
     * post-period gaps say nothing about an effect).
     */
    public double pValue(double multiple) {
      int kept = 1;
      int atLeast = 1;
      for (Placebo p : placebos) {
        if (p.preRmspe() <= multiple * preRmspe) {
          kept++;
          if (p.ratio() >= ratio) {
            atLeast++;
          }
        }
      }
      return (double) atLeast / kept;
    }
  }

  private SyntheticControl() {}

  /**
   * @param targetName the program area's name
   * @param target its outcome, one value per period
   * @param donorNames the donor areas' names (distinct, at least two)
   * @param donors {@code donors[j][t]}: donor j's outcome in period t, same periods as the target
   * @param preperiods T0: periods {@code 0..T0-1} are before the program (at least 1, fewer than
   *     the number of periods)
   */
  public static Result fit(
      String targetName,
      double[] target,
      List<String> donorNames,
      double[][] donors,
      int preperiods) {
    validate(targetName, target, donorNames, donors, preperiods);
    Fit main = fitOne(target, donors, preperiods);
    List<Placebo> placebos = new ArrayList<>();
    int j = donors.length;
    for (int d = 0; d < j; d++) {
      double[][] pool = new double[j - 1][];
      for (int k = 0, o = 0; k < j; k++) {
        if (k != d) {
          pool[o++] = donors[k];
        }
      }
      Fit f = fitOne(donors[d], pool, preperiods);
      placebos.add(new Placebo(donorNames.get(d), f.gap, f.pre, f.post, f.ratio()));
    }
    int atLeast = 1;
    for (Placebo p : placebos) {
      if (p.ratio() >= main.ratio()) {
        atLeast++;
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int d = 0; d < j; d++) {
      weights.put(donorNames.get(d), main.weights[d]);
    }
    int t = target.length;
    double gapSum = 0;
    double synthSum = 0;
    for (int i = preperiods; i < t; i++) {
      gapSum += main.gap[i];
      synthSum += main.synthetic[i];
    }
    int post = t - preperiods;
    return new Result(
        targetName,
        preperiods,
        weights,
        main.synthetic,
        main.gap,
        main.objective,
        main.pre,
        main.post,
        main.ratio(),
        gapSum / post,
        100 * gapSum / synthSum,
        placebos,
        (double) atLeast / (j + 1),
        SyntheticControlCaveats.of(target, donors, preperiods, main.pre));
  }

  private record Fit(
      double[] weights,
      double[] synthetic,
      double[] gap,
      double objective,
      double pre,
      double post) {

    double ratio() {
      if (pre == 0) {
        return post == 0 ? 0 : Double.POSITIVE_INFINITY;
      }
      return post / pre;
    }
  }

  private static Fit fitOne(double[] target, double[][] donors, int preperiods) {
    double[][] columns = new double[donors.length][];
    for (int d = 0; d < donors.length; d++) {
      columns[d] = java.util.Arrays.copyOf(donors[d], preperiods);
    }
    double[] b = java.util.Arrays.copyOf(target, preperiods);
    SimplexLeastSquares.Solution s = SimplexLeastSquares.solve(columns, b);
    int t = target.length;
    double[] synthetic = new double[t];
    double[] gap = new double[t];
    double pre = 0;
    double post = 0;
    for (int i = 0; i < t; i++) {
      for (int d = 0; d < donors.length; d++) {
        synthetic[i] += s.weights()[d] * donors[d][i];
      }
      gap[i] = target[i] - synthetic[i];
      if (i < preperiods) {
        pre += gap[i] * gap[i];
      } else {
        post += gap[i] * gap[i];
      }
    }
    return new Fit(
        s.weights(),
        synthetic,
        gap,
        s.objective(),
        Math.sqrt(pre / preperiods),
        Math.sqrt(post / (t - preperiods)));
  }

  private static void validate(
      String targetName,
      double[] target,
      List<String> donorNames,
      double[][] donors,
      int preperiods) {
    int t = target.length;
    if (t < 2) {
      throw new IllegalArgumentException(
          "the series has " + t + " period(s): at least one before and one after the program");
    }
    if (preperiods < 1 || preperiods >= t) {
      throw new IllegalArgumentException(
          "the program must start after the first period and no later than the last: "
              + preperiods
              + " pre-period(s) of "
              + t);
    }
    if (donorNames.size() != donors.length) {
      throw new IllegalArgumentException(
          donorNames.size() + " donor names for " + donors.length + " donor series");
    }
    if (donors.length < 2) {
      throw new IllegalArgumentException(
          "at least two donor areas are needed, not " + donors.length);
    }
    checkFinite(targetName, target);
    Set<String> seen = new HashSet<>();
    seen.add(targetName);
    for (int d = 0; d < donors.length; d++) {
      String name = donorNames.get(d);
      if (!seen.add(name)) {
        throw new IllegalArgumentException("donor '" + name + "' appears twice (or is the target)");
      }
      if (donors[d].length != t) {
        throw new IllegalArgumentException(
            "donor '" + name + "' has " + donors[d].length + " periods, the target " + t);
      }
      checkFinite(name, donors[d]);
    }
  }

  private static void checkFinite(String name, double[] series) {
    for (int i = 0; i < series.length; i++) {
      if (!Double.isFinite(series[i])) {
        throw new IllegalArgumentException(
            "'" + name + "' period " + (i + 1) + " is not a finite number: " + series[i]);
      }
    }
  }
}
