package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kaplan–Meier (with Greenwood log intervals), log-rank and Cox (Efron ties) against R's survival
 * package on its own datasets: lung (tied times), veteran (a factor covariate), veteran by cell
 * type (four groups), ovarian.
 */
class SurvivalGoldenTest {

  @ParameterizedTest
  @ValueSource(strings = {"lung", "veteran", "veteran_celltype", "ovarian"})
  void matchesRsSurvivalPackage(String name) {
    CsvTable data = Golden.table("stats/" + name + ".data.csv");
    SurvivalData sd =
        new SurvivalData(
            StatsFixtures.numbers(data, "time"), toBooleans(StatsFixtures.numbers(data, "event")));
    String[] groups = new String[data.size()];
    for (int r = 0; r < data.size(); r++) {
      groups[r] = data.text(r, data.column("group"));
    }
    CsvTable info = Golden.table("stats/" + name + ".survival.csv");
    List<Variable> covariates = new ArrayList<>();
    for (String c : info.text(0, info.column("covariates")).split(",")) {
      covariates.add(StatsFixtures.variable(data, c));
    }
    SurvivalAnalysis a = SurvivalAnalysis.of(sd, Variable.Factor.of("group", groups), covariates);

    CsvTable km = Golden.table("stats/" + name + ".km.csv");
    int r = 0;
    for (Map.Entry<String, List<KaplanMeier.Step>> curve : a.curves().entrySet()) {
      for (KaplanMeier.Step s : curve.getValue()) {
        String what = name + " group " + curve.getKey() + " t=" + s.time() + " ";
        assertThat(km.text(r, km.column("group"))).isEqualTo(curve.getKey());
        Golden.close(what + "time", s.time(), Golden.number(km, r, "time"));
        assertThat(s.atRisk())
            .as(what + "at risk")
            .isEqualTo((int) Golden.number(km, r, "at_risk"));
        assertThat(s.events()).as(what + "events").isEqualTo((int) Golden.number(km, r, "events"));
        Golden.close(what + "survival", s.survival(), Golden.number(km, r, "survival"));
        double se = Golden.number(km, r, "se");
        if (Double.isFinite(se)) {
          Golden.close(what + "se", s.se(), se);
        }
        Golden.close(what + "lower", s.lower(), Golden.number(km, r, "lower"));
        Golden.close(what + "upper", s.upper(), Golden.number(km, r, "upper"));
        r++;
      }
    }
    assertThat(r).isEqualTo(km.size());

    CsvTable lr = Golden.table("stats/" + name + ".logrank.csv");
    Golden.close(name + " chisq", a.logRank().chisq(), Golden.number(lr, 0, "chisq"));
    assertThat(a.logRank().df()).isEqualTo((int) Golden.number(lr, 0, "df"));
    Golden.close(name + " p", a.logRank().p(), Golden.number(lr, 0, "p"));

    CsvTable cox = Golden.table("stats/" + name + ".cox.csv");
    Map<String, Integer> rows = Golden.rowsBy(cox, "name");
    assertThat(a.cox().coefficients())
        .extracting(Coefficient::name)
        .containsExactlyElementsOf(rows.keySet());
    for (Coefficient c : a.cox().coefficients()) {
      int row = rows.get(c.name());
      String what = name + " cox " + c.name() + " ";
      Golden.close(what + "estimate", c.estimate(), Golden.number(cox, row, "estimate"));
      Golden.close(what + "se", c.se(), Golden.number(cox, row, "se"));
      Golden.close(what + "hazard ratio", c.ratio(), Golden.number(cox, row, "hazard_ratio"));
      Golden.close(what + "p", c.p(), Golden.number(cox, row, "p"));
    }
    Golden.close(name + " loglik", a.cox().logLikelihood(), Golden.number(info, 0, "loglik"));
    Golden.close(
        name + " null loglik", a.cox().nullLogLikelihood(), Golden.number(info, 0, "null_loglik"));
  }

  private static boolean[] toBooleans(double[] v) {
    boolean[] b = new boolean[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = v[i] == 1;
    }
    return b;
  }
}
