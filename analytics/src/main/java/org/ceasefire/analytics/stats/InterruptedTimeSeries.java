package org.ceasefire.analytics.stats;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Segmented regression of a monthly count series around an intervention: {@code log mu_t =
 * log(exposure_t) + b0 + b1 time + b2 post + b3 time_since [+ month effects]} with {@code time} =
 * 1, 2, … (months from the first period), {@code post} = 1 from the break month on and {@code
 * time_since = max(0, time - time_break)}. {@code exp(b2)} is the level change (rate ratio at the
 * break) and {@code exp(b3)} the slope change (per month). With a comparison series (controlled
 * ITS) both series are stacked with {@code treated} = 1 for the intervention series and the changes
 * are read from {@code post:treated} and {@code time_since:treated}, net of the comparison's. The
 * counterfactual sets the change terms to 0. Columns are ordered and named as R's {@code
 * model.matrix(count ~ time + post + time_since [+ treated] + month [+ time:treated + post:treated
 * + time_since:treated])} with {@code month} a factor (January the reference).
 *
 * <p>Reference: J. Lopez Bernal, S. Cummins, A. Gasparrini, "Interrupted time series regression for
 * the evaluation of public health interventions: a tutorial", Int. J. Epidemiol. 46 (2017) 348–355.
 * Fitting by {@link Glm}: O(n p^2) per iteration.
 *
 * @param fit the model
 * @param levelChange the level change coefficient (log rate ratio)
 * @param slopeChange the slope change coefficient (log rate ratio per month)
 * @param fitted fitted counts of the intervention series
 * @param counterfactual counts expected without the intervention
 */
public record InterruptedTimeSeries(
    GlmFit fit,
    Coefficient levelChange,
    Coefficient slopeChange,
    double[] fitted,
    double[] counterfactual) {

  /** Whether calendar-month effects enter the model. */
  public enum Seasonality {
    MONTH,
    NONE
  }

  public InterruptedTimeSeries {
    fitted = fitted.clone();
    counterfactual = counterfactual.clone();
  }

  @Override
  public double[] fitted() {
    return fitted.clone();
  }

  @Override
  public double[] counterfactual() {
    return counterfactual.clone();
  }

  public static InterruptedTimeSeries fit(
      CountSeries series,
      @Nullable CountSeries comparison,
      YearMonth breakPeriod,
      Seasonality seasonality,
      Family family) {
    YearMonth origin = series.periods().isEmpty() ? breakPeriod : series.periods().get(0);
    if (comparison != null && !comparison.periods().isEmpty()) {
      YearMonth c0 = comparison.periods().get(0);
      origin = c0.isBefore(origin) ? c0 : origin;
    }
    check(series, breakPeriod, "series");
    if (comparison != null) {
      check(comparison, breakPeriod, "comparison series");
    }
    boolean controlled = comparison != null;
    TreeSet<Integer> months = new TreeSet<>();
    List<CountSeries> all = controlled ? List.of(series, comparison) : List.of(series);
    for (CountSeries s : all) {
      s.periods().forEach(p -> months.add(p.getMonthValue()));
    }
    List<String> names = new ArrayList<>(List.of("(Intercept)", "time", "post", "time_since"));
    if (controlled) {
      names.add("treated");
    }
    List<Integer> monthLevels = new ArrayList<>(months);
    if (seasonality == Seasonality.MONTH) {
      for (int m : monthLevels.subList(1, monthLevels.size())) {
        names.add("month" + m);
      }
    }
    if (controlled) {
      names.addAll(List.of("time:treated", "post:treated", "time_since:treated"));
    }
    long tBreak = origin.until(breakPeriod, ChronoUnit.MONTHS) + 1;
    int n = all.stream().mapToInt(CountSeries::size).sum();
    double[][] x = new double[n][];
    double[] y = new double[n];
    double[] offset = new double[n];
    int row = 0;
    for (int s = 0; s < all.size(); s++) {
      CountSeries cs = all.get(s);
      double treated = controlled && s == 0 ? 1 : 0;
      for (int i = 0; i < cs.size(); i++) {
        YearMonth p = cs.periods().get(i);
        double time = origin.until(p, ChronoUnit.MONTHS) + 1;
        double post = p.isBefore(breakPeriod) ? 0 : 1;
        double since = Math.max(0, time - tBreak);
        List<Double> r = new ArrayList<>(List.of(1.0, time, post, since));
        if (controlled) {
          r.add(treated);
        }
        if (seasonality == Seasonality.MONTH) {
          for (int m : monthLevels.subList(1, monthLevels.size())) {
            r.add(p.getMonthValue() == m ? 1.0 : 0.0);
          }
        }
        if (controlled) {
          r.addAll(List.of(time * treated, post * treated, since * treated));
        }
        x[row] = r.stream().mapToDouble(Double::doubleValue).toArray();
        y[row] = cs.counts()[i];
        offset[row] = cs.logExposure(i);
        row++;
      }
    }
    Design design = new Design(names, x);
    GlmFit fit = Glm.fit(y, design, offset, family);
    String level = controlled ? "post:treated" : "post";
    String slope = controlled ? "time_since:treated" : "time_since";
    int li = fit.index(level);
    int si = fit.index(slope);
    double[] beta = fit.beta();
    double[] fitted = new double[series.size()];
    double[] counterfactual = new double[series.size()];
    for (int i = 0; i < series.size(); i++) {
      double eta = offset[i];
      for (int j = 0; j < beta.length; j++) {
        eta += x[i][j] * beta[j];
      }
      fitted[i] = Math.exp(eta);
      counterfactual[i] = Math.exp(eta - x[i][li] * beta[li] - x[i][si] * beta[si]);
    }
    return new InterruptedTimeSeries(
        fit, fit.coefficient(level), fit.coefficient(slope), fitted, counterfactual);
  }

  private static void check(CountSeries s, YearMonth breakPeriod, String what) {
    long before = s.periods().stream().filter(p -> p.isBefore(breakPeriod)).count();
    if (before < 2 || s.size() - before < 2) {
      throw new IllegalArgumentException(
          "the "
              + what
              + " needs at least two periods before and two from the break "
              + breakPeriod
              + " on (has "
              + before
              + " and "
              + (s.size() - before)
              + ")");
    }
  }
}
