package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.stats.Coefficient;
import org.ceasefire.analytics.stats.CountSeries;
import org.ceasefire.analytics.stats.Family;
import org.ceasefire.analytics.stats.InterruptedTimeSeries;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze its}: segmented regression of a monthly count series around a break. */
@Command(
    name = "its",
    mixinStandardHelpOptions = true,
    description =
        "Interrupted time series: level and slope change of a monthly count series"
            + " (period,count[,exposure]) at --break, optionally against a comparison series.")
final class ItsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--series", required = true, description = "CSV: period,count[,exposure]")
  Path series;

  @Option(
      names = "--break",
      required = true,
      description = "First period under the intervention, YYYY-MM")
  String breakPeriod;

  @Option(names = "--seasonality", defaultValue = "month", description = "month (default) or none")
  String seasonality;

  @Option(names = "--family", defaultValue = "poisson", description = "poisson (default) or negbin")
  String family;

  @Option(names = "--comparison", description = "A comparison series (controlled ITS)")
  @Nullable Path comparison;

  @Option(names = "--out", description = "Output JSON file (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    YearMonth brk;
    try {
      brk = YearMonth.parse(breakPeriod.length() >= 7 ? breakPeriod.substring(0, 7) : breakPeriod);
    } catch (DateTimeParseException e) {
      throw new InputException("--break: expected a month YYYY-MM, not '" + breakPeriod + "'");
    }
    InterruptedTimeSeries.Seasonality season =
        switch (seasonality) {
          case "month" -> InterruptedTimeSeries.Seasonality.MONTH;
          case "none" -> InterruptedTimeSeries.Seasonality.NONE;
          default ->
              throw new InputException(
                  "--seasonality: expected month or none, not '" + seasonality + "'");
        };
    Family fam = GlmCommand.family(family);
    if (fam == Family.QUASIPOISSON) {
      throw new InputException("--family: expected poisson or negbin");
    }
    CountSeries main = read(series);
    CountSeries control = comparison == null ? null : read(comparison);
    InterruptedTimeSeries its;
    try {
      its = InterruptedTimeSeries.fit(main, control, brk, season, fam);
    } catch (IllegalArgumentException e) {
      throw new InputException(series + ": " + e.getMessage());
    }
    JsonOutput.write(toJson(main, its), out, spec.commandLine().getOut());
    return 0;
  }

  static CountSeries read(Path file) {
    CsvTable t = CsvTable.read(file);
    int period = t.column("period");
    List<YearMonth> periods = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      String p = t.required(r, period);
      YearMonth ym;
      try {
        ym = YearMonth.parse(p.length() >= 7 ? p.substring(0, 7) : p);
      } catch (DateTimeParseException e) {
        throw t.error(r, period, "expected a month YYYY-MM (or a date), not '" + p + "'");
      }
      if (r > 0 && !ym.isAfter(periods.get(r - 1))) {
        throw t.error(r, period, "periods must increase: " + ym + " follows " + periods.get(r - 1));
      }
      periods.add(ym);
    }
    double[] counts = ModelData.counts(t, "count", true);
    double[] exposure = null;
    if (t.has("exposure")) {
      double[] log = ModelData.logExposure(t, "exposure");
      exposure = new double[log.length];
      for (int i = 0; i < log.length; i++) {
        exposure[i] = Math.exp(log[i]);
      }
    }
    return new CountSeries(periods, counts, exposure);
  }

  static Map<String, Object> effect(Coefficient c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("estimate", c.estimate());
    m.put("se", c.se());
    m.put("rate_ratio", c.ratio());
    m.put("ci_low", Math.exp(c.ciLow()));
    m.put("ci_high", Math.exp(c.ciHigh()));
    m.put("p", c.p());
    return m;
  }

  static Map<String, Object> toJson(CountSeries s, InterruptedTimeSeries its) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("level_change", effect(its.levelChange()));
    result.put("slope_change", effect(its.slopeChange()));
    List<Map<String, Object>> rows = new ArrayList<>();
    double[] fitted = its.fitted();
    double[] counterfactual = its.counterfactual();
    for (int i = 0; i < s.size(); i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("period", s.periods().get(i).toString());
      m.put("count", s.counts()[i]);
      m.put("fitted", fitted[i]);
      m.put("counterfactual", counterfactual[i]);
      rows.add(m);
    }
    result.put("series", rows);
    result.put("glm", GlmCommand.toJson(its.fit()));
    return result;
  }
}
