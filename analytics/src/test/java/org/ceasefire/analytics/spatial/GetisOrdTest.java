package org.ceasefire.analytics.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import org.ceasefire.analytics.io.CsvTable;
import org.junit.jupiter.api.Test;

class GetisOrdTest {

  @Test
  void noAreasGiveNoScores() {
    Weights none = Weights.of(0, new int[0], new int[0], new double[0]);
    assertThat(GetisOrd.z(new double[0], none, GetisOrd.Variant.GI_STAR)).isEmpty();
  }

  @Test
  void aSingleAreaHasNoDefinedScore() {
    Weights w = Weights.gridContiguity(1, 1, Contiguity.ROOK);
    assertThat(GetisOrd.z(new double[] {3}, w, GetisOrd.Variant.GI_STAR)[0]).isNaN();
  }

  @Test
  void constantValuesHaveNoDefinedScore() {
    Weights w = Weights.gridContiguity(3, 3, Contiguity.QUEEN);
    double[] z = GetisOrd.z(new double[] {2, 2, 2, 2, 2, 2, 2, 2, 2}, w, GetisOrd.Variant.GI_STAR);
    assertThat(java.util.Arrays.stream(z).allMatch(Double::isNaN)).isTrue();
  }

  @Test
  void aHotCornerScoresHighestAndTheFarCornerLowest() {
    Weights w = Weights.gridContiguity(5, 5, Contiguity.QUEEN);
    double[] x = new double[25];
    x[0] = 9;
    x[1] = 8;
    x[5] = 7;
    x[6] = 6;
    x[12] = 1;
    double[] z = GetisOrd.z(x, w, GetisOrd.Variant.GI_STAR);
    assertThat(z[0]).isGreaterThan(z[12]).isGreaterThan(z[24]);
    assertThat(z[0]).isGreaterThan(2);
  }

  @Test
  void giStarMatchesSpdepLocalGOnColumbusCrimeWithContiguity() {
    ColumbusData c = ColumbusData.load();
    compare(GetisOrd.z(c.crime(), c.contiguity(), GetisOrd.Variant.GI_STAR), "columbus-gistar.csv");
  }

  @Test
  void giMatchesSpdepLocalGOnColumbusCrimeWithContiguity() {
    ColumbusData c = ColumbusData.load();
    compare(GetisOrd.z(c.crime(), c.contiguity(), GetisOrd.Variant.GI), "columbus-gi.csv");
  }

  @Test
  void giMatchesSpdepLocalGWithInverseDistanceWeights() {
    ColumbusData c = ColumbusData.load();
    compare(GetisOrd.z(c.crime(), c.idw(), GetisOrd.Variant.GI), "columbus-idw-gi.csv");
  }

  private static void compare(double[] z, String golden) {
    CsvTable g = Golden.csv(golden);
    double[] expectedZ = Golden.column(g, "z");
    double[] expectedP = Golden.column(g, "p");
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = NormalP.twoSided(z[i]);
      Golden.assertClose(z[i], expectedZ[i], golden + " z of area " + (i + 1));
      Golden.assertClose(p[i], expectedP[i], golden + " p of area " + (i + 1));
    }
    boolean[] fdr = FalseDiscoveryRate.significant(p, 0.05);
    int column = g.column("fdr_significant");
    for (int i = 0; i < z.length; i++) {
      assertThat(fdr[i]).as("fdr of area %d", i + 1).isEqualTo(g.text(i, column).equals("true"));
    }
  }
}
