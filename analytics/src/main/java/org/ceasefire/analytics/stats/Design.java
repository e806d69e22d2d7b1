package org.ceasefire.analytics.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model matrix, as R's {@code model.matrix}: an {@code (Intercept)} column when the formula has
 * one, a numeric variable as its own column, a factor as treatment-coded dummies named {@code name
 * + level} for every level but the first (all levels for the first factor when there is no
 * intercept), and an interaction {@code a:b} as the products of its variables' columns, the first
 * variable varying fastest. Interactions are coded as if their main effects are in the model.
 *
 * @param names the column names
 * @param x the rows (n by p)
 */
public record Design(List<String> names, double[][] x) {

  public Design {
    names = List.copyOf(names);
    for (double[] row : x) {
      if (row.length != names.size()) {
        throw new IllegalArgumentException("every row needs one value per column");
      }
    }
  }

  public int rows() {
    return x.length;
  }

  public int columns() {
    return names.size();
  }

  public boolean hasIntercept() {
    return !names.isEmpty() && names.get(0).equals("(Intercept)");
  }

  public double[] column(int j) {
    double[] c = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      c[i] = x[i][j];
    }
    return c;
  }

  public static Design of(Formula f, Map<String, Variable> data, int n) {
    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    if (f.intercept()) {
      names.add("(Intercept)");
      double[] one = new double[n];
      java.util.Arrays.fill(one, 1.0);
      cols.add(one);
    }
    boolean fullCoding = !f.intercept();
    for (List<String> term : f.terms()) {
      List<String> termNames = List.of("");
      List<double[]> termCols = new ArrayList<>();
      double[] ones = new double[n];
      java.util.Arrays.fill(ones, 1.0);
      termCols.add(ones);
      for (String var : term) {
        Variable v = data.get(Formula.column(var));
        if (v == null) {
          throw new IllegalArgumentException("formula names an unknown column '" + var + "'");
        }
        if (Formula.isFactorCall(var)) {
          v = asFactor(var, v);
        }
        boolean full = fullCoding && term.size() == 1 && v instanceof Variable.Factor;
        if (v instanceof Variable.Factor) {
          fullCoding = false;
        }
        Columns c = columns(v, n, full);
        List<String> nn = new ArrayList<>();
        List<double[]> nc = new ArrayList<>();
        for (int k = 0; k < c.names.size(); k++) {
          for (int j = 0; j < termNames.size(); j++) {
            String prefix = termNames.get(j);
            nn.add(prefix.isEmpty() ? c.names.get(k) : prefix + ":" + c.names.get(k));
            double[] prod = new double[n];
            for (int i = 0; i < n; i++) {
              prod[i] = termCols.get(j)[i] * c.cols.get(k)[i];
            }
            nc.add(prod);
          }
        }
        termNames = nn;
        termCols = nc;
      }
      names.addAll(termNames);
      cols.addAll(termCols);
    }
    double[][] x = new double[n][cols.size()];
    for (int j = 0; j < cols.size(); j++) {
      for (int i = 0; i < n; i++) {
        x[i][j] = cols.get(j)[i];
      }
    }
    return new Design(names, x);
  }

  /**
   * R's {@code factor(x)}: numeric values become levels in numeric order, named as R prints them.
   */
  private static Variable asFactor(String name, Variable v) {
    if (v instanceof Variable.Factor f) {
      return new Variable.Factor(name, f.values(), f.levels());
    }
    double[] x = ((Variable.Numeric) v).values();
    double[] sorted = java.util.Arrays.stream(x).distinct().sorted().toArray();
    List<String> levels = new ArrayList<>();
    for (double d : sorted) {
      levels.add(label(d));
    }
    String[] values = new String[x.length];
    for (int i = 0; i < x.length; i++) {
      values[i] = label(x[i]);
    }
    return Variable.Factor.withLevels(name, values, levels);
  }

  private static String label(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  private record Columns(List<String> names, List<double[]> cols) {}

  private static Columns columns(Variable v, int n, boolean full) {
    if (v instanceof Variable.Numeric num) {
      return new Columns(List.of(num.name()), List.of(num.values()));
    }
    Variable.Factor f = (Variable.Factor) v;
    List<String> names = new ArrayList<>();
    List<double[]> cols = new ArrayList<>();
    for (int l = full ? 0 : 1; l < f.levels().size(); l++) {
      String level = f.levels().get(l);
      double[] d = new double[n];
      for (int i = 0; i < n; i++) {
        d[i] = f.at(i).equals(level) ? 1 : 0;
      }
      names.add(f.name() + level);
      cols.add(d);
    }
    return new Columns(names, cols);
  }
}
