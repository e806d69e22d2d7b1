package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.stats.Coefficient;
import org.ceasefire.analytics.stats.Design;
import org.ceasefire.analytics.stats.Family;
import org.ceasefire.analytics.stats.Formula;
import org.ceasefire.analytics.stats.Glm;
import org.ceasefire.analytics.stats.GlmFit;
import org.ceasefire.analytics.stats.Variable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze glm}: Poisson, quasi-Poisson or negative-binomial regression of counts. */
@Command(
    name = "glm",
    mixinStandardHelpOptions = true,
    description = "Count regression with log link, as R glm / MASS::glm.nb (JSON).")
final class GlmCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, description = "CSV with a header row")
  Path data;

  @Option(
      names = "--formula",
      required = true,
      description = "R formula, e.g. \"count ~ x1 + x2\" (also a:b, a*b, - 1)")
  String formula;

  @Option(
      names = "--family",
      defaultValue = "poisson",
      description = "poisson (default), quasipoisson or negbin")
  String family;

  @Option(names = "--offset", description = "Exposure column: log(column) enters as an offset")
  @Nullable String offset;

  @Option(names = "--out", description = "Output JSON file (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    Family fam = family(family);
    Formula f = parse(formula);
    CsvTable t = CsvTable.read(data);
    double[] y = ModelData.counts(t, f.response(), fam != Family.QUASIPOISSON);
    List<String> predictors = f.variables().subList(1, f.variables().size());
    Map<String, Variable> vars = ModelData.read(t, predictors);
    double[] off = offset == null ? null : ModelData.logExposure(t, offset);
    GlmFit fit = fit(data, y, f, vars, off, fam, t.size());
    JsonOutput.write(toJson(fit), out, spec.commandLine().getOut());
    return 0;
  }

  static GlmFit fit(
      Path file,
      double[] y,
      Formula f,
      Map<String, Variable> vars,
      double @Nullable [] offset,
      Family family,
      int n) {
    try {
      return Glm.fit(y, Design.of(f, vars, n), offset, family);
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": " + e.getMessage());
    }
  }

  static Family family(String name) {
    return switch (name) {
      case "poisson" -> Family.POISSON;
      case "quasipoisson" -> Family.QUASIPOISSON;
      case "negbin" -> Family.NEGBIN;
      default ->
          throw new InputException(
              "--family: expected poisson, quasipoisson or negbin, not '" + name + "'");
    };
  }

  static Formula parse(String formula) {
    try {
      return Formula.parse(formula);
    } catch (IllegalArgumentException e) {
      throw new InputException("--formula: " + e.getMessage());
    }
  }

  static List<Map<String, Object>> coefficients(List<Coefficient> coefficients) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Coefficient c : coefficients) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("estimate", c.estimate());
      m.put("se", c.se());
      m.put("z", c.z());
      m.put("p", c.p());
      m.put("ci_low", c.ciLow());
      m.put("ci_high", c.ciHigh());
      m.put("rate_ratio", c.ratio());
      list.add(m);
    }
    return list;
  }

  static Map<String, Object> toJson(GlmFit fit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("family", fit.family().name().toLowerCase(java.util.Locale.ROOT));
    m.put("coefficients", coefficients(fit.coefficients()));
    m.put("deviance", fit.deviance());
    m.put("null_deviance", fit.nullDeviance());
    m.put("aic", fit.aic());
    m.put("theta", fit.theta());
    m.put("dispersion", fit.dispersion());
    m.put("df_residual", fit.dfResidual());
    m.put("iterations", fit.iterations());
    m.put("converged", fit.converged());
    return m;
  }
}
