package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurvivalEdgeCasesTest {

  private static SurvivalData data(double[] t, boolean... e) {
    return new SurvivalData(t, e);
  }

  @Test
  void emptyDataGivesAnEmptyCurve() {
    assertThat(KaplanMeier.of(data(new double[0]))).isEmpty();
  }

  @Test
  void singleEventDropsSurvivalToZeroWithoutAnInterval() {
    List<KaplanMeier.Step> km = KaplanMeier.of(data(new double[] {5}, true));
    assertThat(km).hasSize(1);
    assertThat(km.get(0).survival()).isZero();
    assertThat(km.get(0).lower()).isNaN();
  }

  @Test
  void censoredSubjectsStayAtRiskAtTheirTime() {
    List<KaplanMeier.Step> km =
        KaplanMeier.of(data(new double[] {1, 2, 2, 3}, true, true, false, false));
    assertThat(km).extracting(KaplanMeier.Step::atRisk).containsExactly(4, 3, 1);
    assertThat(km.get(1).survival()).isCloseTo(0.75 * (2.0 / 3.0), within(1e-15));
    assertThat(km.get(2).survival()).isCloseTo(0.5, within(1e-15));
    assertThat(km.get(0).upper()).isLessThanOrEqualTo(1.0);
  }

  @Test
  void rejectsNegativeTimes() {
    assertThatThrownBy(() -> data(new double[] {-1}, true)).hasMessageContaining("non-negative");
  }

  @Test
  void logRankNeedsTwoGroups() {
    assertThatThrownBy(() -> LogRank.of(data(new double[] {1}, true), new int[] {0}, 1))
        .hasMessageContaining("two groups");
  }

  @Test
  void coxWithoutEventsIsRefused() {
    SurvivalData d = data(new double[] {1, 2}, false, false);
    assertThatThrownBy(() -> CoxModel.fit(d, List.of("x"), new double[][] {{0}, {1}}))
        .hasMessageContaining("no events");
  }

  @Test
  void coxWithEventsOnlyInOneGroupDivergesWithAClearError() {
    // every event in group b: the likelihood rises without bound (R warns, coefficient -> inf)
    SurvivalData d = data(new double[] {1, 2, 3, 4, 5, 6}, true, true, true, false, false, false);
    double[][] x = {{1}, {1}, {1}, {0}, {0}, {0}};
    assertThatThrownBy(() -> CoxModel.fit(d, List.of("groupb"), x))
        .hasMessageContaining("diverges");
  }

  @Test
  void constantCovariateIsSingular() {
    SurvivalData d = data(new double[] {1, 2, 3}, true, false, true);
    assertThatThrownBy(() -> CoxModel.fit(d, List.of("x"), new double[][] {{1}, {1}, {1}}))
        .hasMessageContaining("singular");
  }

  @Test
  void withoutGroupThereIsOneCurveAndNoTest() {
    SurvivalAnalysis a =
        SurvivalAnalysis.of(data(new double[] {1, 2}, true, false), null, List.of());
    assertThat(a.curves()).containsOnlyKeys("");
    assertThat(a.logRank()).isNull();
    assertThat(a.cox()).isNull();
  }
}
