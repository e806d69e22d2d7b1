package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ceasefire.analytics.stats.SyntheticControl;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze synth}: synthetic control with placebo-in-space inference. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description =
        "Synthetic control: weights donor areas to reproduce the target's pre-program outcomes,"
            + " then compares after the program, with placebo-in-space p-value (JSON). Input:"
            + " unit,period,value.")
final class SynthCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, description = "CSV: unit,period,value")
  Path input;

  @Option(names = "--target", required = true, description = "The program area's unit name")
  String target;

  @Option(
      names = "--start",
      required = true,
      description = "First period under the program (a year, YYYY-MM or YYYY-MM-DD)")
  String start;

  @Option(
      names = "--donors",
      split = ",",
      description = "Donor units, comma-separated (default: every other unit)")
  @Nullable List<String> donors;

  @Option(
      names = {"--out", "--output"},
      description = "Output JSON file (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    PanelFile panel = PanelFile.read(input);
    int targetRow = panel.units().indexOf(target);
    if (targetRow < 0) {
      throw new InputException(
          "--target: no unit '" + target + "' in " + input + " (column 'unit')");
    }
    List<String> pool = new ArrayList<>(donors == null ? panel.units() : donors);
    pool.remove(target);
    for (String d : pool) {
      if (!panel.units().contains(d)) {
        throw new InputException("--donors: no unit '" + d + "' in " + input + " (column 'unit')");
      }
    }
    if (pool.size() < 2) {
      throw new InputException(
          input
              + ": "
              + pool.size()
              + " donor unit(s) besides the target '"
              + target
              + "': at least two are needed");
    }
    int t0 = panel.periodsBefore(start);
    List<String> periods = panel.periods();
    if (t0 == 0 || t0 == periods.size()) {
      throw new InputException(
          "--start: "
              + start
              + " leaves no period "
              + (t0 == 0 ? "before" : "from")
              + " the program start in "
              + input
              + " (periods "
              + periods.get(0)
              + " to "
              + periods.get(periods.size() - 1)
              + ")");
    }
    double[][] x0 =
        pool.stream().map(d -> panel.values()[panel.units().indexOf(d)]).toArray(double[][]::new);
    SyntheticControl.Result r;
    try {
      r = SyntheticControl.fit(target, panel.values()[targetRow], pool, x0, t0);
    } catch (IllegalArgumentException e) {
      throw new InputException(input + ": " + e.getMessage());
    }
    JsonOutput.write(
        toJson(r, periods, panel.values()[targetRow]), out, spec.commandLine().getOut());
    return 0;
  }

  static Map<String, Object> toJson(SyntheticControl.Result r, List<String> periods, double[] y) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("target", r.targetName());
    m.put("start", periods.get(r.preperiods()));
    m.put("preperiods", r.preperiods());
    m.put("postperiods", periods.size() - r.preperiods());
    List<Map<String, Object>> weights = new ArrayList<>();
    r.weights()
        .forEach(
            (unit, w) -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("unit", unit);
              row.put("weight", w);
              weights.add(row);
            });
    m.put("weights", weights);
    m.put("pre_rmspe", r.preRmspe());
    m.put("post_rmspe", r.postRmspe());
    m.put("ratio", r.ratio());
    m.put("average_effect", r.averageEffect());
    m.put("percent_effect", r.percentEffect());
    m.put("p_value", r.pValue());
    Map<String, Object> restricted = new LinkedHashMap<>();
    for (int multiple : new int[] {20, 5, 2}) {
      restricted.put(Integer.toString(multiple), r.pValue(multiple));
    }
    m.put("p_value_pre_rmspe_at_most", restricted);
    m.put("caveats", r.caveats());
    List<Map<String, Object>> series = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("period", periods.get(i));
      row.put("target", y[i]);
      row.put("synthetic", r.synthetic()[i]);
      row.put("gap", r.gap()[i]);
      series.add(row);
    }
    m.put("series", series);
    List<Map<String, Object>> placebos = new ArrayList<>();
    for (SyntheticControl.Placebo p : r.placebos()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("unit", p.name());
      row.put("pre_rmspe", p.preRmspe());
      row.put("post_rmspe", p.postRmspe());
      row.put("ratio", p.ratio());
      row.put("gap", p.gap());
      placebos.add(row);
    }
    m.put("placebos", placebos);
    return m;
  }
}
