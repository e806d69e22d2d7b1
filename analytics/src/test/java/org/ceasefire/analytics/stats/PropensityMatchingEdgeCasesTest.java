package org.ceasefire.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropensityMatchingEdgeCasesTest {

  static final double INF = Double.POSITIVE_INFINITY;

  static PropensityMatching.Result match(double[][] x, boolean[] treated, MatchingOptions o) {
    List<String> names = x.length == 0 || x[0].length == 0 ? List.of() : List.of("x");
    return PropensityMatching.match(names, x, treated, o);
  }

  @Test
  void refusesNoUnitsAndGroupsWithoutTreatedOrControls() {
    assertThatThrownBy(() -> match(new double[0][], new boolean[0], MatchingOptions.defaults()))
        .hasMessageContaining("no treated units");
    assertThatThrownBy(
            () ->
                match(
                    new double[][] {{1}, {2}},
                    new boolean[] {true, true},
                    MatchingOptions.defaults()))
        .hasMessageContaining("no control units");
  }

  @Test
  void refusesBadOptions() {
    assertThatThrownBy(() -> MatchingOptions.defaults().withRatio(0))
        .hasMessageContaining("ratio must be at least 1");
    assertThatThrownBy(() -> MatchingOptions.defaults().withCaliper(-1))
        .hasMessageContaining("caliper must be a positive number");
  }

  @Test
  void refusesPerfectSeparationAndNonFiniteCovariates() {
    double[][] x = {{1}, {2}, {3}, {4}};
    boolean[] t = {false, false, true, true};
    assertThatThrownBy(() -> match(x, t, MatchingOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("perfect separation");
    assertThatThrownBy(
            () ->
                match(
                    new double[][] {{1}, {Double.NaN}},
                    new boolean[] {true, false},
                    MatchingOptions.defaults()))
        .hasMessageContaining("unit 2 covariate x is not a finite number");
  }

  @Test
  void aSingleTreatedAndControlWithoutCovariatesArePaired() {
    PropensityMatching.Result r =
        match(new double[][] {{}, {}}, new boolean[] {true, false}, MatchingOptions.defaults());
    assertThat(r.propensity()[0]).isCloseTo(0.5, within(1e-12));
    assertThat(r.propensity()[1]).isEqualTo(r.propensity()[0]);
    assertThat(r.pairs()).containsExactly(new PropensityMatching.Pair(0, 1, 1));
    assertThat(r.weights()).containsExactly(1.0, 1.0);
    assertThat(r.balance().before())
        .singleElement()
        .extracting(MatchingBalance::variable)
        .isEqualTo("distance");
  }

  @Test
  void equalScoresTakeTheControlBeforeInInputOrder() {
    // No covariates: every score is the same, so treated units go in input order and a tie in
    // distance goes to the control sorted before (MatchIt's rule).
    boolean[] t = {false, true, false, true, false};
    PropensityMatching.Result r =
        match(new double[][] {{}, {}, {}, {}, {}}, t, MatchingOptions.defaults());
    assertThat(r.pairs())
        .containsExactly(
            new PropensityMatching.Pair(1, 0, 1), new PropensityMatching.Pair(3, 2, 1));
    assertThat(r.unmatchedControls()).containsExactly(4);
    assertThat(r.unmatchedTreated()).isEmpty();
  }

  @Test
  void nearestNeighbourPicksTheCloserSideAndRespectsTheCaliper() {
    double[] d = {0.10, 0.30, 0.32, 0.50, 0.90, 0.62};
    boolean[] t = {false, true, false, false, true, false};
    int[] order = {4, 1};
    assertThat(NearestNeighbourMatching.match(d, t, order, 1, INF))
        .containsExactly(
            new NearestNeighbourMatching.Match(4, 5, 1),
            new NearestNeighbourMatching.Match(1, 2, 1));
    // With a caliper of 0.2 the unit at 0.90 has nobody close enough.
    assertThat(NearestNeighbourMatching.match(d, t, order, 1, 0.2))
        .containsExactly(new NearestNeighbourMatching.Match(1, 2, 1));
    // 1:2 in rounds: every treated unit takes its first control before anyone takes a second.
    assertThat(NearestNeighbourMatching.match(d, t, order, 2, INF))
        .containsExactly(
            new NearestNeighbourMatching.Match(4, 5, 1),
            new NearestNeighbourMatching.Match(1, 2, 1),
            new NearestNeighbourMatching.Match(4, 3, 2),
            new NearestNeighbourMatching.Match(1, 0, 2));
  }

  @Test
  void matchingStopsWhenControlsRunOutAndSaysSo() {
    boolean[] t = {true, true, false, true};
    PropensityMatching.Result r =
        match(new double[][] {{}, {}, {}, {}}, t, MatchingOptions.defaults());
    assertThat(r.pairs()).hasSize(1);
    assertThat(r.unmatchedTreated()).hasSize(2);
    assertThat(r.caveats())
        .anyMatch(c -> c.startsWith("1 controls for 3 treated units"))
        .anyMatch(c -> c.startsWith("2 of 3 treated units have no match"));
  }

  @Test
  void ratioTwoWeightsControlsByTheirShareAndRescales() {
    List<PropensityMatching.Pair> pairs =
        List.of(
            new PropensityMatching.Pair(0, 2, 1),
            new PropensityMatching.Pair(1, 3, 1),
            new PropensityMatching.Pair(0, 4, 2));
    double[] w =
        PropensityMatching.weights(pairs, 5, new boolean[] {true, true, false, false, false});
    // Raw: 1/2, 1, 1/2 (sum 2 over 3 controls), rescaled by 3/2.
    assertThat(w[0]).isEqualTo(1);
    assertThat(w[2]).isCloseTo(0.75, within(1e-15));
    assertThat(w[3]).isCloseTo(1.5, within(1e-15));
    assertThat(w[4]).isCloseTo(0.75, within(1e-15));
  }

  @Test
  void balanceOfABinaryAndAContinuousVariable() {
    boolean[] t = {true, true, true, false, false, false};
    double[] ones = {1, 1, 1, 1, 1, 1};
    MatchingBalance bin = MatchingBalance.of("b", new double[] {1, 1, 0, 0, 0, 1}, t, ones);
    assertThat(bin.meanTreated()).isCloseTo(2 / 3.0, within(1e-15));
    assertThat(bin.stdMeanDiff()).isCloseTo((1 / 3.0) / Math.sqrt(2 / 9.0), within(1e-12));
    assertThat(bin.varianceRatio()).isNaN();
    assertThat(bin.ecdfMax()).isCloseTo(1 / 3.0, within(1e-15));
    MatchingBalance c = MatchingBalance.of("c", new double[] {1, 2, 3, 2, 3, 4}, t, ones);
    assertThat(c.stdMeanDiff()).isCloseTo(-1, within(1e-12));
    assertThat(c.varianceRatio()).isCloseTo(1, within(1e-12));
    // F1 - F0 at 1, 2, 3, 4: 1/3, 1/3, 1/3, 0.
    assertThat(c.ecdfMean()).isCloseTo(0.25, within(1e-12));
    assertThat(c.ecdfMax()).isCloseTo(1 / 3.0, within(1e-12));
    MatchingBalance same = MatchingBalance.of("s", new double[] {5, 5, 5, 5, 5, 5}, t, ones);
    assertThat(same.stdMeanDiff()).isZero();
  }
}
