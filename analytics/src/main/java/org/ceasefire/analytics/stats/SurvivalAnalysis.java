package org.ceasefire.analytics.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code survival} method: Kaplan–Meier curves per group ({@link KaplanMeier}), the log-rank
 * test between groups ({@link LogRank}) and a Cox model ({@link CoxModel}) on the group (a
 * treatment-coded factor: coefficients named {@code group + level} for every level but the first,
 * as R names them) and the covariates (numeric, or factors coded the same way).
 *
 * @param curves Kaplan–Meier steps per group level (one curve under the key "" without a group)
 * @param logRank the log-rank test, null without a group or with a single level
 * @param cox the Cox model, null without a group and covariates
 */
public record SurvivalAnalysis(
    Map<String, List<KaplanMeier.Step>> curves, @Nullable LogRank logRank, @Nullable CoxModel cox) {

  public SurvivalAnalysis {
    curves = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(curves));
  }

  public static SurvivalAnalysis of(
      SurvivalData data, Variable.@Nullable Factor group, List<Variable> covariates) {
    Map<String, List<KaplanMeier.Step>> curves = new LinkedHashMap<>();
    LogRank logRank = null;
    if (group == null) {
      curves.put("", KaplanMeier.of(data));
    } else {
      int[] codes = new int[data.size()];
      for (int l = 0; l < group.levels().size(); l++) {
        boolean[] keep = new boolean[data.size()];
        for (int i = 0; i < data.size(); i++) {
          keep[i] = group.at(i).equals(group.levels().get(l));
          if (keep[i]) {
            codes[i] = l;
          }
        }
        curves.put(group.levels().get(l), KaplanMeier.of(data.subset(keep)));
      }
      if (group.levels().size() > 1) {
        logRank = LogRank.of(data, codes, group.levels().size());
      }
    }
    CoxModel cox = null;
    List<Variable> terms = new ArrayList<>();
    if (group != null && group.levels().size() > 1) {
      terms.add(group);
    }
    terms.addAll(covariates);
    if (!terms.isEmpty()) {
      Map<String, Variable> vars = new LinkedHashMap<>();
      List<List<String>> formulaTerms = new ArrayList<>();
      for (Variable v : terms) {
        vars.put(v.name(), v);
        formulaTerms.add(List.of(v.name()));
      }
      Design d = Design.of(new Formula("time", formulaTerms, true), vars, data.size());
      List<String> names = d.names().subList(1, d.columns());
      double[][] x = new double[data.size()][names.size()];
      for (int i = 0; i < data.size(); i++) {
        System.arraycopy(d.x()[i], 1, x[i], 0, names.size());
      }
      cox = CoxModel.fit(data, names, x);
    }
    return new SurvivalAnalysis(curves, logRank, cox);
  }
}
