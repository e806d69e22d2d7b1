package org.ceasefire.analytics.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.api.Test;

class MoranTest {

  @Test
  void refusesTooFewAreas() {
    Weights w = Weights.gridContiguity(1, 3, Contiguity.ROOK).rowStandardised();
    assertThatThrownBy(() -> GlobalMoran.test(new double[] {1, 2, 3}, w, 0, 1))
        .hasMessageContaining("at least 4");
    Weights one = Weights.gridContiguity(1, 1, Contiguity.ROOK);
    assertThatThrownBy(() -> LocalMoran.test(new double[] {1}, one, 0, 1))
        .hasMessageContaining("at least 3");
  }

  @Test
  void aCheckerboardIsPerfectlyNegativelyAutocorrelated() {
    Weights w = Weights.gridContiguity(4, 4, Contiguity.ROOK).rowStandardised();
    double[] x = new double[16];
    for (int i = 0; i < 16; i++) {
      x[i] = (i / 4 + i % 4) % 2;
    }
    GlobalMoran.Result r = GlobalMoran.test(x, w, 99, 7);
    assertThat(r.i()).isCloseTo(-1.0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(r.pPermutation()).isEqualTo(1.0);
  }

  @Test
  void globalMatchesSpdepMoranTestUnderBothAssumptionsOnColumbusCrime() {
    ColumbusData c = ColumbusData.load();
    compare(
        GlobalMoran.test(c.crime(), c.contiguity().rowStandardised(), 0, 1), "columbus-moran.json");
    compare(
        GlobalMoran.test(c.crime(), c.idw().rowStandardised(), 0, 1), "columbus-idw-moran.json");
  }

  @Test
  void permutationPIsReproducibleForASeedAndSmallForColumbusCrime() {
    ColumbusData c = ColumbusData.load();
    Weights w = c.contiguity().rowStandardised();
    double p1 = GlobalMoran.test(c.crime(), w, 999, 42).pPermutation();
    assertThat(GlobalMoran.test(c.crime(), w, 999, 42).pPermutation()).isEqualTo(p1);
    assertThat(p1).isEqualTo(0.001); // z ≈ 7.8: no permutation reaches the observed I
    assertThat(GlobalMoran.test(c.crime(), w, 0, 42).pPermutation()).isNaN();
  }

  @Test
  void localMatchesSpdepLocalmoranOnColumbusCrime() {
    ColumbusData c = ColumbusData.load();
    LocalMoran.Result r = LocalMoran.test(c.crime(), c.contiguity().rowStandardised(), 0, 1);
    CsvTable g = Golden.csv("columbus-localmoran.csv");
    double[] ii = Golden.column(g, "Ii");
    double[] z = Golden.column(g, "z");
    double[] p = Golden.column(g, "p");
    int q = g.column("quadrant");
    for (int i = 0; i < ii.length; i++) {
      Golden.assertClose(r.ii()[i], ii[i], "Ii of area " + (i + 1));
      Golden.assertClose(r.z()[i], z[i], "z of area " + (i + 1));
      Golden.assertClose(r.p()[i], p[i], "p of area " + (i + 1));
      assertThat(r.quadrant()[i].name()).as("quadrant of area %d", i + 1).isEqualTo(g.text(i, q));
    }
  }

  @Test
  void localPermutationPIsSeededAndAgreesRoughlyWithTheNormalP() {
    ColumbusData c = ColumbusData.load();
    Weights w = c.contiguity().rowStandardised();
    LocalMoran.Result a = LocalMoran.test(c.crime(), w, 999, 5);
    LocalMoran.Result b = LocalMoran.test(c.crime(), w, 999, 5);
    LocalMoran.Result normal = LocalMoran.test(c.crime(), w, 0, 5);
    assertThat(a.p()).containsExactly(b.p());
    for (int i = 0; i < a.p().length; i++) {
      assertThat(a.p()[i]).isBetween(0.001, 1.0);
      if (normal.p()[i] < 0.001) {
        assertThat(a.p()[i]).as("area %d", i + 1).isLessThan(0.02);
      }
    }
  }

  private static void compare(GlobalMoran.Result r, String golden) {
    String json = Golden.text(golden);
    Golden.assertClose(r.i(), Golden.jsonNumber(json, "I"), "I");
    Golden.assertClose(r.expected(), Golden.jsonNumber(json, "expected"), "expected");
    Golden.assertClose(r.varianceNormal(), Golden.jsonNumber(json, "variance_normal"), "varN");
    Golden.assertClose(r.zNormal(), Golden.jsonNumber(json, "z_normal"), "zN");
    Golden.assertClose(
        r.varianceRandomization(), Golden.jsonNumber(json, "variance_randomization"), "varR");
    Golden.assertClose(r.zRandomization(), Golden.jsonNumber(json, "z_randomization"), "zR");
  }
}
