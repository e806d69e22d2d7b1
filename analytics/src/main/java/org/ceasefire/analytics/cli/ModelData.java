package org.ceasefire.analytics.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.stats.Variable;

/**
 * Columns of a CSV as model variables: a column is numeric when every value is a number, otherwise
 * a factor (levels in code-point order, the first the reference). Empty cells are bad input.
 */
final class ModelData {

  private ModelData() {}

  static Map<String, Variable> read(CsvTable t, List<String> columns) {
    Map<String, Variable> vars = new LinkedHashMap<>();
    for (String name : columns) {
      int c = t.column(name);
      String[] text = new String[t.size()];
      boolean numeric = true;
      for (int r = 0; r < t.size(); r++) {
        text[r] = t.required(r, c);
        numeric &= isNumber(text[r]);
      }
      if (numeric) {
        double[] v = new double[t.size()];
        for (int r = 0; r < t.size(); r++) {
          v[r] = t.number(r, c);
        }
        vars.put(name, new Variable.Numeric(name, v));
      } else {
        vars.put(name, Variable.Factor.of(name, text));
      }
    }
    return vars;
  }

  /** A count column: non-negative, and whole unless {@code wholeNumbers} is false. */
  static double[] counts(CsvTable t, String column, boolean wholeNumbers) {
    int c = t.column(column);
    double[] y = new double[t.size()];
    for (int r = 0; r < t.size(); r++) {
      y[r] = t.number(r, c);
      if (y[r] < 0) {
        throw t.error(r, c, "a count cannot be negative: '" + t.text(r, c) + "'");
      }
      if (wholeNumbers && y[r] != Math.rint(y[r])) {
        throw t.error(r, c, "a count must be a whole number: '" + t.text(r, c) + "'");
      }
    }
    return y;
  }

  /** {@code log(column)}: an exposure column as a log offset; values must be positive. */
  static double[] logExposure(CsvTable t, String column) {
    int c = t.column(column);
    double[] off = new double[t.size()];
    for (int r = 0; r < t.size(); r++) {
      double v = t.number(r, c);
      if (!(v > 0)) {
        throw t.error(r, c, "exposure must be positive: '" + t.text(r, c) + "'");
      }
      off[r] = Math.log(v);
    }
    return off;
  }

  private static boolean isNumber(String s) {
    try {
      return Double.isFinite(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
