package org.ceasefire.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ceasefire.analytics.stats.CountSeries;
import org.ceasefire.analytics.stats.Family;
import org.ceasefire.analytics.stats.GlmFit;
import org.ceasefire.analytics.stats.InterruptedTimeSeries;
import org.jspecify.annotations.Nullable;

/**
 * Interrupted time series of the target's monthly outcome around the program's first whole month,
 * with month-of-year seasonality (Lopez Bernal et al. 2017), optionally controlled by the
 * comparison places. Poisson unless the Poisson fit is overdispersed (Pearson chi-square over
 * residual df above {@link #OVERDISPERSED}), then negative binomial.
 */
final class ItsDesign {

  static final double OVERDISPERSED = 1.5;
  static final int MIN_PRE_MONTHS = 24;
  static final int MIN_POST_MONTHS = 12;
  static final int MIN_EVENTS = 20;

  private ItsDesign() {}

  /** One month of the chart. */
  record Row(String period, double count, double fitted, double counterfactual) {}

  record Result(
      boolean controlled,
      String family,
      String familyReason,
      Estimate level,
      Estimate slope,
      List<Row> series,
      String headline,
      List<Caveat> caveats,
      String command,
      List<InputFile> files) {}

  static Result run(
      String measure, YearMonth start, PlaceSeries target, @Nullable PlaceSeries comparison) {
    CountSeries main = series(target);
    CountSeries control = comparison == null ? null : series(comparison);
    InterruptedTimeSeries poisson =
        InterruptedTimeSeries.fit(
            main, control, start, InterruptedTimeSeries.Seasonality.MONTH, Family.POISSON);
    double dispersion = pearson(poisson.fit(), main, control);
    InterruptedTimeSeries its = poisson;
    String reason =
        String.format(
            Locale.ROOT,
            "Poisson: the Poisson fit's Pearson chi-square over residual df is %.2f, not above %.1f,"
                + " so the counts vary no more than Poisson allows",
            dispersion,
            OVERDISPERSED);
    if (dispersion > OVERDISPERSED) {
      its =
          InterruptedTimeSeries.fit(
              main, control, start, InterruptedTimeSeries.Seasonality.MONTH, Family.NEGBIN);
      reason =
          String.format(
              Locale.ROOT,
              "negative binomial: the Poisson fit's Pearson chi-square over residual df is %.2f,"
                  + " above %.1f (the counts vary more than Poisson allows); theta = %.2f",
              dispersion,
              OVERDISPERSED,
              its.fit().theta());
    }
    Family family = its.fit().family();
    Estimate level = Estimate.of(its.levelChange());
    Estimate slope = Estimate.of(its.slopeChange());
    List<Row> rows = new ArrayList<>();
    double[] fitted = its.fitted();
    double[] cf = its.counterfactual();
    for (int i = 0; i < main.size(); i++) {
      rows.add(new Row(main.periods().get(i).toString(), main.counts()[i], fitted[i], cf[i]));
    }
    String headline =
        capital(measure)
            + " in "
            + target.name()
            + " "
            + level.change()
            + " at the program's start relative to the pre-program trend"
            + (comparison == null ? "" : ", net of the change in " + comparison.name())
            + "; the monthly trend afterwards "
            + slope.change()
            + ".";
    List<InputFile> files = new ArrayList<>();
    files.add(new InputFile("its-series.csv", csv(main), false));
    String command =
        "ceasefire analyze its --series its-series.csv --break "
            + start
            + " --seasonality month --family "
            + (family == Family.NEGBIN ? "negbin" : "poisson");
    if (control != null) {
      files.add(new InputFile("its-comparison.csv", csv(control), false));
      command += " --comparison its-comparison.csv";
    }
    return new Result(
        control != null,
        family == Family.NEGBIN ? "negative binomial" : "Poisson",
        reason,
        level,
        slope,
        rows,
        headline,
        caveats(start, target),
        command,
        files);
  }

  private static List<Caveat> caveats(YearMonth start, PlaceSeries target) {
    List<Caveat> out = new ArrayList<>();
    long pre = target.months().stream().filter(m -> m.isBefore(start)).count();
    long post = target.months().size() - pre;
    if (pre < MIN_PRE_MONTHS) {
      out.add(
          new Caveat(
              "short_pre_period",
              "Only "
                  + pre
                  + " months before the program (fewer than "
                  + MIN_PRE_MONTHS
                  + "): the pre-program trend and the seasonality are poorly estimated."));
    }
    if (post < MIN_POST_MONTHS) {
      out.add(
          new Caveat(
              "short_post_period",
              "Only " + post + " months since the start (fewer than " + MIN_POST_MONTHS + ")."));
    }
    double before = target.total(start, false);
    double after = target.total(start, true);
    if (before < MIN_EVENTS || after < MIN_EVENTS) {
      out.add(
          new Caveat(
              "few_events",
              String.format(
                  Locale.ROOT,
                  "Few events: %.0f before and %.0f after the start (fewer than %d on a side);"
                      + " the interval is wide and a handful of incidents can move it.",
                  before,
                  after,
                  MIN_EVENTS)));
    }
    return out;
  }

  /** Pearson chi-square over residual degrees of freedom of a fit on the stacked series. */
  static double pearson(GlmFit fit, CountSeries main, @Nullable CountSeries control) {
    double[] mu = fit.mu();
    double chi = 0;
    int i = 0;
    for (CountSeries s : control == null ? List.of(main) : List.of(main, control)) {
      for (double y : s.counts()) {
        chi += (y - mu[i]) * (y - mu[i]) / mu[i];
        i++;
      }
    }
    return chi / fit.dfResidual();
  }

  static CountSeries series(PlaceSeries p) {
    return new CountSeries(p.months(), p.counts(), null);
  }

  static String csv(CountSeries s) {
    StringBuilder b = new StringBuilder("period,count\n");
    for (int i = 0; i < s.size(); i++) {
      b.append(s.periods().get(i)).append(',').append(whole(s.counts()[i])).append('\n');
    }
    return b.toString();
  }

  static String whole(double count) {
    return Long.toString(Math.round(count));
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
