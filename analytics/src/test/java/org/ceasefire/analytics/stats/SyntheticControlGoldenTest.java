package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Synthetic control for California's Proposition 99 (first program year 1989) on plm's Cigar panel,
 * against weights found by quadprog::solve.QP on the same objective (see synth_matching_golden.R):
 * every other state as donors, and the donor pool of Abadie, Diamond and Hainmueller (2010).
 */
class SyntheticControlGoldenTest {

  static final String TARGET = "CA";
  static final int FIRST_PROGRAM_YEAR = 1989;

  /** The Cigar panel as unit → period → sales. */
  static Map<String, TreeMap<Integer, Double>> cigar() {
    CsvTable t = Golden.table("stats/cigar.sales.csv");
    Map<String, TreeMap<Integer, Double>> panel = new TreeMap<>();
    for (int r = 0; r < t.size(); r++) {
      panel
          .computeIfAbsent(t.text(r, t.column("unit")), u -> new TreeMap<>())
          .put((int) Golden.number(t, r, "period"), Golden.number(t, r, "value"));
    }
    return panel;
  }

  static double[] series(Map<String, TreeMap<Integer, Double>> panel, String unit) {
    return panel.get(unit).values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"synth_cigar_all", "synth_cigar_adh"})
  void californiaMatchesQuadprog(String name) {
    Map<String, TreeMap<Integer, Double>> panel = cigar();
    CsvTable w = Golden.table("stats/" + name + ".weights.csv");
    List<String> donors = new ArrayList<>();
    for (int r = 0; r < w.size(); r++) {
      donors.add(w.text(r, w.column("donor")));
    }
    double[][] x0 = donors.stream().map(d -> series(panel, d)).toArray(double[][]::new);
    int preperiods = panel.get(TARGET).headMap(FIRST_PROGRAM_YEAR).size();
    SyntheticControl.Result fit =
        SyntheticControl.fit(TARGET, series(panel, TARGET), donors, x0, preperiods);

    CsvTable summary = Golden.table("stats/" + name + ".summary.csv");
    assertThat(preperiods).isEqualTo((int) Golden.number(summary, 0, "preperiods"));
    double objective = Golden.number(summary, 0, "objective");
    assertThat(fit.objective()).isCloseTo(objective, within(1e-9 * objective));
    double sum = 0;
    for (int r = 0; r < w.size(); r++) {
      double weight = fit.weights().get(donors.get(r));
      assertThat(weight).as(donors.get(r)).isCloseTo(Golden.number(w, r, "weight"), within(1e-6));
      assertThat(weight).isGreaterThanOrEqualTo(0);
      sum += weight;
    }
    assertThat(sum).isCloseTo(1, within(1e-12));
    CsvTable series = Golden.table("stats/" + name + ".series.csv");
    for (int r = 0; r < series.size(); r++) {
      assertThat(fit.synthetic()[r])
          .as("synthetic %d", r)
          .isCloseTo(Golden.number(series, r, "synthetic"), within(1e-6));
      assertThat(fit.gap()[r]).isCloseTo(Golden.number(series, r, "gap"), within(1e-6));
    }
    for (String field : List.of("pre_rmspe", "post_rmspe", "ratio", "average_effect")) {
      double expected = Golden.number(summary, 0, field);
      double actual =
          switch (field) {
            case "pre_rmspe" -> fit.preRmspe();
            case "post_rmspe" -> fit.postRmspe();
            case "ratio" -> fit.ratio();
            default -> fit.averageEffect();
          };
      assertThat(actual).as(field).isCloseTo(expected, within(1e-8 * Math.abs(expected)));
    }
    assertThat(fit.percentEffect())
        .isCloseTo(Golden.number(summary, 0, "percent_effect"), within(1e-7));
    assertThat(fit.pValue()).isEqualTo(Golden.number(summary, 0, "p_value"));

    CsvTable placebos = Golden.table("stats/" + name + ".placebos.csv");
    assertThat(fit.placebos()).hasSize(placebos.size());
    for (int r = 0; r < placebos.size(); r++) {
      SyntheticControl.Placebo p = fit.placebos().get(r);
      assertThat(p.name()).isEqualTo(placebos.text(r, placebos.column("unit")));
      double pre = Golden.number(placebos, r, "pre_rmspe");
      double preObjective = Golden.number(placebos, r, "objective");
      assertThat(p.preRmspe() * p.preRmspe() * preperiods)
          .as("placebo %s objective", p.name())
          .isCloseTo(preObjective, within(1e-9 * preObjective));
      assertThat(p.preRmspe()).isCloseTo(pre, within(1e-8 * pre));
      double ratio = Golden.number(placebos, r, "ratio");
      assertThat(p.ratio()).as("placebo %s ratio", p.name()).isCloseTo(ratio, within(1e-6 * ratio));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"synth_cigar_all"})
  void theCaveatsNameTheManyDonorsForFewPreperiods(String name) {
    Map<String, TreeMap<Integer, Double>> panel = cigar();
    List<String> donors = new ArrayList<>(new TreeSet<>(panel.keySet()));
    donors.remove(TARGET);
    double[][] x0 = donors.stream().map(d -> series(panel, d)).toArray(double[][]::new);
    SyntheticControl.Result fit =
        SyntheticControl.fit(TARGET, series(panel, TARGET), donors, x0, 26);
    assertThat(fit.caveats()).singleElement().asString().startsWith("45 donors for 26 pre-program");
    assertThat(fit.pValue(Double.POSITIVE_INFINITY)).isEqualTo(fit.pValue());
    assertThat(fit.pValue(2)).isGreaterThanOrEqualTo(1.0 / 46);
  }
}
