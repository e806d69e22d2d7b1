package org.ceasefire.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The Kaplan–Meier estimate {@code S(t) = prod_{t_j <= t} (1 - d_j / n_j)} at every distinct time
 * (event or censoring), with Greenwood's variance on the log scale {@code se(log S) = sqrt(sum d_j
 * / (n_j (n_j - d_j)))} and the 95% interval {@code S exp(±1.96 se)}, the upper end capped at 1 —
 * R's {@code survfit(conf.type = "log")}, the default. Subjects censored at t are at risk at t. The
 * interval is NaN once S reaches 0.
 *
 * <p>Reference: E. L. Kaplan and P. Meier, JASA 53 (1958); M. Greenwood (1926). O(n log n).
 */
public final class KaplanMeier {

  private static final double Z975 =
      new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

  private KaplanMeier() {}

  /** One step of the curve. */
  public record Step(
      double time,
      int atRisk,
      int events,
      int censored,
      double survival,
      double se,
      double lower,
      double upper) {}

  public static List<Step> of(SurvivalData data) {
    int[] order = data.order();
    int n = order.length;
    List<Step> steps = new ArrayList<>();
    double s = 1;
    double greenwood = 0;
    int i = 0;
    while (i < n) {
      double t = data.timeAt(order[i]);
      int atRisk = n - i;
      int d = 0;
      int c = 0;
      while (i < n && data.timeAt(order[i]) == t) {
        if (data.eventAt(order[i])) {
          d++;
        } else {
          c++;
        }
        i++;
      }
      if (d > 0) {
        s *= 1 - (double) d / atRisk;
        greenwood +=
            atRisk == d ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
      }
      double se = Math.sqrt(greenwood);
      double lower = Double.NaN;
      double upper = Double.NaN;
      if (s > 0 && Double.isFinite(se)) {
        lower = s * Math.exp(-Z975 * se);
        upper = Math.min(1, s * Math.exp(Z975 * se));
      }
      steps.add(new Step(t, atRisk, d, c, s, se, lower, upper));
    }
    return steps;
  }
}
