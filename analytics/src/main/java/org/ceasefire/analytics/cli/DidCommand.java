package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.stats.DifferenceInDifferences;
import org.ceasefire.analytics.stats.Family;
import org.ceasefire.analytics.stats.Variable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze did}: difference-in-differences rate ratio with cluster-robust errors. */
@Command(
    name = "did",
    mixinStandardHelpOptions = true,
    description =
        "Difference-in-differences for counts: rate ratio of treated:post with cluster-robust"
            + " (CR1) standard errors (JSON).")
final class DidCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "CSV with a header row")
  Path data;

  @Option(names = "--outcome", required = true, description = "Count column")
  String outcome;

  @Option(names = "--treated", required = true, description = "0/1 column: treated group")
  String treated;

  @Option(names = "--post", required = true, description = "0/1 column: after the intervention")
  String post;

  @Option(names = "--cluster", description = "Cluster column (default: every row its own, HC1)")
  @Nullable String cluster;

  @Option(names = "--family", defaultValue = "poisson", description = "poisson (default) or negbin")
  String family;

  @Option(names = "--offset", description = "Exposure column: log(column) enters as an offset")
  @Nullable String offset;

  @Option(names = "--out", description = "Output JSON file (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    Family fam = GlmCommand.family(family);
    if (fam == Family.QUASIPOISSON) {
      throw new InputException("--family: expected poisson or negbin");
    }
    CsvTable t = CsvTable.read(data);
    double[] y = ModelData.counts(t, outcome, true);
    Variable.Numeric tr = indicator(t, treated);
    Variable.Numeric po = indicator(t, post);
    String[] clusters = null;
    if (cluster != null) {
      int c = t.column(cluster);
      clusters = new String[t.size()];
      for (int r = 0; r < t.size(); r++) {
        clusters[r] = t.required(r, c);
      }
    }
    double[] off = offset == null ? null : ModelData.logExposure(t, offset);
    DifferenceInDifferences did;
    try {
      did = DifferenceInDifferences.fit(y, tr, po, clusters, off, fam);
    } catch (IllegalArgumentException e) {
      throw new InputException(data + ": " + e.getMessage());
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("rate_ratio", did.effect().ratio());
    result.put("estimate", did.effect().estimate());
    result.put("se", did.effect().se());
    result.put("ci_low", Math.exp(did.effect().ciLow()));
    result.put("ci_high", Math.exp(did.effect().ciHigh()));
    result.put("p", did.effect().p());
    result.put("clusters", did.clusters());
    result.put("se_type", cluster == null ? "HC1" : "CR1");
    result.put("coefficients", GlmCommand.coefficients(did.robust()));
    result.put("glm", GlmCommand.toJson(did.fit()));
    JsonOutput.write(result, out, spec.commandLine().getOut());
    return 0;
  }

  private static Variable.Numeric indicator(CsvTable t, String column) {
    int c = t.column(column);
    double[] v = new double[t.size()];
    for (int r = 0; r < t.size(); r++) {
      v[r] = t.number(r, c);
      if (v[r] != 0 && v[r] != 1) {
        throw t.error(r, c, "expected 0 or 1, not '" + t.text(r, c) + "'");
      }
    }
    return new Variable.Numeric(column, v);
  }
}
