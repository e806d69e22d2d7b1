package org.ceasefire.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.measures.Suppression.Shown.COUNT;
import static org.ceasefire.measures.Suppression.Shown.FEWER_THAN_5;
import static org.ceasefire.measures.Suppression.Shown.WITHHELD;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The small-cell rule: primary, secondary, and that no hidden cell can be subtracted back. */
class SuppressionTest {

  @Test
  void anEmptyTableAndZerosShowEverything() {
    assertThat(Suppression.table(new long[0][0], new long[0])).isEmpty();
    Suppression.Shown[][] s = Suppression.table(new long[][] {{0, 0}}, new long[] {0});
    assertThat(s[0]).containsExactly(COUNT, COUNT, COUNT);
  }

  @Test
  void aSmallCellBesideAShownTotalTakesTheSmallestOtherCellWithIt() {
    // one month: 3, 9, 6 = 18; the 3 is hidden, so 18 - 9 - 6 would give it back
    Suppression.Shown[][] s = Suppression.table(new long[][] {{3, 9, 6}}, new long[] {18});
    assertThat(s[0]).containsExactly(FEWER_THAN_5, COUNT, WITHHELD, COUNT);
  }

  @Test
  void aSmallTotalIsHiddenToo() {
    Suppression.Shown[][] s = Suppression.table(new long[][] {{2, 0}}, new long[] {2});
    assertThat(s[0]).containsExactly(FEWER_THAN_5, COUNT, FEWER_THAN_5);
  }

  @Test
  void columnsAreProtectedAsRowsAre() {
    // city A's months 7 and 2 sum to a 9 the map shows: the 2 alone would come back
    Suppression.Shown[][] s = Suppression.table(new long[][] {{7, 8}, {2, 9}}, new long[] {15, 11});
    int hiddenInColumnA = (s[0][0] == COUNT ? 0 : 1) + (s[1][0] == COUNT ? 0 : 1);
    assertThat(hiddenInColumnA).isGreaterThanOrEqualTo(2);
    assertNoLineHasExactlyOneHidden(s);
  }

  @Test
  void noLineOfARandomTableHasExactlyOneHiddenPart() {
    SplittableRandom random = new SplittableRandom(20261201);
    for (int t = 0; t < 500; t++) {
      int rows = 2 + random.nextInt(11); // the public table has twelve
      int cols = 1 + random.nextInt(9);
      long[][] cells = new long[rows][cols];
      long[] totals = new long[rows];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          cells[r][c] = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
          totals[r] += cells[r][c];
        }
      }
      Suppression.Shown[][] s = Suppression.table(cells, totals);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          if (Suppression.small(cells[r][c])) {
            assertThat(s[r][c]).isEqualTo(FEWER_THAN_5);
          }
        }
      }
      assertNoLineHasExactlyOneHidden(s);
    }
  }

  @Test
  void areasOfACityWithAKnownTotalProtectEachOther() {
    Suppression.Group g = new Suppression.Group(new long[] {1, 12, 30}, 43, true);
    Suppression.protect(List.of(g));
    assertThat(g.shown).containsExactly(FEWER_THAN_5, WITHHELD, COUNT);
    Suppression.Group alone = new Suppression.Group(new long[] {3}, 3, true);
    Suppression.protect(List.of(alone));
    assertThat(alone.shown).containsExactly(FEWER_THAN_5);
  }

  private static void assertNoLineHasExactlyOneHidden(Suppression.Shown[][] s) {
    for (Suppression.Shown[] row : s) {
      long hidden = java.util.Arrays.stream(row).filter(x -> x != COUNT).count();
      assertThat(hidden).isNotEqualTo(1);
    }
    for (int c = 0; c < s[0].length; c++) {
      int hidden = 0;
      for (Suppression.Shown[] row : s) {
        hidden += row[c] == COUNT ? 0 : 1;
      }
      assertThat(hidden).as("column " + c).isNotEqualTo(1);
    }
  }
}
