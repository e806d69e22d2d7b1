package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.stats.MatchingOptions;
import org.ceasefire.analytics.stats.PropensityMatching;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze match}: propensity-score nearest-neighbour matching with a balance table. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description =
        "Propensity-score matching (logistic score, greedy nearest neighbour without replacement,"
            + " as R's MatchIt) with a balance table before and after (JSON).")
final class MatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, description = "CSV with a header row, one unit a row")
  Path input;

  @Option(names = "--treatment", required = true, description = "0/1 column: 1 = treated")
  String treatment;

  @Option(
      names = "--covariates",
      required = true,
      split = ",",
      description = "Columns of the propensity model, comma-separated")
  List<String> covariates;

  @Option(names = "--id", description = "Unit id column (default: 'id' if present, else the line)")
  @Nullable String id;

  @Option(names = "--ratio", defaultValue = "1", description = "Controls per treated unit (1)")
  int ratio;

  @Option(names = "--caliper", description = "Largest score difference, in SDs of the score")
  @Nullable Double caliper;

  @Option(
      names = "--order",
      defaultValue = "largest",
      description = "Treated units' order: largest (default), smallest, data or random")
  String order;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of --order random (1)")
  long seed;

  @Option(
      names = {"--out", "--output"},
      description = "Output JSON file (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    Require.atLeast("--ratio", ratio, 1);
    if (caliper != null) {
      Require.positive("--caliper", caliper);
    }
    MatchingOptions.Order o;
    try {
      o = MatchingOptions.Order.valueOf(order.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputException(
          "--order: expected largest, smallest, data or random, not '" + order + "'");
    }
    CsvTable t = CsvTable.read(input);
    List<String> ids = ids(t);
    boolean[] treated = new boolean[t.size()];
    int c = t.column(treatment);
    int n1 = 0;
    for (int r = 0; r < t.size(); r++) {
      double v = t.number(r, c);
      if (v != 0 && v != 1) {
        throw t.error(r, c, "expected 0 (control) or 1 (treated), not '" + t.text(r, c) + "'");
      }
      treated[r] = v == 1;
      n1 += treated[r] ? 1 : 0;
    }
    if (n1 == 0 || n1 == t.size()) {
      throw new InputException(
          input
              + ": column '"
              + treatment
              + "': "
              + (n1 == 0 ? "no treated units (1)" : "no control units (0)")
              + " in "
              + t.size()
              + " rows: nothing to match");
    }
    List<String> names = new ArrayList<>();
    List<double[]> columns = new ArrayList<>();
    for (String cov : covariates) {
      if (cov.equalsIgnoreCase(treatment)) {
        throw new InputException("--covariates: '" + cov + "' is the treatment column");
      }
      addCovariate(t, cov, names, columns);
    }
    double[][] x = new double[t.size()][names.size()];
    for (int j = 0; j < names.size(); j++) {
      for (int r = 0; r < t.size(); r++) {
        x[r][j] = columns.get(j)[r];
      }
    }
    MatchingOptions options =
        new MatchingOptions(ratio, caliper == null ? Double.NaN : caliper, o, seed);
    PropensityMatching.Result result;
    try {
      result = PropensityMatching.match(names, x, treated, options);
    } catch (IllegalArgumentException e) {
      throw new InputException(input + ": " + e.getMessage());
    }
    JsonOutput.write(MatchJson.of(result, ids, treated, options), out, spec.commandLine().getOut());
    return 0;
  }

  private List<String> ids(CsvTable t) {
    List<String> ids = new ArrayList<>();
    String column = id != null ? id : t.has("id") ? "id" : null;
    Map<String, Long> seen = new HashMap<>();
    for (int r = 0; r < t.size(); r++) {
      if (column == null) {
        ids.add(Long.toString(t.line(r)));
        continue;
      }
      int c = t.column(column);
      String v = t.required(r, c);
      Long earlier = seen.putIfAbsent(v, t.line(r));
      if (earlier != null) {
        throw t.error(r, c, "id '" + v + "' appears twice (also line " + earlier + ")");
      }
      ids.add(v);
    }
    return ids;
  }

  /**
   * A numeric column as itself; a column whose first value is not a number as categories: 0/1
   * columns named column + level for every level but the first (in code-point order).
   */
  private static void addCovariate(
      CsvTable t, String cov, List<String> names, List<double[]> columns) {
    int c = t.column(cov);
    int n = t.size();
    String first = t.required(0, c);
    boolean numeric;
    try {
      numeric = Double.isFinite(Double.parseDouble(first));
    } catch (NumberFormatException e) {
      numeric = false;
    }
    if (numeric) {
      double[] v = new double[n];
      for (int r = 0; r < n; r++) {
        v[r] = t.number(r, c);
      }
      names.add(cov);
      columns.add(v);
      return;
    }
    TreeSet<String> levels = new TreeSet<>();
    for (int r = 0; r < n; r++) {
      levels.add(t.required(r, c));
    }
    if (levels.size() < 2) {
      throw new InputException(
          t.name() + ": column '" + cov + "': one category only ('" + first + "'): drop it");
    }
    for (String level : levels.tailSet(levels.first(), false)) {
      double[] d = new double[n];
      for (int r = 0; r < n; r++) {
        d[r] = t.text(r, c).equals(level) ? 1 : 0;
      }
      names.add(cov + level);
      columns.add(d);
    }
  }
}
