package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.stats.Coefficient;
import org.ceasefire.analytics.stats.KaplanMeier;
import org.ceasefire.analytics.stats.SurvivalAnalysis;
import org.ceasefire.analytics.stats.SurvivalData;
import org.ceasefire.analytics.stats.Variable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze survival}: Kaplan–Meier, log-rank and Cox (Efron ties), as R's survival. */
@Command(
    name = "survival",
    mixinStandardHelpOptions = true,
    description =
        "Kaplan-Meier curves (Greenwood log CI), log-rank test and Cox model (Efron ties) on"
            + " id,time,event[,group][,covariate...] (JSON).")
final class SurvivalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "CSV: id,time,event[,group][,...]")
  Path data;

  @Option(names = "--group", description = "Group column (a factor; the first level is reference)")
  @Nullable String group;

  @Option(
      names = "--covariates",
      split = ",",
      description = "Comma-separated covariate columns for the Cox model")
  List<String> covariates = new ArrayList<>();

  @Option(names = "--out", description = "Output JSON file (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    CsvTable t = CsvTable.read(data);
    t.column("id");
    SurvivalData sd = read(t);
    Variable.Factor g = null;
    if (group != null) {
      int c = t.column(group);
      String[] values = new String[t.size()];
      for (int r = 0; r < t.size(); r++) {
        values[r] = t.required(r, c);
      }
      g = Variable.Factor.of(group, values);
    }
    List<Variable> covs = new ArrayList<>(ModelData.read(t, covariates).values());
    SurvivalAnalysis a;
    try {
      a = SurvivalAnalysis.of(sd, g, covs);
    } catch (IllegalArgumentException e) {
      throw new InputException(data + ": " + e.getMessage());
    }
    JsonOutput.write(toJson(a), out, spec.commandLine().getOut());
    return 0;
  }

  private static SurvivalData read(CsvTable t) {
    int time = t.column("time");
    int event = t.column("event");
    double[] times = new double[t.size()];
    boolean[] events = new boolean[t.size()];
    for (int r = 0; r < t.size(); r++) {
      times[r] = t.number(r, time);
      if (times[r] < 0) {
        throw t.error(r, time, "a time cannot be negative: '" + t.text(r, time) + "'");
      }
      String e = t.required(r, event);
      if (!e.equals("0") && !e.equals("1")) {
        throw t.error(r, event, "expected 1 (event) or 0 (censored), not '" + e + "'");
      }
      events[r] = e.equals("1");
    }
    return new SurvivalData(times, events);
  }

  static Map<String, Object> toJson(SurvivalAnalysis a) {
    List<Map<String, Object>> km = new ArrayList<>();
    for (Map.Entry<String, List<KaplanMeier.Step>> curve : a.curves().entrySet()) {
      for (KaplanMeier.Step s : curve.getValue()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", curve.getKey().isEmpty() ? null : curve.getKey());
        m.put("time", s.time());
        m.put("at_risk", s.atRisk());
        m.put("events", s.events());
        m.put("censored", s.censored());
        m.put("survival", s.survival());
        m.put("lower", s.lower());
        m.put("upper", s.upper());
        km.add(m);
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("km", km);
    Map<String, Object> lr = null;
    if (a.logRank() != null) {
      lr = new LinkedHashMap<>();
      lr.put("chisq", a.logRank().chisq());
      lr.put("df", a.logRank().df());
      lr.put("p", a.logRank().p());
      lr.put("observed", a.logRank().observed());
      lr.put("expected", a.logRank().expected());
    }
    result.put("logrank", lr);
    Map<String, Object> cox = null;
    if (a.cox() != null) {
      List<Map<String, Object>> coefs = new ArrayList<>();
      for (Coefficient c : a.cox().coefficients()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("estimate", c.estimate());
        m.put("se", c.se());
        m.put("hazard_ratio", c.ratio());
        m.put("z", c.z());
        m.put("p", c.p());
        m.put("hr_low", Math.exp(c.ciLow()));
        m.put("hr_high", Math.exp(c.ciHigh()));
        coefs.add(m);
      }
      cox = new LinkedHashMap<>();
      cox.put("coefficients", coefs);
      cox.put("loglik", a.cox().logLikelihood());
      cox.put("null_loglik", a.cox().nullLogLikelihood());
    }
    result.put("cox", cox);
    return result;
  }
}
