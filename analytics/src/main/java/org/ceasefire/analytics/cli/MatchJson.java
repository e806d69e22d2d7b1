package org.ceasefire.analytics.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ceasefire.analytics.stats.MatchingBalance;
import org.ceasefire.analytics.stats.MatchingOptions;
import org.ceasefire.analytics.stats.PropensityMatching;

/** The JSON shape of a {@code match} result. */
final class MatchJson {

  private MatchJson() {}

  static Map<String, Object> of(
      PropensityMatching.Result r, List<String> ids, boolean[] treated, MatchingOptions o) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> counts = new LinkedHashMap<>();
    long n1 =
        ids.size()
            - java.util.stream.IntStream.range(0, ids.size()).filter(i -> !treated[i]).count();
    counts.put("treated", n1);
    counts.put("controls", ids.size() - n1);
    counts.put("matched_treated", n1 - r.unmatchedTreated().length);
    counts.put("matched_controls", ids.size() - n1 - r.unmatchedControls().length);
    m.put("counts", counts);
    m.put("ratio", o.ratio());
    m.put("caliper_sd", o.caliper());
    m.put("caliper_width", r.caliperWidth());
    m.put("order", o.order().name().toLowerCase(Locale.ROOT));
    List<Map<String, Object>> pairs = new ArrayList<>();
    for (PropensityMatching.Pair p : r.pairs()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("treated", ids.get(p.treated()));
      row.put("control", ids.get(p.control()));
      row.put("round", p.round());
      row.put("distance", Math.abs(r.propensity()[p.treated()] - r.propensity()[p.control()]));
      pairs.add(row);
    }
    m.put("pairs", pairs);
    m.put(
        "unmatched_treated",
        java.util.Arrays.stream(r.unmatchedTreated()).mapToObj(ids::get).toList());
    m.put(
        "balance",
        Map.of("before", balance(r.balance().before()), "after", balance(r.balance().after())));
    m.put("caveats", r.caveats());
    List<Map<String, Object>> units = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", ids.get(i));
      row.put("treated", treated[i]);
      row.put("propensity", r.propensity()[i]);
      row.put("weight", r.weights()[i]);
      units.add(row);
    }
    m.put("units", units);
    m.put("model", model(r));
    return m;
  }

  private static List<Map<String, Object>> balance(List<MatchingBalance> rows) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (MatchingBalance b : rows) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("variable", b.variable());
      row.put("mean_treated", b.meanTreated());
      row.put("mean_control", b.meanControl());
      row.put("std_mean_diff", b.stdMeanDiff());
      row.put("var_ratio", b.varianceRatio());
      row.put("ecdf_mean", b.ecdfMean());
      row.put("ecdf_max", b.ecdfMax());
      list.add(row);
    }
    return list;
  }

  private static Map<String, Object> model(PropensityMatching.Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<Map<String, Object>> coefs = new ArrayList<>();
    for (var c : r.model().coefficients()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", c.name());
      row.put("estimate", c.estimate());
      row.put("se", c.se());
      row.put("z", c.z());
      row.put("p", c.p());
      row.put("odds_ratio", Math.exp(c.estimate()));
      coefs.add(row);
    }
    m.put("coefficients", coefs);
    m.put("deviance", r.model().deviance());
    m.put("null_deviance", r.model().nullDeviance());
    m.put("aic", r.model().aic());
    m.put("iterations", r.model().iterations());
    m.put("converged", r.model().converged());
    return m;
  }
}
