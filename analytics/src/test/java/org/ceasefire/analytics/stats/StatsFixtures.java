package org.ceasefire.analytics.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.ceasefire.analytics.io.CsvTable;

/** Builds model inputs from golden data tables (numeric columns stay numeric, others factors). */
final class StatsFixtures {

  private StatsFixtures() {}

  static GlmFit fit(CsvTable data, Formula f, String offsetColumn, Family family) {
    int n = data.size();
    double[] y = numbers(data, f.response());
    Map<String, Variable> vars = new LinkedHashMap<>();
    for (String v : f.variables().subList(1, f.variables().size())) {
      vars.put(v, variable(data, v));
    }
    double[] offset = null;
    if (!offsetColumn.isEmpty()) {
      offset = numbers(data, offsetColumn);
      for (int i = 0; i < n; i++) {
        offset[i] = Math.log(offset[i]);
      }
    }
    return Glm.fit(y, Design.of(f, vars, n), offset, family);
  }

  static double[] numbers(CsvTable t, String column) {
    int c = t.column(column);
    double[] v = new double[t.size()];
    for (int r = 0; r < t.size(); r++) {
      v[r] = t.number(r, c);
    }
    return v;
  }

  static Variable variable(CsvTable t, String column) {
    int c = t.column(column);
    String[] text = new String[t.size()];
    boolean numeric = true;
    for (int r = 0; r < t.size(); r++) {
      text[r] = t.text(r, c);
      try {
        Double.parseDouble(text[r]);
      } catch (NumberFormatException e) {
        numeric = false;
      }
    }
    if (numeric) {
      return new Variable.Numeric(column, numbers(t, column));
    }
    return new Variable.Factor(
        column, text, new TreeSet<>(java.util.List.of(text)).stream().toList());
  }
}
